import Foundation
import PIITestSupport
import Testing

/// `pii validate` on the defaults and on broken panels.
@Suite struct ValidateCommandTests {
    @Test func theDefaultsHaveNoErrors() throws {
        let result = try CommandRunner.run(["validate", "--format", "json"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == true)
        #expect((report["errors"] as? [Any])?.isEmpty == true)
        // One value sits on a bound: Hồ Chí Minh's 2023 share of enterprises with R&D, 0 %.
        let warnings = try #require(report["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1)
        #expect(warnings.first?["kind"] as? String == "values on a domain bound")
        #expect((warnings.first?["message"] as? String)?.contains("1 value of 5.1.1 sits on a bound") == true)
    }

    /// The embedded panel with some rows removed and a few broken lines added.
    func brokenPanel() throws -> (URL, [Int]) {
        let embedded = try String(contentsOf: Repository.defaultPanel, encoding: .utf8)
        var lines = embedded.split(separator: "\n").map(String.init)
        // Missing rows: Ninh Bình's 2025 values of 6.1.1 and 2.2.1.
        let removed = ["2025,ninh-binh,6.1.1,", "2025,ninh-binh,2.2.1,"]
        lines.removeAll { line in removed.contains { line.hasPrefix($0) } }
        let broken = [
            "2025,ninh-binh,2.2.1,140",                 // a share of 140 % (so still missing)
            "2025,ha-noi,1.1.1,61",                     // a second value for a row already there
            "2025,Ninh Bihn,1.1.1,50",                  // a typo in a province name
        ]
        let firstBrokenLine = lines.count + 1
        lines += broken
        let directory = try CommandRunner.temporaryDirectory()
        let url = directory.appendingPathComponent("broken.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return (url, Array(firstBrokenLine..<firstBrokenLine + broken.count))
    }

    @Test func everyProblemOfABrokenPanelIsReportedWithItsLine() throws {
        let (url, brokenLines) = try brokenPanel()
        let result = try CommandRunner.run(["validate", "--data", url.path, "--format", "json"])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.map { $0["line"] as? Int } == brokenLines)
        #expect(errors.map { $0["kind"] as? String } == ["value outside the domain", "duplicated row", "unknown province"])
        #expect((errors[2]["message"] as? String)?.contains("did you mean Ninh Bình?") == true)
        // The removed rows are missing values, reported to the departments that own them; the
        // share of 140 % is an error, not also a missing value.
        let missing = try #require(report["missing_by_owner"] as? [[String: Any]])
        let values = missing.flatMap { ($0["values"] as? [[String: Any]]) ?? [] }
        #expect(values.count == 1)
        #expect(Set(values.compactMap { $0["indicator"] as? String }) == ["6.1.1"])
        #expect(missing.compactMap { $0["owner"] as? String }.contains("Sở Khoa học và Công nghệ"))
    }

    @Test func theTableListsErrorsWithTheirLinesAndExitsWithAFailure() throws {
        let (url, brokenLines) = try brokenPanel()
        let result = try CommandRunner.run(["validate", "--data", url.path, "--lang", "en"])
        #expect(result.status == 1)
        for line in brokenLines { #expect(result.output.contains("broken.csv:\(line):")) }
        #expect(result.output.contains("Missing values, by the department that owns them"))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }
}
