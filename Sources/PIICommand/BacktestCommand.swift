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
        abstract: "Judge the forecast models on the data's own history: rolling origins, rank scores, naive baselines.",
        discussion: """
            For each origin (a window of editions) every model is fitted on that window only and \
            run forward as `pii run` runs it; each later edition's real ranks score the forecasts \
            at that horizon, province by province: the CRPS of the rank distribution, the \
            coverage of its 50 % and 90 % intervals beside the probability they held, the Brier \
            score and a reliability table of P(rank ≤ top), the error of the median rank. Two \
            naive rules are scored the same way: persistence (the window's last rank plus a rank \
            change drawn from the window's own) and history-mean (its mean rank plus the same \
            changes). docs/forecasting.md has the figures on a real 11-edition panel.

            Examples:
              pii backtest
              pii backtest --data pci/panel.csv --framework pci/framework.csv --provinces pci/provinces.csv \\
                --origins 2006-2010,2006-2011,2006-2013,2009-2011 --horizon 5
              pii backtest --models local-level,random-walk --shocks resample --format json
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp(
        "Fit windows, comma-separated, each FIRST-LAST (default: every expanding window from the first edition that leaves an edition to forecast).",
        valueName: "windows"))
    var origins: String?

    @Option(help: "Furthest horizon scored, in editions after the window.")
    var horizon: Int = 5

    @Option(help: ArgumentHelp("Models, comma-separated (default: every model).", valueName: "models"))
    var models: String?

    @Option(help: ArgumentHelp(
        "Shocks of random-walk, drift, mean-reversion and mixture, comma-separated: resample, gaussian.", valueName: "kinds"))
    var shocks: String = "resample,gaussian"

    @Option(help: "Scenarios per model and origin.")
    var scenarios: Int = 2_000

    @Option(help: "Random seed.")
    var seed: UInt64 = 2026

    @Option(help: "The rank P(rank ≤ top) is about in the Brier score and the reliability table.")
    var top: Int = 10

    @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output format: table or json.")
    var format: PrintFormat = .table

    @Option(help: "Language of labels: vi or en (default: $PII_LANG, else vi).")
    var lang: Language = .fromEnvironment

    @Option(help: ArgumentHelp("Also write an HTML page with the charts to this file.", valueName: "file"))
    var report: String?

    func validate() throws {
        guard scenarios >= 100 else { throw ValidationError("--scenarios must be at least 100: a rank distribution needs them") }
        guard (1...20).contains(horizon) else { throw ValidationError("--horizon must be between 1 and 20 editions") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard top >= 1 else { throw ValidationError("--top must be a rank of 1 or more") }
        try validateRun(scenarios: scenarios, seed: seed)
        _ = try parsedOrigins()
        _ = try forecasters()
    }

    func parsedOrigins() throws -> [Backtest.Origin]? {
        guard let origins else { return nil }
        guard !origins.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--origins needs at least one window FIRST-LAST, such as 2006-2010")
        }
        return try origins.split(separator: ",").map { window in
            let parts = window.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let first = parts[0], let last = parts[1], first < last else {
                throw ValidationError("--origins: '\(window)' is not a window of editions; write FIRST-LAST, such as 2006-2010")
            }
            return Backtest.Origin(first: first, last: last)
        }
    }

    func forecasters() throws -> [Forecaster] {
        let chosen: [ForecastModel] = try models.map { list in
            try list.split(separator: ",").map { name in
                guard let model = ForecastModel(rawValue: String(name).trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("--models: unknown model '\(name)'; use \(ForecastModel.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return model
            }
        } ?? ForecastModel.allCases
        let kinds: [ShockDistribution] = try shocks.split(separator: ",").map { name in
            guard let kind = ShockDistribution(rawValue: String(name).trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--shocks: unknown kind '\(name)'; use resample or gaussian")
            }
            return kind
        }
        guard !kinds.isEmpty else { throw ValidationError("--shocks needs resample, gaussian or both") }
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
            throw UserError("\(dataSet.panelDescription) has the editions \(years.map(String.init).joined(separator: ", ")); a backtest needs at least three (two to fit, one to check)")
        }
        let settings = Backtest.Settings(
            origins: windows, horizon: horizon, forecasters: try forecasters(), scenarios: scenarios, seed: seed,
            threads: threads, top: min(top, dataSet.panel.provinceCount), method: MethodSettings(valuesAreNormalised: data.normalised))
        let result: Backtest.Result
        let status = StatusLine()
        status.show(lang == .vi
            ? "Đang kiểm định \(settings.forecasters.count) mô hình trên \(windows.count) gốc dự báo, \(scenarios) kịch bản mỗi gốc"
            : "Backtesting \(settings.forecasters.count) forecasters on \(windows.count) origins, \(scenarios) scenarios each", force: true)
        defer { status.finish() }
        do {
            result = try Backtest.run(framework: dataSet.framework, panel: dataSet.panel, settings: settings)
        } catch let error as Backtest.BacktestError {
            // The windows come from --origins when it is given: name it, as every message does.
            throw UserError((origins.map { "--origins \($0): " } ?? "") + "\(dataSet.panelDescription): \(error.description)")
        }
        let output = BacktestReport(result: result, data: dataSet, language: lang)
        if let report { try writeDocument(output.html(), to: report) }
        try emit(format == .json ? output.json().pretty() + "\n" : output.table(), to: nil)
    }
}
