import PIIIndex

/// Numbers as they appear in data files: a dot as the decimal separator, an empty cell for
/// "no value", nothing else.
enum NumberText {
    enum Parsed {
        case empty
        case number(Double)
        /// Not a number; the text says what to write instead.
        case invalid(String)
    }

    static func parse(_ text: String) -> Parsed {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .empty }
        if let value = Double(text), value.isFinite { return .number(value) }
        let lower = text.lowercased()
        if ["nan", "na", "n/a", "null", "none", "-", "--", "#n/a", "missing", "inf", "-inf", "infinity"].contains(lower) {
            return .invalid("\(quoted(text)) is not a number; leave the cell empty for a missing value")
        }
        if text.contains(","), Double(text.replacingOccurrences(of: ",", with: ".")) != nil {
            return .invalid("\(quoted(text)) uses a comma; write numbers with a dot as the decimal separator and no thousands separator")
        }
        return .invalid("\(quoted(text)) is not a number")
    }
}
