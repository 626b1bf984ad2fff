import Foundation
import Testing

/// What the terminal shows: tables that fit the window's width without cutting or splitting
/// names, rank columns that follow the scenario's targets, and a rival list that says what it
/// means.
@Suite struct TerminalLayoutTests {
    static let names = ["Thái Nguyên", "Ninh Bình", "Đà Nẵng", "TP. Hồ Chí Minh", "Hưng Yên", "Tây Ninh", "Đồng Nai", "Cần Thơ", "Phú Thọ"]

    /// No line longer than `width`, and no two-word province name broken across two lines.
    func expectFits(_ text: String, _ width: Int, _ context: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in lines { #expect(line.count <= width, "\(context): \(line.count) columns: \(line)") }
        for (line, next) in zip(lines, lines.dropFirst()) {
            let end = line.trimmingCharacters(in: .whitespaces), start = next.trimmingCharacters(in: .whitespaces)
            for name in Self.names {
                guard let space = name.lastIndex(of: " ") else { continue }
                let head = String(name[..<space]), tail = String(name[name.index(after: space)...])
                #expect(!(end.hasSuffix(head) && start.hasPrefix(tail)), "\(context): '\(name)' split: \(line) / \(next)")
            }
        }
    }

    /// One of each command's outputs, the slow ones with their progress line.
    static let commands: [[String]] = [
        ["score"], ["score", "--province", "ninh-binh"], ["gap", "--province", "ninh-binh", "--rank", "10"],
        ["run", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "300"],
        ["run", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), "--scenarios", "300", "--lang", "en"],
        ["validate"],
        ["compare", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), RunCommandTests.scenarioPath("ninh-binh-plan.yaml"),
         "--scenarios", "200"],
        ["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "160", "--verify", "320"],
        ["backtest", "--scenarios", "100"],
        ["gap", "--milestones", "--probability", "0.6", "--scenario", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"),
         "--scenarios", "300", "--check", "500"],
    ]

    /// The command line as a person reads it: file names without their folders.
    static func shown(_ arguments: [String]) -> String {
        "$ pii " + arguments.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0).lastPathComponent : $0 }.joined(separator: " ")
    }

    @Test(arguments: [80, 100])
    func everyTableFitsTheWindow(width: Int) throws {
        let environment = ["COLUMNS": String(width)]
        // Each output is kept beside the test bundle for a person to read, as the report's
        // pages are (terminal-80-4-run.txt, …).
        let folder = ReportCommandTests.screenshotFolder
        for (n, arguments) in Self.commands.enumerated() {
            let result = try CommandRunner.runInVietnamese(arguments, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.error)")
            expectFits(result.output, width, "\(arguments.joined(separator: " ")) at \(width)")
            let name = "terminal-\(width)-\(n + 1)-\(arguments[0]).txt"
            try (Self.shown(arguments) + "\n" + result.output).write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    /// The optimiser's task list at 80 columns: each indicator whole on a line across the
    /// table (not wrapped into a narrow column beside the numbers), then its row with the
    /// portfolio and its row without measures, a value for every year.
    @Test func theTaskListNamesEachIndicatorAcrossTheTable() throws {
        let result = try CommandRunner.runInVietnamese(["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "160",
                                                        "--verify", "320"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let withPortfolio = lines.indices.filter { lines[$0].hasPrefix("  với danh mục ") }
        #expect(withPortfolio.count >= 5)
        for n in withPortfolio {
            #expect(lines[n].split(separator: " ").count == 3 + 5, "\(lines[n])")
            #expect(lines[n + 1].hasPrefix("  không biện pháp ") && lines[n + 1].split(separator: " ").count == 3 + 5, "\(lines[n + 1])")
            // The heading above: an indicator code first, the measure's id last.
            let heading = lines[..<n].last { $0.first.map { $0.isNumber } == true }
            #expect(heading?.firstMatch(of: #/^\d\.\d\.\d /#) != nil, "\(heading ?? "none") above \(lines[n])")
        }
        #expect(!lines.contains { $0.hasPrefix("                     Chính") })
    }

    @Test func theRankColumnsFollowTheScenarioTargets() throws {
        let result = try CommandRunner.runInVietnamese(["run", RunCommandTests.scenarioPath("ca-mau-2026.yaml"), "--scenarios", "300"])
        #expect(result.status == 0, "\(result.error)")
        let header = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("Năm") && $0.contains("5–95 %") })
        #expect(header.contains("P(≤ 23)") && !header.contains("P(≤ 13)") && !header.contains("P(≤ 10)"), "\(header)")
    }

    /// With the plan Ninh Bình's median rank beats the target: nobody to overtake, and the
    /// list that follows is labelled as the provinces that may push it out. Without measures
    /// it misses: the list holds the provinces whose median rank lies between the target and
    /// Ninh Bình's.
    @Test func theRivalListIsHonest() throws {
        let plan = try CommandRunner.runInVietnamese(["run", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "400", "--lang", "en"])
        #expect(plan.status == 0, "\(plan.error)")
        #expect(plan.output.contains("within the top 10: no province left to overtake"))
        #expect(!plan.output.contains("Provinces to overtake"))

        let usual = try CommandRunner.runInVietnamese(["run", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), "--scenarios", "400", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(usual.output.utf8)) as? [String: Any])
        let years = try #require(document["years"] as? [[String: Any]])
        let focusMedian = try #require(years.last?["median"] as? Int), target = try #require(document["target_rank"] as? Int)
        #expect(document["focus_median_meets_target"] as? Bool == (focusMedian <= target))
        let rivals = try #require(document["rivals"] as? [[String: Any]])
        if focusMedian > target {
            #expect(!rivals.isEmpty)
            for rival in rivals {
                let median = try #require(rival["median_rank"] as? Int)
                #expect((target...focusMedian).contains(median), "\(rival)")
            }
        }
    }

    @Test func aFileNameGivenWhereAFolderIsExpectedIsRefused() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["run", RunCommandTests.scenarioPath("ca-mau-2026.yaml"), "--scenarios", "100", "--out", "run.json"],
                                           in: directory)
        #expect(result.status != 0)
        #expect(result.error.contains("--out run.json looks like a file name"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func aMergedProvinceOnTheCommandLineStandsForTheNewOne() throws {
        let result = try CommandRunner.runInVietnamese(["score", "--province", "Hà Nam"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("Hà Nam → Ninh Bình (hợp nhất 2025)"))
        #expect(result.output.hasPrefix("Hồ sơ PII — Ninh Bình"))
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("s.yaml")
        try "province: Hà Nam\nhorizon: 2027\n".write(to: file, atomically: true, encoding: .utf8)
        let scenario = try CommandRunner.runInVietnamese(["run", file.path, "--scenarios", "100"])
        #expect(scenario.status != 0 && scenario.error.contains("s.yaml:1: province: Hà Nam đã hợp nhất vào Ninh Bình năm 2025; hãy viết ninh-binh"),
                "\(scenario.error)")
    }
}
