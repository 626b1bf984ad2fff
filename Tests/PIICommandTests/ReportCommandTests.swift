import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The HTML report: well-formed XML, every chart present, its numbers the run's.
@Suite struct ReportCommandTests {
    /// Every element of an XML document with its attributes and text.
    final class Collector: NSObject, XMLParserDelegate {
        struct Node {
            var name: String
            var attributes: [String: String]
            var text = ""
        }
        var nodes: [Node] = []
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            nodes.append(Node(name: name, attributes: attributes))
            open.append(nodes.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for n in open { nodes[n].text += string }
        }

        func elements(_ name: String, _ attribute: String? = nil) -> [Node] {
            nodes.filter { $0.name == name && (attribute.map { $0 == "" } ?? true || $0.attributes[attribute!] != nil) }
        }
    }

    func parse(_ file: URL) throws -> Collector {
        let parser = try #require(XMLParser(contentsOf: file))
        let collector = Collector()
        parser.delegate = collector
        let parsed = parser.parse()
        #expect(parsed, "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
        return collector
    }

    static let arguments = ["--scenarios", "600", "--seed", "5"]

    /// `pii gap --probability --report`: the run's report with the pathways' section, whose
    /// rows are the pathway's steps.
    @Test func aPathwayReportIsWellFormedAndListsItsTargets() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("pathway.html")
        let made = try CommandRunner.run(["gap", "--scenario", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), "--rank", "12",
                                          "--forecast", "2026", "--scenarios", "300", "--probability", "0.5,0.8", "--check", "500",
                                          "--report", file.path, "--format", "json"])
        #expect(made.status == 0, "\(made.error)")
        let report = try parse(file)
        #expect(report.elements("section").contains { $0.attributes["id"] == "pathway" })
        let pathways = try #require(try JSONSerialization.jsonObject(with: Data(made.output.utf8)) as? [String: Any])["pathways"] as? [[String: Any]]
        let steps = (pathways ?? []).flatMap { ($0["steps"] as? [[String: Any]]) ?? [] }
        #expect(!steps.isEmpty)
        #expect(report.elements("tr").filter { $0.attributes["class"] == "step" }.count == steps.count)
        #expect(report.elements("tr").filter { $0.attributes["class"] == "pathway" }.count == 2)
    }

    @Test func theReportIsWellFormedAndItsNumbersAreTheRunsOwn() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("report.html")
        let scenario = RunCommandTests.scenarioPath("ninh-binh-plan.yaml")
        let made = try CommandRunner.runInVietnamese(["report", scenario, "--out", file.path] + Self.arguments)
        #expect(made.status == 0, "\(made.error)")
        let report = try parse(file)
        let charts = report.elements("svg").compactMap { $0.attributes["id"] }
        #expect(charts == ["fan-chart", "rank-distribution", "rivals", "pillars", "indicator-gaps"])
        #expect(report.elements("script").isEmpty)
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("http://fonts"))

        let run = try CommandRunner.runInVietnamese(["run", scenario, "--format", "json"] + Self.arguments)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        // Milestones: the same probabilities, in the same order.
        let milestones = try #require(json["milestones"] as? [[String: Any]]).compactMap { $0["probability"] as? Double }
        let rows = report.nodes.filter { $0.name == "tr" && $0.attributes["class"] == "milestone" }
        let shown = rows.compactMap { $0.attributes["data-probability"].flatMap(Double.init) }
        #expect(shown.count == milestones.count)
        // The JSON writes 15 significant digits.
        #expect(zip(shown, milestones).allSatisfy { abs($0 - $1) < 1e-12 }, "\(shown) vs \(milestones)")
        // The fan chart's medians and 90 % bands are the run's quantiles of each year.
        let years = try #require(json["years"] as? [[String: Any]])
        let points = report.nodes.filter { $0.name == "circle" && $0.attributes["class"] == "median-point" }
        #expect(points.count == years.count)
        for (point, year) in zip(points, years) {
            #expect(point.attributes["data-year"].flatMap(Int.init) == year["year"] as? Int)
            #expect(point.attributes["data-median"].flatMap(Int.init) == year["median"] as? Int)
            #expect(point.attributes["data-p5"].flatMap(Int.init) == year["p5"] as? Int)
            #expect(point.attributes["data-p95"].flatMap(Int.init) == year["p95"] as? Int)
        }
        // The horizon's distribution: one bar per rank reached, shares of the run's counts.
        let counts = try #require(years.last?["rank_counts"] as? [Int])
        let total = Double(counts.reduce(0, +))
        for bar in report.nodes where bar.name == "rect" && bar.attributes["data-rank"] != nil {
            let rank = try #require(bar.attributes["data-rank"].flatMap(Int.init))
            let share = try #require(bar.attributes["data-share"].flatMap(Double.init))
            #expect(abs(share - Double(counts[rank - 1]) / total) < 1e-12)
        }
        // Why the rank moves: a row per pillar, the run's own contributions.
        let change = try #require(json["rank_change"] as? [String: Any])
        let contributions = try #require(change["pillars"] as? [[String: Any]]).compactMap { $0["contribution"] as? Double }
        let shownContributions = report.elements("tr").filter { $0.attributes["class"] == "pillar-change" }
            .compactMap { $0.attributes["data-contribution"].flatMap(Double.init) }
        #expect(shownContributions.count == 7 && zip(shownContributions, contributions).allSatisfy { abs($0 - $1) < 1e-12 })
        // The pillars at the horizon's median forecast, beside the last edition: the run's own
        // scores, which make its forecast index (input pillars P1–P5 a tenth each, output P6–P7
        // a quarter each, in the embedded framework).
        let forecast = try #require(change["pillars"] as? [[String: Any]]).compactMap { $0["forecast_score"] as? Double }
        let forecastBars = report.nodes.filter { $0.name == "rect" && $0.attributes["class"] == "bar forecast" }
            .compactMap { $0.attributes["data-score"].flatMap(Double.init) }
        #expect(forecastBars.count == 7 && zip(forecastBars, forecast).allSatisfy { abs($0 - $1) < 1e-12 })
        let index = forecast.prefix(5).reduce(0, +) / 10 + forecast.suffix(2).reduce(0, +) / 4
        #expect(abs(index - (change["to_score"] as? Double ?? .nan)) < 1e-9, "\(index) vs \(change["to_score"] ?? "none")")
        // Every indicator has its gap bar (the last edition) and its mark at the horizon's
        // median forecast, the run's own gaps, which the plan moves; Vietnamese labels keep
        // their diacritics.
        let gapBars = report.nodes.filter { $0.name == "rect" && $0.attributes["data-indicator"] != nil }
        #expect(gapBars.count == 52)
        let forecastGaps = try #require(change["indicators"] as? [[String: Any]]).reduce(into: [String: Double]()) {
            $0[$1["code"] as? String ?? ""] = $1["forecast_gap_to_average"] as? Double
        }
        let marks = report.nodes.filter { $0.name == "path" && $0.attributes["class"] == "gap-forecast" }
        #expect(marks.count == 52)
        for mark in marks {
            let code = mark.attributes["data-indicator"] ?? ""
            let gap = try #require(mark.attributes["data-gap"].flatMap(Double.init))
            #expect(abs(gap - (forecastGaps[code] ?? .nan)) < 1e-12, "\(code)")
        }
        let lastGaps = Dictionary(uniqueKeysWithValues: gapBars.map { ($0.attributes["data-indicator"] ?? "", Double($0.attributes["data-gap"] ?? "") ?? .nan) })
        #expect(marks.filter { abs((Double($0.attributes["data-gap"] ?? "") ?? 0) - (lastGaps[$0.attributes["data-indicator"] ?? ""] ?? 0)) > 1 }.count > 10)
        let text = report.nodes.first { $0.name == "body" }?.text ?? ""
        for phrase in ["Thứ hạng dự báo của Ninh Bình", "Phân bố thứ hạng năm 2030", "Khoảng cách của từng chỉ số", "Sở Khoa học và Công nghệ", "Điểm mạnh"] {
            #expect(text.contains(phrase), "missing: \(phrase)")
        }
        // The method note states the model's backtest figures (docs/forecasting.md), and what
        // three editions cannot tell.
        let note = report.nodes.first { $0.attributes["id"] == "method-note" }?.text ?? ""
        #expect(note.contains("local-level") && note.contains("0,94–0,97") && note.contains("0,90–0,95"))
        #expect(text.contains("ba kỳ không đủ để biết") && !text.contains("three editions cannot tell"))
    }

    @Test func runAndOptimizeWriteTheReportToo() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let english = directory.appendingPathComponent("run.html")
        let run = try CommandRunner.runInVietnamese(["run", RunCommandTests.scenarioPath("ca-mau-2026.yaml"), "--report", english.path, "--lang", "en"] + Self.arguments)
        #expect(run.status == 0, "\(run.error)")
        let runReport = try parse(english)
        #expect(runReport.nodes.first { $0.name == "body" }?.text.contains("Forecast rank of Cà Mau") == true)

        let optimised = directory.appendingPathComponent("plan.html")
        let optimise = try CommandRunner.runInVietnamese([
            "optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "160", "--verify", "320",
            "--report", optimised.path,
        ])
        #expect(optimise.status == 0, "\(optimise.error)")
        let report = try parse(optimised)
        #expect(report.elements("svg").compactMap { $0.attributes["id"] }.contains("frontier"))
        #expect(report.nodes.contains { $0.name == "table" && $0.attributes["class"] == "tasks" })
        // Every measure is listed, the chosen ones first and marked; the no-measure baseline
        // is stated.
        let optimiseJSON = try CommandRunner.runInVietnamese([
            "optimize", RunCommandTests.scenarioPath("ninh-binh-plan.yaml"), "--scenarios", "160", "--verify", "320", "--format", "json",
        ])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(optimiseJSON.output.utf8)) as? [String: Any])
        let chosen = (document["chosen"] as? [String: Any])?["measures"] as? [Any]
        let rows = report.elements("tr").filter { $0.attributes["data-measure"] != nil }
        #expect(rows.count == 22)
        let marked = rows.filter { $0.attributes["class"] == "measure chosen" }
        #expect(marked.count == chosen?.count && !marked.isEmpty)
        #expect(rows.prefix(marked.count).allSatisfy { $0.attributes["class"] == "measure chosen" })
        #expect(report.nodes.first { $0.attributes["id"] == "no-measure-baseline" }?.text.contains("Không có biện pháp nào: xác suất") == true)
        // A run's report lists its measures too; business as usual says it has none.
        #expect(runReport.elements("tr").filter { $0.attributes["data-measure"] != nil }.count == 2)
        let usual = directory.appendingPathComponent("usual.html")
        _ = try CommandRunner.runInVietnamese(["run", RunCommandTests.scenarioPath("ninh-binh-2030.yaml"), "--report", usual.path, "--lang", "en"] + Self.arguments)
        #expect(try parse(usual).nodes.first { $0.name == "body" }?.text.contains("The scenario has no measures") == true)
    }

    /// Screenshots and terminal captures are kept in the build folder for a person to look at.
    static let screenshotFolder: URL = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return folder
    }()
}
