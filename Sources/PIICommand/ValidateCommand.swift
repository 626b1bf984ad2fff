import ArgumentParser
import PIIData
import PIIIndex
import PIIReports

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a data set: errors with their lines, missing values by department, years and indicators to look at.",
        discussion: """
            Errors (unknown provinces or indicators, text where a number belongs, duplicated rows, \
            values outside an indicator's domain) make the command exit with status 1; warnings \
            (missing values, provinces with no data in a year, indicators with no variance) do not.
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: "Output format: table or json.")
    var format: PrintFormat = .table

    @Option(help: "Language of labels: vi or en (default: $PII_LANG, else vi).")
    var lang: Language = .fromEnvironment

    mutating func run() throws {
        let dataSet = try DataSet.read(data.paths, options: data.readingOptions)
        let report = DataValidation.check(dataSet, valuesAreNormalised: data.normalised)
        let output = ValidationOutput(
            data: dataSet, report: report, language: lang, settings: MethodSettings(valuesAreNormalised: data.normalised))
        try emit(format == .json ? output.json().pretty() + "\n" : output.table(), to: nil)
        if !report.isValid { throw ExitCode.failure }
    }
}
