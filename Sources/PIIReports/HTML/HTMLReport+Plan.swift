import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIIOptimisation
import PIISimulation

/// What the run assumed and what it asks: why the rank moves, the measures, the optimiser's
/// choice and tasks, the pathway's targets.
extension HTMLReport {
    // MARK: Why the rank moves

    func rankChangeSection(_ change: RankChange) -> String {
        let content = run.rankChangeContent(change)
        let header = element("tr", [:], content.columns.map { element("th", [:], escaped($0)) }.joined())
        let rows = zip(content.rows, change.pillarContributions).map { row, contribution in
            element("tr", ["class": "pillar-change", "data-contribution": String(contribution)], row.enumerated().map { c, cell in
                element("td", c == 2 ? ["class": "number"] : [:], escaped(cell))
            }.joined())
        }.joined()
        return keptTogether(element("h2", [:], escaped(label(.rankChangeTitle)))
            + element("p", [:], escaped(content.summary))
            + element("table", ["class": "rank-change"], header + rows)
            + (content.remainderNote.map { element("p", ["class": "note"], escaped($0)) } ?? ""))
    }

    // MARK: Measures

    /// What the run assumed: every measure of the scenario file (its other versions left out),
    /// the focus province's and rivals' alike, with what it moves, when and at what cost; with
    /// the optimiser, which it chose (chosen first) and the odds with no measure at all.
    func measuresSection() -> String {
        let measures = plan.scenario.interventions.indices.filter { !plan.scenario.interventions[$0].isVersion }
        var content = element("h2", [:], escaped(label(.measuresTitle)))
        guard !measures.isEmpty else {
            return content + element("p", ["class": "note"], escaped(label(.noMeasures)))
        }
        // The version the optimiser funds, per measure (nil: left out).
        var funded: [Int: Int] = [:]
        if let study, let best = study.result.best {
            for (measure, versions) in study.catalogue.versions.enumerated() {
                if let choice = best.choice[measure], let head = versions.first { funded[head] = choice }
            }
        }
        let optimised = study?.result.best != nil
        let order = optimised ? measures.filter { funded[$0] != nil } + measures.filter { funded[$0] == nil } : measures
        var headers = [label(.measure), Label.owner.text(language), label(.effectsColumn), label(.startColumn), label(.rampColumn), label(.costColumn)]
        if optimised { headers.append(label(.optimiserChoice)) }
        var rows = element("tr", [:], headers.map { element("th", [:], escaped($0)) }.joined())
        for n in order {
            let measure = plan.scenario.interventions[n]
            let shown = funded[n].map { plan.scenario.interventions[$0] } ?? measure
            var name = measure.name.isEmpty ? measure.id : measure.name
            if measure.province != focus { name += " (\(data.provinces[measure.province].name))" }
            var cells = [
                element("td", [:], escaped(name)),
                element("td", [:], escaped(measure.owner.isEmpty ? Label.noOwner.text(language) : measure.owner)),
                element("td", [:], shown.effects.map { escaped(effectText($0)) }.joined(separator: element("br"))),
                element("td", ["class": "number"], String(shown.start)),
                element("td", ["class": "number"], String(shown.rampYears)),
                element("td", ["class": "number"], escaped(shown.cost == 0 ? "–" : compact(shown.cost, in: language))),
            ]
            if optimised {
                let choice = funded[n].map { $0 == n ? label(.chosen) : label(.chosenVersion, plan.scenario.interventions[$0].id) }
                    ?? (measure.province == focus ? label(.leftOut) : label(.rivalMeasure))
                cells.append(element("td", [:], escaped(choice)))
            }
            rows += element("tr", ["class": funded[n] != nil ? "measure chosen" : "measure", "data-measure": measure.id], cells.joined())
        }
        content += element("table", ["class": "measures"], rows)
        if let study {
            let none = study.verifiedNone
            content += element("p", ["class": "note", "id": "no-measure-baseline"], escaped(label(
                .noMeasureBaseline, percent(none.probability, in: language),
                "\(percent(none.interval.lower, in: language))–\(percent(none.interval.upper, in: language))", String(none.trials))))
        }
        return content
    }

