import ArgumentParser
import PIIIndex

@main
struct PII: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pii",
        abstract: "What-if simulation and forecasting for Vietnam's Provincial Innovation Index (PII).",
        discussion: """
            Scores the 34 provinces exactly as the PII method does, forecasts every province to \
            2030 under uncertainty, reports the odds of a province's rank targets, finds the least \
            improvement that reaches a rank, chooses the measures to fund within a budget, and \
            writes it all up as an HTML report. Runs on the embedded framework and illustrative \
            panel unless given official data files.
            """,
        version: "0.1.0",
        subcommands: [RunCommand.self, CompareCommand.self, ReportCommand.self, OptimizeCommand.self, ScoreCommand.self, GapCommand.self, ValidateCommand.self, DataCommand.self, BacktestCommand.self, BenchCommand.self]
    )

    mutating func run() throws {
        throw CleanExit.helpRequest(self)
    }
}
