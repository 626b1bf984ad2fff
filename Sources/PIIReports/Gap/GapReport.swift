import Foundation
import PIIData
import PIIIndex
import PIIGap

/// The outputs of `pii gap`: the cheapest improvement that reaches a rank, indicator by
/// indicator, and what the plan's other target (every indicator at the national average) is
/// worth on its own.
public struct GapReport: Sendable {
    public let data: DataSet
    public let province: Int
    public let targetRank: Int
    /// What the values are: "2025", or "median forecast for 2030 (…)".
    public let basis: String
    public let answer: GapSolver.Answer
    public let average: GapSolver.Answer
    /// Whether a cost file priced the indicators (otherwise costs are normalised points).
    public let priced: Bool
    /// On a median forecast: the share of the Monte Carlo scenarios in which the province holds
    /// the rank without any change, which the median path hides.
    public let odds: Double?
    /// The method the answer was computed with (recorded in the JSON).
    public let settings: MethodSettings
    public let language: Language

    /// What the indicators of `province` must reach for `targetRank` with every other
    /// province at `table` (`pii gap`, the pathway page): the cheapest solution and every
    /// indicator at the national average. `basis` names the table in messages (its year).
    public static func solve(
        data: DataSet, table: IndicatorTable, province p: Int, targetRank rank: Int, basis: String, costs: [IndicatorCost?]?,
        odds: Double?, settings: MethodSettings, language: Language
    ) throws -> GapReport {
        guard (0..<data.framework.indicators.count).contains(where: { table[p, $0] != nil }) else {
            throw UserError(.provinceWithoutValues(data.provinces[p].name, in: "\(basis) (\(data.panelDescription))"))
        }
        guard rank >= 1 && rank <= data.provinces.count else {
            throw UserError(.rankBeyond(rank, provinces: data.provinces.count))
        }
        let costs = costs ?? [IndicatorCost?](repeating: nil, count: data.framework.indicators.count)
        let solver = GapSolver(scorer: BatchScorer(framework: data.framework, settings: settings))
        let answer = solver.solve(table, province: p, targetRank: rank, costs: costs)
        let lifted = GapSolver.atNationalAverage(table, province: p, framework: data.framework)
        let average = solver.describe(original: table, solved: lifted, province: p, costs: costs)
        return GapReport(
            data: data, province: p, targetRank: rank, basis: basis, answer: answer, average: average,
            priced: costs.contains { $0?.costPerUnit != nil }, odds: odds, settings: settings, language: language)
    }

    public init(
        data: DataSet, province: Int, targetRank: Int, basis: String, answer: GapSolver.Answer,
        average: GapSolver.Answer, priced: Bool, odds: Double? = nil, settings: MethodSettings = .standard, language: Language
    ) {
        self.settings = settings
        self.data = data
        self.province = province
        self.targetRank = targetRank
        self.basis = basis
        self.answer = answer
        self.average = average
        self.priced = priced
        self.odds = odds
        self.language = language
    }

    var name: String { data.provinces[province].name }
    var framework: Framework { data.framework }
    var costUnit: String {
        priced ? (Phrase.costLower.text(language)) : (Phrase.normalisedPoints.text(language))
    }

    private func rank(_ value: Int?) -> String { value.map(String.init) ?? "–" }

    private func treatment(_ indicator: Int) -> String { framework.indicators[indicator].code }

    // MARK: Table

    public func table() -> String {
        var text = (Phrase.gapTitle(targetRank, name, basis).text(language)) + "\n"
        text += wrapped(headline()) + "\n"
        if !answer.overtaken.isEmpty {
            let names = answer.overtaken.map { data.provinces[$0].name }.joined(separator: ", ")
            text += wrapped((Phrase.overtakesLine.text(language)) + names) + "\n"
        }
        if answer.changes.isEmpty {
            text += answer.reached
                ? (Phrase.targetRankHeld.text(language))
                : ""
        } else {
            text += "\n" + changesTable(answer)
            if answer.changes.contains(where: \.isNewMaximum) {
                text += wrapped(Phrase.becomesBestValue.text(language)) + "\n"
            }
        }
        text += wrapped(regime(answer)) + "\n"
        text += "\n" + (Phrase.everyIndicatorAtAverageHeading.text(language)) + "\n"
        text += wrapped(Phrase.indicatorsMustRiseAverage(average.changes.count, name, rank(average.rankBefore), fixed(average.indexBefore, in: language), rank(average.rankAfter), fixed(average.indexAfter, in: language), costUnit, fixed(average.cost, in: language)).text(language)) + "\n"
        if !average.changes.isEmpty { text += changesTable(average) }
        text += "\n" + wrapped(Phrase.othersHeld.text(language) + " " + (priced ? Phrase.costsFromFile : Phrase.defaultCost).text(language)) + "\n"
        text += wrapped(data.status(in: language)) + "\n"
        return text
    }

