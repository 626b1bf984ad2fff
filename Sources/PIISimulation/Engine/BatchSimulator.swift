import Foundation
import PIIForecast
import PIIIndex

/// One worker's buffers: simulates a batch of scenarios through every year and tallies them.
/// Allocated once per worker and reused for every batch, so memory does not grow with the
/// number of scenarios.
///
/// Buffers are laid out like the scorer's, `[indicator][province][lane]`: the forecast step,
/// the interventions and the scoring all work on eight scenarios at a time, and a lane's
/// arithmetic never depends on the others.
final class BatchSimulator {
    let plan: SimulationPlan
    let width: Int
    let provinces: Int
    let indicators: Int
    let batch: ScoreBatch
    /// Transformed values carried from year to year (no interventions); for local-level, the
    /// departure `a` from the persistent level.
    let state: UnsafeMutablePointer<Double>
    /// Raw values scored this year (interventions applied).
    let values: UnsafeMutablePointer<Double>
    /// Raw values without interventions, for rows that interventions touch.
    private let baseline: UnsafeMutablePointer<Double>
    /// Per lane: the common trend plus the province's own trend, `[indicator][province][lane]`.
    private let trend: UnsafeMutablePointer<Double>
    /// Per lane: the convergence coefficient, `[indicator][lane]`.
    private let convergence: UnsafeMutablePointer<Double>
    /// Per lane and effect: the drawn multiplier on the effect.
    private let multipliers: UnsafeMutablePointer<Double>
    /// Per province and lane this year: where the drawn residual vector starts in the lane's
    /// pool (its first indicator; the others follow `poolCount` apart), and its sign. For
    /// local-level: the drawn row of the table of (level change, noise) pairs.
    let shockStart: UnsafeMutablePointer<UnsafePointer<Double>>
    private let shockSign: UnsafeMutablePointer<Double>
    /// Local-level, per lane: the persistence `ρ`; per `[indicator][lane]`: the scales of the
    /// level change and of the noise; per `[province][lane]` this year: their signs; per
    /// `[indicator][province][lane]`: the common level plus the persistent level `α`.
    let persistence: UnsafeMutablePointer<Double>
    let levelScale: UnsafeMutablePointer<Double>
    let noiseScale: UnsafeMutablePointer<Double>
    let levelSign: UnsafeMutablePointer<Double>
    let noiseSign: UnsafeMutablePointer<Double>
    let anchor: UnsafeMutablePointer<Double>
    /// Local-level, per lane: its component's filtered states; per province and lane: the two
    /// table rows its state is drawn with.
    let laneStates: UnsafeMutablePointer<UnsafePointer<Double>>
    let levelRows: UnsafeMutablePointer<UnsafePointer<Double>>
    /// Per lane: the pool of residual vectors of the lane's model.
    private let lanePool: UnsafeMutablePointer<UnsafePointer<Double>>
    private let effects: [(intervention: Intervention, effect: Intervention.Effect)]
    /// Each effect's number among all the scenario's effects, which addresses its draws.
    private let effectNumber: [Int]
    /// Rows (indicator, province) that some effect changes.
    private let touchedRows: [(indicator: Int, province: Int)]
    private var allocations: [UnsafeMutableRawPointer] = []

