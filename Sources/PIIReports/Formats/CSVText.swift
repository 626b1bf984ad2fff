import Foundation
import PIIData

/// Writes CSV the way spreadsheets read it: fields quoted when they contain a comma, quote
/// or line break; a UTF-8 byte-order mark up front so that Excel shows Vietnamese correctly.
public struct CSVText: Sendable {
    public private(set) var text = "\u{FEFF}"

    public init(header: [String]) {
        append(header)
    }

    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A number for a CSV cell or a table: empty when missing.
///
/// Written to 15 significant digits, as a spreadsheet keeps them, in the shortest form that
/// reads back to that value: `15.1` for a computed 15.100000000000001, `37` for
/// 37.000000000000014. (JSON keeps every digit: it is the machine contract.)
public func csvNumber(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return formatNumber(Double(String(format: "%.15g", value)) ?? value)
}
