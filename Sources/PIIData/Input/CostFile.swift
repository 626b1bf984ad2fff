import Foundation
import PIIGap
import PIIIndex

/// Reads the cost CSV of `pii gap`: `indicator,cost_per_unit,max_change`, one row per
/// indicator it prices (others keep the default: every normalised point costs the same).
/// Either number may be left empty; other columns (a note, a source) are ignored.
public enum CostFile {
    public static func load(url: URL, framework: Framework, file: String? = nil, decimalComma: Bool? = nil) throws -> [IndicatorCost?] {
        try parse(InputTable.first(url: url, file: file ?? url.path, decimalComma: decimalComma), framework: framework)
    }

    public static func load(text: String, file: String, framework: Framework) throws -> [IndicatorCost?] {
        try parse(InputTable(text: text, file: file), framework: framework)
    }

    static func parse(_ table: InputTable, framework: Framework) throws -> [IndicatorCost?] {
        try table.requireColumns(["indicator"], optional: ["cost_per_unit", "max_change"], allowOthers: true)
        var costs = [IndicatorCost?](repeating: nil, count: framework.indicators.count)
        var lineOfIndicator: [Int: Int] = [:]
        let codes = framework.indicators.map(\.code)
        for record in table.records {
            let code = table.value(record, "indicator")
            guard let indicator = framework.indicatorNumber(code: code) else {
                let hint = PanelFile.closestCode(code, among: codes).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
                throw table.error(record, "indicator", .unknownIndicator(quoted(code), hint: hint))
            }
            if let first = lineOfIndicator[indicator] {
                throw table.error(record, "indicator", .secondCostRow(code, firstLine: first))
            }
            lineOfIndicator[indicator] = record.line
            func number(_ column: String, _ requirement: (Double) -> Bool, _ expected: Phrase) throws -> Double? {
                guard table.header.contains(column) else { return nil }
                switch table.number(table.value(record, column)) {
                case .empty: return nil
                case .invalid(let reason): throw table.error(record, column, reason)
                case .number(let value):
                    guard requirement(value) else { throw table.error(record, column, .numberIsNot(formatNumber(value), expected)) }
                    return value
                }
            }
            costs[indicator] = IndicatorCost(
                costPerUnit: try number("cost_per_unit", { $0 > 0 }, .costAboveZero),
                maxChange: try number("max_change", { $0 >= 0 }, .changeZeroOrMore))
        }
        return costs
    }
}
