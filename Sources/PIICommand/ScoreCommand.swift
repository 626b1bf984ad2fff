import ArgumentParser
import PIIData
import PIIIndex
import PIIReports

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Compute the index for one year: every province's score, rank and pillars, or one province's profile.",
        discussion: """
            Examples:
              pii score                               the latest year's ranking
              pii score --year 2024 --lang en
              pii score --province "Ninh Bình"        scores and ranks at every level, strengths, \
            weaknesses, gaps to the national average
              pii score --format json > scores.json
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var method: MethodOptions

    @Option(help: "The PII edition year to score (default: the latest year in the panel).")
    var year: Int?

    @Option(help: ArgumentHelp("Show one province's profile: an id or a name, with or without diacritics.", valueName: "name"))
    var province: String?

    @OptionGroup var output: OutputOptions

    mutating func run() throws {
        useSingleThreadedBLAS()
        let dataSet = try data.load()
        let (year, table) = try dataSet.table(year: year)
        let settings = method.settings(normalised: data.normalised)
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
