import PIISimulation

/// The portfolio problem linearised and sampled (`forecast-and-optimisation-methods.md`
/// §2.3 (b)), solved as a mixed-integer programme by CBC.
///
/// In scenario s, target t (a `rank_at_most` milestone, or the horizon's top 10), the
/// province's margin over the score it must beat is taken as its no-measure margin plus the
/// sum of each funded version's own effect on it (measured alone, with the exact engine):
/// `m⁰ₛₜ + Σⱼ Δₛₜⱼ xⱼ`. A scenario counts (zₛ = 1) when every target's margin is at least 0:
/// `Σⱼ Δₛₜⱼ xⱼ − Mₛₜ zₛ ≥ −m⁰ₛₜ − Mₛₜ`, with Mₛₜ just large enough for zₛ = 0 to be free.
/// The measures interact through the min–max and the ranks, and conditions such as "one
/// place better than the year before" are not linear at all: the programme's answer is a
/// starting point and its optimum a bound for the linear model only; the exact engine judges.
public struct LinearisedPortfolio {
    let catalogue: MeasureCatalogue
    /// Scenarios whose outcome the linear model cannot decide.
    let rows: [(base: [Double], deltas: [[Double]])]
    /// Sampled scenarios that succeed whatever is funded, in the linear model.
    let alwaysMet: Int
    let sampleSize: Int

    public struct Solution: Sendable {
        public var portfolio: Portfolio
        /// The sample's share of successes the linear model expects of the portfolio.
        public var linearShare: Double
        /// CBC's bound on that share (best odds), or on the cost (least cost).
        public var bound: Double
        public var isOptimal: Bool
        /// CBC stopped at its safety limit on seconds: the portfolio may differ on another machine.
        public var stoppedByTime: Bool
        public var sampleSize: Int
    }

    init(evaluator: PortfolioEvaluator, catalogue: MeasureCatalogue, sample: Int) throws {
        self.catalogue = catalogue
        let targets = evaluator.targetCount, scenarios = evaluator.scenarios
        let none = Portfolio.none(measures: catalogue.measureCount)
        let base = try evaluator.margins(catalogue.active(none))
        let versions = catalogue.interventions.indices
        let alone = try versions.map { j -> [Double] in
            guard let m = catalogue.versions.firstIndex(where: { $0.contains(j) }) else { return base }
            var single = none
            single.choice[m] = j
            return try evaluator.margins(catalogue.active(single))
        }
        let size = min(sample, scenarios)
        var rows: [(base: [Double], deltas: [[Double]])] = []
        var alwaysMet = 0
        for k in 0..<size {
            let s = k * scenarios / size
            let m0 = (0..<targets).map { base[s * targets + $0] }
            let deltas = versions.map { j in (0..<targets).map { alone[j][s * targets + $0] - m0[$0] } }
            guard m0.allSatisfy(\.isFinite), deltas.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { continue }
            // Best and worst margins any portfolio reaches in the linear model: each measure
            // contributes its best (or worst) version, or nothing.
            let reach = (0..<targets).map { t in
                catalogue.versions.reduce((low: m0[t], high: m0[t])) { sum, versions in
                    let effects = versions.map { deltas[$0][t] }
                    return (sum.low + min(0, effects.min()!), sum.high + max(0, effects.max()!))
                }
            }
            if reach.allSatisfy({ $0.low >= 0 }) {
                alwaysMet += 1
            } else if reach.allSatisfy({ $0.high >= 0 }) {
                rows.append((m0, deltas))
            }
        }
        self.rows = rows
        self.alwaysMet = alwaysMet
        sampleSize = size
    }

    func solve(_ goal: PortfolioGoal, limits: CBCSolver.Limits) -> Solution? {
        var program = MixedIntegerProgram()
        let versions = catalogue.interventions.count
        let costs = catalogue.interventions.map(\.cost)
        let costScale = max(costs.reduce(0, +), 1)
        let candidates = Set(catalogue.versions.joined())
        switch goal {
        case .bestOdds:
            // Ties go to the cheaper portfolio: cost weighs less than one scenario in total.
            for j in 0..<versions {
                program.addColumn(.init(upper: candidates.contains(j) ? 1 : 0, objective: -0.5 * costs[j] / costScale))
            }
            for _ in rows { program.addColumn(.init(objective: 1)) }
            program.maximise = true
        case .leastCost:
            for j in 0..<versions { program.addColumn(.init(upper: candidates.contains(j) ? 1 : 0, objective: costs[j])) }
            for _ in rows { program.addColumn(.init(objective: 0)) }
            program.maximise = false
        }
        for measure in catalogue.versions where measure.count > 1 {
            program.addRow(.init(columns: measure, coefficients: measure.map { _ in 1 }, upper: 1))
        }
        switch goal {
        case .bestOdds(let budget):
            program.addRow(.init(columns: Array(0..<versions), coefficients: costs, upper: budget))
        case .leastCost(let probability):
            let needed = Double(PortfolioOptimiser.needed(probability, of: sampleSize) - alwaysMet)
            if needed > 0 {
                program.addRow(.init(columns: rows.indices.map { versions + $0 }, coefficients: rows.map { _ in 1 }, lower: needed))
            }
        }
        for (r, row) in rows.enumerated() {
            for t in row.base.indices {
                let lowest = catalogue.versions.reduce(row.base[t]) { sum, measure in
                    sum + min(0, measure.map { row.deltas[$0][t] }.min()!)
                }
                let bigM = max(0, -lowest)
                program.addRow(.init(
                    columns: Array(0..<versions) + [versions + r],
                    coefficients: (0..<versions).map { row.deltas[$0][t] } + [-bigM],
                    lower: -row.base[t] - bigM))
            }
        }
        let solution = CBCSolver.solve(program, limits: limits)
        guard solution.status == .optimal || solution.status == .feasible, solution.values.count == program.columns.count else {
            return nil
        }
        var choice = [Int?](repeating: nil, count: catalogue.measureCount)
        for (m, measure) in catalogue.versions.enumerated() {
            choice[m] = measure.first { solution.values[$0] > 0.5 }
        }
        let met = rows.indices.filter { solution.values[versions + $0] > 0.5 }.count + alwaysMet
        let bound: Double
        switch goal {
        case .bestOdds:
            // The objective counts met scenarios less a cost term below 0.5 in all.
            bound = min(1, ((solution.bound + 0.5).rounded(.down) + Double(alwaysMet)) / Double(sampleSize))
        case .leastCost:
            bound = solution.bound
        }
        return Solution(
            portfolio: Portfolio(choice: choice), linearShare: Double(met) / Double(sampleSize), bound: bound,
            isOptimal: solution.status == .optimal, stoppedByTime: solution.stoppedByTime, sampleSize: sampleSize)
    }
}
