import Foundation
import PIIForecast

/// A seeded generator of malformed inputs for the fuzz suite: the same seed gives the same
/// cases on every machine (SplitMix64, not the system generator).
struct InputMutator {
    private var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    mutating func next() -> UInt64 { generator.next() }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    /// Values that have broken number parsers, domains and arithmetic before.
    static let extremes = [
        "", "-", "+", ".", "1e308", "-1e308", "1e-320", "nan", "NaN", "inf", "-inf", "+inf", "0x10", "1,5", "1.5.5",
        "9223372036854775808", "-9223372036854775809", "00000000000000000000001", "١٢٣", "½", " 7 ", "\"3\"", "1e", "—", "-0",
    ]

    static let strings = [
        "", " ", "\u{FEFF}", "Ninh Bi\u{0300}nh", "NINH BÌNH", "ninh_binh", "\u{0000}", "\t", "\"", "\"\"\"", "'", ",", ";",
        "🙂", String(repeating: "x", count: 100_000), "&a", "*a", "? x", "- x", "{", "[", "!!binary AAAA", "%YAML 1.2",
    ]

    /// One mutation of a text file: byte and line level damage of the kinds the fuzzer of
    /// issue 14 found problems with.
    mutating func mutate(_ text: String) -> (text: String, kind: String) {
        var lines = text.components(separatedBy: "\n")
        let line = below(lines.count)
        switch below(12) {
        case 0:
            var bytes = Array(text.utf8)
            guard !bytes.isEmpty else { return (text, "empty") }
            for _ in 0...below(4) { bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: next()) }
            return (String(decoding: bytes, as: UTF8.self), "byte flips")
        case 1:
            return (String(text.prefix(below(text.count + 1))), "truncated")
        case 2:
            lines.remove(at: line)
            return (lines.joined(separator: "\n"), "line dropped")
        case 3:
            lines.insert(lines[line], at: line)
            return (lines.joined(separator: "\n"), "line duplicated")
        case 4, 5:
            var fields = lines[line].components(separatedBy: ",")
            let field = below(fields.count)
            switch below(3) {
            case 0: fields.remove(at: field)
            case 1: fields.insert(fields[field], at: field)
            default: fields[field] = pick(Self.extremes)
            }
            lines[line] = fields.joined(separator: ",")
            return (lines.joined(separator: "\n"), "field changed")
        case 6:
            var fields = lines[line].components(separatedBy: ",")
            fields[below(fields.count)] = pick(Self.strings)
            lines[line] = fields.joined(separator: ",")
            return (lines.joined(separator: "\n"), "odd text in a field")
        case 7:
            return ("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: pick(["\r\n", "\r", "\n\n", "\n\u{FEFF}"])), "BOM and line ends")
        case 8:
            return (text.decomposedStringWithCanonicalMapping, "Unicode NFD")
        case 9:
            lines[line] += "," + pick(Self.strings)
            return (lines.joined(separator: "\n"), "extra field")
        case 10:
            lines.insert(pick(["#", "---", "...", "key: &a [1, 2]", "x: *a", String(repeating: "[", count: 200), "\t- x: 1",
                               "  ? *a", "year,province,indicator,value"]), at: line)
            return (lines.joined(separator: "\n"), "YAML or CSV structure")
        default:
            let number = pick(Self.extremes)
            let text = text.replacingOccurrences(of: pick(["2025", "2026", "20000", "0.3", "1", "15", "13"]), with: number)
            return (text, "numbers replaced by \(number)")
        }
    }
}
