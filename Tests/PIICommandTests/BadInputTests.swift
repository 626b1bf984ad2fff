import Foundation
import PIITestSupport
import Testing

/// Bad files and arguments: one clear message naming the file, line and field, a non-zero
/// exit, no stack trace.
@Suite struct BadInputTests {
    func failure(_ arguments: [String], files: [String: String]) throws -> String {
        let directory = try CommandRunner.temporaryDirectory()
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = try CommandRunner.run(arguments, in: directory)
        #expect(result.status != 0)
        #expect(!result.error.contains("Fatal error"))
        #expect(!result.error.contains("Stack dump"))
        #expect(!result.error.contains("Crash"))
        return result.error
    }

    static let framework = Fixtures.frameworkHeader + Fixtures.frameworkTree(indicators: """
        a,indicator,G1,Chỉ số a,Indicator a,%,1,1,gii
        b,indicator,G2,Chỉ số b,Indicator b,%,1,1,gii

        """)

    @Test(arguments: [
        ("c,indicator,G7,c,c,%,1,1,gii\n", "framework.csv:10: parent"),
        ("X,group,Y,x,x,,,1,\nY,group,X,y,y,,,1,\n", "cycle"),
        ("a,indicator,G1,a,a,%,1,1,gii\n", "framework.csv:10: code"),
        ("c,indicator,G1,c,c,%,1,0,gii\n", "framework.csv:10: weight"),
        ("c,indicator,G1,c,c,%,2,1,gii\n", "framework.csv:10: direction"),
    ])
    func aBadFrameworkIsNamedWithItsLine(extra: String, expected: String) throws {
        let message = try failure(
            ["score", "--framework", "framework.csv", "--data", "panel.csv"],
            files: ["framework.csv": Self.framework + extra, "panel.csv": "year,province,indicator,value\n2025,ha-noi,a,1\n"])
        #expect(message.contains(expected), "\(message)")
        #expect(message.split(separator: "\n").count <= 2)
    }

    @Test(arguments: [
        ("2025,Ninh Bihn,a,1\n", "panel.csv:2: province: unknown province 'Ninh Bihn' (did you mean Ninh Bình?)"),
        ("2025,ha-noi,a,abc\n", "panel.csv:2: value: 'abc' is not a number"),
        ("2025,ha-noi,a,1\n2025,ha-noi,a,2\n", "panel.csv:3: indicator: a second value"),
    ])
    func aBadPanelIsNamedWithItsLine(rows: String, expected: String) throws {
        let message = try failure(
            ["score", "--framework", "framework.csv", "--data", "panel.csv"],
            files: ["framework.csv": Self.framework, "panel.csv": "year,province,indicator,value\n" + rows])
        #expect(message.contains(expected), "\(message)")
    }

    /// Issue 14, cases 9 and 10: a short line is an error like a long one, and a header
    /// without a required column is named as such (not as a field count on line 2).
    @Test(arguments: [
        ("year,province,indicator,value\n2025,ha-noi,a\n", "panel.csv:2: the line has 3 fields but the header has 4"),
        ("year,province,value\n2025,ha-noi,1\n", "panel.csv:1: indicator: the header has no column indicator; expected a header such as year,province,indicator,value"),
    ])
    func shortLinesAndMissingColumnsAreNamed(panel: String, expected: String) throws {
        let message = try failure(
            ["score", "--framework", "framework.csv", "--data", "panel.csv"],
            files: ["framework.csv": Self.framework, "panel.csv": panel])
        #expect(message.contains(expected), "\(message)")
    }

    @Test func aFrameworkLineWithoutItsLastFieldsIsRefused() throws {
        let message = try failure(
            ["score", "--framework", "framework.csv", "--data", "panel.csv"],
            files: ["framework.csv": Self.framework + "c,indicator,G1,Chỉ số c,Indicator c,%,1,1\n", "panel.csv": "year,province,indicator,value\n2025,ha-noi,a,1\n"])
        #expect(message.contains("framework.csv:10: the line has 8 fields but the header has 9"), "\(message)")
    }

    /// Case 11: a panel with a header and no values is an error for validate too.
    @Test func aHeaderOnlyPanelIsNotValid() throws {
        let directory = try CommandRunner.temporaryDirectory()
        try "year,province,indicator,value\n".write(to: directory.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", "--data", "panel.csv", "--format", "json"], in: directory)
        #expect(result.status != 0)
        #expect(result.output.contains("the panel holds no values"))
    }

    /// Case 13: a province without data gets one message, not a JSON with `nan` in it.
    @Test func aGapForAProvinceWithoutDataSaysSo() throws {
        let message = try failure(
            ["gap", "--framework", "framework.csv", "--data", "panel.csv", "--province", "ninh-binh", "--rank", "1", "--format", "json"],
            files: ["framework.csv": Self.framework, "panel.csv": "year,province,indicator,value\n2025,ha-noi,a,1\n2025,ha-noi,b,2\n2025,hai-phong,a,3\n2025,hai-phong,b,1\n"])
        #expect(message.contains("Ninh Bình has no values in 2025"), "\(message)")
    }

    /// Case 21: with --scenario the method is the file's; an option that would be ignored is refused.
    @Test func methodOptionsBesideAScenarioAreRefused() throws {
        let message = try failure(
            ["gap", "--scenario", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), "--forecast", "2030", "--rank", "10",
             "--skewness-threshold", "3"], files: [:])
        #expect(message.contains("the method comes from the scenario file"), "\(message)")
    }

    /// Issue 14, case 7: a megabyte in one field is named with a short excerpt, in any column.
    @Test(arguments: [1, 2, 3])
    func aHugeFieldIsQuotedShortly(column: Int) throws {
        var row = ["2025", "ha-noi", "a", "1"]
        row[column] = String(repeating: "x", count: 1_000_000)
        let message = try failure(
            ["score", "--framework", "framework.csv", "--data", "panel.csv"],
            files: ["framework.csv": Self.framework, "panel.csv": "year,province,indicator,value\n" + row.joined(separator: ",") + "\n"])
        #expect(message.contains("panel.csv:2"))
        #expect(message.contains("…' (1000000 characters)"), "\(message.prefix(300))")
        #expect(message.count < 400)
    }

    @Test func aMissingFileSaysSo() throws {
        let message = try failure(["score", "--data", "nowhere.csv"], files: [:])
        #expect(message.contains("nowhere.csv: cannot read the file (no such file)"))
    }

    @Test func anUnknownProvinceSuggestsTheRightOne() throws {
        let message = try failure(["score", "--province", "Da Nag"], files: [:])
        #expect(message.contains("Did you mean Đà Nẵng?"))
    }

    @Test func aYearWithoutDataListsTheYearsThereAre() throws {
        let message = try failure(["score", "--year", "2019"], files: [:])
        #expect(message.contains("2023, 2024, 2025"))
    }

    @Test func badMethodSettingsAreRejected() throws {
        let message = try failure(["score", "--max-winsorisation-steps", "-1"], files: [:])
        #expect(message.contains("--max-winsorisation-steps"))
    }
}
