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

    @Test(arguments: [80, 100])
    func everyTableFitsTheWindow(width: Int) throws {
        let environment = ["COLUMNS": String(width)]
        let commands: [[String]] = [
            ["score"], ["score", "--province", "ninh-binh"], ["gap", "--province", "ninh-binh", "--rank", "10"],
            ["run", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "300"],
            ["run", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), "--scenarios", "300", "--lang", "en"],
            ["validate"],
            ["compare", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), RunCommandTests.scenarioPath("ninh-binh-plan.yaml"),
             "--scenarios", "200"],
            ["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "160", "--verify", "320"],
            ["backtest", "--scenarios", "100"],
        ]
        // Each output is kept beside the test bundle for a person to read, as the report's
        // screenshot is (terminal-80-run.txt, …).
        let folder = ReportCommandTests.screenshotFolder
        for (n, arguments) in commands.enumerated() {
            let result = try CommandRunner.runInVietnamese(arguments, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.error)")
            expectFits(result.output, width, "\(arguments.joined(separator: " ")) at \(width)")
            let name = "terminal-\(width)-\(n + 1)-\(arguments[0]).txt"
            try ("$ pii " + arguments.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0).lastPathComponent : $0 }.joined(separator: " ")
                 + "\n" + result.output).write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
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

/// Numbers as each language writes them: a decimal comma in Vietnamese tables, a point in
/// English ones and in every machine format.
@Suite struct NumberFormatTests {
    @Test func tablesUseTheLanguagesDecimalMarkAndMachineFormatsThePoint() throws {
        let vi = try CommandRunner.runInVietnamese(["score"]), en = try CommandRunner.runInVietnamese(["score", "--lang", "en"])
        let hanoi = { (output: String) in output.split(separator: "\n").first { $0.contains("Hà Nội") }.map(String.init) ?? "" }
        #expect(hanoi(vi.output).contains("65,68") && !hanoi(vi.output).contains("65.68"), "\(hanoi(vi.output))")
        #expect(hanoi(en.output).contains("65.68"), "\(hanoi(en.output))")
        let csv = try CommandRunner.runInVietnamese(["score", "--format", "csv"])
        #expect(!csv.output.contains("65,68") && csv.output.contains("65.68"))
        let json = try CommandRunner.runInVietnamese(["score", "--format", "json"])
        #expect(json.output.contains("65.68") && !json.output.contains("65,68"))
        let run = try CommandRunner.runInVietnamese(["run", RunCommandTests.scenarioPath("ca-mau-2026.yaml"), "--scenarios", "200"])
        #expect(run.output.contains(",0\u{00A0}%") || run.output.contains(",5\u{00A0}%"))
        #expect(!run.output.contains(".0\u{00A0}%") && !run.output.contains(".5\u{00A0}%"))
    }
}

@Suite struct LanguageChoiceTests {
    @Test func piiLangChoosesTheDefaultAndLangOverridesIt() throws {
        #expect(try CommandRunner.run(["score"], environment: ["PII_LANG": ""]).output.hasPrefix("Xếp hạng PII 2025"))
        #expect(try CommandRunner.run(["score"]).output.hasPrefix("PII ranking 2025"))
        #expect(try CommandRunner.runInVietnamese(["score", "--lang", "vi"], environment: ["PII_LANG": "en"]).output.hasPrefix("Xếp hạng PII 2025"))
        // A stray value is ignored, not fatal.
        #expect(try CommandRunner.runInVietnamese(["score"], environment: ["PII_LANG": "fr"]).output.hasPrefix("Xếp hạng PII 2025"))
    }
}

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
