import Foundation
import PIITestSupport
import Testing

/// `pii run` end to end.
@Suite struct RunCommandTests {
    static let scenarios = Repository.scenarios

    func scenario(_ name: String) -> String { Self.scenarioPath(name) }

    static func scenarioPath(_ name: String) -> String { scenarios.appendingPathComponent(name).path }

    @Test func theJSONIsByteIdenticalForAnyThreadCountAndBatchSize() throws {
        let arguments = ["run", scenario("ninh-binh-plan.yaml"), "--scenarios", "300", "--format", "json"]
        let reference = try CommandRunner.run(arguments + ["--threads", "1"])
        #expect(reference.status == 0, "\(reference.error)")
        for extra in [["--threads", "2"], ["--threads", "2", "--batch", "24"], ["--threads", "1", "--batch", "64"]] {
            let other = try CommandRunner.run(arguments + extra)
            #expect(other.output == reference.output, "\(extra)")
        }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(reference.output.utf8)) as? [String: Any])
        #expect(document["scenarios"] as? Int == 300)
        #expect((document["milestones"] as? [Any])?.count == 7)
        #expect(!reference.output.contains("threads") && !reference.output.contains("/Scenarios/"))
        // Every province's rank distribution, every year: what a backtest or a comparison of
        // rivals reads from one run.
        let provinces = try #require(document["provinces"] as? [[String: Any]])
        #expect(provinces.count == 34)
        for province in provinces {
            for year in try #require(province["years"] as? [[String: Any]]) {
                let counts = try #require(year["rank_counts"] as? [Int])
                #expect(counts.count == 34 && counts.reduce(0, +) == 300)
            }
        }
    }

    /// A scenario file over published 0–100 scores (`normalised: true`): the setting comes
    /// with the data to the scorer and the forecast, so the run reports it and every mean
    /// index stays a score.
    @Test func aScenarioOverScoresRunsOnTheScoreScale() throws {
        let directory = try CommandRunner.temporaryDirectory()
        // Three editions of scores: the embedded panel's own, from pii score.
        var text = "year,province,indicator,value\n"
        for year in [2023, 2024, 2025] {
            let scored = try CommandRunner.run(["score", "--year", String(year), "--format", "json"])
            let document = try #require(try JSONSerialization.jsonObject(with: Data(scored.output.utf8)) as? [String: Any])
            for province in try #require(document["provinces"] as? [[String: Any]]) {
                let nodes = try #require(province["nodes"] as? [String: Any])
                for (code, score) in nodes where code.split(separator: ".").count == 3 {
                    if let score = score as? Double { text += "\(year),\(province["id"]!),\(code),\(score)\n" }
                }
            }
        }
        try text.write(to: directory.appendingPathComponent("scores.csv"), atomically: true, encoding: .utf8)
        try "province: ninh-binh\nhorizon: 2028\ndata: scores.csv\nnormalised: true\nmilestones:\n  - {year: 2028, rank_at_most: 10}\n"
            .write(to: directory.appendingPathComponent("scores.yaml"), atomically: true, encoding: .utf8)
        let run = try CommandRunner.run(["run", "scores.yaml", "--scenarios", "200", "--format", "json"], in: directory)
        try #require(run.status == 0, "\(run.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect((document["settings"] as? [String: Any])?["values_are_normalised"] as? Bool == true)
        let means = try #require(document["provinces"] as? [[String: Any]]).flatMap { ($0["years"] as? [[String: Any]]) ?? [] }
            .compactMap { $0["mean_score"] as? Double }
        #expect(means.count == 34 * 3 && means.allSatisfy { (0...100).contains($0) })
    }

    @Test func theTableShowsTheOddsAndHowToReproduceThem() throws {
        let result = try CommandRunner.run(["run", scenario("ninh-binh-2030.yaml"), "--scenarios", "400", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.output.contains("Rank of Ninh Bình"))
        #expect(result.output.contains("rank ≤ 13"))
        #expect(result.output.contains("Every rank milestone together"))
        #expect(result.output.contains("Reproduce: pii run"))
        #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func outWritesTheJSONAndTheCSVFiles() throws {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("results")
        let result = try CommandRunner.run(["run", scenario("ca-mau-2026.yaml"), "--scenarios", "200", "--out", directory.path])
        #expect(result.status == 0, "\(result.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files == ["milestones.csv", "province-ranks.csv", "provinces.csv", "rank-distribution.csv", "run.json", "run.xlsx"])
    }

    @Test func aMalformedScenarioFileIsNamedWithItsLine() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("bad.yaml")
        try "province: ninh-binh\nhorizon: 2030\nmilestones:\n  - {year: 2027, rank_at_mots: 13}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["run", file.path])
        #expect(result.status != 0)
        #expect(result.error.contains("bad.yaml:4: milestones[0].rank_at_mots: unknown key 'rank_at_mots' (did you mean rank_at_most?)"), "\(result.error)")
        #expect(!result.error.contains("Fatal error"))
    }

    @Test func ctrlCStopsCleanlyWithoutWritingResults() throws {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("results")
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["run", scenario("ninh-binh-2030.yaml"), "--scenarios", "50000000", "--out", directory.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["PII_LANG": "vi"]) { $1 }
        let error = Pipe()
        process.standardError = error
        process.standardOutput = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        process.interrupt()
        process.waitUntilExit()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(message.contains("Lỗi: đã dừng: không có kết quả nào được ghi"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("run.json").path))
    }
}
