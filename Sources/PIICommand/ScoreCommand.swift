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

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(help: "Language of names and labels: vi or en.")
    var lang: Language = .vi

    @Option(help: ArgumentHelp("Write the output to this file instead of the terminal.", valueName: "file"))
    var out: String?

    mutating func run() throws {
        useSingleThreadedBLAS()
        let dataSet = try data.load()
        let years = dataSet.panel.years
        guard let year = year ?? years.last else {
            throw UserError("the panel \(dataSet.panelDescription) holds no values")
        }
        guard let table = dataSet.panel[year] else {
            throw UserError("the panel has no data for \(year); it has \(years.map(String.init).joined(separator: ", "))")
        }
        let settings = method.settings(normalised: data.normalised)
        let scores = BatchScorer(framework: dataSet.framework, settings: settings).score(table)
        let report = ScoreReport(data: dataSet, year: year, scores: scores, settings: settings, language: lang)
        let text: String
        if let province {
            let profile = ProfileReport(score: report, province: try lookUpProvince(province, in: dataSet.provinces))
            switch format {
            case .table: text = profile.table()
            case .json: text = profile.json().pretty() + "\n"
            case .csv: text = profile.csv()
            }
        } else {
            switch format {
            case .table: text = report.table()
            case .json: text = report.json().pretty() + "\n"
            case .csv: text = report.csv()
            }
        }
        try emit(text, to: out)
    }
}
