/// A JSON document with keys kept in the order they were written, so that outputs read in a
/// sensible order and compare byte for byte between runs.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialised() == rhs.serialised()
    }

    /// A number, or `null` when it is missing or not finite.
    public static func number(_ value: Double?) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    public static func integer(_ value: Int?) -> JSONValue {
        value.map { .integer($0) } ?? .null
    }

    /// Compact JSON on one line; doubles at full precision (the shortest text that reads
    /// back to the same double).
    public func serialised() -> String {
        var output = ""
        write(to: &output, indent: nil, depth: 0)
        return output
    }

    /// Indented JSON for people, one key per line.
    public func pretty() -> String {
        var output = ""
        write(to: &output, indent: "  ", depth: 0)
        return output
    }

    private func write(to output: inout String, indent: String?, depth: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let value):
            // JSON has no NaN or infinity: a number that is not finite is written as null.
            if !value.isFinite {
                output += "null"
            } else if value == value.rounded(), abs(value) < 1e15 {
                output += String(Int(value))
            } else {
                output += "\(value)"
            }
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            writeContainer(values.map { (nil, $0) }, open: "[", close: "]", to: &output, indent: indent, depth: depth)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", to: &output, indent: indent, depth: depth)
        }
    }

    private func writeContainer(
        _ items: [(String?, JSONValue)], open: String, close: String, to output: inout String,
        indent: String?, depth: Int
    ) {
        output += open
        guard !items.isEmpty else {
            output += close
            return
        }
        for (position, (key, value)) in items.enumerated() {
            if position > 0 { output += "," }
            if let indent { output += "\n" + String(repeating: indent, count: depth + 1) }
            if let key {
                Self.writeString(key, to: &output)
                output += indent == nil ? ":" : ": "
            }
            value.write(to: &output, indent: indent, depth: depth + 1)
        }
        if let indent { output += "\n" + String(repeating: indent, count: depth) }
        output += close
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
