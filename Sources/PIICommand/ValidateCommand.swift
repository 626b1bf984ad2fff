import ArgumentParser
import PIIData
import PIIIndex
import PIIReports

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: Help.validate.text,
        discussion: Help.validateDiscussion.text
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp(.formatTableJSON))
    var format: PrintFormat = .table

    @Option(help: ArgumentHelp(.language))
    var lang: Language = .current

    mutating func run() throws {
        let dataSet = try DataSet.read(data.paths, options: data.readingOptions)
        let report = DataValidation.check(dataSet)
        let output = ValidationOutput(
            data: dataSet, report: report, language: lang, settings: MethodSettings(valuesAreNormalised: dataSet.valuesAreNormalised))
        try emit(format == .json ? output.json().pretty() + "\n" : output.table(), to: nil)
        if !report.isValid { throw ExitCode.failure }
    }
}
