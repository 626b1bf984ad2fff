import Foundation
import PIITestSupport
import Testing

/// Data as analysts hold it, end to end: workbooks and Vietnamese-locale CSV give the same
/// scores as the CSV they came from, `pii data` writes what the readers take back, and a
/// province's gaps are shown beside its rank.
@Suite struct DataCommandTests {
    static let fixtures = Repository.fixtures.appendingPathComponent("workbooks")
    static let embedded = Repository.defaultPanel

    /// The text with every run of spaces and line breaks as one space: tables wrap long lines.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.error)")
        return result
    }

    /// The score JSON without its `data` object (which names the panel's file).
    func scores(_ arguments: [String]) throws -> String {
        let output = try run(["score", "--format", "json"] + arguments).output
        let start = try #require(output.range(of: "  \"data\": {"))
        return String(output[..<start.lowerBound])
    }

    @Test func aWorkbookAndASemicolonCSVScoreByteForByteAsTheEmbeddedCSV() throws {
        let reference = try scores(["--data", Self.embedded.path])
        #expect(try scores(["--data", Self.fixtures.appendingPathComponent("panel-wide.xlsx").path]) == reference)
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try String(contentsOf: Self.embedded, encoding: .utf8).split(separator: "\n").enumerated().map { k, line in
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if k > 0 { fields[3] = fields[3].replacingOccurrences(of: ".", with: ",") }
            return fields.joined(separator: ";")
        }
        let vietnamese = directory.appendingPathComponent("vn.csv")
        try (lines.joined(separator: "\r\n") + "\r\n").write(to: vietnamese, atomically: true, encoding: .utf8)
        #expect(try scores(["--data", vietnamese.path]) == reference)
        let validation = Self.flat(try run(["validate", "--data", vietnamese.path, "--lang", "en"]).output)
        #expect(validation.contains("long — one value per line; fields separated by ';', decimal comma"))
    }

    @Test func anExportReadsBackAsItIsInEveryForm() throws {
        let reference = try scores([])
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let workbook = directory.appendingPathComponent("pii.xlsx").path
        _ = try run(["data", "export", "--out", workbook])
        #expect(try scores(["--data", workbook]) == reference)
        #expect(try scores(["--data", workbook, "--framework", workbook + "#framework", "--provinces", workbook + "#provinces"]) == reference)
        let long = directory.appendingPathComponent("long.xlsx").path
        _ = try run(["data", "export", "--layout", "long", "--out", long])
        #expect(try scores(["--data", long]) == reference)
        let folder = directory.appendingPathComponent("csv").path
        _ = try run(["data", "export", "--out", folder])
        #expect(try scores(["--data", folder + "/panel.csv", "--framework", folder + "/framework.csv",
                            "--provinces", folder + "/provinces.csv"]) == reference)
        let validation = Self.flat(try run(["validate", "--data", workbook, "--lang", "en"]).output)
        #expect(validation.contains("pii.xlsx!2025: wide — provinces as rows, 52 indicator columns, year 2025 from the sheet's name"))
        #expect(validation.contains("pii.xlsx!framework: skipped, a framework table"))
    }

    @Test func aTemplateReadsBackEmptyOrFilledIn() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let workbook = directory.appendingPathComponent("pii-2026.xlsx").path
        _ = try run(["data", "template", "--year", "2026", "--by-department", "--out", workbook])
        let empty = try CommandRunner.run(["validate", "--data", workbook, "--lang", "en"])
        #expect(Self.flat(empty.output).contains("transposed — indicators as rows, 34 province columns"))
        #expect(Self.flat(empty.output).contains("the panel holds no values yet"))
        // The CSV form, filled in with tenths (inside every indicator's domain), scores.
        let csv = directory.appendingPathComponent("pii-2026.csv")
        _ = try run(["data", "template", "--year", "2026", "--out", csv.path])
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\r\n").map(String.init)
        #expect(lines.count == 1 + 52)
        #expect(lines[0].hasPrefix("indicator,name_vi,unit,owner,year,Hà Nội,"))
        let filled = [lines[0]] + lines.dropFirst().enumerated().map { k, line in
            line.replacingOccurrences(of: ",2026," + String(repeating: ",", count: 33), with: ",2026," + (0..<34).map { String(Double(($0 * 7 + k) % 10) / 10) }.joined(separator: ","))
        }
        try filled.joined(separator: "\r\n").write(to: csv, atomically: true, encoding: .utf8)
        let score = try run(["score", "--data", csv.path, "--format", "json"]).output
        let document = try #require(try JSONSerialization.jsonObject(with: Data(score.utf8)) as? [String: Any])
        #expect(document["year"] as? Int == 2026)
        #expect((document["provinces"] as? [[String: Any]])?.compactMap { $0["rank"] as? Int }.count == 34)
    }

    @Test func scoreWritesAWorkbookWithRealNumbers() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("scores.xlsx")
        _ = try run(["score", "--out", out.path])
        let bytes = try Data(contentsOf: out)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        // The workbook is itself a readable table: validate refuses it as a panel with a clear
        // message naming its sheet, which proves the reader opened it.
        let refused = try CommandRunner.run(["validate", "--data", out.path])
        #expect(refused.status != 0)
        #expect(refused.error.contains("scores.xlsx!2025"))
        let missing = try CommandRunner.run(["score", "--format", "xlsx"])
        #expect(missing.status != 0)
        #expect(missing.error.contains("--format xlsx writes a workbook: give its name with --out"))
    }

    /// The case: without Ninh Bình's eight 2025 values of group 6.1 it ranks 7th
    /// (the GII's re-normalised weights); counted as the lowest score, 22nd.
    @Test func missingValuesAreShownBesideTheRank() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let panel = directory.appendingPathComponent("gaps.csv")
        let kept = try String(contentsOf: Self.embedded, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("2025,ninh-binh,6.1.") }
        try (kept.joined(separator: "\n") + "\n").write(to: panel, atomically: true, encoding: .utf8)
        let table = Self.flat(try CommandRunner.runInVietnamese(["score", "--data", panel.path]).output)
        #expect(table.contains("Ninh Bình thiếu 8 giá trị năm 2025"))
        #expect(table.contains("nếu tính ở mức thấp nhất: hạng 22 thay vì 7"))
        let english = Self.flat(try run(["score", "--data", panel.path, "--lang", "en"]).output)
        #expect(english.contains("counted as the lowest score it would rank 22 instead of 7"))
        for (rule, rank) in [("renormalise", 7), ("lowest", 22), ("zero", 22)] {
            let output = try run(["score", "--data", panel.path, "--missing-values", rule, "--format", "json"]).output
            let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let ninhBinh = try #require((document["provinces"] as? [[String: Any]])?.first { $0["id"] as? String == "ninh-binh" })
            #expect(ninhBinh["rank"] as? Int == rank, "\(rule)")
            #expect((document["settings"] as? [String: Any])?["missing_values"] as? String == rule)
            let note = try #require((document["missing_values"] as? [[String: Any]])?.first)
            #expect(note["id"] as? String == "ninh-binh")
            #expect(note["missing"] as? Int == 8)
            #expect(note["rank_if_lowest"] as? Int == 22)
        }
        let validation = try CommandRunner.runInVietnamese(["validate", "--data", panel.path, "--lang", "en"])
        #expect(Self.flat(validation.output).contains("Ninh Bình misses 8 values in 2025 (left out, weights re-normalised); counted as the lowest score it would rank 22 instead of 7"))
    }
}
