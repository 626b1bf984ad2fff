import Foundation
import PIIIndex

// Numbers as the reader of a table or a report reads them: in Vietnamese with a decimal comma
// ("79,5 %", "42,80"), in English with a point. Thousands are not grouped in either: "5.049"
// would read as five thousand in Vietnamese and as five in English. JSON, CSV and workbooks
// keep the point whatever the language (`csvNumber`, `formatNumber`): they are read by
// programs.

/// A share as a percentage with one decimal, a no-break space before the sign.
package func percent(_ value: Double, in language: Language) -> String {
    readable(String(format: "%.1f\u{00A0}%%", value * 100), language)
}

/// A number with `digits` decimals; "–" when missing.
package func fixed(_ value: Double?, _ digits: Int = 2, in language: Language) -> String {
    guard let value, value.isFinite else { return "–" }
    return readable(String(format: "%.\(digits)f", value), language)
}

/// A raw value: up to 4 significant decimals, no trailing zeros; "–" when missing.
package func compact(_ value: Double?, in language: Language) -> String {
    guard let value, value.isFinite else { return "–" }
    let magnitude = abs(value)
    let digits = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 4
    var text = String(format: "%.\(digits)f", value)
    if text.contains(".") {
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
    }
    return readable(text == "-0" ? "0" : text, language)
}

/// `value` with its sign ("+15,1", "-0,23") — `digits` decimals, or `compact`'s when nil — and
/// none when it shows as zero ("0,0", never "-0,0" or "+0,0").
package func signed(_ value: Double, digits: Int? = nil, in language: Language) -> String {
    let text = digits.map { fixed(value, $0, in: language) } ?? compact(value, in: language)
    let magnitude = text.hasPrefix("-") ? String(text.dropFirst()) : text
    guard value.isFinite, !magnitude.allSatisfy({ "0.,".contains($0) }) else { return magnitude }
    return text.hasPrefix("-") ? text : "+" + text
}

/// `text`, a number printed with a decimal point, with the decimal mark of `language`.
package func readable(_ text: String, _ language: Language) -> String {
    language == .vi ? text.replacingOccurrences(of: ".", with: ",") : text
}
