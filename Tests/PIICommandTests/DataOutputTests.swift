import Foundation
import Testing

/// Outputs that say what their numbers rest on: repeated problems grouped, short numbers in
/// CSV, the gaps of a run in its report.
@Suite struct DataOutputTests {
    @Test func fiftyTwoAlikeProblemsAreOneLine() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var lines = try String(contentsOf: DataCommandTests.embedded, encoding: .utf8).split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("2025,ha-noi,") })
        for k in first..<first + 52 {
            var fields = lines[k].split(separator: ",").map(String.init)
            fields[3] = "x\(k)"
            lines[k] = fields.joined(separator: ",")
        }
        let panel = directory.appendingPathComponent("panel.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: panel, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", "--data", panel.path, "--lang", "en"])
        #expect(result.status == 1)
        let errors = DataCommandTests.flat(result.output).components(separatedBy: "✗ ").dropFirst().filter { $0.contains("panel.csv") }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("panel.csv:\(first + 1)–\(first + 52): value: 52 alike, the first: 'x\(first)' is not a number") == true)
    }

    @Test func csvNumbersAreTheShortestAtFifteenDigits() throws {
        let csv = try CommandRunner.run(["score", "--format", "csv"]).output
        let numbers = csv.split(separator: "\r\n").dropFirst().flatMap { $0.split(separator: ",").dropFirst(3) }
        #expect(!numbers.isEmpty)
        // No field carries more than 15 significant digits, and whole numbers have no ".0".
        for field in numbers {
            let digits = field.filter(\.isNumber).drop { $0 == "0" }
            #expect(digits.count <= 15, "\(field)")
            #expect(!field.hasSuffix(".0"), "\(field)")
        }
    }

    @Test func aRunOnDataWithGapsSaysSoInItsReport() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let kept = try String(contentsOf: DataCommandTests.embedded, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("2025,ninh-binh,6.1.") }
        try (kept.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("gaps.csv"), atomically: true, encoding: .utf8)
        try "province: ninh-binh\ndata: gaps.csv\nmilestones:\n  - {year: 2027, rank_at_most: 13}\n"
            .write(to: directory.appendingPathComponent("gaps.yaml"), atomically: true, encoding: .utf8)
        let report = directory.appendingPathComponent("r.html")
        let result = try CommandRunner.run(["report", directory.appendingPathComponent("gaps.yaml").path, "--scenarios", "200",
                                            "--out", report.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.error)")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("data-missing=\"\""))
        #expect(html.contains("Ninh Bình misses 8 values in 2025 (left out, weights re-normalised); counted as the lowest score it would rank 22 instead of 7"))
        let run = try CommandRunner.run(["run", directory.appendingPathComponent("gaps.yaml").path, "--scenarios", "200", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect((document["missing_values"] as? [[String: Any]])?.first?["rank_if_lowest"] as? Int == 22)
        #expect((document["settings"] as? [String: Any])?["missing_values"] as? String == "renormalise")
    }
}
