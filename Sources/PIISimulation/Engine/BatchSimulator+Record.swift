import PIIIndex

/// What a batch carries from year to year for its milestones: each lane's previous rank, the
/// milestones it still meets, whether it ended in the top ten.
struct BatchRecord {
    let batchStart: Int
    /// Lanes that are scenarios of the run (the rest are padding).
    let valid: Int
    let layout: RunOutputs.Layout
    var previousRank: [Int?]
    var met: [[Bool]]
    var topTen: [Bool]

    init(plan: SimulationPlan, width: Int, batchStart: Int, valid: Int) {
        self.batchStart = batchStart
        self.valid = valid
        layout = RunOutputs.Layout(plan: plan)
        previousRank = [Int?](repeating: plan.lastRanks[plan.scenario.province], count: width)
        met = [[Bool]](repeating: [Bool](repeating: true, count: plan.scenario.milestones.count), count: width)
        topTen = [Bool](repeating: false, count: width)
    }
}

/// The last stage of a year, and of a batch: what the run counts and writes.
extension BatchSimulator {
    /// The focus province's values with the measures applied (`RunOutputs.focusValues`),
    /// scored or not.
    func recordFocusValues(_ record: inout BatchRecord, yearIndex y: Int, options: RunOptions) {
        guard let focusValues = options.outputs.focusValues else { return }
        let focus = plan.scenario.province
        for l in 0..<record.valid {
            let target = focusValues + record.layout.focusValues(scenario: record.batchStart + l, year: y)
            for i in 0..<indicators { target[i] = values[row(i, focus) + l] }
        }
    }

    /// A scored year: the tallies, the milestones of the year, and the outputs asked for.
    func recordScores(_ record: inout BatchRecord, yearIndex y: Int, year: Int, options: RunOptions, into tally: inout SimulationTally) {
        let focus = plan.scenario.province
        let milestones = plan.scenario.milestones
        let outputs = options.outputs, layout = record.layout
        for l in 0..<record.valid {
            let scenario = record.batchStart + l
            if options.tallyProvinces {
                for p in 0..<provinces {
                    tally.countRank(year: y, province: p, rank: Int(batch.ranks[lanes(p) + l]))
                    tally.addScores(year: y, province: p, index: batch.index[lanes(p) + l]) { k in
                        self.batch.pillarScores[self.row(k, p) + l]
                    }
                }
            }
            if let indexScores = outputs.indexScores {
                let target = indexScores + layout.indexScores(scenario: scenario, year: y)
                for p in 0..<provinces { target[p] = batch.index[lanes(p) + l] }
            }
            let rank = batch.rank(province: focus, lane: l)
            outputs.focusRanks?[layout.focusRank(scenario: scenario, year: y)] = Int32(rank ?? 0)
            for (m, milestone) in milestones.enumerated() where milestone.year == year {
                record.met[l][m] = record.met[l][m] && isMet(milestone, lane: l, rank: rank, previous: record.previousRank[l])
            }
            if let margins = outputs.margins {
                for (position, (m, k)) in plan.rankTargets.enumerated() where milestones[m].year == year {
                    margins[layout.margin(scenario: scenario, target: position)] = margin(lane: l, rank: k)
                }
            }
            if year == plan.scenario.horizon {
                recordHorizon(&record, lane: l, rank: rank, options: options, into: &tally)
            }
            record.previousRank[l] = rank
        }
    }

    /// The horizon year's extras: the final values, the top-ten margin, the rivals in the way.
    private func recordHorizon(_ record: inout BatchRecord, lane l: Int, rank: Int?, options: RunOptions, into tally: inout SimulationTally) {
        let focus = plan.scenario.province
        let scenario = record.batchStart + l
        if let finalValues = options.outputs.finalValues {
            let target = finalValues + record.layout.finalValues(scenario: scenario)
            for cell in 0..<(indicators * provinces) { target[cell] = values[lanes(cell) + l] }
        }
        record.topTen[l] = (rank ?? .max) <= 10
        options.outputs.topTenMargins?[scenario] = margin(lane: l, rank: 10)
        if let rank, options.tallyProvinces {
            for q in 0..<provinces where q != focus {
                if let other = batch.rank(province: q, lane: l), other >= plan.horizonTarget, other < rank {
                    tally.countInTheWay(q)
                }
            }
        }
    }

    /// Every scenario of the batch counted, and its outcomes written.
    func finish(_ record: BatchRecord, options: RunOptions, into tally: inout SimulationTally) {
        let milestones = plan.scenario.milestones
        for l in 0..<record.valid {
            let scenario = record.batchStart + l
            let met = record.met[l]
            let everyRank = zip(milestones, met).allSatisfy { !$0.0.isRankMilestone || $0.1 }
            tally.countScenario(milestones: met, everyRank: everyRank)
            var outcome: ScenarioOutcome = []
            if met.allSatisfy({ $0 }) { outcome.insert(.everyMilestone) }
            if record.topTen[l] { outcome.insert(.topTenAtHorizon) }
            if everyRank { outcome.insert(.everyRankMilestone) }
            options.outputs.outcomes?[scenario] = outcome
            if let milestoneOutcomes = options.outputs.milestoneOutcomes {
                for m in milestones.indices { milestoneOutcomes[record.layout.milestone(scenario: scenario, milestone: m)] = met[m] ? 1 : 0 }
            }
        }
    }

    /// The focus province's index minus the k-th best rival's: how far it is above (positive)
    /// or below (negative) a rank of k or better.
    private func margin(lane l: Int, rank k: Int) -> Double {
        let focus = plan.scenario.province
        var rivals: [Double] = []
        rivals.reserveCapacity(provinces)
        for q in 0..<provinces where q != focus {
            let score = batch.index[lanes(q) + l]
            rivals.append(score.isNaN ? -.infinity : score)
        }
        rivals.sort(by: >)
        let own = batch.index[lanes(focus) + l]
        guard !own.isNaN else { return -.infinity }
        return k - 1 < rivals.count ? own - rivals[k - 1] : .infinity
    }

    // MARK: Milestones

    private func isMet(_ milestone: Milestone, lane l: Int, rank: Int?, previous: Int?) -> Bool {
        let focus = plan.scenario.province
        switch milestone.condition {
        case .rankAtMost(let k):
            return (rank ?? .max) <= k
        case .betterThanPreviousYear(let k):
            guard let rank, let previous else { return false }
            return rank <= previous - k
        case .scoreAtLeast(let score):
            return batch.indexScore(province: focus, lane: l) >= score
        case .pillarRankAtMost(let pillar, let k):
            let own = batch.score(level: .pillar, node: pillar, province: focus, lane: l)
            guard let rank = BatchScorer.competitionRank(of: own, among: provinces, { batch.score(level: .pillar, node: pillar, province: $0, lane: l) })
            else { return false }
            return rank <= k
        case .pillarScoreAtLeast(let pillar, let score):
            return batch.score(level: .pillar, node: pillar, province: focus, lane: l) >= score
        case .everyIndicatorAtAverage:
            for i in 0..<indicators {
                let own = values[row(i, focus) + l]
                guard !own.isNaN, let average = nationalAverage(provinceCount: provinces, { values[row(i, $0) + l] })
                else { continue }
                if plan.directions[i] > 0 ? own < average : own > average { return false }
            }
            return true
        }
    }
}
