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
