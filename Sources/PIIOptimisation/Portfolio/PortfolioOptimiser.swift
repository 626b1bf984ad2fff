import PIISimulation

/// What the optimiser is asked for.
public enum PortfolioGoal: Sendable, Equatable {
    /// The best odds within a budget (ties: the cheaper portfolio).
    case bestOdds(budget: Double)
    /// The cheapest portfolio whose odds reach a probability.
    case leastCost(probability: Double)
}

/// Chooses which measures of a scenario to fund (`forecast-and-optimisation-methods.md`
/// §2.4, §2.6).
///
/// Every candidate is evaluated with the exact engine on one fixed set of scenarios
/// (`PortfolioEvaluator`). The search scales with the number of measures: a greedy path that
/// adds the move with the best gain per cost, from nothing to everything worth adding (which
/// also gives the cost–probability frontier); a mixed-integer programme on the sample average
/// approximation of the linearised margins, solved by CBC, as another starting point and a
/// bound; then a local search (add, drop, swap, change a level or start year) from the best
/// start until no move improves. When every portfolio can be evaluated within the budget of
/// evaluations, they all are.
public final class PortfolioOptimiser {
    public let evaluator: PortfolioEvaluator
    public let catalogue: MeasureCatalogue
    public let goal: PortfolioGoal

    public struct Settings: Sendable {
        /// Enumerate every portfolio when there are at most this many.
        public var enumerationLimit: Double = 4096
        /// Scenarios in the linearised programme's sample.
        public var linearSample = 400
        /// CBC's limits on the linearised programme: nodes, so that the result does not depend
        /// on the machine (seconds only as a reported safety net).
        public var linearLimits = CBCSolver.Limits()
        /// Evaluations the local search may spend (a count, not a time: results must not
        /// depend on the machine's speed).
        public var localSearchEvaluations = 300

        public init() {}
    }

    public let settings: Settings
    /// Portfolios evaluated, with their cost and number of successes.
    public private(set) var evaluated: [Portfolio: (cost: Double, successes: Int)] = [:]

    public init(evaluator: PortfolioEvaluator, goal: PortfolioGoal, settings: Settings = Settings()) {
        self.evaluator = evaluator
        catalogue = MeasureCatalogue(scenario: evaluator.plan.scenario)
        self.goal = goal
        self.settings = settings
    }

    public struct Result: Sendable {
        /// The portfolio chosen; nil when the goal cannot be met (a budget below every
        /// measure, a probability no portfolio reaches).
        public var best: Portfolio?
        /// The best portfolio found whatever the goal: the best odds reachable, shown when
        /// the goal cannot be met.
        public var bestReachable: Portfolio
        public var none: Portfolio
        /// The linearised programme's portfolio and its bound on the sample's share of
        /// successes (rank-at-most targets only), when CBC ran.
        public var linear: LinearisedPortfolio.Solution?
        /// How the portfolio was found: "enumeration" or "search".
        public var method: String
    }

    public func successes(_ portfolio: Portfolio) throws -> Int {
        if let known = evaluated[portfolio] { return known.successes }
        let count = try evaluator.successCount(catalogue.active(portfolio), keepMargins: portfolio.count <= 1)
        evaluated[portfolio] = (catalogue.cost(portfolio), count)
        return count
    }

    public func probability(_ portfolio: Portfolio) throws -> Double {
        Double(try successes(portfolio)) / Double(evaluator.scenarios)
    }

    public func cost(_ portfolio: Portfolio) -> Double { catalogue.cost(portfolio) }

    public func run() throws -> Result {
        let none = Portfolio.none(measures: catalogue.measureCount)
        _ = try successes(none)
        var method = "search"
        var linear: LinearisedPortfolio.Solution?
        if catalogue.portfolioCount <= settings.enumerationLimit {
            try enumerate()
            method = "enumeration"
        } else {
            let path = try greedyPath(from: none)
            linear = try linearStart()
            var starts = path
            if let portfolio = linear?.portfolio { starts.append(portfolio) }
            if let start = try bestFor(goal, among: starts) {
                _ = try localSearch(from: start)
            }
        }
        let best = try bestFor(goal, among: Array(evaluated.keys))
        let reachable = try bestFor(.bestOdds(budget: .infinity), among: Array(evaluated.keys)) ?? none
        return Result(best: best, bestReachable: reachable, none: none, linear: linear, method: method)
    }

