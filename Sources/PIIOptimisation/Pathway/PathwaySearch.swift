import Foundation
import PIIGap
import PIIIndex
import PIISimulation

/// A pathway: how much each indicator of the focus province must improve, by each milestone
/// year, on top of its no-intervention forecast, and what that buys.
public struct Pathway: Sendable {
    /// The probability asked for.
    public var probability: Double
    /// The milestone years, ascending: the columns of `changes`.
    public var years: [Int]
    /// Per indicator and milestone year, the improvement in the indicator's unit, in its good
    /// direction (0 or more, never smaller in a later year): reached by the year, held after.
    public var changes: [[Double]]
    /// The cost of the last year's changes (each indicator's price per unit times its change).
    public var cost: Double
    /// Scenarios of the search sample in which every targeted milestone is met.
    public var searchSuccesses: Int
    public var searchTrials: Int
    /// False when no allowed improvement reaches the probability: the pathway is then the one
    /// that reaches the best probability found.
    public var reachable: Bool
    /// The scenarios the search started from already meet the milestones often enough.
    public var alreadyMet: Bool
    /// The pathway as measures of the focus province, one per indicator and year.
    public var measures: [Intervention]

    public var searchProbability: Double { Double(searchSuccesses) / Double(max(searchTrials, 1)) }
}

/// The cheapest pathway of yearly indicator targets that meets a plan's rank milestones with
/// at least a chosen probability over the Monte Carlo forecast of every province
/// (`docs/pathway.md`).
///
/// Sample-average approximation on a fixed search sample: with the others' values and the
/// treatment fixed, each scenario's margin over the rank it needs is linear in the focus
/// province's values, so at a point the search measures every scenario's margin and its
/// slope per indicator (the engine, a thousandth of a normalised point at a time), chooses the
/// scenarios to meet (by a mixed-integer programme when few, else those with the best worst
/// margin), and solves "least cost such that every chosen scenario's linearised margin is
/// positive" with CBC, within a trust region. The proposal is scaled to the least multiple
/// that the full engine (measures, treatment, min–max, aggregation, ranks recomputed) finds
/// meeting the milestones in enough scenarios, the margins are measured again there, and this
/// repeats until the cost stops falling. Finally each indicator's row, then each earlier year,
/// is cut to the least the engine still accepts. The engine judges every candidate; the
/// linear model only proposes them.
public final class PathwaySearch {
    /// The plan the pathway is searched on: the rivals' measures, the targeted milestones.
    public let plan: SimulationPlan
    /// The milestone years with a rank condition, ascending.
    public let years: [Int]
    /// Indicators the focus province can move: it has a value, and there is room.
    public let movable: [Int]
    /// The price of one unit of each indicator.
    public let unitCost: [Double]
    /// How far each indicator may move, in its unit.
    public let room: [Double]
    public let scenarios: Int
    public let threads: Int
    /// Engine runs made so far.
    public internal(set) var evaluations = 0
    /// Whether a solver's seconds limit (a safety net) stopped a selection: the answer may then
    /// depend on the machine's speed, and the outputs say so.
    public internal(set) var stoppedByTime = false
    let rivals: [Intervention]
    let yearPositions: [Int]
    /// Raw units per normalised point: the linear programme's variables are in points, so
    /// that its coefficients have similar sizes whatever the indicators' units.
    let point: [Double]
    let baseline: BaselineCache
    let isCancelled: (@Sendable () -> Bool)?

    /// - Parameters:
    ///   - plan: the scenario's plan whose milestones are the rank conditions to meet; the
    ///     focus province's own measures are left out (the pathway replaces them).
    ///   - costs: the cost file's entries (nil: one unit per normalised point).
    public init(plan: SimulationPlan, costs: [IndicatorCost?], scenarios: Int, threads: Int,
                isCancelled: (@Sendable () -> Bool)? = nil) {
        let focus = plan.scenario.province
        rivals = plan.scenario.interventions.filter { $0.province != focus && !$0.isVersion }
        self.plan = plan.replacingInterventions(rivals)
        years = Array(Set(plan.scenario.milestones.filter(\.isRankMilestone).map(\.year))).sorted()
        yearPositions = years.map { plan.years.firstIndex(of: $0)! }
        let gap = GapSolver(scorer: plan.scorer)
        let table = plan.lastTable
        let prices = gap.unitCosts(table, province: focus, costs: costs)
        let room = (0..<table.indicatorCount).map { gap.roomToMove(indicator: $0, province: focus, table: table, cost: costs[$0]) }
        unitCost = prices
        self.room = room
        point = (0..<table.indicatorCount).map { max(GapSolver.range(of: $0, in: table), 1e-12) / 100 }
        movable = (0..<table.indicatorCount).filter {
            table[focus, $0] != nil && room[$0] > 0 && prices[$0].isFinite && prices[$0] >= 0
        }
        self.scenarios = scenarios
        self.threads = threads
        self.isCancelled = isCancelled
        baseline = BaselineCache(scenarios: scenarios, years: plan.years.count, cells: plan.fit.provinceCount * plan.fit.indicatorCount)
    }

