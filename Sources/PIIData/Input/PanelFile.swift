import Foundation
import PIIIndex

/// A panel as read, with every problem found on the way.
public struct PanelReading: Sendable {
    public var panel: Panel
    public var issues: [DataIssue]

    public var errors: [DataIssue] { issues.filter { $0.severity == .error } }
}

/// Reads the panel CSV in long form: `year,province,indicator,value`, one value per line.
///
/// `province` is an id or a name with or without diacritics; an empty `value` is a missing
/// value; a value must lie inside its indicator's domain (0–100 for already-normalised
/// scores). Every line is checked, so that `pii validate` can list every problem at once.
public enum PanelFile {
    /// Editions the engine accepts.
    public static let years = 2000...2100

    public static func read(
        url: URL, file: String? = nil, framework: Framework, provinces: ProvinceSet,
        valuesAreNormalised: Bool = false
    ) throws -> PanelReading {
        try read(CSVTable(url: url, file: file ?? url.path), framework, provinces, valuesAreNormalised)
    }

    public static func read(
        text: String, file: String, framework: Framework, provinces: ProvinceSet,
        valuesAreNormalised: Bool = false
    ) throws -> PanelReading {
        try read(CSVTable(text: text, file: file), framework, provinces, valuesAreNormalised)
    }

    /// Reads and insists on a panel without errors.
    ///
    /// - Throws: `InputErrors` listing every error when there is any.
    public static func load(
        url: URL, file: String? = nil, framework: Framework, provinces: ProvinceSet,
        valuesAreNormalised: Bool = false
    ) throws -> Panel {
        let reading = try read(url: url, file: file, framework: framework, provinces: provinces,
                               valuesAreNormalised: valuesAreNormalised)
        let errors = reading.errors
        if !errors.isEmpty { throw InputErrors(errors.map(\.location)) }
        return reading.panel
    }

    static func read(
        _ table: CSVTable, _ framework: Framework, _ provinces: ProvinceSet, _ valuesAreNormalised: Bool
    ) throws -> PanelReading {
        try table.requireColumns(["year", "province", "indicator", "value"])
        var issues: [DataIssue] = []
        var tables: [Int: IndicatorTable] = [:]
        var firstLine: [Key: Int] = [:]
        let indicatorCodes = framework.indicators.map(\.code)
        for record in table.records {
            func issue(_ kind: DataIssue.Kind, _ field: String, _ message: String) {
                issues.append(DataIssue(.error, kind, table.error(record, field, message)))
            }
            let yearText = table.value(record, "year")
            guard let year = Int(yearText) else {
                issue(.malformed, "year", "\(quoted(yearText)) is not a year; write the PII edition year, such as 2025")
                continue
            }
            guard years.contains(year) else {
                issue(.yearOutOfRange, "year", "the year \(year) is outside \(years.lowerBound)–\(years.upperBound)")
                continue
            }
            let provinceText = table.value(record, "province")
            guard let province = provinces.number(of: provinceText) else {
                let hint = provinces.suggestion(for: provinceText).map { " (did you mean \($0)?)" } ?? ""
                issue(.unknownProvince, "province", "unknown province \(quoted(provinceText))\(hint); use an id or a name from the provinces file")
                continue
            }
            let code = table.value(record, "indicator")
            guard let indicator = framework.indicatorNumber(code: code) else {
                if let node = framework.node(code: code) {
                    issue(.unknownIndicator, "indicator", "\(code) is a \(node.level.rawValue); the panel holds indicator values only (the engine computes the aggregates)")
                } else {
                    let hint = closestCode(code, among: indicatorCodes).map { " (did you mean \($0)?)" } ?? ""
                    issue(.unknownIndicator, "indicator", "unknown indicator \(quoted(code))\(hint); use a code of the framework")
                }
                continue
            }
            let key = Key(year: year, province: province, indicator: indicator)
            if let line = firstLine[key] {
                issue(.duplicateRow, "indicator", "a second value for \(code), \(provinces[province].name), \(year); the first is on line \(line); keep one")
                continue
            }
            firstLine[key] = record.line
            let value: Double
            switch NumberText.parse(table.value(record, "value")) {
            case .empty: continue
            case .invalid(let message):
                issue(.malformed, "value", message)
                continue
            case .number(let number): value = number
            }
            let node = framework.indicators[indicator]
            let domain = valuesAreNormalised ? Domain(min: 0, max: 100) : node.domain
            if !domain.contains(value) {
                let unit = valuesAreNormalised ? "normalised score" : node.unit
                issue(.outsideDomain, "value", "\(formatNumber(value)) is outside \(describe(domain)), the domain of \(code) (\(unit))")
                continue
            }
            tables[year, default: IndicatorTable(provinceCount: provinces.count, indicatorCount: framework.indicators.count)][province, indicator] = value
        }
        let panel = Panel(provinceCount: provinces.count, indicatorCount: framework.indicators.count, tables: tables)
        return PanelReading(panel: panel, issues: issues)
    }

    private struct Key: Hashable {
        var year: Int
        var province: Int
        var indicator: Int
    }

    static func closestCode(_ code: String, among codes: [String]) -> String? {
        nearest(to: code, among: codes, within: 2).map { codes[$0] }
    }

    static func describe(_ domain: Domain) -> String {
        switch (domain.min, domain.max) {
        case let (low?, high?): "\(formatNumber(low))–\(formatNumber(high))"
        case let (low?, nil): "≥ \(formatNumber(low))"
        case let (nil, high?): "≤ \(formatNumber(high))"
        case (nil, nil): "any value"
        }
    }
}

/// A number as a person would write it: no trailing `.0`.
func formatNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
