import PIIData
import PIIIndex
import PIIOptimisation
import PIIReports
import PIISimulation

/// `pii gap --probability --report`: the pathways after the run that checks the first one.
extension PathwayReport: ReportSupplement {
    public func sections(in report: HTMLReport) -> [ReportSection] {
        [ReportSection(id: "pathway", content: report.pathwaySection(self))]
    }
}

extension HTMLReport {
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
