import Foundation
import Testing

/// `pii gap --probability`: the pathway end to end, its saved scenario checked by `pii run`.
@Suite struct PathwayCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static let scenario = RunCommandTests.scenarioPath("ninh-binh-2030.yaml")
    /// One simulated year keeps the debug build quick.
    static let request = ["gap", "--scenario", scenario, "--rank", "12", "--forecast", "2026", "--scenarios", "300"]

    @Test func theSavedPathwayRunWithAnotherSeedGivesTheCheckedProbability() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let gap = try CommandRunner.run(
            Self.request + ["--probability", "0.6", "--check", "4000", "--save-scenario", "pathway.yaml", "--format", "json"], in: directory)
        #expect(gap.status == 0, "\(gap.error)")
        let pathway = try #require((try json(gap.output)["pathways"] as? [[String: Any]])?.first)
        #expect(pathway["reachable"] as? Bool == true && pathway["already_met"] as? Bool == false)
        let search = try #require(pathway["search_probability"] as? Double)
        let fresh = try #require(pathway["fresh_probability"] as? Double)
        #expect(search >= 0.6)
        let steps = try #require(pathway["steps"] as? [[String: Any]])
        #expect(!steps.isEmpty && steps.allSatisfy { ($0["year"] as? Int) == 2026 && ($0["owner"] as? String)?.isEmpty == false })

        let saved = try String(contentsOf: directory.appendingPathComponent("pathway.yaml"), encoding: .utf8)
        #expect(saved.contains("pathway-") && saved.contains("rank_at_most: 12"))
        let run = try CommandRunner.run(["run", "pathway.yaml", "--seed", "99", "--scenarios", "4000", "--format", "json"], in: directory)
        #expect(run.status == 0, "\(run.error)")
        let every = try #require(try json(run.output)["every_rank_milestone"] as? [String: Any])
        let rerun = try #require(every["probability"] as? Double)
        // Two independent estimates of one probability: within two standard errors of their difference.
        let spread = 1.96 * (fresh * (1 - fresh) / 4000 + rerun * (1 - rerun) / 4000).squareRoot()
        #expect(abs(rerun - fresh) <= spread, "fresh \(fresh), pii run \(rerun)")
    }

    @Test func probabilitiesSideBySideCostMoreAsTheyRise() throws {
        let result = try CommandRunner.run(Self.request + ["--probability", "0.8,0.5", "--check", "500", "--lang", "en"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Improvement pathway — Ninh Bình: meet together 2026 ≤ 12"))
        #expect(result.output.contains("Probability ≥ 50.0") && result.output.contains("Probability ≥ 80.0"))
        #expect(result.output.contains("Tasks by department"))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let csv = try CommandRunner.run(Self.request + ["--probability", "0.5,0.8", "--check", "500", "--format", "csv"])
        let rows = csv.output.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(csv.output.contains("probability,indicator,name,owner,unit,year,no_measure_median,required,change,cost"))
        // Names may hold quoted commas; the cost is third from the end.
        func total(_ p: String) -> Double { rows.filter { $0[0] == p }.compactMap { Double($0[$0.count - 3]) }.reduce(0, +) }
        #expect(total("0.5") > 0 && total("0.8") > total("0.5"))
    }

    @Test(arguments: [
        (["--probability", "1.5"], "between 0 and 1"),
        (["--probability", "0.8,x"], "between 0 and 1"),
        (["--probability", "0.5,0.8", "--save-scenario", "a.yaml"], "give one --probability"),
        (["--probability", "0.8", "--milestones"], "either --rank k --forecast Y or --milestones"),
        (["--milestones"], "go with --probability"),
        (["--probability", "0.8", "--check", "0"], "--check"),
        (["--probability", "0.8", "--scenarios", "100000000"], "GiB of forecasts in memory"),
    ])
    func badPathwayRequestsSayWhatToFix(extra: [String], expected: String) throws {
        let result = try CommandRunner.run(Self.request + extra)
        #expect(result.status != 0)
        #expect(result.error.contains(expected), "\(result.error)")
        #expect(!result.error.contains("Fatal error"))
    }

    /// The median path says "already reached"; the odds it hides are given beside it.
    @Test func anAlreadyReachedMedianAnswerSaysItsProbability() throws {
        let result = try CommandRunner.run(["gap", "--rank", "7", "--forecast", "2030", "--scenarios", "301",
                                            "--scenario", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let document = try json(result.output)
        let answer = try #require(document["answer"] as? [String: Any])
        let odds = try #require(document["probability_without_changes"] as? Double)
        #expect((answer["changes"] as? [Any])?.isEmpty == true)
        #expect(odds > 0 && odds < 0.9)
        let table = try CommandRunner.run(["gap", "--rank", "7", "--forecast", "2030", "--scenarios", "301", "--lang", "en",
                                           "--scenario", RunCommandTests.scenarioPath("ninh-binh-plan.yaml")])
        #expect(table.output.contains("but only in"), "\(table.output)")
    }

    @Test func aPathwayWithNothingAllowedToMoveSaysSo() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let profile = try CommandRunner.run(["score", "--province", "ninh-binh", "--format", "csv"])
        let codes = profile.output.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields.first == "indicator" ? String(fields[1]) : nil
        }
        #expect(codes.count == 52)
        try (["indicator,cost_per_unit,max_change"] + codes.map { "\($0),,0" }).joined(separator: "\n")
            .write(to: directory.appendingPathComponent("held.csv"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(Self.request + ["--probability", "0.9", "--check", "300", "--costs", "held.csv", "--lang", "en"],
                                           in: directory)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("No indicator may move"), "\(result.output)")
    }

    @Test func aProbabilityWithoutAScenarioFileIsRefused() throws {
        let result = try CommandRunner.run(["gap", "--province", "ninh-binh", "--rank", "10", "--probability", "0.8"])
        #expect(result.status != 0 && result.error.contains("--scenario FILE"))
    }
}
