import Foundation
import Testing

/// `pii gap` end to end.
@Suite struct GapCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The framework's indicator codes, from the profile CSV.
    func indicatorCodes() throws -> [String] {
        let profile = try CommandRunner.run(["score", "--province", "ninh-binh", "--format", "csv"])
        #expect(profile.status == 0)
        return profile.output.split(whereSeparator: \.isNewline).compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields.first == "indicator" ? String(fields[1]) : nil
        }
    }

    func write(_ rows: [String], to name: String, in directory: URL) throws {
        try (rows.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func theTableNamesEveryChangeAndItsOwner() throws {
        let result = try CommandRunner.run(["gap", "--province", "Ninh Binh", "--rank", "10", "--lang", "en"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Gap to rank 10 — Ninh Bình, 2025"))
        #expect(result.output.contains("Rank (score) 14"))
        #expect(result.output.contains("Sở "))
        #expect(result.output.contains("Target: every indicator at or above the national average"))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func theJSONAnswerReachesTheRank() throws {
        let result = try CommandRunner.run(["gap", "--province", "ninh-binh", "--rank", "5", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let answer = try #require(try json(result.output)["answer"] as? [String: Any])
        #expect(answer["reached"] as? Bool == true)
        #expect((answer["rank_after"] as? Int).map { $0 <= 5 } == true)
        let changes = try #require(answer["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty)
        for change in changes {
            let current = try #require(change["current"] as? Double), required = try #require(change["required"] as? Double)
            #expect(required > current)
        }
    }

    @Test func aCostFileChangesTheMixAndCapsMoves() throws {
        let directory = try CommandRunner.temporaryDirectory()
        // Every indicator held except one, which is also priced.
        let codes = try indicatorCodes()
        #expect(codes.count == 52)
        try write(["indicator,cost_per_unit,max_change"] + codes.map { $0 == "2.2.1" ? "2.2.1,3," : "\($0),,0" },
                  to: "costs.csv", in: directory)
        let result = try CommandRunner.run(
            ["gap", "--province", "ninh-binh", "--rank", "13", "--costs", "costs.csv", "--format", "json"], in: directory)
        #expect(result.status == 0, "\(result.error)")
        let answer = try #require(try json(result.output)["answer"] as? [String: Any])
        let changes = try #require(answer["changes"] as? [[String: Any]])
        #expect(changes.map { $0["indicator"] as? String } == ["2.2.1"])
        let change = try #require(changes.first?["change"] as? Double), cost = try #require(answer["cost"] as? Double)
        #expect(abs(cost - 3 * change) < 1e-9)
    }

    @Test func anUnreachableRankShowsTheBestReachable() throws {
        let directory = try CommandRunner.temporaryDirectory()
        // Every move capped at a thousandth of a unit.
        try write(["indicator,cost_per_unit,max_change"] + indicatorCodes().map { "\($0),,0.001" }, to: "capped.csv", in: directory)
        let result = try CommandRunner.run(
            ["gap", "--province", "ninh-binh", "--rank", "1", "--costs", "capped.csv", "--lang", "en"], in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Rank 1 cannot be reached"))
        #expect(result.output.contains("best reachable"))
    }

    @Test func theMedianForecastOfAScenarioCanBeInverted() throws {
        let result = try CommandRunner.run([
            "gap", "--rank", "10", "--forecast", "2030", "--scenario", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"),
            "--scenarios", "101", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.error)")
        let document = try json(result.output)
        #expect((document["basis"] as? String)?.contains("2030") == true)
        #expect(document["province"] as? String == "ninh-binh")
    }

    @Test(arguments: [
        (["gap", "--province", "ninh-binh", "--rank", "0"], "--rank must be 1 or more"),
        (["gap", "--province", "ninh-binh", "--rank", "40"], "beyond the 34 provinces"),
        (["gap", "--province", "Ninh Bihn", "--rank", "10"], "did you mean"),
        (["gap", "--province", "ninh-binh", "--rank", "10", "--forecast", "2030"], "--forecast and --scenario go together"),
        (["gap", "--province", "ninh-binh", "--rank", "10", "--year", "2019"], "no data for 2019"),
        (["gap", "--province", "ninh-binh", "--rank", "10", "--costs", "nowhere.csv"], "nowhere.csv"),
        (["gap", "--rank", "10", "--forecast", "2025", "--scenario", RunCommandTests.scenarioPath("ninh-binh-2030.yaml")], "or use --year"),
    ])
    func badRequestsSayWhatToFix(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status != 0)
        #expect(result.error.localizedCaseInsensitiveContains(expected), "\(result.error)")
        #expect(!result.error.contains("Fatal error"))
    }

    @Test(arguments: [
        ("indicator,cost_per_unit,max_change\n9.9.9,1,\n", "costs.csv:2: indicator: unknown indicator '9.9.9'"),
        ("indicator,cost_per_unit,max_change\n2.2.1,-1,\n", "costs.csv:2: cost_per_unit"),
        ("indicator,cost_per_unit,max_change\n2.2.1,1,nan\n", "costs.csv:2: max_change"),
        ("indicator,cost_per_unit,max_change\n2.2.1,1,\n2.2.1,2,\n", "costs.csv:3: indicator: a second row for 2.2.1"),
        ("indicatr,cost_per_unit\n2.2.1,1\n", "costs.csv"),
    ])
    func aBadCostFileIsNamedWithItsLine(text: String, expected: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        try text.write(to: directory.appendingPathComponent("costs.csv"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["gap", "--province", "ninh-binh", "--rank", "10", "--costs", "costs.csv"], in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains(expected), "\(result.error)")
    }
}
