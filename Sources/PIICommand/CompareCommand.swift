import ArgumentParser
import Foundation
import PIIData
import PIIIndex
import PIIReports
import PIIScenarioFile
import PIISimulation

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: Help.compare.text,
        discussion: Help.compareDiscussion.text
    )

    @Argument(help: ArgumentHelp(.compareFirst, valueName: "A"))
    var first: String

    @Argument(help: ArgumentHelp(.compareSecond, valueName: "B"))
    var second: String

    /// `--scenarios` and `--seed` override the first file's and apply to both runs.
    @OptionGroup var simulation: SimulationOptions

    @Option(help: ArgumentHelp(.formatTerminal))
    var format: PrintFormat = .table

    @Option(help: ArgumentHelp(.language))
    var lang: Language = .current

    @Option(help: ArgumentHelp(.compareReport, valueName: "file"))
    var report: String?

    mutating func run() throws {
        useSingleThreadedBLAS()
        let a = try PreparedRun(path: first, scenarios: simulation.scenarios, seed: simulation.seed)
        let count = a.plan.scenario.scenarios, commonSeed = a.plan.scenario.seed
        let b = try PreparedRun(path: second, scenarios: count, seed: commonSeed)
        guard a.plan.scenario.province == b.plan.scenario.province else {
            throw UserError(.differentProvinces(first, a.data.provinces[a.plan.scenario.province].name, second, b.data.provinces[b.plan.scenario.province].name))
        }
        if a.data.panelDescription != b.data.panelDescription {
            printNote(Phrase.differentData(a.data.panelDescription, b.data.panelDescription).text(lang))
        }
        let progress = ProgressBar(total: 1000, label: "pii compare")
        let interrupt = InterruptFlag()
        let comparison: ScenarioComparison
        do {
            // Cleared when the work ends, before any output or error.
            defer { progress.finish() }
            comparison = try ScenarioComparison.run(
                a.plan, b.plan, scenarios: count, threads: simulation.threads, width: simulation.batch,
                progress: { progress.update(Int($0 * 1000)) }, isCancelled: { interrupt.isRaised })
        } catch SimulationError.cancelled {
            throw UserError(SimulationError.cancelled.message)
        } catch let error as SimulationError {
            throw UserError(Phrase(verbatim: "\(first), \(second): ") + error.message)
        }
        let report = CompareReport(
            data: a.data, comparison: comparison, names: (first, second), language: lang,
            command: "pii compare \(first) \(second) --scenarios \(count) --seed \(commonSeed)")
        if let path = self.report { try writeDocument(report.html(), to: path) }
        try emit(format == .json ? report.json().pretty() + "\n" : report.table(), to: nil)
    }
}
