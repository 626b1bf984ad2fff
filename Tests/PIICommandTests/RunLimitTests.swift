import Foundation
import Testing

/// What the fuzzer of issue 14 found in scenario files and run options (its cases 1–5 and 12):
/// each is now one message and a non-zero exit, or a run that works — never a trap.
@Suite struct RunLimitTests {
    static let scenarios = RunCommandTests.scenarios

    func pii(_ arguments: [String], scenario: String? = nil) throws -> CommandRunner.Result {
        let directory = try CommandRunner.temporaryDirectory()
        if let scenario { try scenario.write(to: directory.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8) }
        let result = try CommandRunner.run(arguments, in: directory)
        #expect(!result.error.contains("Fatal error") && !result.error.contains("Stack dump"), "\(result.error)")
        return result
    }

    /// Case 1: a `reach:` effect on a measure with `start_options` trapped in run, optimize
    /// and gap; its other start years are versions with the same effect.
    @Test func aReachEffectWithStartOptionsRuns() throws {
        let scenario = """
            province: ninh-binh
            horizon: 2027
            interventions:
              - {id: m, effects: [{indicator: "1.1.1", reach: national-average}], start: 2026, start_options: [2027]}
            """
        let run = try pii(["run", "s.yaml", "--scenarios", "64"], scenario: scenario)
        #expect(run.status == 0, "\(run.error)")
        let optimise = try pii(["optimize", "s.yaml", "--scenarios", "64", "--verify", "64", "--format", "json"], scenario: scenario)
        #expect(optimise.status == 0, "\(optimise.error)")
        #expect((try? JSONSerialization.jsonObject(with: Data(optimise.output.utf8))) != nil)
        let gap = try pii(["gap", "--scenario", "s.yaml", "--forecast", "2027", "--rank", "10", "--scenarios", "65"], scenario: scenario)
        #expect(gap.status == 0, "\(gap.error)")
    }

    /// Case 2: mixture weights that overflow their sum.
    @Test func hugeMixtureWeightsStillShareTheScenarios() throws {
        let scenario = """
            province: ninh-binh
            horizon: 2027
            model: mixture
            mixture: {drift: 1e308, random-walk: 1e308}
            """
        let run = try pii(["run", "s.yaml", "--scenarios", "64", "--format", "json"], scenario: scenario)
        #expect(run.status == 0, "\(run.error)")
        #expect(!run.output.contains("NaN") && !run.output.contains(": nan"))
    }

    /// Cases 3–5: the options are held to the same ranges as the file's keys.
    @Test(arguments: [
        (["--scenarios", "9223372036854775807"], "--scenarios must be from 1 to 100000000"),
        (["--batch", "1099511627776"], "--batch must be a multiple of 8 from 8 to 4096"),
        (["--scenarios", "1000000000", "--batch", "1099511627776"], "--batch must be"),
        (["--seed", "9223372036854775808", "--format", "json"], "--seed must be a whole number from 0 to 9223372036854775807"),
    ])
    func outOfRangeOptionsSayTheRange(extra: [String], expected: String) throws {
        let run = try pii(["run", Self.scenarios.appendingPathComponent("ca-mau-2026.yaml").path] + extra)
        #expect(run.status != 0)
        #expect(run.error.contains(expected), "\(run.error)")
    }

    @Test func theLargestSeedIsWrittenBackAsItWasGiven() throws {
        let run = try pii(["run", Self.scenarios.appendingPathComponent("ca-mau-2026.yaml").path,
                           "--seed", "9223372036854775807", "--scenarios", "16", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("\"seed\": 9223372036854775807"))
    }

    /// Case 12: an infinite or overflowing change was accepted and every result became "–".
    @Test(arguments: ["+inf", "\"+1e308\"", "\"+1e308%\"", ".nan"])
    func anInfiniteChangeIsRefused(change: String) throws {
        let scenario = """
            province: ninh-binh
            horizon: 2027
            interventions:
              - {id: m, effects: [{indicator: "1.1.1", change: \(change)}], start: 2026}
            """
        let run = try pii(["run", "s.yaml", "--scenarios", "16"], scenario: scenario)
        #expect(run.status != 0)
        #expect(run.error.contains("s.yaml:4"), "\(run.error)")
    }

    /// Case 14: an empty id, and a scenario's `costs:` file that does not exist, are named by
    /// every command that reads the scenario, not only by pii gap.
    @Test func anEmptyIdAndAMissingCostFileAreNamed() throws {
        let empty = try pii(["run", "s.yaml", "--scenarios", "16"], scenario: """
            province: ninh-binh
            interventions:
              - {id: "", effects: [{indicator: "1.1.1", change: "+1"}], start: 2026}
            """)
        #expect(empty.status != 0 && empty.error.contains("s.yaml:3: interventions[0].id: an intervention's id cannot be empty"), "\(empty.error)")
        for command in ["run", "report"] {
            let missing = try pii([command, "s.yaml", "--scenarios", "16"], scenario: "province: ninh-binh\ncosts: nowhere.csv\n")
            #expect(missing.status != 0 && missing.error.contains("nowhere.csv: cannot read the file (no such file)"), "\(missing.error)")
        }
    }
}
