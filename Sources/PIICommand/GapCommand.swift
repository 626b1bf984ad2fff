import ArgumentParser
import Foundation
import PIIData
import PIIIndex
import PIIGap
import PIIReports
import PIIScenarioFile
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
                throw ValidationError(Phrase.probabilityNeedsScenario.description)
            }
            _ = try probabilities(probability)
            guard milestones != (rank != nil) else {
                throw ValidationError(Phrase.probabilityNeedsTarget.description)
            }
            guard milestones || forecast != nil else {
                throw ValidationError(Phrase.rankNeedsForecastYear.description)
            }
            guard !milestones || forecast == nil else {
                throw ValidationError(Phrase.milestonesWithoutForecast.description)
            }
            try validateRun(scenarios: check, seed: nil, option: "--check")
        } else {
            guard !milestones, saveScenario == nil, seed == nil, report == nil else {
                throw ValidationError(Phrase.pathwayOptionsNeedProbability.description)
            }
            guard rank != nil else { throw ValidationError(Phrase.giveRank.description) }
        }
        guard (rank ?? 1) >= 1 else { throw ValidationError(Phrase.rankAtLeastOne.description) }
        guard threads >= 1 && threads <= 1024 else { throw ValidationError(Phrase.between("--threads", 1, 1024).description) }
        if saveScenario != nil, let probability, try probabilities(probability).count > 1 {
            throw ValidationError(Phrase.saveOnePathway.description)
        }
        guard (forecast == nil) == (scenario == nil) || probability != nil else {
            throw ValidationError(Phrase.forecastWithScenario.description)
        }
        guard forecast == nil || year == nil else {
            throw ValidationError(Phrase.yearOrForecast.description)
        }
        guard scenario == nil || data.paths == DataPaths() && !data.normalised else {
            throw ValidationError(Phrase.dataFromScenario.description)
        }
        guard scenario == nil || method.settings(normalised: false) == .standard else {
            throw ValidationError(Phrase.methodFromScenario.description)
        }
        try validateRun(scenarios: scenarios, seed: seed)
        guard forecast.map({ $0 <= 2100 }) ?? true else { throw ValidationError(Phrase.forecastUpTo2100.description) }
        guard province != nil || scenario != nil else {
            throw ValidationError(Phrase.nameTheProvince.description)
        }
    }

    /// `--probability 0.5,0.8`: each strictly between 0 and 1, ascending.
    private func probabilities(_ text: String) throws -> [Double] {
        let values = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0.map { $0 > 0 && $0 < 1 } ?? false }) else {
            throw ValidationError(Phrase.probabilityList(quoted(text)).description)
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
            } catch let error as SimulationError {
                throw UserError(.forecastYearProblem(String(forecast), error.message, dataAlternative: true))
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
            basis = Phrase.medianForecastBasis(forecast, scenarios, scenario).text(output.lang)
        } else {
            dataSet = try data.load()
            settings = method.settings(normalised: dataSet.valuesAreNormalised)
            let chosen: Int
            (chosen, table) = try dataSet.table(year: year)
            basis = String(chosen)
        }
        if let province, focus == nil { focus = try lookUpProvince(province, in: dataSet.provinces, language: output.lang) }
        let indicatorCosts = try costFile.map {
            try CostFile.load(url: URL(fileURLWithPath: $0), framework: dataSet.framework, file: $0)
        }
        let report = try GapReport.solve(
            data: dataSet, table: table, province: focus!, targetRank: rank, basis: basis, costs: indicatorCosts, odds: odds,
            settings: settings, language: output.lang)
        try output.emit(table: report.table, json: report.json, csv: report.csv, sheet: "gap")
    }
}
