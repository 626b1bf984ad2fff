import ArgumentParser
import Foundation
import PIIData
import PIIIndex
import PIIReports
import PIISimulation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two scenario files of one province: the odds of every milestone and the rank, side by side.",
        discussion: """
            Runs both files on the same scenarios with one seed (the first file's, or --seed), so \
            that both forecasts are the same draws and a difference is the measures' doing: the \
            difference B − A of every milestone's odds and of the mean rank each year is taken \
            scenario by scenario, with its 95 % interval. Then runs B once without each measure A \
            does not have, to show what each adds.

            Examples:
              pii compare Scenarios/ninh-binh-2030.yaml Scenarios/ninh-binh-plan.yaml
              pii compare A.yaml B.yaml --scenarios 50000 --lang en --format json
              pii compare Scenarios/ninh-binh-2030.yaml Scenarios/ninh-binh-plan.yaml --report so-sanh.html
            """
    )

    @Argument(help: ArgumentHelp("The first scenario file (A), such as business as usual.", valueName: "A"))
    var first: String

    @Argument(help: ArgumentHelp("The second scenario file (B), such as the plan.", valueName: "B"))
    var second: String

    /// `--scenarios` and `--seed` override the first file's and apply to both runs.
    @OptionGroup var simulation: SimulationOptions

    @Option(help: "Output format on the terminal: table or json.")
    var format: PrintFormat = .table

    @Option(help: "Language of labels and names: vi or en (default: $PII_LANG, else vi).")
    var lang: Language = .fromEnvironment

    @Option(help: ArgumentHelp("Also write the comparison as an HTML report (tables and the two rank paths, A4) to this file.", valueName: "file"))
    var report: String?

    mutating func run() throws {
        useSingleThreadedBLAS()
        let a = try PreparedRun(path: first, scenarios: simulation.scenarios, seed: simulation.seed)
        let count = a.plan.scenario.scenarios, commonSeed = a.plan.scenario.seed
        let b = try PreparedRun(path: second, scenarios: count, seed: commonSeed)
        guard a.plan.scenario.province == b.plan.scenario.province else {
            throw UserError("\(first) is about \(a.data.provinces[a.plan.scenario.province].name) and \(second) about \(b.data.provinces[b.plan.scenario.province].name); compare two scenarios of one province")
        }
        if a.data.panelDescription != b.data.panelDescription {
            printNote(lang == .vi
                ? "Lưu ý: A và B đọc hai bộ dữ liệu khác nhau (\(a.data.panelDescription); \(b.data.panelDescription)): hiệu số gồm cả phần do dữ liệu."
                : "Note: A and B read different data (\(a.data.panelDescription); \(b.data.panelDescription)): the difference includes the data's.")
        }
        let progress = ProgressBar(total: 1000, label: "pii compare")
        defer { progress.finish() }
        let interrupt = InterruptFlag()
        let comparison: ScenarioComparison
        do {
            comparison = try ScenarioComparison.run(
                a.plan, b.plan, scenarios: count, threads: simulation.threads, width: simulation.batch,
                progress: { progress.update(Int($0 * 1000)) }, isCancelled: { interrupt.isRaised })
        } catch let error as ScenarioComparison.ComparisonError {
            throw UserError("\(first), \(second): \(error.description)")
        } catch let error as MonteCarlo.Cancelled {
            throw UserError(error.description)
        }
        let report = CompareReport(
            data: a.data, comparison: comparison, names: (first, second), language: lang,
            command: "pii compare \(first) \(second) --scenarios \(count) --seed \(commonSeed)")
        if let path = self.report { try writeDocument(report.html(), to: path) }
        try emit(format == .json ? report.json().pretty() + "\n" : report.table(), to: nil)
    }
}
