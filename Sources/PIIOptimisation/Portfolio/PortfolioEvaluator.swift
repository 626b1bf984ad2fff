import PIIIndex
import PIISimulation

/// What a portfolio is judged by: the share of scenarios in which it holds.
public enum PortfolioObjective: String, Sendable, CaseIterable {
    /// Every rank milestone of the scenario file together (`pii run`'s "every rank milestone
    /// together"): the plan's rank path.
    case rankMilestones = "rank-milestones"
    /// Every milestone, the non-rank ones (the indicator target) included.
    case everyMilestone = "every-milestone"
    /// Top 10 in the horizon year.
    case topTen = "top10"

    /// The outcome of a scenario that meets it.
    var outcome: ScenarioOutcome {
        switch self {
        case .everyMilestone: .everyMilestone
        case .topTen: .topTenAtHorizon
        case .rankMilestones: .everyRankMilestone
        }
    }
}

/// Evaluates portfolios on one fixed set of scenarios with the exact engine: common random
/// numbers, so that two portfolios differ only by their measures, never by noise.
///
/// The first evaluation records every scenario's no-intervention forecast; later ones replay
/// it, so only the measures, the treatment, the min–max, the aggregation and the ranks are
/// recomputed for each candidate. Each portfolio is evaluated once.
public final class PortfolioEvaluator {
    public let engine: MonteCarlo
    public let scenarios: Int
    public let threads: Int
    public let objective: PortfolioObjective
    private let baseline: BaselineCache
    private let isCancelled: (@Sendable () -> Bool)?
    /// Called after each evaluation with the number so far, for a progress line.
    public var onEvaluation: ((Int) -> Void)?
    private var successes: [[Bool]: Int] = [:]
    /// The linearisation's data, kept for the portfolios the caller asks (those of at most one
    /// measure: the first greedy step evaluates them all anyway), `[scenario][target]`.
    private var marginsCache: [[Bool]: [Double]] = [:]
    /// Portfolios evaluated with the engine (the memo's hits not counted).
    public private(set) var evaluations = 0

    public init(plan: SimulationPlan, scenarios: Int, threads: Int, objective: PortfolioObjective,
                isCancelled: (@Sendable () -> Bool)? = nil) {
        engine = MonteCarlo(plan: plan)
        self.scenarios = scenarios
        self.threads = threads
        self.objective = objective
        self.isCancelled = isCancelled
        baseline = BaselineCache(
            scenarios: scenarios, years: plan.years.count, cells: plan.fit.provinceCount * plan.fit.indicatorCount)
    }

    public var plan: SimulationPlan { engine.plan }

    /// Memory the recorded forecasts take, in bytes.
    public var bytes: Int { baseline.bytes }

    /// The number of scenarios in which the portfolio meets the objective.
    public func successCount(_ active: [Bool], keepMargins: Bool = false) throws -> Int {
        if let known = successes[active] { return known }
        try evaluate(active, keepMargins: keepMargins)
        return successes[active]!
    }

    /// The objective's margins of every scenario, `[scenario][target]` (`targetCount` per
    /// scenario): how far above (positive) or below the score each target needs the province
    /// is.
    public func margins(_ active: [Bool]) throws -> [Double] {
        if let known = marginsCache[active] { return known }
        try evaluate(active, keepMargins: true)
        return marginsCache[active]!
    }

    /// Targets the margins cover: the rank milestones' `rank_at_most` (the other rank
    /// conditions are not linear in the scores), or the horizon's top 10.
    public var targetCount: Int { objective == .topTen ? 1 : plan.rankTargets.count }

    private func evaluate(_ active: [Bool], keepMargins wantMargins: Bool) throws {
        var options = RunOptions(threads: threads, scenarios: scenarios, width: 8)
        options.activeInterventions = active
        options.tallyProvinces = false
        options.baseline = baseline
        options.isCancelled = isCancelled
        let outcomes = UnsafeMutablePointer<ScenarioOutcome>.allocate(capacity: scenarios)
        defer { outcomes.deallocate() }
        options.outputs.outcomes = outcomes
        let targets = targetCount
        let margins = UnsafeMutablePointer<Double>.allocate(capacity: max(1, scenarios * targets))
        defer { margins.deallocate() }
        if wantMargins {
            if objective == .topTen { options.outputs.topTenMargins = margins } else { options.outputs.margins = margins }
        }
        _ = try engine.run(options)
        evaluations += 1
        onEvaluation?(evaluations)
        var count = 0
        for s in 0..<scenarios where outcomes[s].contains(objective.outcome) { count += 1 }
        successes[active] = count
        if wantMargins { marginsCache[active] = Array(UnsafeBufferPointer(start: margins, count: scenarios * targets)) }
    }
}
