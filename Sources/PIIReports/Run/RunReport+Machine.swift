import Foundation
import PIIData
import PIIIndex
import PIISimulation

/// A run for machines: the JSON document and the CSV files (`--format json`, `--out`).
extension RunReport {
    // MARK: JSON

    /// Everything a run found, with no timing, thread count or path in it, so that two runs
    /// can be compared byte for byte.
    public func json() -> JSONValue {
        let ids = data.provinces.provinces.map(\.id)
        let yearsJSON: [JSONValue] = years.map { summary in
            .object([
                ("year", .integer(summary.year)),
                ("median", .integer(summary.median)),
                ("p5", .integer(summary.low)),
                ("p95", .integer(summary.high)),
                ("rank_counts", .array(summary.counts.dropFirst().map { .integer($0) })),
                ("unranked", .integer(summary.counts[0])),
            ])
        }
        let milestones: [JSONValue] = milestoneOdds.map { odds in
            .object([
                ("year", .integer(odds.milestone.year)),
                ("condition", .string(describeForMachines(odds.milestone))),
                ("probability", .number(odds.probability)),
                ("interval", .array([.number(odds.interval.lower), .number(odds.interval.upper)])),
                ("rank_milestone", .bool(odds.milestone.isRankMilestone)),
            ])
        }
        let provinces: [JSONValue] = (0..<data.provinces.count).map { p in
            .object([
                ("id", .string(ids[p])),
                ("name", .string(data.provinces[p].name)),
                ("years", .array(plan.years.indices.map { y in
                    .object([
                        ("year", .integer(plan.years[y])),
                        ("median_rank", .integer(tally.rankQuantile(0.5, year: y, province: p))),
                        ("p_top10", .number(tally.shareRankAtMost(10, year: y, province: p))),
                        ("rank_counts", .array(tally.rankDistribution(year: y, province: p).dropFirst().map { .integer($0) })),
                        ("mean_score", .number(tally.meanIndex(year: y, province: p))),
                        ("mean_pillars", .array(plan.framework.pillars.indices.map {
                            .number(tally.meanPillar(year: y, province: p, pillar: $0))
                        })),
                    ])
                })),
            ])
        }
        let every = WilsonInterval(successes: tally.everyRankMilestone, trials: tally.scenarios)
        return .object([
            ("name", .string(scenario.name)),
            ("province", .object([("id", .string(ids[focus])), ("name", .string(focusName)),
                                  ("last_rank", .integer(plan.lastRanks[focus])), ("last_year", .integer(plan.fit.lastYear))])),
            ("model", .string(scenario.model.rawValue)),
            ("scenarios", .integer(tally.scenarios)),
            ("seed", .integer(Int(exactly: scenario.seed))),
            ("horizon", .integer(scenario.horizon)),
            ("years", .array(yearsJSON)),
            ("milestones", .array(milestones)),
            ("every_rank_milestone", .object([("probability", .number(share(tally.everyRankMilestone))),
                                              ("interval", .array([.number(every.lower), .number(every.upper)]))])),
            ("every_milestone", .number(share(tally.everyMilestone))),
            ("target_rank", .integer(horizonTarget)),
            ("focus_median_meets_target", .bool(rivals.focusMeetsTarget)),
            ("rivals", .array(rivals.provinces.map {
                .object([("id", .string(ids[$0.province])), ("median_rank", .integer($0.medianRank)), ("share", .number($0.shareInTheWay))])
            })),
            ("provinces", .array(provinces)),
            ("warnings", .array(plan.warnings.map { .string($0.en) })),
            ("model_notes", .array(plan.notes.map { .string($0.en) })),
            ("data", .object([("illustrative", .bool(data.panelIsIllustrative))])),
            ("settings", ScoreReport.json(scenario.settings)),
            ("missing_values", missingValueNote.json(data.provinces)),
            ("rank_change", rankChange.map { change in
                .object([
                    ("from_year", .integer(change.fromYear)), ("to_year", .integer(change.toYear)),
                    ("from_score", .number(change.fromIndex)), ("to_score", .number(change.toIndex)),
                    ("from_rank", .integer(change.fromRank)), ("to_rank", .integer(change.toRank)),
                    ("own_change_only_rank", .integer(change.ownOnlyRank)),
                    ("pillars", .array(plan.framework.pillars.enumerated().map { k, pillar in
                        .object([("code", .string(pillar.code)), ("contribution", .number(change.pillarContributions[k])),
                                 ("forecast_score", .number(change.forecastPillarScores[k]))])
                    })),
                    ("indicators", .array(plan.framework.indicators.enumerated().map { i, indicator in
                        .object([("code", .string(indicator.code)), ("contribution", .number(change.indicatorContributions[i])),
                                 ("forecast_gap_to_average", .number(change.forecastGapToAverage(indicator: i)))])
                    })),
                    ("remainder", .number(change.remainder)),
                ])
            } ?? .null),
        ])
    }

