import Foundation
import Testing

/// `pii run`'s account of why the rank moves: the index change adds up from its indicators
/// and pillars, and the rank change from the province's own gain and its rivals' moves.
@Suite struct RankChangeTests {
    @Test func theIndexChangeAddsUpAndTheRankChangeSplits() throws {
        let result = try CommandRunner.runInVietnamese(["run", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "300", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let change = try #require(document["rank_change"] as? [String: Any])
        let from = try #require(change["from_score"] as? Double), to = try #require(change["to_score"] as? Double)
        let indicators = try #require(change["indicators"] as? [[String: Any]]).compactMap { $0["contribution"] as? Double }
        let pillars = try #require(change["pillars"] as? [[String: Any]]).compactMap { $0["contribution"] as? Double }
        let remainder = try #require(change["remainder"] as? Double)
        #expect(indicators.count == 52 && pillars.count == 7)
        #expect(abs(indicators.reduce(0, +) - pillars.reduce(0, +)) < 1e-9)
        #expect(abs(from + indicators.reduce(0, +) + remainder - to) < 1e-9)
        // The embedded panel has Ninh Bình's every 2025 value and the forecast fills every
        // cell: nothing is left to missing values.
        #expect(abs(remainder) < 1e-9)
        let province = try #require(document["province"] as? [String: Any])
        #expect(change["from_rank"] as? Int == province["last_rank"] as? Int)
        let own = try #require(change["own_change_only_rank"] as? Int)
        #expect((1...34).contains(own))
        let table = try CommandRunner.runInVietnamese(["run", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "300", "--lang", "en"])
        #expect(table.output.contains("Why the rank moves (2025 → the 2030 median forecast)"))
    }
}
