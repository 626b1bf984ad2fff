import ArgumentParser
import Foundation
import PIIIndex

@main
struct PII: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pii",
        abstract: Help.pii.text,
        discussion: Help.piiDiscussion.text,
        version: "0.1.0",
        subcommands: [RunCommand.self, CompareCommand.self, ReportCommand.self, OptimizeCommand.self, ScoreCommand.self, GapCommand.self, ValidateCommand.self, DataCommand.self, BacktestCommand.self, BenchCommand.self, ServeCommand.self]
    )

    mutating func run() throws {
        throw CleanExit.helpRequest(self)
    }

    /// Parses and runs as swift-argument-parser's own `main` does, with the language chosen
    /// before anything is parsed — help pages and parse errors are written in it — and the
    /// parser's own words in that language.
    static func main() {
        Language.current = Language.chosen(by: CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = ParserText.text(fullMessage(for: error), in: .current)
            if !message.isEmpty {
                if code == .success { print(message) } else { printNote(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
