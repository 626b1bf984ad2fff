import Foundation
import Testing

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
