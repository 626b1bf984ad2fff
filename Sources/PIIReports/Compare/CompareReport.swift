import Foundation
import PIIData
import PIIIndex
import PIISimulation

/// The outputs of `pii compare`: two scenarios of one province side by side — the odds of
/// every milestone, the median rank by year, each difference with its interval from the
/// scenario-by-scenario pairing, and what each of the second file's own measures adds.
public struct CompareReport: Sendable {
    public let data: DataSet
    public let comparison: ScenarioComparison
    /// The two files' names as the user gave them.
    public let names: (first: String, second: String)
    public let language: Language
    public let command: String

    public init(data: DataSet, comparison: ScenarioComparison, names: (String, String), language: Language, command: String) {
        self.data = data
        self.comparison = comparison
        self.names = names
        self.language = language
        self.command = command
    }

    var focusName: String { data.provinces[comparison.first.plan.scenario.province].name }

    func title(_ side: ScenarioComparison.Side, _ file: String) -> String {
        side.plan.scenario.name.isEmpty ? file : side.plan.scenario.name
    }

    /// A difference, signed, with its interval: "+76,2 (+75,6 … +76,8)".
    func withInterval(_ difference: ScenarioComparison.Difference, scale: Double = 1, digits: Int) -> String {
        let parts = [difference.difference, difference.lower, difference.upper].map { signed($0 * scale, digits: digits, in: language) }
        return "\(parts[0]) (\(parts[1]) … \(parts[2]))"
    }

    /// A difference of shares in percentage points.
    func points(_ difference: ScenarioComparison.Difference) -> String { withInterval(difference, scale: 100, digits: 1) }

    // MARK: Content

    /// The tables both renderings show: a title, its columns (right-aligned from `numbersFrom`
    /// on) and its rows.
    struct Section {
        var title: String
        var columns: [String]
        var numbersFrom: Int
        var rows: [[String]]
    }

    func text(_ label: Label, _ arguments: String...) -> String { label.filled(language, arguments) }

    var heading: String { text(.compareTitle, focusName) }

    var pairingNote: String {
        text(.comparePairing, String(comparison.first.scenarios), String(comparison.first.plan.scenario.seed))
    }

    var milestoneSection: Section {
        let a = comparison.first, b = comparison.second, pillars = data.framework.pillars
        var rows = comparison.milestones.map { row -> [String] in
            [String(row.milestone.year), RunReport.describe(row.milestone, pillars: pillars, language: language),
             row.first.map { percent(share(a.tally.milestoneHits[$0], a), in: language) } ?? "–",
             row.second.map { percent(share(b.tally.milestoneHits[$0], b), in: language) } ?? "–",
             row.difference.map(points) ?? text(.oneSideOnly)]
        }
        let every = comparison.everyRankMilestone
        rows.append(["", text(.everyRankMilestoneTogether), percent(every.first, in: language), percent(every.second, in: language), points(every)])
        return Section(title: text(.compareOdds), columns: [Label.year.text(language), text(.milestone), "A", "B", text(.differencePoints)],
                       numbersFrom: 2, rows: rows)
    }

    var yearSection: Section {
        let rows = comparison.years.map { row -> [String] in
            [String(row.year), row.firstMedian.map(String.init) ?? "–", row.secondMedian.map(String.init) ?? "–",
             withInterval(row.meanRank, digits: 2)]
        }
        return Section(title: text(.compareRanks, focusName),
                       columns: [Label.year.text(language), text(.medianRankOf, "A"), text(.medianRankOf, "B"), text(.meanRankDifference)],
                       numbersFrom: 1, rows: rows)
    }

    /// B's own measures, the one whose removal costs most first; nil when B has none.
    var measureSection: Section? {
        guard !comparison.measureEffects.isEmpty else { return nil }
        let b = comparison.second
        let effects = comparison.measureEffects.sorted {
            ($1.everyRankMilestone.difference, $0.intervention) < ($0.everyRankMilestone.difference, $1.intervention)
        }
        let rows = effects.map { effect -> [String] in
            let measure = b.plan.scenario.interventions[effect.intervention]
            var dropped = effect.everyRankMilestone
            (dropped.difference, dropped.lower, dropped.upper) = (-dropped.difference, -dropped.upper, -dropped.lower)
            return [measure.name.isEmpty ? measure.id : measure.name, measure.owner,
                    measure.cost == 0 ? "–" : compact(measure.cost, in: language), points(dropped)]
        }
        return Section(title: text(.compareMeasures),
                       columns: [text(.ownMeasureOfB), Label.owner.text(language), text(.costColumn), text(.withoutItPoints)],
                       numbersFrom: 2, rows: rows)
    }

