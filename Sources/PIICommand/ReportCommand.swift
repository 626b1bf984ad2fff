import ArgumentParser
import Foundation
import PIIIndex
import PIIReports

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: Help.report.text,
        discussion: Help.reportDiscussion.text
    )

    @Argument(help: ArgumentHelp(.scenarioFile, valueName: "scenario"))
    var scenarioFile: String

    @Option(help: ArgumentHelp(.reportOut, valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp(.language))
    var lang: Language = .current

    @OptionGroup var simulation: SimulationOptions

    mutating func run() throws {
        let (prepared, tally) = try simulation.run(scenarioFile, label: "pii report")
        var report = RunReport(data: prepared.data, plan: prepared.plan, tally: tally, language: lang, command: prepared.command)
        report.rankChange = try simulation.rankChange(prepared.plan)
        let path = out ?? URL(fileURLWithPath: scenarioFile).deletingPathExtension().lastPathComponent + ".html"
        try writeReport(HTMLReport(run: report), to: path)
    }
}

/// Writes the HTML report through a temporary file and says where it went.
func writeReport(_ report: HTMLReport, to path: String) throws {
    try writeDocument(report.html(), to: path)
}
