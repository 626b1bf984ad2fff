import Foundation
import PIIReports
import Testing

/// The test helpers themselves, and the JSON writer every command's output goes through.
@Suite struct CommandRunnerTests {
    /// Issue 14, case 22: a child that writes more than a pipe holds to standard error while
    /// standard output is still being read no longer deadlocks the runner.
    @Test func aChildFillingBothPipesFinishes() throws {
        let result = try CommandRunner.run(
            ["-c", "head -c 1000000 /dev/zero | tr '\\\\0' e >&2; head -c 1000000 /dev/zero | tr '\\\\0' o"],
            timeout: 60, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(!result.timedOut)
        #expect(result.error.count == 1_000_000 && result.output.count == 1_000_000)
    }

    /// Issue 14, case 13: JSON has no NaN or infinity; the writer never emits one.
    @Test func nonFiniteNumbersAreWrittenAsNull() {
        let document = JSONValue.object([("a", .number(Double.nan)), ("b", .number(Double.infinity)), ("c", .number(-Double.infinity)), ("d", .number(1.5))])
        #expect(document.serialised() == #"{"a":null,"b":null,"c":null,"d":1.5}"#)
    }
}
