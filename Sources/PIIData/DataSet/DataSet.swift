import Foundation
import PIIIndex

/// Where each input file comes from: a path the user gave, or the package's embedded default.
public struct DataPaths: Sendable, Equatable {
    public var framework: String?
    public var provinces: String?
    public var panel: String?

    public init(framework: String? = nil, provinces: String? = nil, panel: String? = nil) {
        self.framework = framework
        self.provinces = provinces
        self.panel = panel
    }
}

/// A framework, the provinces it scores and their panel, validated together.
public struct DataSet: Sendable {
    public let framework: Framework
    public let provinces: ProvinceSet
    public let panel: Panel
    public let paths: DataPaths
    /// How the panel was read: the issues `pii validate` reports.
    public let issues: [DataIssue]
    /// The layout of each table of the panel (`PanelReading.layouts`).
    public let layouts: [Phrase]
    /// The panel holds published 0–100 scores, not raw values (`--normalised`, a scenario
    /// file's `normalised: true`): read once, with the panel, and from here by everything that
    /// depends on it — the scorer's settings, the forecast's scale, the validation's bounds.
    public let valuesAreNormalised: Bool

    /// The embedded panel is illustrative (calibrated to the published 2025 figures, not
    /// official values); a panel the user gives is not labelled so.
    public var panelIsIllustrative: Bool { paths.panel == nil }

    public var panelDescription: String {
        paths.panel ?? "embedded illustrative panel"
    }

    /// A data set built in memory (tests, tools); `panelName` stands in for the panel's path.
    public init(framework: Framework, provinces: ProvinceSet, panel: Panel, panelName: String = "(in memory)", valuesAreNormalised: Bool = false) {
        self.init(framework: framework, provinces: provinces, panel: panel,
                  paths: DataPaths(panel: panelName), issues: [], layouts: [], valuesAreNormalised: valuesAreNormalised)
    }

    init(framework: Framework, provinces: ProvinceSet, panel: Panel, paths: DataPaths, issues: [DataIssue], layouts: [Phrase],
                 valuesAreNormalised: Bool) {
        self.valuesAreNormalised = valuesAreNormalised
        self.layouts = layouts
        self.framework = framework
        self.provinces = provinces
        self.panel = panel
        self.paths = paths
        self.issues = issues
    }

    /// Loads and validates the three files, each from its path or the embedded default.
    ///
    /// - Throws: `InputError` for the first problem in the framework or provinces file,
    ///   `InputErrors` for every error in the panel.
    public static func load(_ paths: DataPaths = DataPaths(), valuesAreNormalised: Bool = false) throws -> DataSet {
        try load(paths, options: PanelReadingOptions(valuesAreNormalised: valuesAreNormalised))
    }

    public static func load(_ paths: DataPaths, options: PanelReadingOptions) throws -> DataSet {
        let reading = try read(paths, options: options)
        let errors = reading.issues.filter { $0.severity == .error }
        if !errors.isEmpty { throw InputErrors(errors.map(\.location)) }
        return reading
    }

    /// Like `load`, but keeps a panel with errors so that every problem can be listed.
    public static func read(_ paths: DataPaths = DataPaths(), valuesAreNormalised: Bool = false) throws -> DataSet {
        try read(paths, options: PanelReadingOptions(valuesAreNormalised: valuesAreNormalised))
    }

    /// `options.decimalComma` applies to the files given, not to the embedded ones.
    public static func read(_ paths: DataPaths, options: PanelReadingOptions) throws -> DataSet {
        var options = options
        let framework = try FrameworkFile.load(
            url: try url(paths.framework, resource: "framework"), file: paths.framework ?? "(embedded) framework.csv",
            decimalComma: paths.framework == nil ? nil : options.decimalComma)
        if paths.panel == nil { options.decimalComma = nil }
        let provinces = try ProvincesFile.load(
            url: try url(paths.provinces, resource: "provinces"), file: paths.provinces ?? "(embedded) provinces.csv")
        let reading = try PanelFile.read(
            url: try url(paths.panel, resource: "panel"), file: paths.panel ?? "(embedded) panel.csv",
            framework: framework, provinces: provinces, options: options)
        return DataSet(framework: framework, provinces: provinces, panel: reading.panel, paths: paths,
                       issues: reading.issues, layouts: reading.layouts, valuesAreNormalised: options.valuesAreNormalised)
    }

    /// The embedded default framework alone.
    public static func defaultFramework() throws -> Framework {
        try FrameworkFile.load(url: try url(nil, resource: "framework"), file: "(embedded) framework.csv")
    }

    /// The embedded default provinces alone.
    public static func defaultProvinces() throws -> ProvinceSet {
        try ProvincesFile.load(url: try url(nil, resource: "provinces"), file: "(embedded) provinces.csv")
    }

    /// The embedded illustrative panel as written by the generator, for the check that
    /// regenerating it reproduces it.
    public static func embeddedPanelText() throws -> String {
        try String(contentsOf: try url(nil, resource: "panel"), encoding: .utf8)
    }

    static func url(_ path: String?, resource: String) throws -> URL {
        if let path { return URL(fileURLWithPath: path) }
        guard let url = Bundle.module.url(forResource: resource, withExtension: "csv", subdirectory: "Resources") else {
            throw InputError(file: "\(resource).csv", message: .embeddedMissing)
        }
        return url
    }

    /// The values of `year`, by default the panel's latest, or what to ask for instead.
    public func table(year: Int?) throws -> (year: Int, table: IndicatorTable) {
        let years = panel.years
        guard let chosen = year ?? years.last else {
            throw UserError(.panelWithoutValues(panelDescription))
        }
        guard let table = panel[chosen] else {
            throw UserError(.noDataForYear(chosen, has: years.map(String.init).joined(separator: ", ")))
        }
        return (chosen, table)
    }
}

extension ProvinceSet {
    /// The province `name` names (id or name, with or without diacritics, or a province that
    /// merged into it), or what to type instead.
    public func lookUp(_ name: String) throws -> (number: Int, former: FormerProvince?) {
        guard let found = match(name) else {
            throw UserError(.unknownProvinceOption(quoted(name), suggestion: suggestion(for: name)))
        }
        return found
    }
}
