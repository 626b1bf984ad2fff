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
    @Option(name: .long, help: ArgumentHelp("Framework CSV or .xlsx (default: the embedded PII 2025 framework).", valueName: "file"))
    var framework: String?

    @Option(name: .long, help: ArgumentHelp("Provinces CSV or .xlsx (default: the embedded 34 provinces).", valueName: "file"))
    var provinces: String?

    @Option(name: .long, help: ArgumentHelp(
        "Panel CSV or .xlsx: long (year,province,indicator,value), wide (province + indicator codes) or transposed (indicator + provinces); default: the embedded illustrative panel.",
        valueName: "file"))
    var data: String?

    @Flag(name: .long, help: "The panel holds published 0–100 indicator scores, not raw values (no outlier treatment, direction +1).")
    var normalised = false

    @Flag(name: .long, help: "Numbers in the CSV files use a decimal comma (89,7; a point groups thousands). Found by itself unless the file mixes both.")
    var decimalComma = false

    @Option(name: .long, help: ArgumentHelp("The year of a wide panel table that has no year column and no sheet named by its year.", valueName: "year"))
    var dataYear: Int?

    var paths: DataPaths { DataPaths(framework: framework, provinces: provinces, panel: data) }

    var readingOptions: PanelReadingOptions {
        PanelReadingOptions(valuesAreNormalised: normalised, decimalComma: decimalComma ? true : nil, year: dataYear)
    }

    func validate() throws {
        if let dataYear, !PanelFile.years.contains(dataYear) {
            throw ValidationError("--data-year must be a year in \(PanelFile.years.lowerBound)–\(PanelFile.years.upperBound)")
        }
    }

    func load() throws -> DataSet {
        try DataSet.load(paths, options: readingOptions)
    }
}

/// The method's global settings (methodology §0), as flags with the methodology's defaults.
struct MethodOptions: ParsableArguments {
    @Option(name: .long, help: "Flag an indicator for outlier treatment when |skewness| exceeds this.")
    var skewnessThreshold: Double = 2.25

    @Option(name: .long, help: "…and its excess kurtosis exceeds this.")
    var kurtosisThreshold: Double = 3.5

    @Option(name: .long, help: "Winsorisation steps before falling back to the scaled log.")
    var maxWinsorisationSteps: Int = 5

    @Option(name: .long, help: ArgumentHelp(
        "How a missing value counts: renormalise (left out, the GII practice), lowest (scores 0) or zero (the raw value 0).",
        valueName: "rule"))
    var missingValues: MissingValueRule = .renormalise

    func validate() throws {
        guard skewnessThreshold >= 0, skewnessThreshold.isFinite else {
            throw ValidationError("--skewness-threshold must be a number ≥ 0 (the methodology uses 2.25)")
        }
        guard kurtosisThreshold.isFinite else {
            throw ValidationError("--kurtosis-threshold must be a number (the methodology uses 3.5)")
        }
        guard maxWinsorisationSteps >= 0 else {
            throw ValidationError("--max-winsorisation-steps must be 0 or more (the methodology uses 5)")
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
    @Option(help: "Output format: table, json, csv or xlsx (a workbook; needs --out, implied by --out FILE.xlsx).")
    var format: OutputFormat = .table

    @Option(help: "Language of names and labels: vi or en (default: $PII_LANG, else vi).")
    var lang: Language = .fromEnvironment

    @Option(help: ArgumentHelp("Write the output to this file instead of the terminal.", valueName: "file"))
    var out: String?

    func validate() throws {
        if format == .xlsx && out == nil {
            throw ValidationError("--format xlsx writes a workbook: give its name with --out, such as --out results.xlsx")
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
        throw UserError("cannot turn the table into a sheet: \(error.message)")
    }
}

extension DataSet {
    /// The values of `year`, by default the panel's latest, or what to ask for instead.
    func table(year: Int?) throws -> (year: Int, table: IndicatorTable) {
        let years = panel.years
        guard let chosen = year ?? years.last else {
            throw UserError("the panel \(panelDescription) holds no values")
        }
        guard let table = panel[chosen] else {
            throw UserError("--year \(chosen): the panel has no data for \(chosen); it has \(years.map(String.init).joined(separator: ", "))")
        }
        return (chosen, table)
    }
}

extension Language: ExpressibleByArgument {
    /// The language `PII_LANG` names (`vi` or `en`, as `--lang` takes them), else Vietnamese:
    /// an analyst who works in English sets it once instead of typing `--lang en` every time.
    /// An unknown value is ignored rather than refused, so that a stray setting never stops a
    /// command; `--lang` still overrides it.
    static var fromEnvironment: Language {
        ProcessInfo.processInfo.environment["PII_LANG"].flatMap { Language(rawValue: $0.lowercased()) } ?? .vi
    }
}
extension MissingValueRule: ExpressibleByArgument {}

/// `--scenarios` and `--seed` within the ranges a scenario file has (`RunLimits`).
func validateRun(scenarios: Int?, seed: UInt64?, option: String = "--scenarios") throws {
    if let scenarios, !RunLimits.scenarios.contains(scenarios) {
        throw ValidationError("\(option) must be \(RunLimits.describe(RunLimits.scenarios))")
    }
    if let seed, !RunLimits.seeds.contains(seed) {
        throw ValidationError("--seed must be a whole number \(RunLimits.describe(RunLimits.seeds))")
    }
}

/// A problem with what the user asked for, found while running: printed as one line, exit 1.
struct UserError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Finds a province by id or name, or explains what to type instead. A province that merged
/// into another stands for the merged one, with a note on standard error: what a user types
/// is the place they mean, and its data now lives under the new unit.
func lookUpProvince(_ name: String, in provinces: ProvinceSet, language: Language) throws -> Int {
    if let (number, former) = provinces.match(name) {
        if let former {
            let into = provinces[number].name
            let year = former.year.map { " \($0)" } ?? ""
            printNote(language == .vi ? "\(former.name) → \(into) (hợp nhất\(year))" : "\(former.name) → \(into) (merged\(year))")
        }
        return number
    }
    let hint = provinces.suggestion(for: name).map { " Did you mean \($0)?" } ?? ""
    throw UserError("--province: unknown province \(quoted(name)).\(hint) Use an id such as ninh-binh or a name such as \"Ninh Bình\".")
}
