import Foundation
import PIIIndex

/// A panel as read, with every problem found on the way.
public struct PanelReading: Sendable {
    public var panel: Panel
    public var issues: [DataIssue]
    /// How each table was read ("panel.xlsx!2025: wide — provinces as rows, …").
    public var layouts: [Phrase] = []

    public var errors: [DataIssue] { issues.filter { $0.severity == .error } }
}

/// How a panel's values are arranged in a table, found from its header.
public enum PanelLayout: Sendable, Equatable {
    /// `year,province,indicator,value`: one value per line.
    case long
    /// Provinces as rows, an indicator code per column (`province,1.1.1,1.1.2,…`).
    case wide
    /// Indicators as rows, a province per column (`indicator,Hà Nội,…`), as the department
    /// templates are.
    case transposed
}

/// Options that say how to read a panel the file cannot say itself.
public struct PanelReadingOptions: Sendable, Equatable {
    /// The values are published 0–100 scores.
    public var valuesAreNormalised = false
    /// The decimal mark: true a comma, false a point, nil found from the values.
    public var decimalComma: Bool?
    /// The year of a wide table without a `year` column or a sheet named by its year.
    public var year: Int?

    public init(valuesAreNormalised: Bool = false, decimalComma: Bool? = nil, year: Int? = nil) {
        self.valuesAreNormalised = valuesAreNormalised
        self.decimalComma = decimalComma
        self.year = year
    }
}

/// Reads the panel: a CSV file or every sheet of a workbook, each table long
/// (`year,province,indicator,value`), wide (provinces as rows, indicator codes as columns) or
/// transposed (indicators as rows, provinces as columns), found from its header. A wide table's
/// year comes from a `year` column, the sheet's name (`2025`) or `--year`.
///
/// `province` is an id or a name with or without diacritics; an empty value is a missing
/// value; a value must lie inside its indicator's domain (0–100 for already-normalised
/// scores). Every value is checked, so that `pii validate` can list every problem at once.
public enum PanelFile {
    /// Editions the engine accepts.
    public static let years = 2000...2100

    /// Columns of a transposed table that describe the indicator (the department templates
    /// carry them) and hold no values.
    static let descriptiveColumns: Set<String> = ["name", "name_vi", "name_en", "unit", "owner", "department", "note"]

    public static func read(
        url: URL, file: String? = nil, framework: Framework, provinces: ProvinceSet,
        options: PanelReadingOptions = PanelReadingOptions()
    ) throws -> PanelReading {
        let tables = try InputTable.read(url: url, file: file ?? url.path, decimalComma: options.decimalComma)
        return try read(tables, framework, provinces, options)
    }

    public static func read(
        text: String, file: String, framework: Framework, provinces: ProvinceSet,
        options: PanelReadingOptions = PanelReadingOptions()
    ) throws -> PanelReading {
        try read([InputTable(text: text, file: file, decimalComma: options.decimalComma)], framework, provinces, options)
    }

    /// Reads and insists on a panel without errors.
    ///
    /// - Throws: `InputErrors` listing every error when there is any.
    public static func load(
        url: URL, file: String? = nil, framework: Framework, provinces: ProvinceSet,
        options: PanelReadingOptions = PanelReadingOptions()
    ) throws -> Panel {
        let reading = try read(url: url, file: file, framework: framework, provinces: provinces, options: options)
        let errors = reading.errors
        if !errors.isEmpty { throw InputErrors(errors.map(\.location)) }
        return reading.panel
    }

    /// The layout `table`'s header shows, or what a panel header looks like.
    static func layout(of table: InputTable, _ framework: Framework, _ provinces: ProvinceSet) throws -> PanelLayout {
        let header = Set(table.header)
        if header.contains("value") { return .long }
        if header.contains("province") { return .wide }
        if header.contains("indicator") { return .transposed }
        let codes = table.headerText.filter { framework.indicatorNumber(code: $0) != nil }.count
        let names = table.headerText.filter { provinces.number(of: $0) != nil }.count
        throw table.headerError(table.header.first ?? "", .notAPanelHeader(codes: codes, names: names))
    }

