import ArgumentParser
import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIIReports
import PIISimulation

struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: Help.backtest.text,
        discussion: Help.backtestDiscussion.text
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp(.origins, valueName: "windows"))
    var origins: String?

    @Option(help: ArgumentHelp(.horizon))
    var horizon: Int = 5

    @Option(help: ArgumentHelp(.models, valueName: "models"))
    var models: String?

    @Option(help: ArgumentHelp(.shocks, valueName: "kinds"))
    var shocks: String = "resample,gaussian"

    @Option(help: ArgumentHelp(.backtestScenarios))
    var scenarios: Int = 2_000

    @Option(help: ArgumentHelp(.backtestSeed))
    var seed = Scenario.defaultSeed

    @Option(help: ArgumentHelp(.top))
    var top: Int = 10

    @Option(help: ArgumentHelp(.threads))
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp(.formatTableJSON))
    var format: PrintFormat = .table

    @Option(help: ArgumentHelp(.language))
    var lang: Language = .current

    @Option(help: ArgumentHelp(.backtestReport, valueName: "file"))
    var report: String?

    func validate() throws {
        guard scenarios >= 100 else { throw ValidationError(Phrase.backtestScenarios.description) }
        guard (1...20).contains(horizon) else { throw ValidationError(Phrase.horizonOption.description) }
        guard threads >= 1 else { throw ValidationError(Phrase.atLeast("--threads", 1).description) }
        guard top >= 1 else { throw ValidationError(Phrase.topOption.description) }
        try validateRun(scenarios: scenarios, seed: seed)
        _ = try parsedOrigins()
        _ = try forecasters()
    }

    func parsedOrigins() throws -> [Backtest.Origin]? {
        guard let origins else { return nil }
        guard !origins.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError(Phrase.originsNeedWindow.description)
        }
        return try origins.split(separator: ",").map { window in
            let parts = window.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let first = parts[0], let last = parts[1], first < last else {
                throw ValidationError(Phrase.notAWindow(quoted(String(window))).description)
            }
            return Backtest.Origin(first: first, last: last)
        }
    }

    func forecasters() throws -> [Forecaster] {
        let chosen: [ForecastModel] = try models.map { list in
            try list.split(separator: ",").map { name in
                guard let model = ForecastModel(rawValue: String(name).trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError(Phrase.unknownModelOption(quoted(String(name)), models: ForecastModel.allCases.map(\.rawValue).joined(separator: ", ")).description)
                }
                return model
            }
        } ?? ForecastModel.allCases
        let kinds: [ShockDistribution] = try shocks.split(separator: ",").map { name in
            guard let kind = ShockDistribution(rawValue: String(name).trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError(Phrase.unknownShockKind(quoted(String(name))).description)
            }
            return kind
        }
        guard !kinds.isEmpty else { throw ValidationError(Phrase.shocksNeeded.description) }
        let runs = chosen.flatMap { model -> [Forecaster] in
            model == .localLevel ? [.model(model, .resample)] : kinds.map { Forecaster.model(model, $0) }
        }
        return runs + [.persistence, .historyMean]
    }

    mutating func run() throws {
        useSingleThreadedBLAS()
        let dataSet = try data.load()
        let years = dataSet.panel.years
        let windows = try parsedOrigins() ?? Backtest.defaultOrigins(years: years)
        guard !windows.isEmpty else {
            throw UserError(.tooFewEditions(dataSet.panelDescription, years: years.map(String.init).joined(separator: ", ")))
        }
        let settings = Backtest.Settings(
            origins: windows, horizon: horizon, forecasters: try forecasters(), scenarios: scenarios, seed: seed,
            threads: threads, top: min(top, dataSet.panel.provinceCount), method: MethodSettings(valuesAreNormalised: dataSet.valuesAreNormalised))
        let result: Backtest.Result
        let status = StatusLine()
        status.show(Phrase.backtestStatus(settings.forecasters.count, windows.count, scenarios).text(lang), force: true)
        do {
            // Cleared when the work ends, before any output or error.
            defer { status.finish() }
            result = try Backtest.run(framework: dataSet.framework, panel: dataSet.panel, settings: settings)
        } catch let error as SimulationError {
            // The windows come from --origins when it is given: name it, as every message does.
            throw UserError(Phrase(verbatim: (origins.map { "--origins \($0): " } ?? "") + "\(dataSet.panelDescription): ") + error.message)
        }
        let output = BacktestReport(result: result, data: dataSet, language: lang)
        if let report { try writeDocument(output.html(), to: report) }
        try emit(format == .json ? output.json().pretty() + "\n" : output.table(), to: nil)
    }
}
