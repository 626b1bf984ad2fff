import ArgumentParser
import Foundation
import PIIData
import PIIIndex
import PIIReports
import PIISimulation

/// The data files every command reads; each defaults to the embedded one.
///
/// Each file may be CSV (`,` `;` or tab separated, found from the header) or an `.xlsx`
/// workbook (`file.xlsx#Sheet` for one sheet; the panel reads every sheet).
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(.framework, valueName: "file"))
    var framework: String?

    @Option(name: .long, help: ArgumentHelp(.provinces, valueName: "file"))
    var provinces: String?

    @Option(name: .long, help: ArgumentHelp(.panel, valueName: "file"))
    var data: String?

    @Flag(name: .long, help: ArgumentHelp(.normalised))
    var normalised = false

    @Flag(name: .long, help: ArgumentHelp(.decimalComma))
    var decimalComma = false

    @Option(name: .long, help: ArgumentHelp(.dataYear, valueName: "year"))
    var dataYear: Int?

    var paths: DataPaths { DataPaths(framework: framework, provinces: provinces, panel: data) }

    var readingOptions: PanelReadingOptions {
        PanelReadingOptions(valuesAreNormalised: normalised, decimalComma: decimalComma ? true : nil, year: dataYear)
    }

    func validate() throws {
        if let dataYear, !PanelFile.years.contains(dataYear) {
            throw ValidationError(Phrase.dataYearRange(PanelFile.years).description)
        }
    }

    func load() throws -> DataSet {
        try DataSet.load(paths, options: readingOptions)
    }
}

/// The method's global settings (methodology §0), as flags with the methodology's defaults.
struct MethodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(.skewnessThreshold))
    var skewnessThreshold: Double = 2.25

    @Option(name: .long, help: ArgumentHelp(.kurtosisThreshold))
    var kurtosisThreshold: Double = 3.5

    @Option(name: .long, help: ArgumentHelp(.maxWinsorisationSteps))
    var maxWinsorisationSteps: Int = 5

    @Option(name: .long, help: ArgumentHelp(.missingValues, valueName: "rule"))
    var missingValues: MissingValueRule = .renormalise

    func validate() throws {
        guard skewnessThreshold >= 0, skewnessThreshold.isFinite else {
            throw ValidationError(Phrase.skewnessOption.description)
        }
        guard kurtosisThreshold.isFinite else {
            throw ValidationError(Phrase.kurtosisOption.description)
        }
        guard maxWinsorisationSteps >= 0 else {
            throw ValidationError(Phrase.winsorisationOption.description)
        }
    }

    func settings(normalised: Bool) -> MethodSettings {
        MethodSettings(
            skewnessThreshold: skewnessThreshold, kurtosisThreshold: kurtosisThreshold,
            maxWinsorisationSteps: maxWinsorisationSteps, valuesAreNormalised: normalised,
            missingValues: missingValues)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, xlsx
}

/// What a command that writes its tables with `--out` prints on the terminal.
enum PrintFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// Where and how `pii score` and `pii gap` print: a table, JSON, CSV or an `.xlsx` workbook,
/// in Vietnamese or English, to the terminal or a file.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.formatAny))
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp(.language))
    var lang: Language = .current

    @Option(help: ArgumentHelp(.outFile, valueName: "file"))
    var out: String?

    func validate() throws {
        if format == .xlsx && out == nil {
            throw ValidationError(Phrase.xlsxNeedsOut.description)
        }
    }

    /// The format asked for: a workbook when `--out` names an `.xlsx` file.
    var effectiveFormat: OutputFormat {
        if let out, out.lowercased().hasSuffix(".xlsx"), format == .table || format == .csv { return .xlsx }
        return format
    }

    /// Writes the rendering the format asks for; only that one is built. A workbook holds the
    /// CSV table in a sheet named `sheet`, numbers as numbers.
    func emit(table: () -> String, json: () -> JSONValue, csv: () -> String, sheet: String) throws {
        switch effectiveFormat {
        case .table: try PIICommand.emit(table(), to: out)
        case .json: try PIICommand.emit(json().pretty() + "\n", to: out)
        case .csv: try PIICommand.emit(csv(), to: out)
        case .xlsx: try writeWorkbook([try workbookSheet(sheet, csv: csv())], to: out!)
        }
    }
}

/// A sheet of the CSV text a command wrote.
func workbookSheet(_ name: String, csv: String) throws -> WorkbookSheet {
    do {
        return try WorkbookSheet(name: name, csv: csv)
    } catch let error as InputError {
        throw UserError(.cannotTurnIntoSheet(error.message))
    }
}

extension Language: ExpressibleByArgument {
    /// The language `PII_LANG` names (`vi` or `en`, as `--lang` takes them), else Vietnamese:
    /// an analyst who works in English sets it once instead of typing `--lang en` every time.
    /// An unknown value is ignored rather than refused, so that a stray setting never stops a
    /// command; `--lang` still overrides it.
    private static var fromEnvironment: Language {
        ProcessInfo.processInfo.environment["PII_LANG"].flatMap { Language(rawValue: $0.lowercased()) } ?? .vi
    }

    /// The language the command line asks for — the last `--lang vi|en` (or `--lang=…`) before
    /// a `--`, else `PII_LANG`, else Vietnamese — found before parsing, so that help pages and
    /// parse errors are written in it. A value `--lang` does not take is left for the parser
    /// to refuse.
    static func chosen(by arguments: some Sequence<String>) -> Language {
        var chosen: Language?
        var previous: String?
        for argument in arguments {
            if argument == "--" { break }
            if previous == "--lang", let language = Language(rawValue: argument.lowercased()) { chosen = language }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7)).lowercased()) {
                chosen = language
            }
            previous = argument
        }
        return chosen ?? fromEnvironment
    }
}

extension ArgumentHelp {
    /// An option's help line from the string table, in the current language.
    init(_ help: Help, valueName: String? = nil) {
        self.init(help.text, valueName: valueName)
    }
}

extension MissingValueRule: ExpressibleByArgument {}

/// `--scenarios` and `--seed` within the ranges a scenario file has (`RunLimits`).
func validateRun(scenarios: Int?, seed: UInt64?, option: String = "--scenarios") throws {
    if let scenarios, !RunLimits.scenarios.contains(scenarios) {
        throw ValidationError(Phrase.optionRange(option, RunLimits.describe(RunLimits.scenarios)).description)
    }
    if let seed, !RunLimits.seeds.contains(seed) {
        throw ValidationError(Phrase.optionWholeNumber("--seed", RunLimits.describe(RunLimits.seeds)).description)
    }
}

/// Finds a province by id or name, or explains what to type instead. A province that merged
/// into another stands for the merged one, with a note on standard error: what a user types
/// is the place they mean, and its data now lives under the new unit.
func lookUpProvince(_ name: String, in provinces: ProvinceSet, language: Language) throws -> Int {
    let (number, former) = try provinces.lookUp(name)
    if let former {
        printNote(Phrase.mergedNote(former.name, into: provinces[number].name, year: former.year).text(language))
    }
    return number
}