    /// One value as found in a table, in any layout.
    private struct Entry {
        var record: InputTable.Record
        var year: Int
        var province: Int
        var indicator: Int
        var text: String
        /// The column of the value (0-based) and its header.
        var column: Int
        var field: String
    }

    static func read(
        _ tables: [InputTable], _ framework: Framework, _ provinces: ProvinceSet, _ options: PanelReadingOptions
    ) throws -> PanelReading {
        var builder = PanelBuilder(framework: framework, provinces: provinces, options: options, tables: tables)
        var layouts: [Phrase] = []
        for (tableNumber, table) in tables.enumerated() {
            // `pii data export` puts the framework and the provinces beside the panel's sheets.
            if let sheet = table.sheet, tables.count > 1 {
                let header = Set(table.header)
                if header.isSuperset(of: ["code", "level", "parent"]) || header.isSuperset(of: ["id", "name"]) && !header.contains("province") {
                    layouts.append(Phrase(verbatim: "\(table.file)!\(sheet): ") + .skippedTable(framework: header.contains("level")))
                    continue
                }
            }
            let layout = try layout(of: table, framework, provinces)
            let description: Phrase
            switch layout {
            case .long:
                try table.requireColumns(["province", "indicator", "value"], optional: ["year"], shown: "year,province,indicator,value")
                let yearSource = try self.yearSource(table, options)
                description = .longLayout(yearSource.description)
                // A long table repeats each name thousands of times: each is looked up once.
                var provinceOf: [String: Int] = [:], indicatorOf: [String: Int] = [:]
                let column = table.header.firstIndex(of: "value")!
                for record in table.records {
                    let provinceText = table.value(record, "province"), code = table.value(record, "indicator")
                    guard let year = year(record, table, yearSource, &builder.issues),
                          let province = provinceOf[provinceText] ?? province(provinceText, record, table, "province", provinces, &builder.issues),
                          let indicator = indicatorOf[code] ?? indicator(code, record, table, framework, &builder.issues)
                    else { continue }
                    provinceOf[provinceText] = province
                    indicatorOf[code] = indicator
                    builder.add(Entry(record: record, year: year, province: province, indicator: indicator,
                                      text: table.value(record, "value"), column: column, field: "value"),
                                from: table, number: tableNumber, layout: layout)
                }
            case .wide, .transposed:
                try table.requireFullRecords()
                let yearSource = try self.yearSource(table, options)
                let columns = try valueColumns(table, layout, framework, provinces)
                let key = layout == .wide ? "province" : "indicator"
                let keyColumn = table.header.firstIndex(of: key)!
                description = layout == .wide
                    ? .wideLayout(columns: columns.count, yearSource.description)
                    : .transposedLayout(columns: columns.count, yearSource.description)
                for record in table.records {
                    guard let year = year(record, table, yearSource, &builder.issues) else { continue }
                    let keyText = record.fields[keyColumn]
                    // The row's province (wide) or indicator (transposed); the column gives the other.
                    let row = layout == .wide
                        ? province(keyText, record, table, key, provinces, &builder.issues)
                        : indicator(keyText, record, table, framework, &builder.issues)
                    guard let row else { continue }
                    for (c, number) in columns {
                        builder.add(Entry(record: record, year: year, province: layout == .wide ? row : number,
                                          indicator: layout == .wide ? number : row, text: record.fields[c], column: c,
                                          field: table.headerText[c]),
                                    from: table, number: tableNumber, layout: layout)
                    }
                }
            }
            layouts.append(Phrase(verbatim: "\(table.sheet.map { "\(table.file)!\($0)" } ?? table.file): ") + description + table.conventions)
        }
        let panel = Panel(provinceCount: provinces.count, indicatorCount: framework.indicators.count, tables: builder.tablesByYear)
        return PanelReading(panel: panel, issues: builder.issues, layouts: layouts)
    }

