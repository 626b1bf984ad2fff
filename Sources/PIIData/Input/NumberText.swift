import PIIIndex

/// Numbers as they appear in data files: a dot as the decimal separator (or, in a file that
/// uses one, a decimal comma), an empty cell for "no value", nothing else.
enum NumberText {
    enum Parsed {
        case empty
        case number(Double)
        /// Not a number; the text says what to write instead.
        case invalid(Phrase)

        var isNumber: Bool {
            if case .number = self { return true }
            return false
        }
    }

    static func parse(_ text: String, mark: InputTable.DecimalMark = .point) -> Parsed {
        let text = text.trimmingSpaces
        if text.isEmpty { return .empty }
        switch mark {
        case .point, .cells:
            if let value = Double(text), value.isFinite { return .number(value) }
            if mark == .cells, text.contains(","), let value = commaDecimal(text) { return .number(value) }
        case .comma:
            if let value = commaDecimal(text) { return .number(value) }
            if !text.contains("."), let value = Double(text), value.isFinite { return .number(value) }
        }
        let lower = text.lowercased()
        if ["nan", "na", "n/a", "null", "none", "-", "--", "#n/a", "missing", "inf", "-inf", "infinity"].contains(lower) {
            return .invalid(.notANumberLeaveEmpty(quoted(text)))
        }
        if mark == .point, text.contains(","), commaDecimal(text) != nil {
            return .invalid(.usesAComma(quoted(text)))
        }
        if mark == .comma, text.contains(".") {
            return .invalid(.notACommaNumber(quoted(text)))
        }
        return .invalid(.notANumber(quoted(text)))
    }

    /// `89,7`, `-0,5`, `5049`, `5.049,5`: a decimal comma, points grouping thousands in threes.
    private static func commaDecimal(_ text: String) -> Double? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        var whole = String(parts[0])
        var sign = ""
        if whole.hasPrefix("-") || whole.hasPrefix("+") {
            sign = String(whole.removeFirst())
        }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        var digits = sign + groups.joined()
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            digits += "." + parts[1]
        }
        return Double(digits)
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs (a no-break space included).
    /// Foundation's `trimmingCharacters(in:)` bridges every field through NSString, which
    /// was a quarter of reading a large table; nearly every field has nothing to trim.
    var trimmingSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x20, 0x09: true
            case 0..<0x80: false
            default: scalar.properties.isWhitespace
            }
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return self }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