    // MARK: Comparing

    /// Whether `a` serves the goal better than `b`.
    func isBetter(_ a: Portfolio, than b: Portfolio, for goal: PortfolioGoal) throws -> Bool {
        let (pa, pb) = (try successes(a), try successes(b))
        let (ca, cb) = (cost(a), cost(b))
        switch goal {
        case .bestOdds:
            if pa != pb { return pa > pb }
        case .leastCost(let probability):
            let needed = Self.needed(probability, of: evaluator.scenarios)
            let (fa, fb) = (pa >= needed, pb >= needed)
            if fa != fb { return fa }
            if !fa { return pa > pb || pa == pb && ca < cb || pa == pb && ca == cb && a < b }
        }
        if abs(ca - cb) > 1e-9 { return ca < cb }
        return a < b
    }

    /// Whether a portfolio meets a least-cost goal's probability (false for a budget goal).
    private func reaches(_ portfolio: Portfolio) throws -> Bool {
        guard case .leastCost(let probability) = goal else { return false }
        return try successes(portfolio) >= Self.needed(probability, of: evaluator.scenarios)
    }

    static func needed(_ probability: Double, of scenarios: Int) -> Int {
        Int((probability * Double(scenarios) - 1e-9).rounded(.up))
    }

    func fits(_ portfolio: Portfolio, _ goal: PortfolioGoal) -> Bool {
        if case .bestOdds(let budget) = goal { return cost(portfolio) <= budget + 1e-9 }
        return true
    }

    /// The best of `candidates` for the goal; for `leastCost`, nil unless one reaches the
    /// probability; for `bestOdds`, nil when none fits the budget.
    func bestFor(_ goal: PortfolioGoal, among candidates: [Portfolio]) throws -> Portfolio? {
        var best: Portfolio?
        for candidate in candidates where fits(candidate, goal) {
            if try best.map({ try isBetter(candidate, than: $0, for: goal) }) ?? true { best = candidate }
        }
        guard let best else { return nil }
        if case .bestOdds = goal, best.count == 0, catalogue.cheapestVersion > budgetOf(goal) { return nil }
        if case .leastCost(let probability) = goal, try successes(best) < Self.needed(probability, of: evaluator.scenarios) {
            return nil
        }
        return best
    }

    private func budgetOf(_ goal: PortfolioGoal) -> Double {
        if case .bestOdds(let budget) = goal { return budget }
        return .infinity
    }

    // MARK: Enumeration

    private func enumerate() throws {
        var choice = [Int?](repeating: nil, count: catalogue.measureCount)
        func visit(_ m: Int) throws {
            guard m < catalogue.measureCount else {
                _ = try successes(Portfolio(choice: choice))
                return
            }
            choice[m] = nil
            try visit(m + 1)
            for version in catalogue.versions[m] {
                choice[m] = version
                try visit(m + 1)
            }
            choice[m] = nil
        }
        try visit(0)
    }

    // MARK: Greedy

    /// Every portfolio one move away: a measure funded (at any version), dropped, or moved to
    /// another version.
    func neighbours(of portfolio: Portfolio) -> [Portfolio] {
        var result: [Portfolio] = []
        for m in 0..<catalogue.measureCount {
            for version in [nil] + catalogue.versions[m].map(Optional.some) where version != portfolio.choice[m] {
                var next = portfolio
                next.choice[m] = version
                result.append(next)
            }
        }
        return result
    }

    /// A move: fund measure `measure` at `version`, or drop it (nil).
    struct Move: Hashable {
        var measure: Int
        var version: Int?
    }