    /// What the measures section says besides its table.
    var measureNotes: [String] {
        (comparison.measureEffects.isEmpty ? [text(.noOwnMeasures)] : [])
            + (comparison.onlyFirst.isEmpty ? [] : [text(.measuresOnlyInA, comparison.onlyFirst.joined(separator: ", "))])
    }

    // MARK: Table

    public func table() -> String {
        let a = comparison.first, b = comparison.second
        func render(_ section: Section) -> String {
            var table = TextTable(section.columns.enumerated().map { .init($1, $0 >= section.numbersFrom ? .right : .left) })
            for row in section.rows { table.add(row) }
            return wrapped(section.title) + "\n" + table.render()
        }
        var output = heading + "\n"
        output += wrapped("A: \(title(a, names.first))") + "\n" + wrapped("B: \(title(b, names.second))") + "\n"
        output += wrapped(pairingNote) + "\n\n"
        output += render(milestoneSection) + "\n" + render(yearSection) + "\n"
        if let measures = measureSection { output += render(measures) }
        for note in measureNotes { output += wrapped(note) + "\n" }
        output += wrapped(data.status(in: language)) + "\n"
        output += wrapped(Label.reproduce.text(language) + ": " + command) + "\n"
        return output
    }

    // MARK: HTML

    /// The comparison as a self-contained document in the style of the run's report: the
    /// tables above and the two median rank paths.
    public func html() -> String {
        let a = comparison.first, b = comparison.second
        func render(_ section: Section, id: String) -> String {
            let header = element("tr", [:], section.columns.map { element("th", [:], escaped($0)) }.joined())
            let rows = section.rows.map { row in
                element("tr", ["class": id], row.enumerated().map { c, cell in
                    element("td", c >= section.numbersFrom ? ["class": "number"] : [:], escaped(cell))
                }.joined())
            }.joined()
            return keptTogether(element("h2", [:], escaped(section.title)) + element("table", ["class": id == "measure" ? "measures" : id], header + rows))
        }
        var body = element("h1", [:], escaped(heading))
        body += element("p", ["class": "subtitle"], escaped("A: \(title(a, names.first))") + element("br") + escaped("B: \(title(b, names.second))"))
        body += element("p", ["class": "note"], escaped(pairingNote))
        body += element("section", ["id": "compare-milestones"], render(milestoneSection, id: "milestone"))
        body += element("section", ["id": "compare-ranks"], render(yearSection, id: "year") + rankChart())
        body += element("section", ["id": "compare-measures"],
                        (measureSection.map { render($0, id: "measure") } ?? element("h2", [:], escaped(text(.compareMeasures))))
                        + measureNotes.map { element("p", ["class": "note"], escaped($0)) }.joined())
        body += element("p", ["class": "command"], escaped(Label.reproduce.text(language)) + ": " + element("code", [:], escaped(command)))
        body += element("footer", [:], escaped("\(Label.generated.text(language)) · \(data.status(in: language))"))
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)">
            <head><meta charset="UTF-8"/><title>\(escaped(heading))</title><style>\(HTMLReport.style)</style></head>
            <body>\(body)</body>
            </html>

