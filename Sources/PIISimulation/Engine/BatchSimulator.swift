import Foundation
import PIIForecast
import PIIIndex

/// One worker's buffers: simulates a batch of scenarios through every year and tallies them.
/// Allocated once per worker and reused for every batch, so memory does not grow with the
/// number of scenarios.
///
/// Buffers are laid out like the scorer's, `[indicator][province][lane]` (`row(_:_:)` is where
/// a row starts): the forecast step, the interventions and the scoring all work on eight
/// scenarios at a time, and a lane's arithmetic never depends on the others.
///
/// A batch goes through every year in four stages, each in its own file: advance the year
/// (forecast it, or replay the recorded forecast: `BatchSimulator+Forecast.swift`, the
/// local-level model's draws in `+LocalLevel.swift`), apply the measures
/// (`+Interventions.swift`), score (`BatchScorer`), and record what the run asks for —
/// tallies, milestones, outcomes, margins, values (`+Record.swift`).
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
    let baseline: UnsafeMutablePointer<Double>
    /// Per lane: the common trend plus the province's own trend, `[indicator][province][lane]`.
    let trend: UnsafeMutablePointer<Double>
    /// Per lane: the convergence coefficient, `[indicator][lane]`.
    let convergence: UnsafeMutablePointer<Double>
    /// Per lane and effect: the drawn multiplier on the effect.
    let multipliers: UnsafeMutablePointer<Double>
    /// Per province and lane this year: where the drawn residual vector starts in the lane's
    /// pool (its first indicator; the others follow `poolCount` apart), and its sign. For
    /// local-level: the drawn row of the table of (level change, noise) pairs.
    let shockStart: UnsafeMutablePointer<UnsafePointer<Double>>
    let shockSign: UnsafeMutablePointer<Double>
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
    let lanePool: UnsafeMutablePointer<UnsafePointer<Double>>
    let effects: [(intervention: Intervention, effect: Intervention.Effect)]
    /// Each effect's number among all the scenario's effects, which addresses its draws.
    let effectNumber: [Int]
    /// Rows (indicator, province) that some effect changes.
    let touchedRows: [(indicator: Int, province: Int)]
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
        var record = BatchRecord(plan: plan, width: width, batchStart: batchStart, valid: max(0, min(width, count - batchStart)))
        for (y, year) in plan.years.enumerated() {
            advance(yearIndex: y, first: first, philox: philox, batchStart: batchStart, cache: options.baseline, replay: replay)
            applyInterventions(year: year)
            recordFocusValues(&record, yearIndex: y, options: options)
            // A year that no milestone, climb or tally reads is not scored: a pathway search
            // judging one year of five runs five times faster.
            guard options.tallyProvinces || plan.judgedYears[y] else { continue }
            plan.scorer.score(UnsafePointer(values), into: batch)
            recordScores(&record, yearIndex: y, year: year, options: options, into: &tally)
        }
        finish(record, options: options, into: &tally)
    }

    /// Where row (indicator `i`, province `p`) starts in a `[indicator][province][lane]`
    /// buffer: its lane `l` is at `row(i, p) + l`.
    @inline(__always)
    func row(_ i: Int, _ p: Int) -> Int {
        (i &* provinces &+ p) &* width
    }

    /// Where row `k` starts in a `[k][lane]` buffer (`k` a province, an indicator or an
    /// effect): its lane `l` is at `lanes(k) + l`.
    @inline(__always)
    func lanes(_ k: Int) -> Int {
        k &* width
    }
}
