import Foundation
import Testing

@Suite struct UnitTests {
    @Test func everyValueShownCarriesItsUnitInTheLanguage() throws {
        let vi = try CommandRunner.runInVietnamese(["score", "--province", "ninh-binh"]).output
        let en = try CommandRunner.runInVietnamese(["score", "--province", "ninh-binh", "--lang", "en"]).output
        #expect(vi.contains("/10.000 dân") && vi.contains("kWh/người") && vi.contains("điểm 0–100") && !vi.contains("score 0-100"))
        #expect(en.contains("score 0-100") && !en.contains("điểm 0–100"))
        let gap = try CommandRunner.runInVietnamese(["gap", "--province", "ninh-binh", "--rank", "10"], environment: ["COLUMNS": "120"]).output
        let row = try #require(gap.split(separator: "\n").first { $0.hasPrefix("2.2.1") })
        #expect(row.contains("  %  "), "\(row)")
    }
}