    /// "6.1.1 Số đơn đăng ký sáng chế: +40 %", "…: lên trung bình cả nước".
    func effectText(_ effect: Intervention.Effect) -> String {
        let node = framework.indicators[effect.indicator]
        let change: String
        switch effect.change {
        case .relative(let share): change = signed(share * 100, in: language) + "\u{00A0}%"
        case .absolute(let amount):
            let unit = node.unit(in: language)
            change = signed(amount, in: language) + (unit.isEmpty ? "" : " " + unit)
        case .reachNationalAverage: change = label(.reachAverage)
        case .reachProvince(let q): change = label(.reachProvince, data.provinces[q].name)
        case .reachBest: change = label(.reachBest)
        }
        let uncertainty = effect.uncertainty > 0
            ? " (" + label(.uncertaintyShort, compact(effect.uncertainty * 100, in: language) + "\u{00A0}%") + ")" : ""
        return "\(node.code) \(node.name(in: language)): \(change)\(uncertainty)"
    }

    // MARK: Optimiser

    func optimiser(_ study: PortfolioStudy) -> String {
        let heading = element("h2", [:], escaped(label(.optimiserTitle)))
        let points = study.frontier
        let maxCost = max(points.map(\.cost).max() ?? 1, 1)
        let maxP = max(points.map(\.probability).max() ?? 0.01, study.verified?.probability ?? 0, 0.01)
        let top = min(100, (maxP * 100 / 10).rounded(.up) * 10)
        let area = PlotArea(width: 720, height: 260, left: 56, right: 24, top: 16, bottom: 44, xRange: 0...maxCost, yRange: 0...top)
        var svg = area.axes(xTicks: niceTicks(0...maxCost, count: 6).map { ($0, compact($0, in: language)) },
                            yTicks: niceTicks(0...top, count: 5).map { ($0, String(Int($0))) },
                            xTitle: label(.costAxis), yTitle: label(.probability) + " (%)")
        var steps: [(Double, Double)] = []
        for point in points.sorted(by: { $0.cost < $1.cost }) {
            if let previous = steps.last { steps.append((point.cost, previous.1)) }
            steps.append((point.cost, point.probability * 100))
        }
        svg += area.line(steps, class: "frontier")
        for point in points {
            svg += element("circle", ["cx": coordinate(area.x(point.cost)), "cy": coordinate(area.y(point.probability * 100)), "r": "3",
                                      "class": "frontier-point", "data-cost": String(point.cost), "data-probability": String(point.probability)])
        }
        var reading = ""
        if let best = study.result.best, let verified = study.verified {
            let cost = study.catalogue.cost(best)
            svg += element("circle", ["cx": coordinate(area.x(cost)), "cy": coordinate(area.y(verified.probability * 100)), "r": "6", "class": "chosen"])
            reading = label(.frontierReading, String(best.count), compact(cost, in: language), percent(verified.probability, in: language))
        }
        return keptTogether(heading + element("h3", [:], escaped(label(.frontierTitle)))
            + element("figure", [:], area.svg(id: "frontier", title: label(.frontierTitle), svg) + element("figcaption", ["class": "reading"], escaped(reading))))
            + tasks(study)
    }

