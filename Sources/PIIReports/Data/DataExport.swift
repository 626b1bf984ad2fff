import Foundation
import PIIData
import PIIIndex

/// The tables of `pii data export` and `pii data template`: a data set's panel (long or
/// wide), framework and provinces, and the empty workbook the departments fill in, each as a
/// sheet and as CSV, in the formats the readers take back (docs/data-formats.md).
public enum DataExport {
    /// A table: its name (the sheet's), header and cells.
    public typealias Table = WorkbookSheet

    /// The panel, one line per value: `year,province,indicator,value`; provinces by id.
    public static func longPanel(_ data: DataSet) -> Table {
        var rows: [[WorkbookCell]] = []
        for year in data.panel.years {
            let table = data.panel[year]!
            for (p, province) in data.provinces.provinces.enumerated() {
                for (i, indicator) in data.framework.indicators.enumerated() {
                    let value = table[p, i]
                    rows.append([.number(Double(year)), .text(province.id), .text(indicator.code), value.map { .number($0) } ?? .empty])
                }
            }
        }
        return Table(name: "panel", header: ["year", "province", "indicator", "value"], rows: rows)
    }

    /// One table per year, provinces as rows (by name) and indicator codes as columns; the
    /// sheet is named by its year, which is how the reader finds it.
    public static func widePanel(_ data: DataSet) -> [Table] {
        data.panel.years.map { year in
            let table = data.panel[year]!
            let rows = data.provinces.provinces.indices.map { p -> [WorkbookCell] in
                let values: [WorkbookCell] = data.framework.indicators.indices.map { i in
                    table[p, i].map { WorkbookCell.number($0) } ?? .empty
                }
                return [.text(data.provinces[p].name)] + values
            }
            return Table(name: String(year), header: ["province"] + data.framework.indicators.map(\.code), rows: rows)
        }
    }

    /// A wide panel in one CSV table: a `year` column, then as `widePanel`.
    public static func wideCSVPanel(_ data: DataSet) -> Table {
        let years = widePanel(data)
        return Table(name: "panel", header: ["year"] + (years.first?.header ?? ["province"]),
                     rows: years.flatMap { sheet in sheet.rows.map { [.number(Double(sheet.name)!)] + $0 } })
    }

    /// The framework as `--framework` reads it.
    public static func framework(_ framework: Framework) -> Table {
        let header = ["code", "level", "parent", "name_vi", "name_en", "unit", "unit_vi", "direction", "weight", "treatment",
                      "goalpost_low", "goalpost_high", "domain_min", "domain_max", "owner", "status"]
        let rows: [[WorkbookCell]] = framework.nodes.map { node in
            func number(_ value: Double?) -> WorkbookCell { value.map { .number($0) } ?? .empty }
            func text(_ value: String) -> WorkbookCell { value.isEmpty ? .empty : .text(value) }
            return [
                .text(node.code), .text(node.level.rawValue), .text(node.parent), .text(node.nameVI), text(node.nameEN),
                text(node.unit), text(node.unitVI), .number(Double(node.direction)), .number(node.weight), .text(node.treatment.rawValue),
                number(node.goalposts?.low), number(node.goalposts?.high), number(node.domain.min), number(node.domain.max),
                text(node.owner), text(node.status),
            ]
        }
        return Table(name: "framework", header: header, rows: rows)
    }

    /// The provinces as `--provinces` reads them; attribute columns in the embedded file's
    /// order, then any others alphabetically.
    public static func provinces(_ provinces: ProvinceSet) -> Table {
        let known = ["kind", "merged_from", "merged_in", "also_called", "region_vi", "region_en"]
        let all = Set(provinces.provinces.flatMap(\.attributes.keys))
        let columns = known.filter(all.contains) + all.subtracting(known).sorted()
        let rows: [[WorkbookCell]] = provinces.provinces.map { province in
            [.text(province.id), .text(province.name)] + columns.map { column in
                province.attributes[column].map { $0.isEmpty ? .empty : .text($0) } ?? .empty
            }
        }
        return Table(name: "provinces", header: ["id", "name"] + columns, rows: rows)
    }

    /// The workbook the departments fill in for `year`: one row per indicator with its code,
    /// name, unit and owning department, the year, and an empty column per province (by name).
    /// With `byDepartment`, one sheet per department holding its indicators.
    public static func template(_ framework: Framework, _ provinces: ProvinceSet, year: Int, byDepartment: Bool,
                                language: Language) -> [Table] {
        let header = ["indicator", "name_vi", "unit", "owner", "year"] + provinces.provinces.map(\.name)
        func row(_ indicator: FrameworkNode) -> [WorkbookCell] {
            let unit = indicator.unit(in: language)
            return [.text(indicator.code), .text(indicator.nameVI), unit.isEmpty ? .empty : .text(unit),
             indicator.owner.isEmpty ? .empty : .text(indicator.owner), .number(Double(year))]
                + Array(repeating: .empty, count: provinces.count)
        }
        let title = Phrase.templateInstruction(year).text(language)
        guard byDepartment else {
            return [Table(name: "PII \(year)", title: title, header: header, rows: framework.indicators.map(row))]
        }
        var owners: [String] = []
        for indicator in framework.indicators where !owners.contains(indicator.owner) { owners.append(indicator.owner) }
        return owners.map { owner in
            Table(name: owner.isEmpty ? (Phrase.noOwnerSheet.text(language)) : owner, title: title, header: header,
                  rows: framework.indicators.filter { $0.owner == owner }.map(row))
        }
    }

    /// A table as CSV: numbers in the shortest form that reads back to the same value, text
    /// quoted where needed.
    public static func csv(_ table: Table) -> String {
        var text = CSVText(header: table.header)
        for row in table.rows {
            text.append(row.map { cell in
                switch cell {
                case .empty: ""
                case .text(let value): value
                case .number(let value): formatNumber(value)
                }
            })
        }
        return text.text
    }
}
