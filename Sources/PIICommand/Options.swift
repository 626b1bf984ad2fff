import ArgumentParser
import Foundation
import PIIData
import PIIIndex
import PIIReports
import PIISimulation

/// The data files every command reads; each defaults to the embedded one.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Framework CSV (default: the embedded PII 2025 framework).", valueName: "file"))
    var framework: String?

    @Option(name: .long, help: ArgumentHelp("Provinces CSV (default: the embedded 34 provinces).", valueName: "file"))
    var provinces: String?

    @Option(name: .long, help: ArgumentHelp("Panel CSV, year,province,indicator,value (default: the embedded illustrative panel).", valueName: "file"))
    var data: String?

    @Flag(name: .long, help: "The panel holds published 0–100 indicator scores, not raw values (no outlier treatment, direction +1).")
    var normalised = false

    var paths: DataPaths { DataPaths(framework: framework, provinces: provinces, panel: data) }

    func load() throws -> DataSet {
        try DataSet.load(paths, valuesAreNormalised: normalised)
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
            maxWinsorisationSteps: maxWinsorisationSteps, valuesAreNormalised: normalised)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Where and how `pii score` and `pii gap` print: a table, JSON or CSV, in Vietnamese or
/// English, to the terminal or a file.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(help: "Language of names and labels: vi or en.")
    var lang: Language = .vi

    @Option(help: ArgumentHelp("Write the output to this file instead of the terminal.", valueName: "file"))
    var out: String?

    /// Writes the rendering the format asks for; only that one is built.
    func emit(table: () -> String, json: () -> JSONValue, csv: () -> String) throws {
        switch format {
        case .table: try PIICommand.emit(table(), to: out)
        case .json: try PIICommand.emit(json().pretty() + "\n", to: out)
        case .csv: try PIICommand.emit(csv(), to: out)
        }
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

extension Language: ExpressibleByArgument {}

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

/// Finds a province by id or name, or explains what to type instead.
func lookUpProvince(_ name: String, in provinces: ProvinceSet) throws -> Int {
    if let number = provinces.number(of: name) { return number }
    let hint = provinces.suggestion(for: name).map { " Did you mean \($0)?" } ?? ""
    throw UserError("--province: unknown province \(quoted(name)).\(hint) Use an id such as ninh-binh or a name such as \"Ninh Bình\".")
}
