import ArgumentParser
import Foundation
import PIIIndex
import PIIOptimisation
import PIIOptimisationReports
import PIIReports
import PIIScenarioFile
import PIISimulation

extension PortfolioObjective: ExpressibleByArgument {}

struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: Help.optimize.text,
        discussion: Help.optimizeDiscussion.text
    )

    @Argument(help: ArgumentHelp(.optimizeScenario, valueName: "scenario"))
    var scenarioFile: String

    @Option(help: ArgumentHelp(.budget, valueName: "amount"))
    var budget: Double?

    @Option(help: ArgumentHelp(.targetProbability, valueName: "p"))
    var targetProbability: Double?

    @Option(help: ArgumentHelp(.objective))
    var objective: PortfolioObjective = .rankMilestones

    @Option(help: ArgumentHelp(.optimizeScenarios))
    var scenarios: Int = 10_000

    @Option(help: ArgumentHelp(.verify))
    var verify: Int = 50_000

    @Option(help: ArgumentHelp(.seed))
    var seed: UInt64?

    @Option(help: ArgumentHelp(.threads))
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp(.formatTerminal))
    var format: PrintFormat = .table

    @Option(help: ArgumentHelp(.language))
    var lang: Language = .current

    @Option(help: ArgumentHelp(.optimizeOut, valueName: "folder"))
    var out: String?

    @Option(help: ArgumentHelp(.optimizeReport, valueName: "file"))
    var report: String?

    func validate() throws {
        guard threads >= 1 else { throw ValidationError(Phrase.atLeast("--threads", 1).description) }
        try validateRun(scenarios: scenarios, seed: seed)
        try validateRun(scenarios: verify, seed: nil, option: "--verify")
        guard budget == nil || targetProbability == nil else {
            throw ValidationError(Phrase.budgetOrProbability.description)
        }
        if let budget, !(budget >= 0 && budget.isFinite) { throw ValidationError(Phrase.budgetOption.description) }
        if let targetProbability, !(targetProbability > 0 && targetProbability <= 1) {
            throw ValidationError(Phrase.targetProbabilityOption.description)
        }
    }

    mutating func run() throws {
        useSingleThreadedBLAS()
        let clock = ContinuousClock(), start = clock.now
        let prepared = try PreparedRun(path: scenarioFile, scenarios: nil, seed: seed)
        let catalogue = MeasureCatalogue(scenario: prepared.plan.scenario)
        guard catalogue.measureCount > 0 else {
            throw UserError(.noMeasureToChoose(scenarioFile))
        }
        let goal: PortfolioGoal = targetProbability.map { .leastCost(probability: $0) }
            ?? .bestOdds(budget: budget ?? prepared.document.budget ?? .infinity)
        // The recorded forecasts of every evaluation scenario stay in memory for the search.
        let plan = prepared.plan
        let bytes = BaselineCache.bytes(scenarios: scenarios, years: plan.years.count, cells: plan.fit.provinceCount * plan.fit.indicatorCount)
        if let refusal = RunLimits.memoryRefusal(bytes: Double(bytes), scenarios: scenarios) { throw UserError(refusal) }
        let interrupt = InterruptFlag()
        var options = PortfolioStudy.Options(goal: goal)
        options.objective = objective
        options.scenarios = scenarios
        options.verification = verify
        options.threads = threads
        options.isCancelled = { interrupt.isRaised }
        let status = StatusLine(), language = lang, scenarios = scenarios, verify = verify
        options.progress = { stage, evaluations in
            switch stage {
            case .search:
                status.show(Phrase.portfolioSearchStatus(evaluations, scenarios).text(language))
            case .frontier: status.show(Phrase.frontierStatus.text(language), force: true)
            case .targets: status.show(Phrase.targetsStatus.text(language), force: true)
            case .check:
                status.show(Phrase.verifyStatus(verify).text(language), force: true)
            }
        }
        let study: PortfolioStudy
        do {
            // Cleared when the work ends, before any output or error, which would otherwise
            // start on the status line.
            defer { status.finish() }
            study = try PortfolioStudy.run(plan: prepared.plan, options: options)
        }
        let seconds = (clock.now - start) / .seconds(1)
        let command = OptimiseReport.command(file: scenarioFile, seed: prepared.plan.scenario.seed, options: options)
        let report = OptimiseReport(data: prepared.data, study: study, language: lang, command: command, seconds: seconds)
        if let out {
            try writeFiles([("optimize.json", report.json().pretty() + "\n")] + report.csvFiles(), into: out, workbook: "optimize.xlsx")
        }
        if let path = self.report, let verified = study.verified {
            let run = RunReport(data: prepared.data, plan: prepared.plan, tally: verified.tally, language: lang, command: command)
            try writeReport(HTMLReport(run: run, supplements: [study]), to: path)
        }
        try emit(format == .json ? report.json().pretty() + "\n" : report.table(), to: nil)
    }
}
