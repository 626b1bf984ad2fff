import Foundation
import PIITestSupport
import Testing
@testable import PIIText

/// No sentence a user reads is written outside the string table: every one-line string literal
/// of `Sources/` (multi-line ones are XML, HTML and CSS) is scanned for English function words.
///
/// Left out, and why: the string table itself; comments; programmer checks (`precondition`,
/// `fatalError`, `assert`: a broken invariant, never a user's mistake, and the same
/// `mismatch` messages they take); enum raw values (`case x = "…"`, the identifiers JSON
/// writes); `pii bench`, whose figures are compared and pasted across machines and versions in
/// English; the repository's panel generator.
@Suite struct SourceLiteralTests {
    static let sources = Repository.sources
    static let exempt = ["PIIText/", "PanelCalibration/", "PanelGenerator/", "PIIBench/", "PIICommand/BenchCommand.swift"]

    /// A sentence has at least two words; one word is an identifier (a JSON key, a rule).
    static func isSentence(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).count >= 2
    }

    /// The one-line string literals of `line`, interpolations and escapes included.
    static func literals(in line: Substring) -> [String] {
        var found: [String] = [], current = "", inside = false, depth = 0, escaped = false
        for character in line {
            if inside {
                if escaped {
                    escaped = false
                    if character == "(" { depth = 1 }
                    current.append(character)
                    continue
                }
                if character == "\\" { escaped = true; current.append(character); continue }
                if depth > 0 {
                    if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                    current.append(character)
                    continue
                }
                if character == "\"" { found.append(current); current = ""; inside = false; continue }
                current.append(character)
            } else if character == "\"" {
                inside = true
            }
        }
        return found
    }

    /// The English sentences `line` writes for a user, with the words that give them away.
    static func offences(in line: Substring) -> [String] {
        let code = line.drop { $0 == " " }
        if code.hasPrefix("//") || code.hasPrefix("case ") && code.contains(" = \"") { return [] }
        if ["precondition", "fatalError", "assert", "let mismatch"].contains(where: { code.contains($0) }) { return [] }
        return literals(in: line).compactMap { literal in
            let plain = literal.replacingOccurrences(of: #"\\\([^)]*\)"#, with: " ", options: .regularExpression)
            let words = isSentence(plain) ? EnglishWords.found(in: plain) : []
            return words.isEmpty ? nil : "\"\(literal)\" (\(words.joined(separator: ", ")))"
        }
    }

    @Test func everySentenceIsInTheStringTable() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 50)
        var offenders: [String] = []
        for file in files {
            let relative = String(file.path.dropFirst(Self.sources.path.count + 1))
            if Self.exempt.contains(where: relative.hasPrefix) { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                offenders += Self.offences(in: line).map { "\(relative):\(number + 1): \($0)" }
            }
        }
        #expect(offenders.isEmpty, "\(offenders.count) texts outside the string table:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func theScanFindsASentenceAndSparesTheRest() {
        #expect(Self.offences(in: #"    throw UserError("the file \(name) is not there")"#).count == 1)
        #expect(Self.offences(in: #"    precondition(ok, "the file is not there")"#).isEmpty)
        #expect(Self.offences(in: #"    // "the file is not there""#).isEmpty)
        #expect(Self.offences(in: #"    ("missing", .integer(count)),"#).isEmpty)
        #expect(Self.offences(in: #"    throw UserError(.noSuchFile)"#).isEmpty)
    }

    @Test func theScanFindsALiteral() {
        #expect(Self.literals(in: #"throw UserError("the file \(name) is not there")"#) == [#"the file \(name) is not there"#])
        #expect(Self.literals(in: #"x("a \(f("b")) c", "d")"#) == [#"a \(f("b")) c"#, "d"])
    }
}
