import Foundation
import Testing

/// `pii optimize` end to end, on few scenarios.
@Suite struct OptimizeCommandTests {
    static let small = ["--scenarios", "160", "--verify", "320"]

    @Test func theJSONNamesThePortfolioItsOddsAndTheTasks() throws {
        let result = try CommandRunner.run(
            ["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--budget", "300", "--format", "json"] + Self.small)
        #expect(result.status == 0, "\(result.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["feasible"] as? Bool == true)
        let chosen = try #require(document["chosen"] as? [String: Any])
        let cost = try #require(chosen["cost"] as? Double)
        #expect(cost <= 300)
        let probability = try #require(chosen["probability"] as? Double)
        let interval = try #require(chosen["interval"] as? [Double])
        #expect(interval[0] <= probability && probability <= interval[1])
        let frontier = try #require(document["frontier"] as? [[String: Any]])
        let odds = frontier.compactMap { $0["probability_search"] as? Double }
        #expect(odds == odds.sorted())
        let tasks = try #require(document["tasks"] as? [[String: Any]])
        #expect(!tasks.isEmpty && tasks.allSatisfy { !($0["owner"] as? String ?? "").isEmpty })
        #expect(document["evaluations"] as? Int ?? 0 > 22)
    }

    @Test func theTableAndTheFilesAreWritten() throws {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("plan")
        let result = try CommandRunner.run(
            ["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--lang", "en", "--out", directory.path] + Self.small)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Chosen:"))
        #expect(result.output.contains("Cost–probability frontier"))
        #expect(result.output.contains("Tasks by department"))
        #expect(result.output.contains("evaluations/s"))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["frontier.csv", "optimize.json", "optimize.xlsx", "tasks.csv"])
    }

    @Test func aBudgetBelowEveryMeasureSaysSo() throws {
        let result = try CommandRunner.run(
            ["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--budget", "1", "--lang", "en"] + Self.small)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("below the cheapest measure"))
    }

    @Test(arguments: [
        (["--budget", "100", "--target-probability", "0.5"], "not both"),
        (["--target-probability", "80"], "write 0.8 for 80 %"),
        (["--objective", "rank"], "rank-milestones"),
        (["--budget=-3"], "--budget must be 0 or more"),
        (["--scenarios", "100000000"], "6586 GiB of forecasts in memory; use at most 121464"),
    ])
    func badRequestsSayWhatToFix(arguments: [String], expected: String) throws {
        let result = try CommandRunner.run(["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml")] + arguments)
        #expect(result.status != 0)
        #expect(result.error.contains(expected), "\(result.error)")
    }

    @Test func aScenarioWithoutMeasuresHasNothingToChoose() throws {
        let result = try CommandRunner.run(["optimize", RunCommandTests.scenarioPath("ninh-binh-2030.yaml")] + Self.small)
        #expect(result.status != 0)
        #expect(result.error.contains("lists no measure"), "\(result.error)")
    }
}