    private func tasks(_ study: PortfolioStudy) -> String {
        guard !study.targets.isEmpty else { return "" }
        var owners: [String] = []
        for target in study.targets where !owners.contains(target.owner) { owners.append(target.owner) }
        // The title goes with the first department's table.
        var content = ""
        var title = element("h3", [:], escaped(label(.tasksTitle)))
        for owner in owners {
            var rows = element("tr", [:], ([label(.measure), Label.indicator.text(language)] + plan.years.map(String.init))
                .map { element("th", [:], escaped($0)) }.joined())
            for target in study.targets where target.owner == owner {
                let node = framework.indicators[target.indicator]
                rows += element("tr", [:], element("td", [:], escaped(study.catalogue.interventions[target.intervention].name))
                    + element("td", [:], escaped("\(node.code) \(node.name(in: language))"))
                    + plan.years.indices.map { y in
                        element("td", ["class": "number"], escaped(compact(target.withPortfolio[y], in: language))
                            + element("br") + element("span", ["class": "muted"], escaped("(\(compact(target.withoutMeasures[y], in: language)))")))
                    }.joined())
            }
            content += keptTogether(title + element("h4", [:], escaped(owner.isEmpty ? Label.noOwner.text(language) : owner)) + element("table", ["class": "tasks"], rows))
            title = ""
        }
        content += element("p", ["class": "note"], escaped("(…) = \(label(.withoutMeasures))"))
        return content
    }

    // MARK: Pathway

    /// Each probability's cost and odds, then its targets by department, year by year.
    func pathwaySection(_ report: PathwayReport) -> String {
        let heading = element("h2", [:], escaped(Phrase.pathwaySectionTitle.text(language)))
            + element("p", [:], escaped(Phrase.metTogether(report.milestones.map(report.describe).joined(separator: ", ")).text(language)))
        var summary = element("tr", [:], [Phrase.targetProbabilityHeading.text(language), Phrase.costHeading.text(language),
                                           Phrase.searchHeading.text(language), Phrase.freshCheckHeading.text(language)]
            .map { element("th", [:], escaped($0)) }.joined())
        for result in report.results {
            summary += element("tr", ["class": "pathway", "data-probability": String(result.pathway.probability),
                                      "data-fresh": String(result.freshProbability)], [
                element("td", ["class": "number"], escaped(percent(result.pathway.probability, in: language))),
                element("td", ["class": "number"], escaped(compact(result.pathway.cost, in: language))),
                element("td", ["class": "number"], escaped(percent(result.pathway.searchProbability, in: language))),
                element("td", ["class": "number"], escaped(
                    "\(percent(result.freshProbability, in: language)) (\(percent(result.interval.lower, in: language))–\(percent(result.interval.upper, in: language)))")),
            ].joined())
        }
        var content = keptTogether(heading + element("table", ["class": "summary"], summary))
        for result in report.results {
            // Each probability's title goes with its first department's table.
            var title = element("h3", [:], escaped((Phrase.probabilityAtLeastPrefix.text(language)) + percent(result.pathway.probability, in: language)))
            let steps = report.steps(result.pathway)
            var owners: [String] = []
            for step in steps where !owners.contains(framework.indicators[step.indicator].owner) {
                owners.append(framework.indicators[step.indicator].owner)
            }
            for owner in owners {
                var rows = element("tr", [:], [Label.indicator.text(language), Label.year.text(language), Phrase.requiredHeading.text(language),
                                               Phrase.noMeasuresLong.text(language), Label.unit.text(language)]
                    .map { element("th", [:], escaped($0)) }.joined())
                for step in steps where framework.indicators[step.indicator].owner == owner {
                    let node = framework.indicators[step.indicator]
                    rows += element("tr", ["class": "step", "data-indicator": node.code, "data-year": String(step.year)], [
                        element("td", [:], escaped("\(node.code) \(node.name(in: language))")),
                        element("td", ["class": "number"], String(step.year)),
                        element("td", ["class": "number"], escaped(compact(step.required, in: language))),
                        element("td", ["class": "number muted"], escaped(compact(step.median, in: language))),
                        element("td", [:], escaped(node.unit(in: language))),
                    ].joined())
                }
                content += keptTogether(title + element("h4", [:], escaped(owner.isEmpty ? Label.noOwner.text(language) : owner))
                    + element("table", ["class": "tasks"], rows))
                title = ""
            }
        }
        return content
    }
}
