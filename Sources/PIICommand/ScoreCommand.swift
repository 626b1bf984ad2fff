import ArgumentParser
import PIIData
import PIIIndex
import PIIReports

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: Help.score.text,
        discussion: Help.scoreDiscussion.text
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var method: MethodOptions

    @Option(help: ArgumentHelp(.scoreYear))
    var year: Int?

    @Option(help: ArgumentHelp(.scoreProvince, valueName: "name"))
    var province: String?

    @OptionGroup var output: OutputOptions

    mutating func run() throws {
        useSingleThreadedBLAS()
        let dataSet = try data.load()
        let (year, table) = try dataSet.table(year: year)
        let settings = method.settings(normalised: dataSet.valuesAreNormalised)
        let scores = BatchScorer(framework: dataSet.framework, settings: settings).score(table)
        let report = ScoreReport(data: dataSet, year: year, scores: scores, settings: settings, language: output.lang)
        if let province {
            let profile = ProfileReport(score: report, province: try lookUpProvince(province, in: dataSet.provinces, language: output.lang))
            try output.emit(table: profile.table, json: profile.json, csv: profile.csv, sheet: "\(year)")
        } else {
            try output.emit(table: report.table, json: report.json, csv: report.csv, sheet: String(year))
        }
    }
}
