import PIIIndex

/// Two scenarios of one province run on the same scenario numbers and seed, and compared
/// scenario by scenario: with the same data and model the forecasts of both are the same
/// draws (common random numbers), so a difference in the odds is the measures' doing and its
/// interval is far narrower than that of two independent runs.
public struct ScenarioComparison: Sendable {
    /// One side's results, kept per scenario for the pairing.
    public struct Side: Sendable {
        public let plan: SimulationPlan
        public let tally: SimulationTally
        /// `[scenario][milestone]`, 1 where met.
        let milestoneHits: [UInt8]
        /// Every rank milestone met, per scenario.
        let everyRank: [Bool]
        /// The focus province's rank, `[scenario][year]` (0: no rank).
        let ranks: [Int32]

        public var scenarios: Int { tally.scenarios }
        public var milestones: [Milestone] { plan.scenario.milestones }
    }

    /// A paired difference, second minus first, with its 95 % interval (normal approximation
    /// to the mean of the per-scenario differences).
    public struct Difference: Sendable, Equatable {
        public var first: Double
        public var second: Double
        public var difference: Double
        public var lower: Double
        public var upper: Double

        init(_ first: [Double], _ second: [Double]) {
            let n = Double(first.count)
            self.first = first.reduce(0, +) / n
            self.second = second.reduce(0, +) / n
            let differences = zip(second, first).map { $0 - $1 }
            let mean = differences.reduce(0, +) / n
            let variance = n > 1 ? differences.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
            let half = 1.959963984540054 * (variance / n).squareRoot()
            difference = mean
            lower = mean - half
            upper = mean + half
        }
    }

    /// A milestone of either file (matched by year and condition), with its odds in each.
    public struct MilestoneRow: Sendable {
        public var milestone: Milestone
        /// Its position in each file's milestones; nil where that file does not have it.
        public var first: Int?
        public var second: Int?
        /// Both odds and their difference, when both files have it.
        public var difference: Difference?
    }

    /// The focus province's rank in one year, in both runs.
    public struct YearRow: Sendable {
        public var year: Int
        public var firstMedian: Int?
        public var secondMedian: Int?
        /// The mean rank (a scenario without a rank counts as last) and its paired difference;
        /// negative: the second scenario ranks the province better.
        public var meanRank: Difference
    }

    /// What one of the second file's own measures (one the first does not have, by id) adds:
    /// the second run's odds minus those of the second run without it.
    public struct MeasureEffect: Sendable {
        public var intervention: Int
        public var everyRankMilestone: Difference
    }

    public let first: Side
    public let second: Side
    public let milestones: [MilestoneRow]
    public let years: [YearRow]
    /// Every rank milestone of each file met together (each file's own milestones).
    public let everyRankMilestone: Difference
    public let measureEffects: [MeasureEffect]
    /// Ids of the measures only the first, or only the second, file has.
    public let onlyFirst: [String]
    public let onlySecond: [String]


