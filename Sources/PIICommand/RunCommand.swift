import ArgumentParser
import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIIReports
import PIIScenarioFile
import PIISimulation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: Help.run.text,
        discussion: Help.runDiscussion.text
    )

    @Argument(help: ArgumentHelp(.scenarioFile, valueName: "scenario"))
    var scenarioFile: String

    @OptionGroup var simulation: SimulationOptions

    @Option(help: ArgumentHelp(.formatTerminal))
    var format: PrintFormat = .table

    @Option(help: ArgumentHelp(.language))
    var lang: Language = .current

    @Option(help: ArgumentHelp(.runOut, valueName: "folder"))
    var out: String?

    @Option(help: ArgumentHelp(.runReport, valueName: "file"))
    var report: String?

    mutating func run() throws {
        let (prepared, tally) = try simulation.run(scenarioFile, label: "pii run")
        var report = RunReport(data: prepared.data, plan: prepared.plan, tally: tally, language: lang,
                               command: prepared.command)
        report.rankChange = try simulation.rankChange(prepared.plan)
        if let out {
            var files = [("run.json", report.json().pretty() + "\n")]
            files += report.csvFiles()
            try writeFiles(files, into: out, workbook: "run.xlsx")
        }
        if let path = self.report { try writeReport(HTMLReport(run: report), to: path) }
        try emit(format == .json ? report.json().pretty() + "\n" : report.table(), to: nil)
    }
}

/// How `pii run` and `pii report` simulate a scenario file.
struct SimulationOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.scenarios))
    var scenarios: Int?

    @Option(help: ArgumentHelp(.seed))
    var seed: UInt64?

    @Option(help: ArgumentHelp(.threads))
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp(.batch))
    var batch: Int = 8

    func validate() throws {
        guard threads >= 1 else { throw ValidationError(Phrase.atLeast("--threads", 1).description) }
        guard RunLimits.batchWidths.contains(batch), batch % 8 == 0 else {
            throw ValidationError(Phrase.batchWidth(RunLimits.describe(RunLimits.batchWidths)).description)
        }
        try validateRun(scenarios: scenarios, seed: seed)
    }

    /// Why the focus province's rank moves: the horizon's median forecast of every value,
    /// taken over the run's first 2,001 scenarios (the same draws), against the last edition.
    func rankChange(_ plan: SimulationPlan) throws -> RankChange {
        let count = min(2001, plan.scenario.scenarios)
        let median = try MonteCarlo(plan: plan).medianHorizonValues(scenarios: count, threads: threads)
        return RankChange(plan: plan, forecast: median.values, year: plan.scenario.horizon)
    }

    /// Reads the scenario file and runs every scenario, with a progress bar and a clean stop
    /// on Ctrl-C.
    func run(_ path: String, label: String) throws -> (PreparedRun, SimulationTally) {
        useSingleThreadedBLAS()
        let prepared = try PreparedRun(path: path, scenarios: scenarios, seed: seed)
        let progress = ProgressBar(total: prepared.plan.scenario.scenarios, label: label)
        let interrupt = InterruptFlag()
        var options = RunOptions(threads: threads, width: batch)
        options.progress = { progress.update($0) }
        options.isCancelled = { interrupt.isRaised }
        // Cleared on the way out as well, so that an error (Ctrl-C's "interrupted") starts a
        // clean line.
        defer { progress.finish() }
        let tally = try MonteCarlo(plan: prepared.plan).run(options)
        return (prepared, tally)
    }
}

/// A scenario file read, its data loaded and checked, the models fitted: ready to simulate.
struct PreparedRun {
    let document: ScenarioDocument
    let data: DataSet
    let plan: SimulationPlan
    /// The command line that reproduces the run.
    let command: String

    /// - Parameter adjust: changes to the scenario the file describes (another horizon, no
    ///   milestones), made before the plan is built.
    init(path: String, scenarios: Int?, seed: UInt64?, adjust: (inout Scenario) -> Void = { _ in }) throws {
        document = try ScenarioDocument.load(path: path)
        data = try DataSet.load(document.paths, valuesAreNormalised: document.normalised)
        guard let last = data.panel.latestYear else {
            throw UserError(.panelWithoutValues(data.panelDescription))
        }
        var scenario = try document.resolve(with: data, lastDataYear: last)
        // The cost file is read by pii gap only, but a wrong one is named whatever the command.
        if let costs = document.costs {
            _ = try CostFile.load(url: URL(fileURLWithPath: costs), framework: data.framework, file: costs)
        }
        if let scenarios { scenario.scenarios = scenarios }
        if let seed { scenario.seed = seed }
        adjust(&scenario)
        let fit = try ForecastFit(panel: data.panel, framework: data.framework, valuesAreNormalised: data.valuesAreNormalised)
        plan = try SimulationPlan(framework: data.framework, panel: data.panel, scenario: scenario, fit: fit)
        command = "pii run \(path) --scenarios \(scenario.scenarios) --seed \(scenario.seed)"
    }
}
