import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIISimulation

/// What the run assumed: why the rank moves and the measures (with the optimiser's choice
/// when a supplement brings one).
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
        let chosen = supplements.lazy.compactMap(\.fundedVersions).first
        let funded = chosen ?? [:]
        let optimised = chosen != nil
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
        for supplement in supplements { content += supplement.measuresNote(in: self) }
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
}
