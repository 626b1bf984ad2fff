import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIISimulation

/// A run as one self-contained document (XHTML with inline CSS and SVG, no script, no
/// network, no external fonts) that opens in any browser and prints on A4: the summary, the
/// rank fan chart, the horizon's rank distribution, the pillars, the indicator gaps, the
/// rivals, the measures, and what a search adds (`supplements`: the optimiser's frontier and
/// task list, or the pathway's targets, from PIIOptimisationReports).
public struct HTMLReport: Sendable {
    public let run: RunReport
    public let supplements: [any ReportSupplement]

    public init(run: RunReport, supplements: [any ReportSupplement] = []) {
        self.run = run
        self.supplements = supplements
    }

    package var language: Language { run.language }
    package var plan: SimulationPlan { run.plan }
    var tally: SimulationTally { run.tally }
    var data: DataSet { run.data }
    package var framework: Framework { data.framework }
    var focus: Int { run.focus }
    var focusName: String { run.focusName }
    var horizon: Int { plan.scenario.horizon }
    package func label(_ label: Label, _ arguments: String...) -> String {
        label.filled(language, arguments)
    }

    /// The last data year's scores: the pillars and the indicator gaps.
    var current: YearScores { plan.scorer.score(plan.lastTable) }

    public func html() -> String {
        let scores = current
        var body = element("h1", [:], escaped(label(.reportTitle)))
        body += element("p", ["class": "subtitle"], escaped("\(plan.scenario.name.isEmpty ? focusName : plan.scenario.name)"))
        body += summary()
        body += section("fan", fanChart())
        body += section("distribution", distributionChart())
        body += section("rivals", rivalChart())
        body += section("pillars", pillarChart(scores))
        body += section("gaps", gapChart(scores))
        body += section("strengths", strengthsAndWeaknesses(scores))
        if let change = run.rankChange { body += section("rank-change", rankChangeSection(change)) }
        body += section("measures", measuresSection())
        for supplement in supplements {
            for extra in supplement.sections(in: self) { body += section(extra.id, extra.content) }
        }
        body += element("footer", [:], escaped("\(label(.generated)) · \(data.status(in: language))"))
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)">
            <head><meta charset="UTF-8"/><title>\(escaped(label(.reportTitle)) + " — " + escaped(focusName))</title><style>\(Self.style)</style></head>
            <body>\(body)</body>
            </html>

            """
    }

    private func section(_ id: String, _ content: String) -> String {
        element("section", ["id": id], content)
    }

    // MARK: Summary

    func outlook(_ probability: Double) -> (Label, String) {
        probability >= 0.8 ? (.onTrack, "good") : probability >= 0.5 ? (.atRisk, "risk") : (.offTrack, "poor")
    }

    private func summary() -> String {
        var rows = element("tr", [:], [Label.year, .milestone, .probability, .interval95, .outlook]
            .map { element("th", [:], escaped($0.text(language))) }.joined())
        for odds in run.milestoneOdds {
            let (text, style) = outlook(odds.probability)
            rows += element("tr", ["class": "milestone", "data-probability": String(odds.probability)], [
                element("td", [:], String(odds.milestone.year)),
                element("td", [:], escaped(run.describe(odds.milestone))),
                element("td", ["class": "number"], escaped(percent(odds.probability, in: language))),
                element("td", ["class": "number"], escaped("\(percent(odds.interval.lower, in: language))–\(percent(odds.interval.upper, in: language))")),
                element("td", [:], element("span", ["class": "badge \(style)"], escaped(text.text(language)))),
            ].joined())
        }
        let every = WilsonInterval(successes: tally.everyRankMilestone, trials: tally.scenarios)
        let whole = run.share(tally.everyRankMilestone)
        rows += element("tr", ["class": "plan", "data-probability": String(whole)], [
            element("td", [:], ""), element("td", [:], element("strong", [:], escaped(label(.wholePlan)))),
            element("td", ["class": "number"], element("strong", [:], escaped(percent(whole, in: language)))),
            element("td", ["class": "number"], escaped("\(percent(every.lower, in: language))–\(percent(every.upper, in: language))")),
            element("td", [:], element("span", ["class": "badge \(outlook(whole).1)"], escaped(outlook(whole).0.text(language)))),
        ].joined())
        let facts: [(Label, String)] = [
            (.province, focusName),
            (.lastData, ""),
            (.forecastModel, Phrase.model(plan.scenario.model.rawValue).text(language)),
            (.missingValueRule, plan.scenario.settings.missingValues.rawValue),
            (.scenarioCount, String(tally.scenarios)),
            (.seed, String(plan.scenario.seed)),
            (.everyMilestoneTogether, percent(run.share(tally.everyMilestone), in: language)),
        ]
        let factRows = facts.map { key, value -> String in
            if key == .lastData {
                return element("tr", [:], element("th", [:], escaped(label(.lastData, String(plan.fit.lastYear))))
                    + element("td", [:], escaped("\(label(.rank)) \(plan.lastRanks[focus].map(String.init) ?? "–")")))
            }
            return element("tr", [:], element("th", [:], escaped(key.text(language))) + element("td", [:], escaped(value)))
        }.joined()
        let status = element("p", ["class": data.panelIsIllustrative ? "status warning" : "status"], escaped(data.status(in: language)))
            + run.missingValueNote.lines(data.provinces, language: language).map {
                element("p", ["class": "status warning", "data-missing": ""], escaped("⚠ " + $0))
            }.joined()
        return element("section", ["id": "summary"],
            element("h2", [:], escaped(label(.summary)))
            + status
            + element("table", ["class": "milestones"], rows)
            + element("p", ["class": "note"], escaped(label(.outlookLegend)))
            + element("table", ["class": "facts"], factRows)
            + element("p", ["class": "note", "id": "method-note"], escaped(plan.scenario.model == .localLevel
                ? label(.methodNote) : label(.methodNoteOther, Phrase.model(plan.scenario.model.rawValue).text(language))))
            + (plan.notes.isEmpty ? "" : element("ul", ["class": "note"], plan.notes.map { element("li", [:], escaped($0.text(language))) }.joined()))
            + element("p", ["class": "command"], escaped(label(.reproduce)) + ": " + element("code", [:], escaped(run.command))))
    }
}
