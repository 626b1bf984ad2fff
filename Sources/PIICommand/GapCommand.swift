import ArgumentParser
import Foundation
import PIIData
import PIIIndex
import PIIOptimisation
import PIIReports
import PIISimulation

struct GapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gap",
        abstract: Help.gap.text,
        discussion: Help.gapDiscussion.text
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var method: MethodOptions

    @Option(help: ArgumentHelp(.gapProvince, valueName: "name"))
    var province: String?

    @Option(help: ArgumentHelp(.gapRank, valueName: "k"))
    var rank: Int?

    @Option(help: ArgumentHelp(.gapYear))
    var year: Int?

    @Option(help: ArgumentHelp(.gapForecast, valueName: "year"))
    var forecast: Int?

    @Option(help: ArgumentHelp(.gapScenario, valueName: "file"))
    var scenario: String?

    @Option(help: ArgumentHelp(.gapScenarios))
    var scenarios: Int?

    @Option(help: ArgumentHelp(.gapProbability, valueName: "p"))
    var probability: String?

    @Flag(help: ArgumentHelp(.gapMilestones))
    var milestones = false

    @Option(help: ArgumentHelp(.gapCheck, valueName: "n"))
    var check: Int = 50_000

    @Option(help: ArgumentHelp(.gapSeed))
    var seed: UInt64?

    @Option(help: ArgumentHelp(.gapThreads))
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp(.gapSaveScenario, valueName: "file.yaml"))
    var saveScenario: String?

    @Option(help: ArgumentHelp(.gapReport, valueName: "file.html"))
    var report: String?

    @Option(help: ArgumentHelp(.gapCosts, valueName: "file"))
    var costs: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let probability {
            guard scenario != nil else {
                throw ValidationError("--probability needs the scenario file whose forecast it is over: --scenario FILE")
            }
            _ = try probabilities(probability)
            guard milestones != (rank != nil) else {
                throw ValidationError("with --probability give either --rank k --forecast Y or --milestones (every rank milestone of the file)")
            }
            guard milestones || forecast != nil else {
                throw ValidationError("--rank with --probability needs the year: --forecast 2030")
            }
            guard !milestones || forecast == nil else {
                throw ValidationError("--milestones takes the years from the file's milestones; drop --forecast")
            }
            try validateRun(scenarios: check, seed: nil, option: "--check")
        } else {
            guard !milestones, saveScenario == nil, seed == nil, report == nil else {
                throw ValidationError("--milestones, --seed, --save-scenario and --report go with --probability p")
            }
            guard rank != nil else { throw ValidationError("give the rank to reach: --rank 10") }
        }
        guard (rank ?? 1) >= 1 else { throw ValidationError("--rank must be 1 or more") }
        guard threads >= 1 && threads <= 1024 else { throw ValidationError("--threads must be between 1 and 1024") }
        if saveScenario != nil, let probability, try probabilities(probability).count > 1 {
            throw ValidationError("--save-scenario saves one pathway: give one --probability")
        }
        guard (forecast == nil) == (scenario == nil) || probability != nil else {
            throw ValidationError("--forecast and --scenario go together: --forecast 2030 --scenario FILE")
        }
        guard forecast == nil || year == nil else {
            throw ValidationError("give --year (a year of data) or --forecast (a forecast year), not both")
        }
        guard scenario == nil || data.paths == DataPaths() && !data.normalised else {
            throw ValidationError("with --scenario the data files come from the scenario file; drop --framework, --provinces, --data and --normalised")
        }
        guard scenario == nil || method.settings(normalised: false) == .standard else {
            throw ValidationError("with --scenario the method comes from the scenario file (its `method:`); drop --skewness-threshold, --kurtosis-threshold and --max-winsorisation-steps, or set them in the file")
        }
        try validateRun(scenarios: scenarios, seed: seed)
        guard forecast.map({ $0 <= 2100 }) ?? true else { throw ValidationError("--forecast is a PII edition year up to 2100") }
        guard province != nil || scenario != nil else {
            throw ValidationError("name the province: --province \"Ninh Bình\"")
        }
    }

    /// `--probability 0.5,0.8`: each strictly between 0 and 1, ascending.
    private func probabilities(_ text: String) throws -> [Double] {
        let values = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0.map { $0 > 0 && $0 < 1 } ?? false }) else {
            throw ValidationError("--probability is one or more probabilities between 0 and 1, such as 0.8 or 0.5,0.8,0.9; \(quoted(text)) is not")
        }
        return Array(Set(values.map { $0! })).sorted()
    }

    mutating func run() throws {
        useSingleThreadedBLAS()
        if let probability, let scenario {
            return try runPathway(probabilities: probabilities(probability), scenario: scenario)
        }
        let rank = rank!
        let scenarios = scenarios ?? 2001
        let dataSet: DataSet, table: IndicatorTable, basis: String, settings: MethodSettings
        var costFile = costs
        var focus: Int?
        var odds: Double?
        if let scenario, let forecast {
            let prepared: PreparedRun
            do {
                prepared = try PreparedRun(path: scenario, scenarios: scenarios, seed: nil) {
                    $0.horizon = forecast
                    $0.milestones = []
                }
            } catch let error as SimulationPlan.PlanError {
                throw UserError("--forecast \(forecast): \(error); forecast a year after the data's last edition, or use --year for a year of data")
            }
            dataSet = prepared.data
            settings = prepared.plan.scenario.settings
            costFile = costFile ?? prepared.document.costs
            let target = try province.map { try lookUpProvince($0, in: dataSet.provinces, language: output.lang) }
                ?? prepared.plan.scenario.province
            focus = target
            let median = try MonteCarlo(plan: prepared.plan).medianHorizonValues(
                scenarios: scenarios, threads: ProcessInfo.processInfo.activeProcessorCount)
            table = median.values
            odds = median.tally.shareRankAtMost(rank, year: prepared.plan.years.count - 1, province: target)
            basis = output.lang == .vi
                ? "dự báo trung vị \(forecast) (\(scenarios) kịch bản, \(scenario))"
                : "median forecast for \(forecast) (\(scenarios) scenarios, \(scenario))"
        } else {
            dataSet = try data.load()
            settings = method.settings(normalised: data.normalised)
            let chosen: Int
            (chosen, table) = try dataSet.table(year: year)
            basis = String(chosen)
        }
        if let province, focus == nil { focus = try lookUpProvince(province, in: dataSet.provinces, language: output.lang) }
        let p = focus!
        guard (0..<dataSet.framework.indicators.count).contains(where: { table[p, $0] != nil }) else {
            throw UserError("\(dataSet.provinces[p].name) has no values in \(basis) (\(dataSet.panelDescription)); the gap needs its data (pii validate lists what is missing)")
        }
        guard rank <= dataSet.provinces.count else {
            throw UserError("--rank \(rank) is beyond the \(dataSet.provinces.count) provinces")
        }
        let indicatorCosts = try costFile.map {
            try CostFile.load(url: URL(fileURLWithPath: $0), framework: dataSet.framework, file: $0)
        } ?? [IndicatorCost?](repeating: nil, count: dataSet.framework.indicators.count)
        let solver = GapSolver(scorer: BatchScorer(framework: dataSet.framework, settings: settings))
        let answer = solver.solve(table, province: p, targetRank: rank, costs: indicatorCosts)
        let lifted = GapSolver.atNationalAverage(table, province: p, framework: dataSet.framework)
        let average = solver.describe(original: table, solved: lifted, province: p, costs: indicatorCosts)
        let report = GapReport(
            data: dataSet, province: p, targetRank: rank, basis: basis, answer: answer, average: average,
            priced: indicatorCosts.contains { $0?.costPerUnit != nil }, odds: odds, settings: settings, language: output.lang)
        try output.emit(table: report.table, json: report.json, csv: report.csv, sheet: "gap")
    }
}