    /// - Parameter active: which of the scenario's interventions are in force (when nil: the
    ///   measures, not their other versions).
    init(plan: SimulationPlan, width: Int, active: [Bool]? = nil) {
        self.plan = plan
        self.width = width
        provinces = plan.fit.provinceCount
        indicators = plan.fit.indicatorCount
        // The tallies read the index, ranks and pillars only.
        batch = ScoreBatch(framework: plan.framework, provinceCount: provinces, width: width, keepsIndicatorScores: false)
        let cells = indicators * provinces * width
        var allocations: [UnsafeMutableRawPointer] = []
        func doubles(_ count: Int) -> UnsafeMutablePointer<Double> {
            let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * 8, alignment: 64)
            allocations.append(raw)
            let pointer = raw.bindMemory(to: Double.self, capacity: max(count, 1))
            pointer.initialize(repeating: 0, count: max(count, 1))
            return pointer
        }
        state = doubles(cells)
        values = doubles(cells)
        baseline = doubles(cells)
        trend = doubles(cells)
        convergence = doubles(indicators * width)
        var effects: [(intervention: Intervention, effect: Intervention.Effect)] = []
        var effectNumber: [Int] = []
        // Effects are numbered in the file's order; a version draws with its measure's numbers.
        var firstEffect: [Int] = []
        var number = 0
        for intervention in plan.scenario.interventions {
            firstEffect.append(number)
            number += intervention.effects.count
        }
        for (n, intervention) in plan.scenario.interventions.enumerated() where active?[n] ?? !intervention.isVersion {
            for (e, effect) in intervention.effects.enumerated() {
                effects.append((intervention, effect))
                effectNumber.append(firstEffect[intervention.versionOf ?? n] + e)
            }
        }
        self.effects = effects
        self.effectNumber = effectNumber
        multipliers = doubles(effects.count * width)
        shockSign = doubles(provinces * width)
        let localLevel = plan.localLevel != nil
        persistence = doubles(width)
        levelScale = doubles(localLevel ? indicators * width : 0)
        noiseScale = doubles(localLevel ? indicators * width : 0)
        levelSign = doubles(localLevel ? provinces * width : 0)
        noiseSign = doubles(localLevel ? provinces * width : 0)
        anchor = doubles(localLevel ? cells : 0)
        let anyPool = plan.residualPools[.randomWalk]!.pointer
        shockStart = .allocate(capacity: provinces * width)
        shockStart.initialize(repeating: anyPool, count: provinces * width)
        lanePool = .allocate(capacity: width)
        lanePool.initialize(repeating: anyPool, count: width)
        laneStates = .allocate(capacity: width)
        laneStates.initialize(repeating: anyPool, count: width)
        levelRows = .allocate(capacity: 2 * provinces * width)
        levelRows.initialize(repeating: anyPool, count: 2 * provinces * width)
        allocations += [UnsafeMutableRawPointer(shockStart), UnsafeMutableRawPointer(lanePool),
                        UnsafeMutableRawPointer(laneStates), UnsafeMutableRawPointer(levelRows)]
        self.allocations = allocations
        var touched: [(indicator: Int, province: Int)] = []
        for (intervention, effect) in effects
        where !touched.contains(where: { $0.indicator == effect.indicator && $0.province == intervention.province }) {
            touched.append((effect.indicator, intervention.province))
        }
        touchedRows = touched
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }

    /// Simulates the scenarios of the batch starting at `batchStart` (counted from the run's
    /// first scenario; those at or beyond `count` are padding, simulated but not tallied) and
    /// adds them to `tally`, writing what `options` asks for.
    func simulate(batchStart: Int, count: Int, options: RunOptions, into tally: inout SimulationTally) {
        let philox = Philox(seed: plan.scenario.seed)
        let first = options.firstScenario + batchStart
        let replay = options.baseline?.isRecorded == true
        prepare(first: first, philox: philox, forecast: !replay)
        let focus = plan.scenario.province
        let milestones = plan.scenario.milestones
        let rankTargets = plan.rankTargets
        var previousRank = [Int?](repeating: plan.lastRanks[focus], count: width)
        var met = [[Bool]](repeating: [Bool](repeating: true, count: milestones.count), count: width)
        var topTen = [Bool](repeating: false, count: width)
        let horizonTarget = plan.horizonTarget
        let plane = provinces * width
        let cells = indicators * provinces
        let valid = max(0, min(width, count - batchStart))
        for (y, year) in plan.years.enumerated() {
            if replay, let baseline = options.baseline {
                copyGroups(baseline, batchStart: batchStart, year: y, record: false)
            } else {
                if let model = plan.localLevel {
                    drawLocalLevelShocks(first: first, yearIndex: y, philox: philox)
                    stepLocalLevel(model, yearIndex: y)
                } else {
                    drawShocks(first: first, yearIndex: y, philox: philox)
                    step()
                }
                if let baseline = options.baseline {
                    copyGroups(baseline, batchStart: batchStart, year: y, record: true)
                }
            }
            applyInterventions(year: year)
            if let focusValues = options.focusValues {
                for l in 0..<valid {
                    let target = focusValues + ((batchStart + l) * plan.years.count + y) * indicators
                    for i in 0..<indicators { target[i] = values[(i * provinces + focus) * width + l] }
                }
            }
            // A year that no milestone, climb or tally reads is not scored: a pathway search
            // judging one year of five runs five times faster.
            let scored = options.tallyProvinces || plan.judgedYears[y]
            if scored { plan.scorer.score(UnsafePointer(values), into: batch) }
            for l in 0..<valid where scored {
                if options.tallyProvinces {
                    for p in 0..<provinces {
                        tally.countRank(year: y, province: p, rank: Int(batch.ranks[p * width + l]))
                        tally.addScores(year: y, province: p, index: batch.index[p * width + l]) { k in
                            self.batch.pillarScores[k * plane + p * self.width + l]
                        }
                    }
                }
                if let indexScores = options.indexScores {
                    let target = indexScores + ((batchStart + l) * plan.years.count + y) * provinces
                    for p in 0..<provinces { target[p] = batch.index[p * width + l] }
                }
                let rank = batch.rank(province: focus, lane: l)
                options.focusRanks?[(batchStart + l) * plan.years.count + y] = Int32(rank ?? 0)
                for (m, milestone) in milestones.enumerated() where milestone.year == year {
                    met[l][m] = met[l][m] && isMet(milestone, lane: l, rank: rank, previous: previousRank[l])
                }
                if let margins = options.margins {
                    for (position, (m, k)) in rankTargets.enumerated() where milestones[m].year == year {
                        margins[(batchStart + l) * rankTargets.count + position] = margin(lane: l, rank: k)
                    }
                }
                if year == plan.scenario.horizon {
                    if let finalValues = options.finalValues {
                        let target = finalValues + (batchStart + l) * cells
                        for cell in 0..<cells { target[cell] = values[cell * width + l] }
                    }
                    topTen[l] = (rank ?? .max) <= 10
                    options.topTenMargins?[batchStart + l] = margin(lane: l, rank: 10)
                    if let rank, options.tallyProvinces {
                        for q in 0..<provinces where q != focus {
                            if let other = batch.rank(province: q, lane: l), other >= horizonTarget, other < rank {
                                tally.countInTheWay(q)
                            }
                        }
                    }
                }
                previousRank[l] = rank
            }
        }
        for l in 0..<valid {
            let everyRank = zip(milestones, met[l]).allSatisfy { !$0.0.isRankMilestone || $0.1 }
            tally.countScenario(milestones: met[l], everyRank: everyRank)
            var outcome: ScenarioOutcome = []
            if met[l].allSatisfy({ $0 }) { outcome.insert(.everyMilestone) }
            if topTen[l] { outcome.insert(.topTenAtHorizon) }
            if everyRank { outcome.insert(.everyRankMilestone) }
            options.outcomes?[batchStart + l] = outcome
            if let milestoneOutcomes = options.milestoneOutcomes {
                for m in milestones.indices { milestoneOutcomes[(batchStart + l) * milestones.count + m] = met[l][m] ? 1 : 0 }
            }
        }
    }

    /// Copies this year's values of the batch's lane groups into the cache (`record`) or back
    /// from it, eight lanes (one cache line) at a time.
    private func copyGroups(_ cache: BaselineCache, batchStart: Int, year y: Int, record: Bool) {
        let lanes = BaselineCache.lanes, cells = indicators * provinces
        for k in 0..<(width / lanes) {
            guard let block = cache.block(group: batchStart / lanes + k, year: y) else { break }
            // A batch of one lane group is laid out as the cache is: one block copy.
            if width == lanes {
                if record { block.update(from: values, count: cells * lanes) } else { values.update(from: block, count: cells * lanes) }
                continue
            }
            for cell in 0..<cells {
                let batchLine = values + cell * width + k * lanes, cacheLine = block + cell * lanes
                if record { cacheLine.update(from: batchLine, count: lanes) } else { batchLine.update(from: cacheLine, count: lanes) }
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
            let score = batch.index[q * width + l]
            rivals.append(score.isNaN ? -.infinity : score)
        }
        rivals.sort(by: >)
        let own = batch.index[focus * width + l]
        guard !own.isNaN else { return -.infinity }
        return k - 1 < rivals.count ? own - rivals[k - 1] : .infinity
    }

    // MARK: Per-scenario draws

    /// Starting values and each lane's model, trends and effect multipliers.
    private func prepare(first: Int, philox: Philox, forecast: Bool) {
        let fit = plan.fit
        let latest = fit.latest
        // When the no-intervention values are replayed, the forecast state is not needed.
        if forecast, let model = plan.localLevel { prepareLocalLevel(model, first: first, philox: philox) }
        for l in 0..<width {
            let scenario = first + l
            prepareMultipliers(scenario: scenario, lane: l, philox: philox)
            guard forecast, plan.localLevel == nil else { continue }
            let model = plan.model(ofScenario: scenario, philox)
            lanePool[l] = UnsafePointer(plan.residualPools[model]!.pointer)
            // Parameter draws: for each province (and once for the convergence speeds) a row of
            // the shared normal table, picked by the scenario's own counter.
            let uncertain = plan.scenario.parameterUncertainty
            let rows = tableRows(scenario: scenario, philox)
            let convergenceRow = rows[provinces]
            for i in 0..<indicators {
                let beta: Double
                if model == .meanReversion, let reversion = fit.reversion {
                    var draw = reversion[i]
                    if uncertain { draw += fit.reversionDeviation![i] * convergenceRow[i] }
                    beta = min(0, max(-1, draw))
                } else {
                    beta = 0
                }
                convergence[i * width + l] = beta
            }
            for p in 0..<provinces {
                let trendRow = model == .drift && uncertain ? rows[p] : nil
                for i in 0..<indicators {
                    let cell = (i * provinces + p) * width + l
                    state[cell] = latest[i * provinces + p]
                    var own = 0.0
                    if model == .drift, let mean = fit.driftMean {
                        own = mean[i * provinces + p]
                        if let trendRow { own += fit.driftDeviation![i * provinces + p] * trendRow[i] }
                    }
                    trend[cell] = fit.commonTrend[i] + own
                }
            }
        }
    }

    /// Each effect's multiplier for one scenario: lognormal with mean 1 and the effect's
    /// coefficient of variation, addressed by the effect's place in the scenario file so that
    /// a portfolio's effects draw the same numbers whichever other measures are in force.
    private func prepareMultipliers(scenario: Int, lane l: Int, philox: Philox) {
        for (e, pair) in effects.enumerated() {
            let cv = pair.effect.uncertainty
            var multiplier = 1.0
            if cv > 0 {
                let sigma2 = Foundation.log1p(cv * cv)
                let (z, _) = philox.normals(Philox.counter(scenario: scenario, purpose: .interventions, effectNumber[e]))
                multiplier = Foundation.exp(sigma2.squareRoot() * z - sigma2 / 2)
            }
            multipliers[e * width + l] = multiplier
        }
    }

    /// Rows of the shared table of standard normals (one value per indicator) for each
    /// province of a scenario and one more for its convergence speeds, picked by the
    /// scenario's own counters: 24 bits of a counter word pick a row, four rows per block.
    private func tableRows(scenario: Int, _ philox: Philox) -> [UnsafePointer<Double>] {
        let table = UnsafePointer(plan.normalTable.pointer)
        var rows: [UnsafePointer<Double>] = []
        rows.reserveCapacity(provinces + 1)
        for block in 0...(provinces / 4) {
            let words = philox.block(Philox.counter(scenario: scenario, purpose: .parameters, block))
            for w in 0..<4 where rows.count <= provinces {
                let pick = Int((UInt64(words[w] & 0xFF_FFFF) &* UInt64(SimulationPlan.normalRows)) >> 24)
                rows.append(table + pick * indicators)
            }
        }
        return rows
    }

    /// This year's shock vector and sign for every province and lane: one counter word per
    /// province (24 bits pick the vector, one bit its sign), four provinces per block.
    private func drawShocks(first: Int, yearIndex: Int, philox: Philox) {
        let count = UInt64(plan.poolCount)
        let scale = plan.scenario.shockScale
        for l in 0..<width {
            for block in 0..<((provinces + 3) / 4) {
                let words = philox.block(Philox.counter(scenario: first + l, purpose: .shocks, yearIndex, block))
                for w in 0..<4 {
                    let p = block * 4 + w
                    guard p < provinces else { break }
                    let vector = Int((UInt64(words[w] & 0xFF_FFFF) &* count) >> 24)
                    shockStart[p * width + l] = lanePool[l] + vector
                    shockSign[p * width + l] = words[w] & 0x100_0000 == 0 ? scale : -scale
                }
            }
        }
    }

    // MARK: The year's step

    /// Moves every transformed value one year and turns it back into a raw value:
    /// `y ← y + trend + β (y − ȳ) + shock`, then `x = h⁻¹(y)` inside the domain.
    private func step() {
        let count = plan.poolCount
        for i in 0..<indicators {
            let low = SIMD8<Double>(repeating: plan.lowerBounds[i]), high = SIMD8<Double>(repeating: plan.upperBounds[i])
            for lane in stride(from: 0, to: width, by: ScoreBatch.laneGroup) {
                let beta = SIMD8<Double>.load(convergence + i * width + lane)
                var mean = SIMD8<Double>(repeating: 0)
                if beta != SIMD8(repeating: 0) {
                    var present = SIMD8<Double>(repeating: 0)
                    for p in 0..<provinces {
                        let y = SIMD8<Double>.load(state + (i * provinces + p) * width + lane)
                        let has = y .== y
                        mean += SIMD8(repeating: 0).replacing(with: y, where: has)
                        present += SIMD8(repeating: 0).replacing(with: 1, where: has)
                    }
                    mean /= present
                }
                for p in 0..<provinces {
                    let cell = (i * provinces + p) * width + lane
                    // Built from registers: eight scalar stores read back as one vector would
                    // stall on store forwarding.
                    let draw = p &* width &+ lane, offset = i &* count
                    let starts = shockStart + draw
                    let shock = SIMD8<Double>(
                        starts[0][offset], starts[1][offset], starts[2][offset], starts[3][offset],
                        starts[4][offset], starts[5][offset], starts[6][offset], starts[7][offset])
                    var y = SIMD8<Double>.load(state + cell)
                    y += SIMD8<Double>.load(trend + cell) + beta * (y - mean)
                        + SIMD8<Double>.load(shockSign + draw) * shock
                    y.store(to: state + cell)
                }
                inverseTransform(i, lane: lane, from: state, low: low, high: high)
            }
        }
    }

    /// `x = h⁻¹(y)` for one indicator and lane group, from `source` into `values` (which may
    /// be the same), kept inside the domain.
    func inverseTransform(_ i: Int, lane: Int, from source: UnsafePointer<Double>, low: SIMD8<Double>, high: SIMD8<Double>) {
        let first = i * provinces * width + lane
        plan.fit.transforms[i].inverse(rows: provinces, stride: width, from: source + first, into: values + first, within: low, high)
    }

    /// Adds every active measure's effect to the no-intervention values, then keeps the
    /// changed values inside their domains.
    private func applyInterventions(year: Int) {
        guard !effects.isEmpty else { return }
        for row in touchedRows {
            let cell = (row.indicator * provinces + row.province) * width
            (baseline + cell).update(from: values + cell, count: width)
        }
        for (e, pair) in effects.enumerated() {
            let ramp = pair.intervention.ramp(in: year)
            guard ramp > 0 else { continue }
            let i = pair.effect.indicator, p = pair.intervention.province
            let cell = (i * provinces + p) * width
            let direction = plan.directions[i]
            for l in 0..<width {
                let own = values[cell + l]
                guard !own.isNaN else { continue }
                let full: Double
                switch pair.effect.change {
                case .relative(let share): full = baseline(cell, l) * share
                case .absolute(let amount): full = amount
                case .reachNationalAverage:
                    full = max(0, (average(indicator: i, lane: l) - baseline(cell, l)) * direction) * direction
                case .reachProvince(let other):
                    let target = value(indicator: i, province: other, lane: l)
                    full = target.isNaN ? 0 : max(0, (target - baseline(cell, l)) * direction) * direction
                case .reachBest:
                    let target = best(indicator: i, lane: l)
                    full = max(0, (target - baseline(cell, l)) * direction) * direction
                }
                values[cell + l] = own + full * ramp * multipliers[e * width + l]
            }
        }
        for row in touchedRows {
            let cell = (row.indicator * provinces + row.province) * width
            for l in 0..<width {
                values[cell + l] = min(max(values[cell + l], plan.lowerBounds[row.indicator]), plan.upperBounds[row.indicator])
            }
        }
    }

    /// A province's no-intervention value this year.
    @inline(__always)
    private func value(indicator: Int, province: Int, lane: Int) -> Double {
        let cell = (indicator * provinces + province) * width
        if touchedRows.contains(where: { $0.indicator == indicator && $0.province == province }) {
            return baseline(cell, lane)
        }
        return values[cell + lane]
    }

    @inline(__always)
    private func baseline(_ cell: Int, _ lane: Int) -> Double {
        baseline[cell + lane]
    }

    /// The best no-intervention value among the provinces this year.
    private func best(indicator: Int, lane: Int) -> Double {
        let direction = plan.directions[indicator]
        var best = -Double.infinity
        for q in 0..<provinces {
            let x = value(indicator: indicator, province: q, lane: lane) * direction
            if x > best { best = x }
        }
        return best * direction
    }

    /// The national average of the no-intervention values this year (NaN when no province
    /// has one).
    private func average(indicator: Int, lane: Int) -> Double {
        nationalAverage(provinceCount: provinces) { value(indicator: indicator, province: $0, lane: lane) } ?? .nan
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
                let own = values[(i * provinces + focus) * width + l]
                guard !own.isNaN else { continue }
                var sum = 0.0, present = 0.0
                for q in 0..<provinces {
                    let x = values[(i * provinces + q) * width + l]
                    if !x.isNaN {
                        sum += x
                        present += 1
                    }
                }
                let average = sum / present
                if plan.directions[i] > 0 ? own < average : own > average { return false }
            }
            return true
        }
    }
}