            """
    }

    /// The focus province's median rank each year under A (grey) and B (blue), from the last
    /// edition's rank.
    private func rankChart() -> String {
        let a = comparison.first, rows = comparison.years
        guard !rows.isEmpty else { return "" }
        let last = a.plan.fit.lastYear, start = a.plan.lastRanks[a.plan.scenario.province].map(Double.init)
        let medians = [rows.map { $0.firstMedian.map(Double.init) }, rows.map { $0.secondMedian.map(Double.init) }]
        let all = medians.flatMap { $0.compactMap { $0 } } + (start.map { [$0] } ?? [])
        let low = max(0.5, (all.min() ?? 1) - 1), high = min(Double(data.provinces.count) + 0.5, (all.max() ?? 10) + 1)
        let area = PlotArea(width: 720, height: 260, left: 56, right: 110, top: 16, bottom: 44,
                            xRange: Double(last)...Double(rows.last!.year), yRange: low...high, yDownwards: true)
        var svg = area.axes(
            xTicks: ([last] + rows.map(\.year)).map { (Double($0), String($0)) },
            yTicks: niceTicks(low...high, count: 6).filter { $0 >= 1 }.map { ($0, String(Int($0))) },
            xTitle: Label.yearAxis.text(language), yTitle: Label.medianRank.text(language))
        for (n, (name, colour)) in [("A", "#999999"), ("B", "#08306b")].enumerated() {
            let points = (start.map { [(Double(last), $0)] } ?? [])
                + zip(rows, medians[n]).compactMap { row, median in median.map { (Double(row.year), $0) } }
            guard let end = points.last else { continue }
            svg += area.line(points, class: "path", extra: ["style": "stroke:\(colour)", "data-scenario": name])
            svg += element("text", ["x": coordinate(area.x(end.0) + 6), "y": coordinate(area.y(end.1) + 4 + (n == 0 ? -6 : 6)),
                                    "class": "value", "style": "fill:\(colour)"], escaped("\(name): \(Int(end.1))"))
        }
        return element("figure", [:], area.svg(id: "compare-ranks", title: yearSection.title, svg))
    }

    private func share(_ count: Int, _ side: ScenarioComparison.Side) -> Double {
        side.scenarios == 0 ? 0 : Double(count) / Double(side.scenarios)
    }

    // MARK: JSON

    public func json() -> JSONValue {
        let a = comparison.first, b = comparison.second, pillars = data.framework.pillars
        func difference(_ d: ScenarioComparison.Difference) -> JSONValue {
            .object([("first", .number(d.first)), ("second", .number(d.second)), ("difference", .number(d.difference)),
                     ("interval", .array([.number(d.lower), .number(d.upper)]))])
        }
        let milestones: [JSONValue] = comparison.milestones.map { row in
            .object([
                ("year", .integer(row.milestone.year)),
                ("condition", .string(RunReport.describe(row.milestone, pillars: pillars, language: .en))),
                ("first", row.first.map { .number(share(a.tally.milestoneHits[$0], a)) } ?? .null),
                ("second", row.second.map { .number(share(b.tally.milestoneHits[$0], b)) } ?? .null),
                ("difference", row.difference.map(difference) ?? .null),
            ])
        }
        let years: [JSONValue] = comparison.years.map { row in
            .object([("year", .integer(row.year)), ("first_median", .integer(row.firstMedian)),
                     ("second_median", .integer(row.secondMedian)), ("mean_rank", difference(row.meanRank))])
        }
        let measures: [JSONValue] = comparison.measureEffects.map { effect in
            let measure = b.plan.scenario.interventions[effect.intervention]
            return .object([("id", .string(measure.id)), ("name", .string(measure.name)), ("cost", .number(measure.cost)),
                            ("every_rank_milestone_without_and_with", difference(effect.everyRankMilestone))])
        }
        return .object([
            ("province", .string(data.provinces[a.plan.scenario.province].id)),
            ("first", .object([("file", .string(names.first)), ("name", .string(a.plan.scenario.name))])),
            ("second", .object([("file", .string(names.second)), ("name", .string(b.plan.scenario.name))])),
            ("scenarios", .integer(a.scenarios)),
            ("seed", .integer(Int(exactly: a.plan.scenario.seed))),
            ("milestones", .array(milestones)),
            ("every_rank_milestone", difference(comparison.everyRankMilestone)),
            ("years", .array(years)),
            ("measures_only_in_second", .array(measures)),
            ("measures_only_in_first", .array(comparison.onlyFirst.map { .string($0) })),
            ("data", .object([("illustrative", .bool(data.panelIsIllustrative))])),
        ])
    }
}