    /// The value columns of a wide table (indicator codes) or a transposed one (provinces),
    /// as (column, indicator or province number); any other column is an error, but for the
    /// key, `year` and the descriptive columns.
    private static func valueColumns(
        _ table: InputTable, _ layout: PanelLayout, _ framework: Framework, _ provinces: ProvinceSet
    ) throws -> [(index: Int, number: Int)] {
        var columns: [(index: Int, number: Int)] = []
        let key = layout == .wide ? "province" : "indicator"
        for (c, name) in table.headerText.enumerated() {
            let lower = table.header[c]
            if lower == key || lower == "year" || name.isEmpty { continue }
            if layout == .wide {
                if let number = framework.indicatorNumber(code: name) { columns.append((c, number)); continue }
                if lower == "name" || lower == "id" { continue }
                throw table.headerError(lower, unknownIndicatorMessage(name, framework))
            }
            if let number = provinces.number(of: name) { columns.append((c, number)); continue }
            if descriptiveColumns.contains(lower) { continue }
            if let former = provinces.formerProvince(named: name) {
                throw table.headerError(lower, formerProvinceMessage(former, provinces))
            }
            let hint = provinces.suggestion(for: name).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
            throw table.headerError(lower, .columnNeither(quoted(name), hint: hint, descriptive: descriptiveColumns.sorted().joined(separator: ", ")))
        }
        return columns
    }

    /// The panel as it is read, value by value: each value checked (a second one for the same
    /// cell, text, outside the domain) and stored, and the problems.
    private struct PanelBuilder {
        let framework: Framework
        let provinces: ProvinceSet
        let options: PanelReadingOptions
        let tables: [InputTable]
        var issues: [DataIssue] = []
        var tablesByYear: [Int: IndicatorTable] = [:]
        /// Where each value was first seen, per year and [province][indicator]: the table, the
        /// line and the column (table −1: not yet).
        var firstPlace: [Int: [SIMD3<Int32>]] = [:]

        mutating func add(_ entry: Entry, from table: InputTable, number tableNumber: Int, layout: PanelLayout) {
            func issue(_ kind: DataIssue.Kind, _ message: Phrase, field: String? = nil) {
                let location = field.map { table.error(entry.record, $0, message) }
                    ?? table.error(entry.record, column: entry.column, entry.field, message)
                issues.append(DataIssue(.error, kind, location, year: entry.year, province: entry.province, indicator: entry.indicator))
            }
            let indicatorCount = framework.indicators.count
            let slot = entry.province * indicatorCount + entry.indicator
            let first = firstPlace[entry.year]?[slot] ?? SIMD3(-1, 0, 0)
            if first[0] >= 0 {
                // In a long table the row is the duplicate; elsewhere the cell.
                issue(.duplicateRow, .secondValue(indicator: framework.indicators[entry.indicator].code, province: provinces[entry.province].name,
                                                  year: entry.year, first: place(first)),
                      field: layout == .long ? "indicator" : nil)
                return
            }
            firstPlace[entry.year, default: Array(repeating: SIMD3(-1, 0, 0), count: provinces.count * indicatorCount)][slot]
                = SIMD3(Int32(tableNumber), Int32(clamping: entry.record.line), Int32(entry.column))
            let value: Double
            switch table.number(entry.text) {
            case .empty: return
            case .invalid(let message):
                issue(.malformed, message)
                return
            case .number(let number): value = number
            }
            let node = framework.indicators[entry.indicator]
            let domain = options.valuesAreNormalised ? Domain(min: 0, max: 100) : node.domain
            if !domain.contains(value) {
                let unit = options.valuesAreNormalised ? Phrase.normalisedScore : Phrase(vi: node.unit(in: .vi), en: node.unit(in: .en))
                issue(.outsideDomain, .outsideDomain(formatNumber(value), domain: describe(domain), code: node.code, unit: unit))
                return
            }
            tablesByYear[entry.year, default: IndicatorTable(provinceCount: provinces.count, indicatorCount: indicatorCount)][entry.province, entry.indicator] = value
        }

        /// "on line 12" in a single CSV file; "at panel.xlsx!2025:C14" (or "at b.csv:12") otherwise.
        private func place(_ first: SIMD3<Int32>) -> Phrase {
            let table = tables[Int(first[0])]
            if table.sheet == nil && tables.count == 1 { return .onLine(Int(first[1])) }
            return .at(InputError(file: table.file, line: Int(first[1]), message: Phrase(verbatim: ""), sheet: table.sheet,
                                  column: table.sheet == nil ? nil : Int(first[2]) + 1).place)
        }
    }

