import Foundation
import Testing

/// `pii compare`: two scenario files on common random numbers.
@Suite struct CompareCommandTests {
    func json(_ output: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    /// Each side's odds are those `pii run` gives the file with the same seed and count (the
    /// pairing changes nothing of either run), and their difference is second minus first.
    @Test func eachSideIsItsOwnRunAndTheDifferenceIsPaired() throws {
        let usual = RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), plan = RunCommandTests.scenarioPath("ninh-binh-plan.yaml")
        let result = try CommandRunner.run(["compare", usual, plan, "--scenarios", "240", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let document = try json(result.output)
        let seed = try #require(document["seed"] as? Int)
        let runA = try json(CommandRunner.run(["run", usual, "--scenarios", "240", "--seed", String(seed), "--format", "json"]).output)
        let runB = try json(CommandRunner.run(["run", plan, "--scenarios", "240", "--seed", String(seed), "--format", "json"]).output)
        let oddsA = try #require(runA["milestones"] as? [[String: Any]]).map { $0["probability"] as! Double }
        let oddsB = try #require(runB["milestones"] as? [[String: Any]]).map { $0["probability"] as! Double }
        let rows = try #require(document["milestones"] as? [[String: Any]])
        // Both files have the same seven milestones.
        #expect(rows.count == 7)
        for (m, row) in rows.enumerated() {
            #expect(row["first"] as? Double == oddsA[m] && row["second"] as? Double == oddsB[m], "\(row)")
            let difference = try #require(row["difference"] as? [String: Any])
            let d = try #require(difference["difference"] as? Double), interval = try #require(difference["interval"] as? [Double])
            #expect(abs(d - (oddsB[m] - oddsA[m])) < 1e-12)
            #expect(interval[0] <= d && d <= interval[1])
        }
        let years = try #require(document["years"] as? [[String: Any]])
        let mediansB = try #require(runB["years"] as? [[String: Any]]).map { $0["median"] as? Int }
        #expect(years.map { $0["second_median"] as? Int } == mediansB)
        // The business-as-usual file has no measures: every measure of the plan is B's own.
        let measures = try #require(document["measures_only_in_second"] as? [[String: Any]])
        #expect(measures.count == 22 && (document["measures_only_in_first"] as? [Any])?.isEmpty == true)
    }

    @Test func theResultDoesNotDependOnThreadsOrBatch() throws {
        // With measures only in B, so that the replayed runs without each are covered too.
        let arguments = ["compare", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), RunCommandTests.scenarioPath("ninh-binh-plan.yaml"),
                         "--scenarios", "160", "--format", "json"]
        let reference = try CommandRunner.run(arguments + ["--threads", "1"])
        #expect(reference.status == 0, "\(reference.error)")
        #expect(try CommandRunner.run(arguments + ["--threads", "2", "--batch", "24"]).output == reference.output)
    }

    @Test func aFileComparedWithItselfDiffersByNothing() throws {
        let file = RunCommandTests.scenarioPath("ca-mau-2026.yaml")
        let result = try CommandRunner.run(["compare", file, file, "--scenarios", "160", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let document = try json(result.output)
        for row in try #require(document["milestones"] as? [[String: Any]]) {
            let difference = try #require(row["difference"] as? [String: Any])
            #expect(difference["difference"] as? Double == 0 && difference["interval"] as? [Double] == [0, 0])
        }
        #expect((document["measures_only_in_second"] as? [Any])?.isEmpty == true)
        let table = try CommandRunner.run(["compare", file, file, "--scenarios", "160", "--lang", "en"])
        #expect(table.output.contains("B has no measure that A does not have."))
    }

    @Test func theReportHoldsTheTablesAndTheTwoRankPaths() throws {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("so-sanh.html")
        let result = try CommandRunner.runInVietnamese(["compare", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"),
                                            RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "200", "--report", file.path])
        #expect(result.status == 0, "\(result.error)")
        let report = try ReportCommandTests().parse(file)
        // Seven milestones and the whole plan; five years; B's 22 measures.
        #expect(report.elements("tr").filter { $0.attributes["class"] == "milestone" }.count == 8)
        #expect(report.elements("tr").filter { $0.attributes["class"] == "year" }.count == 5)
        #expect(report.elements("tr").filter { $0.attributes["class"] == "measure" }.count == 22)
        #expect(report.elements("polyline").compactMap { $0.attributes["data-scenario"] }.sorted() == ["A", "B"])
        #expect(report.elements("script").isEmpty)
        let body = report.nodes.first { $0.name == "body" }?.text ?? ""
        #expect(body.contains("So sánh hai kịch bản — Ninh Bình") && body.contains("Mọi mục tiêu thứ hạng cùng đạt"))
    }

    @Test func twoProvincesAreRefused() throws {
        let result = try CommandRunner.run(["compare", RunCommandTests.scenarioPath("ca-mau-2026.yaml"),
                                            RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), "--scenarios", "100"])
        #expect(result.status != 0)
        #expect(result.error.contains("is about Cà Mau") && result.error.contains("compare two scenarios of one province"), "\(result.error)")
    }
}
