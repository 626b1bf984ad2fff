import PIIData
import PIIIndex
import PIIOptimisation
import PIIReports
import PIISimulation

/// The optimiser in a run's report: which version of each measure it funds, the odds with no
/// measure under the measures, the frontier and the task list by department.
extension PortfolioStudy: ReportSupplement {
    public var fundedVersions: [Int: Int]? {
        guard let best = result.best else { return nil }
        var funded: [Int: Int] = [:]
        for (measure, versions) in catalogue.versions.enumerated() {
            if let choice = best.choice[measure], let head = versions.first { funded[head] = choice }
        }
        return funded
    }

    public func measuresNote(in report: HTMLReport) -> String {
        let language = report.language
        return element("p", ["class": "note", "id": "no-measure-baseline"], escaped(report.label(
            .noMeasureBaseline, percent(verifiedNone.probability, in: language),
            "\(percent(verifiedNone.interval.lower, in: language))–\(percent(verifiedNone.interval.upper, in: language))",
            String(verifiedNone.trials))))
    }

    public func sections(in report: HTMLReport) -> [ReportSection] {
        [ReportSection(id: "optimiser", content: report.optimiser(self))]
    }
}

extension HTMLReport {
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
}