    /// Memory a search of `scenarios` scenarios takes, in bytes: the recorded forecasts, every
    /// province's index twice (a point and a nudge) and the slopes, all per scenario and year.
    public static func bytes(plan: SimulationPlan, scenarios: Int) -> Double {
        let years = Double(plan.years.count), provinces = Double(plan.fit.provinceCount), indicators = Double(plan.fit.indicatorCount)
        return Double(scenarios) * years * 8 * (provinces * indicators + 2 * provinces + indicators)
    }

    var indicatorCount: Int { plan.fit.indicatorCount }
    var zero: [[Double]] { [[Double]](repeating: [Double](repeating: 0, count: years.count), count: indicatorCount) }

    /// The cheapest pathway found that meets the milestones in at least `probability` of the
    /// search scenarios; when none found does, the one with the best probability found.
    public func solve(probability: Double) throws -> Pathway {
        let need = Int((probability * Double(scenarios) - 1e-9).rounded(.up))
        var linear = try linearise(zero)
        if linear.successes >= need { return pathway(zero, probability: probability, successes: linear.successes, alreadyMet: true) }
        var best: [[Double]]?, bestCost = Double.infinity
        // Until a pathway meets `need`, each step moves to the candidate meeting the most
        // scenarios (climbs make "everything at its room" a poor pathway: first in every year
        // cannot climb).
        var most = (changes: zero, successes: linear.successes)
        // The linear model holds near the point it was measured at: past a rival's best value
        // or a winsorisation cap the slopes fall. Each step may move each indicator by at most
        // `reach` normalised points; a step the engine rejects halves it, an accepted one
        // widens it, and the search ends when a smaller reach proposes the same answer.
        var reach = Self.firstReach
        var rejected: [[Double]]?
        for _ in 0..<Self.rounds where reach >= Self.smallestReach {
            guard let proposal = propose(linear, need: need, reach: reach) else {
                reach = best == nil ? reach * 2 : reach / 2
                continue
            }
            if let rejected, isClose(proposal, rejected) { break }
            let scaled = try leastScale(of: proposal, need: need)
            if scaled.successes >= need, cost(scaled.changes) < bestCost * (1 - Self.improvement) {
                best = scaled.changes
                bestCost = cost(scaled.changes)
                reach *= 1.5
            } else if best == nil, scaled.successes > most.successes {
                most = scaled
            } else {
                rejected = proposal
                reach /= 2
                continue
            }
            linear = try linearise(best ?? most.changes, previous: linear)
        }
        guard let best else {
            let answer = try trimmed(most.changes, need: most.successes)
            return pathway(answer, probability: probability, successes: try evaluate(answer).successes, reachable: false)
        }
        let answer = try trimmed(best, need: need)
        return pathway(answer, probability: probability, successes: try evaluate(answer).successes)
    }

    /// The number of search scenarios in which `changes` (`[indicator][milestone year]`, in
    /// each indicator's good direction) meets every targeted milestone: the engine's judgement.
    public func successes(of changes: [[Double]]) throws -> Int {
        try evaluate(monotone(changes)).successes
    }

    /// Runs the pathway on `count` fresh scenarios, numbered from `first` (after the search's,
    /// so independent of it), and counts those meeting every targeted milestone.
    /// - Parameter tallying: also tally every province's ranks and scores (for a report).
    public func check(_ pathway: Pathway, first: Int, count: Int, tallying: Bool = false) throws -> (successes: Int, tally: SimulationTally) {
        var options = RunOptions(threads: threads, scenarios: count, width: 8)
        options.firstScenario = first
        options.tallyProvinces = tallying
        options.isCancelled = isCancelled
        let outcomes = UnsafeMutablePointer<ScenarioOutcome>.allocate(capacity: max(count, 1))
        defer { outcomes.deallocate() }
        options.outputs.outcomes = outcomes
        let tally = try MonteCarlo(plan: checkedPlan(pathway)).run(options)
        return ((0..<count).filter { outcomes[$0].contains(.everyRankMilestone) }.count, tally)
    }

    /// The plan with the pathway's measures in force: what `pii run` of the saved scenario runs.
    public func checkedPlan(_ pathway: Pathway) -> SimulationPlan {
        plan.replacingInterventions(rivals + pathway.measures)
    }

    /// The focus province's median no-intervention value of every indicator in every
    /// milestone year over the search scenarios, `[indicator][year]`.
    public func medians() throws -> [[Double?]] {
        let simulated = plan.years.count
        let values = UnsafeMutablePointer<Double>.allocate(capacity: scenarios * simulated * indicatorCount)
        defer { values.deallocate() }
        var options = runOptions()
        options.outputs.focusValues = values
        _ = try MonteCarlo(plan: plan).run(options)
        evaluations += 1
        return (0..<indicatorCount).map { i in
            yearPositions.map { y in
                median(ofSorted: (0..<scenarios).map { values[($0 * simulated + y) * indicatorCount + i] }.filter { !$0.isNaN }.sorted())
            }
        }
    }
}