    /// Runs both plans on scenarios `0..<scenarios`, then the second without each of its own
    /// measures. Both plans must be built with one seed (the draws are prepared with the plan).
    /// - Parameters:
    ///   - width: scenarios per batch (a multiple of 8); the results do not depend on it.
    ///   - progress: called with the share of the work done, from any thread.
    public static func run(
        _ firstPlan: SimulationPlan, _ secondPlan: SimulationPlan, scenarios: Int, threads: Int, width: Int = 8,
        progress: (@Sendable (Double) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
    ) throws -> ScenarioComparison {
        guard firstPlan.scenario.province == secondPlan.scenario.province else { throw SimulationError.comparedProvincesDiffer }
        guard firstPlan.scenario.seed == secondPlan.scenario.seed else { throw SimulationError.comparedSeedsDiffer }
        let firstIDs = Set(firstPlan.scenario.interventions.filter { !$0.isVersion }.map(\.id))
        let secondIDs = Set(secondPlan.scenario.interventions.filter { !$0.isVersion }.map(\.id))
        let own = secondPlan.scenario.interventions.indices.filter {
            !secondPlan.scenario.interventions[$0].isVersion && !firstIDs.contains(secondPlan.scenario.interventions[$0].id)
        }
        let runs = 2 + own.count
        // B's no-measure forecast is recorded once and replayed for each run without one of
        // its measures (as the optimiser does), when it fits in memory; those runs only need
        // their outcomes: no tally, and the years no milestone reads are not scored.
        let cells = secondPlan.fit.provinceCount * secondPlan.fit.indicatorCount
        let recordingBytes = Double(scenarios) * Double(secondPlan.years.count * cells * MemoryLayout<Double>.stride)
        let baseline = !own.isEmpty && recordingBytes <= Self.replayMemory
            ? BaselineCache(scenarios: scenarios, years: secondPlan.years.count, cells: cells) : nil
        func side(_ plan: SimulationPlan, active: [Bool]?, run: Int) throws -> Side {
            var options = RunOptions(threads: threads, scenarios: scenarios, width: width)
            options.activeInterventions = active
            options.tallyProvinces = active == nil
            if run >= 1 { options.baseline = baseline }
            options.isCancelled = isCancelled
            if let progress {
                let total = Double(runs * scenarios), before = Double(run * scenarios)
                options.progress = { done in progress((before + Double(done)) / total) }
            }
            let milestones = plan.scenario.milestones.count, years = plan.years.count
            var hits = [UInt8](repeating: 0, count: max(1, scenarios * milestones))
            var outcomes = [ScenarioOutcome](repeating: [], count: scenarios)
            var ranks = [Int32](repeating: 0, count: scenarios * years)
            let tally = try hits.withUnsafeMutableBufferPointer { hits in
                try outcomes.withUnsafeMutableBufferPointer { outcomes in
                    try ranks.withUnsafeMutableBufferPointer { ranks in
                        options.outputs.milestoneOutcomes = hits.baseAddress
                        options.outputs.outcomes = outcomes.baseAddress
                        options.outputs.focusRanks = ranks.baseAddress
                        return try MonteCarlo(plan: plan).run(options)
                    }
                }
            }
            return Side(plan: plan, tally: tally, milestoneHits: hits, everyRank: outcomes.map { $0.contains(.everyRankMilestone) }, ranks: ranks)
        }
        let a = try side(firstPlan, active: nil, run: 0)
        let b = try side(secondPlan, active: nil, run: 1)
        let inForce = secondPlan.scenario.interventions.map { !$0.isVersion }
        let effects = try own.enumerated().map { n, intervention in
            var active = inForce
            active[intervention] = false
            let without = try side(secondPlan, active: active, run: 2 + n)
            return MeasureEffect(intervention: intervention, everyRankMilestone: Difference(without.everyRank.map(Self.one), b.everyRank.map(Self.one)))
        }
        return try ScenarioComparison(
            first: a, second: b, measureEffects: effects,
            onlyFirst: firstPlan.scenario.interventions.filter { !$0.isVersion && !secondIDs.contains($0.id) }.map(\.id),
            onlySecond: own.map { secondPlan.scenario.interventions[$0].id })
    }

    private init(first: Side, second: Side, measureEffects: [MeasureEffect], onlyFirst: [String], onlySecond: [String]) throws {
        self.first = first
        self.second = second
        self.measureEffects = measureEffects
        self.onlyFirst = onlyFirst
        self.onlySecond = onlySecond
        let n = first.scenarios
        func hits(_ side: Side, _ m: Int) -> [Double] {
            let count = side.milestones.count
            return (0..<n).map { Double(side.milestoneHits[$0 * count + m]) }
        }
        var rows: [MilestoneRow] = first.milestones.enumerated().map { m, milestone in
            MilestoneRow(milestone: milestone, first: m, second: second.milestones.firstIndex(of: milestone))
        }
        for (m, milestone) in second.milestones.enumerated() where !first.milestones.contains(milestone) {
            rows.append(MilestoneRow(milestone: milestone, first: nil, second: m))
        }
        rows.sort { ($0.milestone.year, $0.first ?? .max, $0.second ?? .max) < ($1.milestone.year, $1.first ?? .max, $1.second ?? .max) }
        for k in rows.indices {
            if let a = rows[k].first, let b = rows[k].second { rows[k].difference = Difference(hits(first, a), hits(second, b)) }
        }
        milestones = rows
        everyRankMilestone = Difference(first.everyRank.map(Self.one), second.everyRank.map(Self.one))
        let provinces = first.plan.fit.provinceCount
        let common = first.plan.years.filter(second.plan.years.contains)
        guard !common.isEmpty else { throw SimulationError.noCommonYear }
        let focus = first.plan.scenario.province
        years = common.map { year in
            let ya = first.plan.years.firstIndex(of: year)!, yb = second.plan.years.firstIndex(of: year)!
            func ranks(_ side: Side, _ y: Int) -> [Double] {
                let count = side.plan.years.count
                return (0..<n).map { s in
                    let rank = side.ranks[s * count + y]
                    return Double(rank == 0 ? Int32(provinces) : rank)
                }
            }
            return YearRow(
                year: year, firstMedian: first.tally.rankQuantile(0.5, year: ya, province: focus),
                secondMedian: second.tally.rankQuantile(0.5, year: yb, province: focus),
                meanRank: Difference(ranks(first, ya), ranks(second, yb)))
        }
    }

    /// The most memory a recorded forecast may take (20,000 scenarios of the embedded
    /// framework to 2030 take 1.4 GB); beyond it every run forecasts afresh.
    static let replayMemory = 2.0 * 1_073_741_824

    private static func one(_ flag: Bool) -> Double { flag ? 1 : 0 }
}