    private func headline() -> String {
        let before = "\(rank(answer.rankBefore)) (\(fixed(answer.indexBefore, in: language)))"
        let after = "\(rank(answer.rankAfter)) (\(fixed(answer.indexAfter, in: language)))"
        let marginal = answer.marginalCost.map {
            Phrase.marginalCostPerPoint(fixed($0, in: language)).text(language)
        } ?? ""
        if answer.reached && answer.changes.isEmpty {
            guard let odds else {
                return Phrase.currentRankMeetsTarget(before).text(language)
            }
            return Phrase.medianPathMeetsTarget(before, percent(odds, in: language)).text(language)
        }
        if answer.reached {
            return Phrase.gapReached(before, after, costUnit, fixed(answer.cost, in: language), marginal).text(language)
        }
        return Phrase.gapUnreachable(targetRank, after, before, costUnit, fixed(answer.cost, in: language)).text(language)
    }

    private func regime(_ answer: GapSolver.Answer) -> String {
        guard !answer.treatmentSwitched.isEmpty else {
            return Phrase.treatmentUnchanged.text(language)
        }
        let codes = answer.treatmentSwitched.map(treatment).joined(separator: ", ")
        return Phrase.treatmentSwitched(codes).text(language)
    }

    private func changesTable(_ answer: GapSolver.Answer) -> String {
        var table = TextTable([
            .init(Label.code.text(language)),
            .init(Label.name.text(language), maxWidth: 20),
            .init(Label.owner.text(language), maxWidth: 17),
            .init(Phrase.currentHeading.text(language), .right),
            .init(Phrase.requiredHeading.text(language), .right),
            .init(Phrase.changeHeading.text(language), .right),
            .init(Label.unit.text(language), maxWidth: 14),
            .init(Phrase.normalisedPointsShort.text(language), .right),
            .init(Label.weightShort.text(language), .right),
            .init(Phrase.costHeading.text(language), .right),
        ])
        for change in answer.changes {
            let node = framework.indicators[change.indicator]
            table.add([
                node.code + (change.isNewMaximum ? "*" : ""), node.name(in: language), node.owner,
                compact(change.from, in: language), compact(change.to, in: language), signed(change.to - change.from, in: language),
                node.unit(in: language), signed(change.scoreTo - change.scoreFrom, digits: 1, in: language), fixed(change.effectiveWeight * 100, 2, in: language), fixed(change.cost, in: language),
            ])
        }
        return table.render()
    }

    // MARK: JSON and CSV

    public func json() -> JSONValue {
        .object([
            ("province", .string(data.provinces[province].id)),
            ("name", .string(name)),
            ("target_rank", .integer(targetRank)),
            ("basis", .string(basis)),
            ("cost_unit", .string(priced ? "cost file" : "normalised points")),
            ("probability_without_changes", .number(odds)),
            ("answer", json(answer)),
            ("national_average_target", json(average)),
            ("settings", ScoreReport.json(settings)),
            ("data", .object([("illustrative", .bool(data.panelIsIllustrative))])),
        ])
    }

    private func json(_ answer: GapSolver.Answer) -> JSONValue {
        .object([
            ("reached", .bool(answer.reached)),
            ("rank_before", .integer(answer.rankBefore)),
            ("rank_after", .integer(answer.rankAfter)),
            ("score_before", .number(answer.indexBefore)),
            ("score_after", .number(answer.indexAfter)),
            ("cost", .number(answer.cost)),
            ("marginal_cost_per_point", .number(answer.marginalCost)),
            ("treatment_switched", .array(answer.treatmentSwitched.map { .string(treatment($0)) })),
            ("overtaken", .array(answer.overtaken.map { .string(data.provinces[$0].id) })),
            ("changes", .array(answer.changes.map { change in
                let node = framework.indicators[change.indicator]
                return .object([
                    ("indicator", .string(node.code)),
                    ("name", .string(node.name(in: language))),
                    ("owner", .string(node.owner)),
                    ("unit", .string(node.unit)),
                    ("current", .number(change.from)),
                    ("required", .number(change.to)),
                    ("change", .number(change.to - change.from)),
                    ("score_before", .number(change.scoreFrom)),
                    ("score_after", .number(change.scoreTo)),
                    ("effective_weight", .number(change.effectiveWeight)),
                    ("cost", .number(change.cost)),
                    ("new_maximum", .bool(change.isNewMaximum)),
                ])
            })),
        ])
    }

    /// The changes of both targets, one row each.
    public func csv() -> String {
        var csv = CSVText(header: [
            "target", "indicator", "name", "owner", "unit", "current", "required", "change",
            "score_before", "score_after", "effective_weight", "cost", "new_maximum",
        ])
        for (target, answer) in [("rank_\(targetRank)", answer), ("national_average", average)] {
            for change in answer.changes {
                let node = framework.indicators[change.indicator]
                csv.append([
                    target, node.code, node.name(in: language), node.owner, node.unit, csvNumber(change.from),
                    csvNumber(change.to), csvNumber(change.to - change.from), csvNumber(change.scoreFrom),
                    csvNumber(change.scoreTo), csvNumber(change.effectiveWeight), csvNumber(change.cost),
                    change.isNewMaximum ? "yes" : "no",
                ])
            }
        }
        return csv.text
    }
}