    /// From `start`, repeatedly takes the move with the best gain in successes per unit of
    /// cost (a free gain first), until no move gains: the portfolios along the way, cheapest
    /// first.
    ///
    /// Lazily (Minoux's accelerated greedy): a move's ratio from an earlier step stands in for
    /// its current one, and moves are re-evaluated best-first only until the best fresh ratio
    /// beats every remaining stale one. Exact when gains only shrink as the portfolio grows;
    /// the index's ranks need not behave so, which is what the local search is for.
    func greedyPath(from start: Portfolio) throws -> [Portfolio] {
        var path = [start]
        var current = start
        var stale: [Move: Double] = [:]
        while true {
            let base = try successes(current), baseCost = cost(current)
            let moves = (0..<catalogue.measureCount).flatMap { m in
                ([nil] + catalogue.versions[m].map(Optional.some)).filter { $0 != current.choice[m] }.map { Move(measure: m, version: $0) }
            }
            let order = moves.sorted { (stale[$0] ?? .infinity) > (stale[$1] ?? .infinity) }
            var best: (portfolio: Portfolio, ratio: Double)?
            for move in order {
                if let best, best.ratio >= (stale[move] ?? .infinity) { break }
                var next = current
                next.choice[move.measure] = move.version
                let gain = Double(try successes(next) - base), extra = cost(next) - baseCost
                let ratio = gain <= 0 ? -.infinity : extra <= 0 ? .infinity : gain / extra
                stale[move] = ratio
                if ratio > -.infinity, best.map({ ratio > $0.ratio || ratio == $0.ratio && next < $0.portfolio }) ?? true {
                    best = (next, ratio)
                }
            }
            guard let best else { return path }
            current = best.portfolio
            path.append(current)
        }
    }

    // MARK: Local search

    /// First-improvement local search over add, drop, swap and version moves within the goal,
    /// until no move improves or the evaluation allowance is spent.
    func localSearch(from start: Portfolio) throws -> Portfolio {
        var current = start
        let allowance = evaluator.evaluations + settings.localSearchEvaluations
        var improved = true
        while improved && evaluator.evaluations < allowance {
            improved = false
            // Once the probability is reached, only a portfolio no dearer can do better.
            let ceiling = try reaches(current) ? cost(current) : .infinity
            for next in neighbours(of: current) + swaps(of: current) where fits(next, goal) && cost(next) <= ceiling {
                if evaluator.evaluations >= allowance && evaluated[next] == nil { break }
                if try isBetter(next, than: current, for: goal) {
                    current = next
                    improved = true
                    break
                }
            }
        }
        return current
    }

    /// Drop one funded measure and fund another one.
    private func swaps(of portfolio: Portfolio) -> [Portfolio] {
        var result: [Portfolio] = []
        for out in 0..<catalogue.measureCount where portfolio.choice[out] != nil {
            for into in 0..<catalogue.measureCount where portfolio.choice[into] == nil {
                for version in catalogue.versions[into] {
                    var next = portfolio
                    next.choice[out] = nil
                    next.choice[into] = version
                    result.append(next)
                }
            }
        }
        return result
    }

    // MARK: Linearised programme

    /// The linearised programme's portfolio, evaluated exactly; nil when there is nothing to
    /// linearise (no rank targets).
    private func linearStart() throws -> LinearisedPortfolio.Solution? {
        guard evaluator.targetCount > 0 else { return nil }
        let model = try LinearisedPortfolio(evaluator: evaluator, catalogue: catalogue, sample: settings.linearSample)
        guard let solution = model.solve(goal, limits: settings.linearLimits) else { return nil }
        _ = try successes(solution.portfolio)
        return solution
    }

    // MARK: Frontier

    public struct FrontierPoint: Sendable {
        public var budget: Double
        public var portfolio: Portfolio
        public var cost: Double
        public var probability: Double
    }

    /// For each budget, the best portfolio evaluated that it affords (ties: the cheaper). It
    /// never goes down as the budget rises: a larger budget affords every portfolio a smaller
    /// one does.
    public func frontier(budgets: [Double]) throws -> [FrontierPoint] {
        let portfolios = evaluated.keys.sorted()
        return try budgets.sorted().map { budget in
            let best = try bestFor(.bestOdds(budget: budget), among: portfolios) ?? Portfolio.none(measures: catalogue.measureCount)
            return FrontierPoint(budget: budget, portfolio: best, cost: cost(best), probability: try probability(best))
        }
    }
}
