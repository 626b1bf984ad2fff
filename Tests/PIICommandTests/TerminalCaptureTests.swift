import Foundation
import Testing

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
