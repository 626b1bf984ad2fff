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

private let tmuxPath = "/usr/bin/tmux"

/// The same commands in a real terminal — an 80-column tmux window, whose width `pii` reads
/// from the terminal itself (no `COLUMNS`) — captured as a person sees them, progress lines
/// included (`tmux-80-4-run.txt`, … beside the test bundle): what the pane shows is the
/// command's output, every line within the 80 columns, no progress line left behind. `make
/// test` installs tmux and requires this suite (PII_REQUIRE_TEST_TOOLS=1).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: tmuxPath)
    || ProcessInfo.processInfo.environment["PII_REQUIRE_TEST_TOOLS"] == "1"))
struct TerminalCaptureTests {
    static let tmux = tmuxPath

    @Test(arguments: TerminalLayoutTests.commands.indices)
    func aTerminalShowsTheOutputWithin80Columns(_ n: Int) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.tmux), "tmux is not installed: make test installs it (Debian package tmux)")
        let arguments = TerminalLayoutTests.commands[n]
        let directory = try CommandRunner.temporaryDirectory()
        // A server of its own per test, so that tests running side by side never meet.
        let server = "pii-test-\(UUID().uuidString.prefix(8))"
        let quoted = ([CommandRunner.executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let script = directory.appendingPathComponent("command.sh")
        try """
            unset COLUMNS
            export PII_LANG=vi
            \(quoted.joined(separator: " "))
            echo "exit $?" > '\(directory.appendingPathComponent("status").path)'
            '\(Self.tmux)' -L \(server) wait-for -S finished

            """.write(to: script, atomically: true, encoding: .utf8)
        // The pane stays on screen after the command ends, to be captured; the server then
        // has nothing running and ends at kill-server.
        let configuration = directory.appendingPathComponent("tmux.conf")
        try "set -g remain-on-exit on\n".write(to: configuration, atomically: true, encoding: .utf8)
        // The server's socket lives in the test's folder.
        let tmux = URL(fileURLWithPath: Self.tmux), environment = ["TERM": "xterm-256color", "TMUX_TMPDIR": directory.path]
        // Ending the session ends the server (kill-server alone leaves it running where the
        // tests' processes ignore SIGHUP).
        defer { _ = try? CommandRunner.run(["-L", server, "kill-session", "-t", "capture"], environment: environment, executable: tmux) }
        // The server tmux starts keeps every descriptor it inherits, the pipes of commands that
        // other tests run meanwhile among them, which would then never reach their end: bash
        // closes all but the standard three, pointed at /dev/null, before starting it.
        let closing = #"for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done; "#
        let started = try CommandRunner.run(
            ["-c", closing + "exec '\(Self.tmux)' -L \(server) -f '\(configuration.path)' new-session -d -x 80 -y 60 -s capture \"sh '\(script.path)'\" </dev/null >/dev/null 2>&1"],
            timeout: 30, environment: environment, executable: URL(fileURLWithPath: "/bin/bash"))
        try #require(started.status == 0 && !started.timedOut, "tmux did not start")
        let waited = try CommandRunner.run(["-L", server, "wait-for", "finished"], timeout: 300, environment: environment, executable: tmux)
        try #require(!waited.timedOut, "pii \(arguments.joined(separator: " ")) did not finish in tmux")
        #expect((try? String(contentsOf: directory.appendingPathComponent("status"), encoding: .utf8)) == "exit 0\n")
        // The whole history, wrapped lines joined: a line wider than the window shows as such.
        let capture = try CommandRunner.run(["-L", server, "capture-pane", "-p", "-J", "-t", "capture", "-S", "-", "-E", "-"],
                                            environment: environment, executable: tmux)
        // tmux's own last line on a pane whose command has ended ("Pane is dead …") is not the
        // command's.
        let screen = capture.output.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }.filter { !$0.hasPrefix("Pane is dead") }
        let text = screen.joined(separator: "\n").trimmingCharacters(in: .newlines)
        try (TerminalLayoutTests.shown(arguments) + "\n" + text + "\n")
            .write(to: ReportCommandTests.screenshotFolder.appendingPathComponent("tmux-80-\(n + 1)-\(arguments[0]).txt"), atomically: true, encoding: .utf8)

        TerminalLayoutTests().expectFits(text, 80, "tmux: pii \(arguments.joined(separator: " "))")
        #expect(!text.contains("█") && !text.contains("░") && text.firstMatch(of: #/ · \d+ s/#) == nil,
                "a progress line was left on the screen: \(text.prefix(300))")
        // What the pane shows is the command's own output at 80 columns, line for line, up to
        // the optimiser's timings ("tìm kiếm 3,8 giây"), which differ from run to run.
        let piped = try CommandRunner.runInVietnamese(arguments, environment: ["COLUMNS": "80"])
        func untimed(_ text: String) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.reversed().drop { $0 == " " }.reversed()) }
            return lines.prefix { !$0.contains("giây") }.joined(separator: "\n").trimmingCharacters(in: .newlines)
        }
        let expected = untimed(piped.output)
        #expect(!expected.isEmpty && untimed(text).hasSuffix(expected), "the pane does not show the output of pii \(arguments.joined(separator: " "))")
    }
}