    /// Where a table's year comes from.
    private enum YearSource {
        case column
        case fixed(Int, from: Phrase)

        var description: Phrase {
            switch self {
            case .column: Phrase(verbatim: "")
            case .fixed(let year, let from): .yearFrom(year, from)
            }
        }
    }

    private static func yearSource(_ table: InputTable, _ options: PanelReadingOptions) throws -> YearSource {
        if table.header.contains("year") { return .column }
        if let sheet = table.sheet, let year = Int(sheet.trimmingSpaces), years.contains(year) {
            return .fixed(year, from: .sheetName)
        }
        if let year = options.year { return .fixed(year, from: Phrase(verbatim: "--data-year")) }
        throw table.headerError("year", .noYear)
    }

    private static func year(
        _ record: InputTable.Record, _ table: InputTable, _ source: YearSource, _ issues: inout [DataIssue]
    ) -> Int? {
        guard case .column = source else {
            if case .fixed(let year, _) = source { return year }
            return nil
        }
        let text = table.value(record, "year")
        // A workbook may hold the year as a number cell written "2025.0" by some programs.
        guard let year = Int(text) ?? Double(text).flatMap({ $0 == $0.rounded() && abs($0) < 1e6 ? Int($0) : nil }) else {
            issues.append(DataIssue(.error, .malformed, table.error(record, "year", .notAYear(quoted(text)))))
            return nil
        }
        guard years.contains(year) else {
            issues.append(DataIssue(.error, .yearOutOfRange, table.error(record, "year", .yearOutside(year, years))))
            return nil
        }
        return year
    }

    private static func province(
        _ text: String, _ record: InputTable.Record, _ table: InputTable, _ field: String,
        _ provinces: ProvinceSet, _ issues: inout [DataIssue]
    ) -> Int? {
        if let number = provinces.number(of: text) { return number }
        issues.append(DataIssue(.error, .unknownProvince, table.error(record, field, unknownProvinceMessage(text, provinces))))
        return nil
    }

    private static func indicator(
        _ code: String, _ record: InputTable.Record, _ table: InputTable, _ framework: Framework, _ issues: inout [DataIssue]
    ) -> Int? {
        if let number = framework.indicatorNumber(code: code) { return number }
        issues.append(DataIssue(.error, .unknownIndicator, table.error(record, "indicator", unknownIndicatorMessage(code, framework))))
        return nil
    }

    static func unknownIndicatorMessage(_ code: String, _ framework: Framework) -> Phrase {
        if let node = framework.node(code: code) { return .aggregateInPanel(code, level: node.level.rawValue) }
        let hint = closestCode(code, among: framework.indicators.map(\.code)).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
        return .unknownIndicator(quoted(code), hint: hint)
    }

    static func closestCode(_ code: String, among codes: [String]) -> String? {
        nearest(to: code, among: codes, within: 2).map { codes[$0] }
    }

    static func describe(_ domain: Domain) -> Phrase {
        switch (domain.min, domain.max) {
        case let (low?, high?): Phrase(verbatim: "\(formatNumber(low))–\(formatNumber(high))")
        case let (low?, nil): Phrase(verbatim: "≥ \(formatNumber(low))")
        case let (nil, high?): Phrase(verbatim: "≤ \(formatNumber(high))")
        case (nil, nil): .anyValue
        }
    }
}

/// A number as a person would write it: the shortest text that reads back to the same value,
/// with no trailing `.0`. Messages, workbooks and exports all write numbers so.
public func formatNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}

/// Why a file's province name is refused, with the likeliest meant name. A merged province is
/// refused too, by name: its values were measured on a unit that no longer exists, and summing
/// or picking among the merged units' values is the analyst's decision, not the reader's.
func unknownProvinceMessage(_ text: String, _ provinces: ProvinceSet) -> Phrase {
    if let former = provinces.formerProvince(named: text) { return formerProvinceMessage(former, provinces) }
    let hint = provinces.suggestion(for: text).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
    return .unknownProvince(quoted(text), hint: hint)
}

func formerProvinceMessage(_ former: ProvinceSet.FormerProvince, _ provinces: ProvinceSet) -> Phrase {
    .formerProvince(provinces.merger(former), into: provinces[former.into].id)
}
