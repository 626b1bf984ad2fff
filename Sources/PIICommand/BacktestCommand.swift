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
        abstract: "Fit on every edition but the last, forecast the last, and measure the forecasts.",
        discussion: """
            For each model that can be fitted on the shortened history: the share of real values \
            inside the 90 % forecast intervals (well calibrated: about 90 %) and Spearman's \
            correlation between forecast median ranks and real ranks. With three editions the fit \
            sees one transition only: drift cannot be fitted, and one held-out year is thin \
            evidence (docs/forecasting.md).
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Scenarios per model.")
    var scenarios: Int = 2_000

    @Option(help: "Random seed.")
    var seed: UInt64 = 2026

    @Option(help: "Worker threads (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        guard scenarios >= 20 else { throw ValidationError("--scenarios must be at least 20 for a 90 % interval") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard format != .csv else { throw ValidationError("pii backtest writes table or json") }
    }

    mutating func run() throws {
        useSingleThreadedBLAS()
        let dataSet = try data.load()
        let settings = MethodSettings(valuesAreNormalised: data.normalised)
        let outcome = try Backtest.run(
            framework: dataSet.framework, panel: dataSet.panel, settings: settings,
            scenarios: scenarios, seed: seed, threads: threads)
        if format == .json {
            let json = JSONValue.object([
                ("held_out_year", .integer(outcome.heldOut)),
                ("scenarios", .integer(scenarios)),
                ("seed", .integer(Int(seed))),
                ("models", .array(outcome.results.map {
                    .object([("model", .string($0.model.rawValue)), ("coverage_90", .number($0.coverage)),
                             ("rank_correlation", .number($0.rankCorrelation)), ("values", .integer($0.values))])
                })),
                ("warnings", .array(outcome.warnings.map { .string($0) })),
            ])
            try emit(json.pretty() + "\n", to: nil)
            return
        }
        var table = TextTable([
            .init("Model"), .init("Coverage of 90 % intervals", .right), .init("Rank correlation", .right), .init("Values", .right),
        ])
        for result in outcome.results {
            table.add([result.model.rawValue, String(format: "%.1f %%", result.coverage * 100),
                       String(format: "%.3f", result.rankCorrelation), String(result.values)])
        }
        var text = "Backtest: fitted on the editions before \(outcome.heldOut), forecast \(outcome.heldOut), \(scenarios) scenarios per model\n\n"
        text += table.render()
        for warning in outcome.warnings { text += wrapped("! \(warning)") + "\n" }
        if dataSet.panelIsIllustrative { text += "⚠ \(Label.illustrativeData.text(.en))\n" }
        try emit(text, to: nil)
    }
}