    func describeForMachines(_ milestone: Milestone) -> String {
        let pillars = plan.framework.pillars
        switch milestone.condition {
        case .rankAtMost(let k): return "rank_at_most \(k)"
        case .betterThanPreviousYear(let k): return "better_than_previous_year \(k)"
        case .scoreAtLeast(let score): return "score_at_least \(score)"
        case .pillarRankAtMost(let pillar, let k): return "\(pillars[pillar].code) rank_at_most \(k)"
        case .pillarScoreAtLeast(let pillar, let score): return "\(pillars[pillar].code) score_at_least \(score)"
        case .everyIndicatorAtAverage: return "every_indicator_at_or_above_average"
        }
    }

    // MARK: CSV files

    /// The CSV files `pii run --out DIR` writes beside `run.json`, by file name; every
    /// province's rank distribution per year is in `province-ranks.csv` (ranks that no
    /// scenario gave are left out; an empty rank counts the scenarios without one).
    public func csvFiles() -> [(name: String, text: String)] {
        var distribution = CSVText(header: ["year", "rank", "scenarios", "share"])
        for summary in years {
            let total = max(summary.counts.reduce(0, +), 1)
            for (rank, count) in summary.counts.enumerated() {
                distribution.append([String(summary.year), rank == 0 ? "" : String(rank), String(count), csvNumber(Double(count) / Double(total))])
            }
        }
        var milestones = CSVText(header: ["year", "milestone", "probability", "lower", "upper"])
        for odds in milestoneOdds {
            milestones.append([String(odds.milestone.year), describeForMachines(odds.milestone), csvNumber(odds.probability),
                               csvNumber(odds.interval.lower), csvNumber(odds.interval.upper)])
        }
        var ranks = CSVText(header: ["year", "id", "rank", "scenarios"])
        for (y, year) in plan.years.enumerated() {
            for p in 0..<data.provinces.count {
                for (rank, count) in tally.rankDistribution(year: y, province: p).enumerated() where count > 0 {
                    ranks.append([String(year), data.provinces[p].id, rank == 0 ? "" : String(rank), String(count)])
                }
            }
        }
        var provinces = CSVText(header: ["year", "id", "name", "median_rank", "p_top10", "mean_score"])
        for (y, year) in plan.years.enumerated() {
            for p in 0..<data.provinces.count {
                provinces.append([String(year), data.provinces[p].id, data.provinces[p].name,
                                  tally.rankQuantile(0.5, year: y, province: p).map(String.init) ?? "",
                                  csvNumber(tally.shareRankAtMost(10, year: y, province: p)),
                                  csvNumber(tally.meanIndex(year: y, province: p))])
            }
        }
        return [("rank-distribution.csv", distribution.text), ("milestones.csv", milestones.text), ("provinces.csv", provinces.text),
                ("province-ranks.csv", ranks.text)]
    }
}
