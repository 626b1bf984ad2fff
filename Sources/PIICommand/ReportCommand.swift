import ArgumentParser
import Foundation
import PIIIndex
import PIIReports

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run a scenario and write one self-contained HTML report with charts (prints on A4).",
        discussion: """
            The report holds the summary (milestones and their odds, the data's status, the \
            command that reproduces it), the rank fan chart, the rank distribution in the \
            horizon year, the pillars against the national average and the 10th province, every \
            indicator's gap to the national average coloured by department, and the rivals' \
            median paths. Everything is inline: no script, no network, no external fonts. \
            `pii run … --report FILE` and `pii optimize … --report FILE` write the same report \
            (the optimiser's adds the frontier and the task list per department).

            Examples:
              pii report Scenarios/ninh-binh-2030.yaml
              pii report Scenarios/ninh-binh-plan.yaml --lang en --out plan-en.html
            """
    )

    @Argument(help: ArgumentHelp("The scenario file (YAML).", valueName: "scenario"))
    var scenarioFile: String

    @Option(help: ArgumentHelp("The HTML file to write (default: the scenario's name with .html, in the current folder).", valueName: "file"))
    var out: String?

    @Option(help: "Language of the report: vi or en (default: $PII_LANG, else vi).")
    var lang: Language = .fromEnvironment

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
