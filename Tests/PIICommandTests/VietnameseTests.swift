import Foundation
import PIIText
import Testing

/// Under the default language every help page and every refusal reads in Vietnamese: a walk
/// over the commands' `--help` and over the error paths of the files a user gives, with
/// `EnglishWords` finding any English sentence left.
@Suite struct VietnameseTests {
    static let commands: [[String]] = [
        [], ["run"], ["compare"], ["report"], ["optimize"], ["score"], ["gap"], ["validate"], ["data"],
        ["data", "export"], ["data", "template"], ["backtest"], ["bench"],
    ]

    @Test(arguments: commands)
    func everyHelpPageIsVietnamese(command: [String]) throws {
        let result = try CommandRunner.runInVietnamese(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("CÁCH DÙNG:") && result.output.contains("TUỲ CHỌN:"), "\(result.output)")
        #expect(EnglishWords.found(in: result.output).isEmpty, "pii \(command.joined(separator: " ")) --help: \(EnglishWords.found(in: result.output))\n\(result.output)")
        let english = try CommandRunner.run(command + ["--help", "--lang", "en"])
        #expect(english.output.contains("USAGE:") && english.output.contains("OPTIONS:"))
        // The Vietnamese placeholders are longer or shorter than the English ones: each
        // option's text still starts in the column after the labels, or on the next line.
        for line in result.output.split(separator: "\n") where line.hasPrefix("  -") || line.hasPrefix("  <") {
            let characters = Array(line)
            let labelOnly = line.hasSuffix(">") || line.hasSuffix("...") || !line.dropFirst(2).contains(" ")
            #expect(labelOnly || (characters.count > 26 && characters[25] == " " && characters[26] != " "),
                    "pii \(command.joined(separator: " ")) --help, out of column: \(line)")
        }
    }

    /// Each broken file and each refused option, in a folder of its own.
    static let mistakes: [(files: [String: String], arguments: [String])] = [
        (["p.csv": "year,province,indicator,value\n2025,Ha Nam,1.1.1,3\n"], ["score", "--data", "p.csv"]),
        (["p.csv": "year,province,indicator,value\n2025,ninh-binh,1.1.9,3\n"], ["score", "--data", "p.csv"]),
        (["p.csv": "year,province,indicator,value\n2025,ninh-binh,1.1.1,abc\n"], ["score", "--data", "p.csv"]),
        (["p.csv": "year,province,indicator,value\n2025,ninh-binh,1.1.1,89,7\n"], ["score", "--data", "p.csv"]),
        (["p.csv": "year,province,value\n2025,ninh-binh,3\n"], ["score", "--data", "p.csv"]),
        (["p.csv": "year,province,indicator,value\n1999,ninh-binh,1.1.1,3\n"], ["score", "--data", "p.csv"]),
        (["p.csv": ""], ["score", "--data", "p.csv"]),
        (["p.csv": "year,province,indicator,value\n2025,ninh-binh,1.1.1,3\n2025,ninh-binh,1.1.1,4\n"], ["validate", "--data", "p.csv"]),
        ([:], ["score", "--data", "nowhere.csv"]),
        (["p.xlsx": "not a workbook"], ["score", "--data", "p.xlsx"]),
        (["f.csv": "code,level,parent,name_vi\nP1,pillar,PII,x\n"], ["score", "--framework", "f.csv"]),
        (["c.csv": "indicator,cost_per_unit\n9.9.9,1\n"], ["gap", "--province", "ninh-binh", "--rank", "10", "--costs", "c.csv"]),
        (["s.yaml": "province: Hà Nam\nhorizon: 2027\n"], ["run", "s.yaml"]),
        (["s.yaml": "province: ninh-binh\nhorzion: 2030\n"], ["run", "s.yaml"]),
        (["s.yaml": "province: ninh-binh\nmodel: drfit\n"], ["run", "s.yaml"]),
        (["s.yaml": "province: ninh-binh\nscenarios: many\n"], ["run", "s.yaml"]),
        (["s.yaml": "province: ninh-binh\nmilestones:\n  - {year: 2031, rank_at_most: 3}\n"], ["run", "s.yaml"]),
        (["s.yaml": "province: ninh-binh\nmilestones:\n  - {year: 2029, rank_at_most: 1}\n  - {year: 2030, better_than_previous_year: 1}\n"], ["run", "s.yaml"]),
        (["s.yaml": "province: ninh-binh\ninterventions:\n  - id: x\n    start: 2027\n    effects: [{indicator: \"4.2.9\", change: \"+1%\"}]\n"], ["run", "s.yaml"]),
        (["s.yaml": "province: [a\n"], ["run", "s.yaml"]),
        (["s.yaml": "province: &a ninh-binh\n"], ["run", "s.yaml"]),
        ([:], ["score", "--province", "Ha Nm"]),
        ([:], ["score", "--year", "2019"]),
        ([:], ["score", "--format", "xml"]),
        ([:], ["run"]),
        ([:], ["run", "s.yaml", "--threads", "abc"]),
        ([:], ["run", "s.yaml", "--batch", "3"]),
        ([:], ["run", "s.yaml", "--scenarios", "0"]),
        ([:], ["score", "--data-year", "1900"]),
        ([:], ["bogus"]),
        ([:], ["gap", "--province", "ninh-binh"]),
        ([:], ["gap", "--province", "ninh-binh", "--rank", "10", "--probability", "0.8"]),
        ([:], ["gap", "--province", "ninh-binh", "--rank", "40"]),
        ([:], ["gap", "--rank", "10", "--forecast", "2030"]),
        ([:], ["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--budget", "-1"]),
        ([:], ["optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--budget", "5", "--target-probability", "0.5"]),
        ([:], ["optimize", RunCommandTests.scenarioPath("ninh-binh-2030.yaml")]),
        ([:], ["backtest", "--horizon", "99"]),
        ([:], ["backtest", "--origins", "2006"]),
        ([:], ["backtest", "--models", "drfit"]),
        ([:], ["backtest", "--scenarios", "10"]),
        ([:], ["bench", "--width", "3"]),
        ([:], ["data", "template", "--year", "1900", "--out", "t.xlsx"]),
        ([:], ["data", "template", "--year", "2026", "--out", "t.txt"]),
        ([:], ["run", RunCommandTests.scenarioPath("ca-mau-2026.yaml"), "--scenarios", "100", "--out", "run.json"]),
        ([:], ["compare", RunCommandTests.scenarioPath("ca-mau-2026.yaml"), RunCommandTests.scenarioPath("ninh-binh-2030.yaml")]),
    ]

    @Test(arguments: 0..<mistakes.count)
    func everyRefusalIsVietnamese(number: Int) throws {
        let (files, arguments) = Self.mistakes[number]
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let result = try CommandRunner.runInVietnamese(arguments, in: directory)
        let said = result.error + (arguments[0] == "validate" ? result.output : "")
        #expect(result.status != 0, "pii \(arguments.joined(separator: " ")) was accepted")
        #expect(said.contains("Lỗi:") || said.contains("✗"), "\(said)")
        #expect(EnglishWords.found(in: said).isEmpty, "pii \(arguments.joined(separator: " ")): \(EnglishWords.found(in: said))\n\(said)")
        let english = try CommandRunner.run(arguments, in: directory)
        #expect(english.error.contains("Error:") || english.output.contains("✗"), "\(english.error)")
    }
}
