import PIIIndex
import PIISimulation

/// `pii optimize` from start to end: the search on common random numbers, the
/// cost–probability frontier, the check of the chosen portfolio on fresh scenarios, and the
/// yearly targets of its measures for each department.
public struct PortfolioStudy: Sendable {
    public struct Options: Sendable {
        public var goal: PortfolioGoal
        public var objective: PortfolioObjective = .rankMilestones
        /// Scenarios every candidate is evaluated on.
        public var scenarios = 10_000
        /// Fresh scenarios the chosen portfolio is checked on.
        public var verification = 50_000
        /// Scenarios the yearly targets (medians) are taken over.
        public var targetScenarios = 2_001
        public var threads = 1
        public var settings = PortfolioOptimiser.Settings()
        public var isCancelled: (@Sendable () -> Bool)?
        /// Told what the study is doing: the search (with the portfolios evaluated so far),
        /// then the frontier, the yearly targets and the check on fresh scenarios. The search
        /// takes most of the time and its length is not known in advance.
        public var progress: (@Sendable (Stage, Int) -> Void)?

        public init(goal: PortfolioGoal) {
            self.goal = goal
        }
    }

    public enum Stage: Sendable { case search, frontier, check, targets }

    /// A portfolio's odds on the fresh scenarios.
    public struct Check: Sendable {
        public var successes: Int
        public var trials: Int
        /// The whole run's tally: rank distributions, milestones, rivals (the HTML report's).
        public var tally: SimulationTally
        public var probability: Double { trials == 0 ? 0 : Double(successes) / Double(trials) }
        public var interval: WilsonInterval { WilsonInterval(successes: successes, trials: trials) }
    }

    /// One indicator a funded measure moves: its median value each simulated year with the
    /// portfolio and without any measure.
    public struct Target: Sendable {
        public var intervention: Int
        public var indicator: Int
        /// The department responsible: the measure's owner, else the indicator's.
        public var owner: String
        public var withPortfolio: [Double?]
        public var withoutMeasures: [Double?]
    }

    public let plan: SimulationPlan
    public let options: Options
    public let catalogue: MeasureCatalogue
    public let result: PortfolioOptimiser.Result
    /// The chosen portfolio's odds on the evaluation scenarios (nil when the goal cannot be met).
    public let searchProbability: Double?
    public let noneProbability: Double
    public let reachableProbability: Double
    public let frontier: [PortfolioOptimiser.FrontierPoint]
    public let verified: Check?
    public let verifiedNone: Check
    public let targets: [Target]
    /// Portfolios evaluated with the engine during the search.
    public let evaluations: Int
    /// Seconds the search took (the recording run included, the check on fresh scenarios
    /// not): a measurement for the reports, not part of the result.
    public let searchSeconds: Double

    public static func run(plan: SimulationPlan, options: Options) throws -> PortfolioStudy {
        let evaluator = PortfolioEvaluator(
            plan: plan, scenarios: options.scenarios, threads: options.threads, objective: options.objective,
            isCancelled: options.isCancelled)
        let progress = options.progress
        evaluator.onEvaluation = { progress?(.search, $0) }
        progress?(.search, 0)
        let optimiser = PortfolioOptimiser(evaluator: evaluator, goal: options.goal, settings: options.settings)
        let clock = ContinuousClock(), start = clock.now
        let result = try optimiser.run()
        let searchSeconds = (clock.now - start) / .seconds(1)
        let catalogue = optimiser.catalogue
        var budgets = (0...8).map { (catalogue.cheapestVersion + (catalogue.fullCost - catalogue.cheapestVersion) * Double($0) / 8).rounded() }
        if case .bestOdds(let budget) = options.goal, budget.isFinite { budgets.append(budget) }
        progress?(.frontier, evaluator.evaluations)
        let frontier = try optimiser.frontier(budgets: Array(Set(budgets)))
        progress?(.targets, evaluator.evaluations)
        let check = { (portfolio: Portfolio) throws -> Check in
            try Self.check(plan: plan, active: catalogue.active(portfolio), options: options)
        }
        let targets = try result.best.map { try Self.targets(plan: plan, catalogue: catalogue, portfolio: $0, options: options) } ?? []
        progress?(.check, evaluator.evaluations)
        return PortfolioStudy(
            plan: plan, options: options, catalogue: catalogue, result: result,
            searchProbability: try result.best.map { try optimiser.probability($0) },
            noneProbability: try optimiser.probability(result.none),
            reachableProbability: try optimiser.probability(result.bestReachable),
            frontier: frontier, verified: try result.best.map(check), verifiedNone: try check(result.none),
            targets: targets, evaluations: evaluator.evaluations, searchSeconds: searchSeconds)
    }

    /// The fresh scenarios start after the evaluation's: their draws are independent of it.
    private static func check(plan: SimulationPlan, active: [Bool], options: Options) throws -> Check {
        var run = RunOptions(threads: options.threads, scenarios: options.verification, width: 8)
        run.firstScenario = options.scenarios
        run.activeInterventions = active
        run.isCancelled = options.isCancelled
        let outcomes = UnsafeMutablePointer<ScenarioOutcome>.allocate(capacity: max(1, options.verification))
        defer { outcomes.deallocate() }
        run.outputs.outcomes = outcomes
        let tally = try MonteCarlo(plan: plan).run(run)
        let goal = options.objective.outcome
        let successes = (0..<options.verification).filter { outcomes[$0].contains(goal) }.count
        return Check(successes: successes, trials: options.verification, tally: tally)
    }

    private static func targets(
        plan: SimulationPlan, catalogue: MeasureCatalogue, portfolio: Portfolio, options: Options
    ) throws -> [Target] {
        let count = options.targetScenarios, years = plan.years.count, indicators = plan.fit.indicatorCount
        func medians(_ active: [Bool]) throws -> [[Double?]] {
            var run = RunOptions(threads: options.threads, scenarios: count, width: 8)
            run.firstScenario = options.scenarios
            run.activeInterventions = active
            run.isCancelled = options.isCancelled
            let values = UnsafeMutablePointer<Double>.allocate(capacity: count * years * indicators)
            defer { values.deallocate() }
            run.outputs.focusValues = values
            _ = try MonteCarlo(plan: plan).run(run)
            return (0..<years).map { y in
                (0..<indicators).map { i in
                    median(ofSorted: (0..<count).map { values[($0 * years + y) * indicators + i] }.filter { !$0.isNaN }.sorted())
                }
            }
        }
        let focus = plan.scenario.province
        let funded = portfolio.interventions.filter { catalogue.interventions[$0].province == focus }
        guard !funded.isEmpty else { return [] }
        let with = try medians(catalogue.active(portfolio)), without = try medians(catalogue.active(.none(measures: catalogue.measureCount)))
        return funded.flatMap { n in
            let intervention = catalogue.interventions[n]
            return intervention.effects.map { effect in
                let owner = intervention.owner.isEmpty ? plan.framework.indicators[effect.indicator].owner : intervention.owner
                return Target(
                    intervention: n, indicator: effect.indicator, owner: owner,
                    withPortfolio: with.map { $0[effect.indicator] }, withoutMeasures: without.map { $0[effect.indicator] })
            }
        }
    }
}
