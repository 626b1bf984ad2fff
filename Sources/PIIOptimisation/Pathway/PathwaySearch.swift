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
    public private(set) var evaluations = 0
    private let rivals: [Intervention]
    private let yearPositions: [Int]
    /// Raw units per normalised point: the linear programme's variables are in points, so
    /// that its coefficients have similar sizes whatever the indicators' units.
    private let point: [Double]
    private let baseline: BaselineCache
    private let isCancelled: (@Sendable () -> Bool)?

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

    private var indicatorCount: Int { plan.fit.indicatorCount }
    private var zero: [[Double]] { [[Double]](repeating: [Double](repeating: 0, count: years.count), count: indicatorCount) }

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

    // MARK: The search

    /// Rounds of solve and scale (a linearisation after each accepted one).
    static let rounds = 12
    /// The trust region after the first step, and the least worth trying, in normalised points.
    static let firstReach = 20.0
    static let smallestReach = 2.5
    /// A step must lower the cost by this share to be taken.
    static let improvement = 5e-3
    /// Scales are searched to this precision, shares of a row or year to `trimTolerance`,
    /// after a first cut of `firstCut` (half of the 10 % by which no row of a minimal answer
    /// can be cut).
    static let shareTolerance = 1e-3
    static let trimTolerance = 5e-3
    static let firstCut = 0.05
    static let largestScale = 4.0

    /// Every scenario's margins at a pathway and their slopes per unit of each indicator.
    struct Linearisation {
        var point: [[Double]]
        var successes: Int
        /// `[scenario][year]`: the focus province's index minus the score it must beat.
        var margins: [[Double]]
        /// `[scenario][year][movable]`: how much one unit of the indicator adds to the margin.
        var slopes: [[[Double]]]
    }

    /// Slopes are measured by nudging each indicator in every year; an indicator whose values
    /// did not move since `previous` keeps its slopes there (with the others' values fixed,
    /// its range, treatment and the province's place in it are unchanged), so a step costs
    /// one run per indicator it moved rather than one per indicator.
    private func linearise(_ changes: [[Double]], previous: Linearisation? = nil) throws -> Linearisation {
        let here = try evaluate(changes, keepIndex: true)
        let targets = targetRanks(here.index!)
        let margins = self.margins(here.index!, targets: targets)
        // A scenario-year whose margin was infinite had no slopes measured.
        let reusable = previous.map { previous in
            (0..<scenarios).allSatisfy { s in years.indices.allSatisfy { previous.margins[s][$0].isFinite || !margins[s][$0].isFinite } }
        } ?? false
        var slopes = reusable ? previous!.slopes : [[[Double]]](
            repeating: [[Double]](repeating: [Double](repeating: 0, count: movable.count), count: years.count), count: scenarios)
        for (m, i) in movable.enumerated() where !reusable || changes[i] != previous!.point[i] {
            let step = point[i] * 1e-3
            let moved = try evaluate(changes, nudge: (i, step), keepIndex: true)
            let after = self.margins(moved.index!, targets: targets)
            for s in 0..<scenarios {
                for j in years.indices {
                    slopes[s][j][m] = margins[s][j].isFinite && after[s][j].isFinite ? (after[s][j] - margins[s][j]) / step : 0
                }
            }
        }
        return Linearisation(point: changes, successes: here.successes, margins: margins, slopes: slopes)
    }

    /// The rank each scenario needs in each milestone year: the tightest `rank_at_most`, and
    /// for a climb, the rank the year before (the better of the scenario's own and the one
    /// that year needs) less the places.
    private func targetRanks(_ index: [Double]) -> [[Int]] {
        let focus = plan.scenario.province, provinces = plan.fit.provinceCount, simulated = plan.years.count
        func rank(_ s: Int, _ y: Int) -> Int {
            guard y >= 0 else { return plan.lastRanks[focus] ?? provinces }
            let row = (s * simulated + y) * provinces
            return BatchScorer.competitionRank(of: index[row + focus], among: provinces) { index[row + $0] } ?? provinces
        }
        return (0..<scenarios).map { s in
            var targets: [Int: Int] = [:]
            return zip(years, yearPositions).map { year, y in
                let target = plan.scenario.milestones.filter { $0.year == year }.reduce(provinces) { k, milestone in
                    switch milestone.condition {
                    case .rankAtMost(let at): return min(k, at)
                    case .betterThanPreviousYear(let places):
                        let before = min(rank(s, y - 1), targets[year - 1] ?? provinces)
                        return min(k, before - places)
                    default: return k
                    }
                }
                targets[year] = target
                return target
            }
        }
    }

    /// The focus province's index minus the k-th best rival's (−∞ where no rank can do).
    private func margins(_ index: [Double], targets: [[Int]]) -> [[Double]] {
        let focus = plan.scenario.province, provinces = plan.fit.provinceCount, simulated = plan.years.count
        return (0..<scenarios).map { s in
            yearPositions.enumerated().map { j, y in
                let row = (s * simulated + y) * provinces, k = targets[s][j]
                let own = index[row + focus]
                guard k >= 1, !own.isNaN else { return -.infinity }
                var rivals = (0..<provinces).filter { $0 != focus }.map { index[row + $0].isNaN ? -.infinity : index[row + $0] }
                guard k <= rivals.count else { return .infinity }
                rivals.sort(by: >)
                return own - rivals[k - 1]
            }
        }
    }

    /// The scenarios the linear model says the room can reach.
    private func reachableScenarios(_ linear: Linearisation) -> [Int] {
        (0..<scenarios).filter { s in
            years.indices.allSatisfy { j in
                let gain = movable.indices.reduce(0.0) { total, m in
                    total + max(0, linear.slopes[s][j][m]) * max(0, room[movable[m]] - linear.point[movable[m]][j])
                }
                return linear.margins[s][j] + gain >= 0
            }
        }
    }

    /// `scenarios` by their worst margin, best first.
    private func worstMarginsFirst(_ linear: Linearisation, among scenarios: [Int]) -> [Int] {
        return scenarios.map { s in (s, linear.margins[s].min() ?? .infinity) }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.map(\.0)
    }

    /// A step from the linearisation: the cheapest pathway that the linear model says meets
    /// `need` scenarios. Which scenarios to meet is the hard part. When the scenarios the room
    /// can reach are few (`selectionSample`), the mixed-integer programme chooses them (one
    /// binary per scenario: met in every year or not), which is exact for the linear model;
    /// otherwise the linear programme meets the `need` scenarios whose worst margin is best
    /// (a mixed-integer choice on a subsample was tried: dearer answers, four times slower).
    private func propose(_ linear: Linearisation, need: Int, reach: Double) -> [[Double]]? {
        let reachable = reachableScenarios(linear)
        // Fewer than `need` within reach (by the linear model): meet them all, a step closer.
        if reachable.count > need && reachable.count <= Self.selectionSample {
            return cheapest(linear, scenarios: reachable, need: need, reach: reach)
        }
        return cheapest(linear, scenarios: Array(worstMarginsFirst(linear, among: reachable).prefix(need)), need: nil, reach: reach)
    }

    /// Scenarios the mixed-integer selection takes at most: few enough for CBC to solve well
    /// within its node limit.
    static let selectionSample = 100
    /// Branch-and-bound nodes of the selection (a proposal only: the engine judges it).
    static let selectionNodes: Int32 = 2_000

    /// Whether a solver's seconds limit (a safety net) stopped a selection: the answer may then
    /// depend on the machine's speed, and the outputs say so.
    public private(set) var stoppedByTime = false

    /// The linearised margin of scenario `s` in year `j` at a pathway.
    private func linearMargin(_ linear: Linearisation, _ s: Int, _ j: Int, at changes: [[Double]]) -> Double {
        movable.enumerated().reduce(linear.margins[s][j]) { margin, entry in
            margin + linear.slopes[s][j][entry.offset] * (changes[entry.element][j] - linear.point[entry.element][j])
        }
    }

    /// The least-cost pathway whose linearised margins are positive in every one of
    /// `scenarios`, or with `need` in at least that many of them. Each indicator moves at most
    /// `reach` normalised points from the linearisation's point; nil when there is no solution.
    ///
    /// Most scenarios' rows are far from binding, and a dense programme of all of them is slow
    /// to solve (8,000 rows for 1,600 scenarios and five years): the linear programme starts
    /// from the rows with the smallest margins and adds the rows its answer breaks until it
    /// breaks none, which is the answer of the whole programme.
    private func cheapest(_ linear: Linearisation, scenarios chosen: [Int], need: Int?, reach: Double) -> [[Double]]? {
        let rows = chosen.flatMap { s in years.indices.filter { linear.margins[s][$0] != .infinity }.map { (s, $0) } }
        if let need { return program(linear, rows: rows, need: need, reach: reach) }
        let tightest = rows.sorted { (linear.margins[$0.0][$0.1], $0.0, $0.1) < (linear.margins[$1.0][$1.1], $1.0, $1.1) }
        var active = Array(tightest.prefix(Self.firstRows))
        var included = Set(active.map { $0.0 * years.count + $0.1 })
        for _ in 0..<Self.rowRounds {
            guard let answer = program(linear, rows: active, need: nil, reach: reach) else { return nil }
            let broken = tightest.filter { row in
                !included.contains(row.0 * years.count + row.1) && linearMargin(linear, row.0, row.1, at: answer) < Self.clearance * 0.999
            }
            guard !broken.isEmpty else { return answer }
            for row in broken.prefix(Self.firstRows) {
                active.append(row)
                included.insert(row.0 * years.count + row.1)
            }
        }
        return nil
    }

    /// Rows the linear programme starts from and adds at most per round; rounds before it
    /// gives up (each adds the rows its answer breaks most).
    static let firstRows = 400
    static let rowRounds = 30

    /// The programme of `rows` (scenario, year): each row's linearised margin positive, or
    /// with `need`, a binary per scenario (met in every year or not; a row relaxed by as much
    /// as the bounds allow when its binary is 0) and at least `need` of them met. Earlier
    /// years carry a thousandth of the cost, so that they ask no more than the milestones
    /// need.
    private func program(_ linear: Linearisation, rows: [(Int, Int)], need: Int?, reach: Double) -> [[Double]]? {
        var program = MixedIntegerProgram()
        program.maximise = false
        let last = years.count - 1
        var column = [[Int]](repeating: [], count: movable.count)
        var bounds = [[(lower: Double, upper: Double)]](repeating: [], count: movable.count)
        for (m, i) in movable.enumerated() {
            for j in years.indices {
                let here = linear.point[i][j] / point[i]
                let lower = max(0, here - reach), upper = min(room[i] / point[i], here + reach)
                bounds[m].append((lower, upper))
                column[m].append(program.addColumn(.init(
                    lower: lower, upper: upper, objective: unitCost[i] * point[i] * (j == last ? 1 : 1e-3), isInteger: false)))
            }
            for j in years.indices.dropLast() {
                program.addRow(.init(columns: [column[m][j + 1], column[m][j]], coefficients: [1, -1], lower: 0))
            }
        }
        var binaries: [Int: Int] = [:]
        for (s, j) in rows {
            var columns: [Int] = [], coefficients: [Double] = []
            var current = 0.0, lowest = 0.0
            for (m, i) in movable.enumerated() where linear.slopes[s][j][m] != 0 {
                let coefficient = linear.slopes[s][j][m] * point[i]
                columns.append(column[m][j])
                coefficients.append(coefficient)
                current += linear.slopes[s][j][m] * linear.point[i][j]
                lowest += min(coefficient * bounds[m][j].lower, coefficient * bounds[m][j].upper)
            }
            let needed = current - linear.margins[s][j] + Self.clearance
            guard need != nil else {
                if columns.isEmpty { if needed > 0 { return nil } else { continue } }
                program.addRow(.init(columns: columns, coefficients: coefficients, lower: needed))
                continue
            }
            let binary = binaries[s] ?? program.addColumn(.init(lower: 0, upper: 1, objective: 0, isInteger: true))
            binaries[s] = binary
            // Met (binary 1): the row as it is; not met: as low as the bounds let it be.
            let relief = max(0, needed - lowest)
            guard relief > 0 else { continue }
            program.addRow(.init(columns: columns + [binary], coefficients: coefficients + [-relief], lower: needed - relief))
        }
        if let need {
            let met = binaries.values.sorted()
            program.addRow(.init(columns: met, coefficients: [Double](repeating: 1, count: met.count), lower: Double(need)))
        }
        let solution = CBCSolver.solve(program, limits: .init(nodes: need == nil ? 20_000 : Self.selectionNodes))
        stoppedByTime = stoppedByTime || solution.stoppedByTime
        guard solution.status == .optimal || solution.status == .feasible else { return nil }
        var changes = zero
        for (m, i) in movable.enumerated() {
            for j in years.indices { changes[i][j] = max(0, solution.values[column[m][j]] * point[i]) }
        }
        return monotone(changes)
    }

    /// The margin the linear programme asks beyond a tie, in index points.
    static let clearance = 1e-6

    /// The least multiple of `changes` (each indicator capped at its room) the engine finds
    /// meeting the milestones in `need` scenarios; when even the multiple that puts every
    /// changed indicator at its room does not, the multiple tried that meets the most.
    private func leastScale(of changes: [[Double]], need: Int) throws -> (changes: [[Double]], successes: Int) {
        // Beyond four times the proposal the linear model that made it says nothing.
        let limit = min(Self.largestScale, movable.reduce(0.0) { bound, i in
            changes[i].last! > 0 ? max(bound, room[i] / changes[i].last!) : bound
        })
        guard limit > 0 else { return (changes, try evaluate(changes).successes) }
        var high = min(1, limit), highCount = try evaluate(capped(changes, high)).successes
        var most = (factor: high, successes: highCount)
        while highCount < need {
            guard high < limit else { return (capped(changes, most.factor), most.successes) }
            high = min(limit, high * 1.25)
            highCount = try evaluate(capped(changes, high)).successes
            if highCount > most.successes { most = (high, highCount) }
        }
        var low = 0.0
        while high - low > Self.shareTolerance * high {
            let middle = (low + high) / 2
            let count = try evaluate(capped(changes, middle)).successes
            if count >= need { (high, highCount) = (middle, count) } else { low = middle }
        }
        return (capped(changes, high), highCount)
    }

    /// `changes` times `factor`, each indicator at most its room.
    private func capped(_ changes: [[Double]], _ factor: Double) -> [[Double]] {
        changes.indices.map { i in changes[i].map { min($0 * factor, room[i]) } }
    }

    /// Each indicator's row, the costliest first, then each earlier year, cut to the least
    /// share that still meets the milestones in `need` scenarios.
    private func trimmed(_ changes: [[Double]], need: Int) throws -> [[Double]] {
        var current = changes
        let order = movable.filter { current[$0].last! > 0 }.sorted { unitCost[$0] * current[$0].last! > unitCost[$1] * current[$1].last! }
        for i in order {
            let row = current[i]
            let share = try leastShare(need: need) { share in
                var trial = current
                trial[i] = row.map { $0 * share }
                return trial
            }
            current[i] = row.map { $0 * share }
        }
        for j in years.indices.dropLast().reversed() {
            let base = current
            let share = try leastShare(need: need) { share in
                var trial = base
                for i in self.movable { for earlier in 0...j { trial[i][earlier] = base[i][earlier] * share } }
                return trial
            }
            for i in movable { for earlier in 0...j { current[i][earlier] = base[i][earlier] * share } }
        }
        return current
    }

    /// The least share in [0, 1] at which `trial(share)` meets the milestones in `need`
    /// scenarios, assuming share 1 does; 1 when a cut of `firstCut` already fails, which is
    /// what the linear programme's answer mostly gives (one run instead of eight).
    private func leastShare(need: Int, _ trial: (Double) -> [[Double]]) throws -> Double {
        guard try evaluate(trial(1 - Self.firstCut)).successes >= need else { return 1 }
        if try evaluate(trial(0)).successes >= need { return 0 }
        var low = 0.0, high = 1 - Self.firstCut
        while high - low > Self.trimTolerance {
            let middle = (low + high) / 2
            if try evaluate(trial(middle)).successes >= need { high = middle } else { low = middle }
        }
        return high
    }

    /// Whether two pathways differ by less than a millionth of a normalised point anywhere.
    private func isClose(_ a: [[Double]], _ b: [[Double]]) -> Bool {
        movable.allSatisfy { i in zip(a[i], b[i]).allSatisfy { abs($0 - $1) <= point[i] * 1e-6 } }
    }

    /// Never less in a later year than in an earlier one.
    private func monotone(_ changes: [[Double]]) -> [[Double]] {
        changes.map { row in
            var highest = 0.0
            return row.map { value in
                highest = max(highest, value)
                return highest
            }
        }
    }

    private func cost(_ changes: [[Double]]) -> Double {
        movable.reduce(0) { $0 + unitCost[$1] * (changes[$1].last ?? 0) }
    }

    /// The pathway as measures: for each indicator, one per year in which its target rises,
    /// adding the rise in the indicator's unit from that year on.
    func measures(_ changes: [[Double]]) -> [Intervention] {
        let focus = plan.scenario.province, framework = plan.framework
        var measures: [Intervention] = []
        for i in movable {
            var reached = 0.0
            for (j, year) in years.enumerated() where changes[i][j] > reached {
                let rise = changes[i][j] - reached
                reached = changes[i][j]
                let code = framework.indicators[i].code
                measures.append(Intervention(
                    id: "pathway-\(code)-\(year)",
                    name: "\(code) \(framework.indicators[i].nameVI): +\(String(format: "%.4g", rise)) (\(year))",
                    owner: framework.indicators[i].owner,
                    province: focus, effects: [.init(indicator: i, change: .absolute(rise * plan.directions[i]))],
                    start: year, cost: rise * unitCost[i]))
            }
        }
        return measures
    }

    private func pathway(_ changes: [[Double]], probability: Double, successes: Int, reachable: Bool = true, alreadyMet: Bool = false) -> Pathway {
        Pathway(probability: probability, years: years, changes: changes, cost: cost(changes), searchSuccesses: successes,
                searchTrials: scenarios, reachable: reachable, alreadyMet: alreadyMet, measures: measures(changes))
    }

    private func runOptions() -> RunOptions {
        var options = RunOptions(threads: threads, scenarios: scenarios, width: 8)
        options.tallyProvinces = false
        options.baseline = baseline
        options.isCancelled = isCancelled
        return options
    }

    /// One engine run of the search sample with the pathway (and a nudge of one indicator in
    /// every year, for a slope): how many scenarios meet every targeted milestone and,
    /// when asked, every province's index.
    private func evaluate(_ changes: [[Double]], nudge: (indicator: Int, amount: Double)? = nil, keepIndex: Bool = false)
        throws -> (successes: Int, index: [Double]?) {
        var measures = measures(changes)
        if let nudge {
            measures.append(Intervention(
                id: "nudge", province: plan.scenario.province,
                effects: [.init(indicator: nudge.indicator, change: .absolute(nudge.amount * plan.directions[nudge.indicator]))],
                start: plan.years[0]))
        }
        var options = runOptions()
        let outcomes = UnsafeMutablePointer<ScenarioOutcome>.allocate(capacity: scenarios)
        defer { outcomes.deallocate() }
        options.outputs.outcomes = outcomes
        let size = scenarios * plan.years.count * plan.fit.provinceCount
        let index = UnsafeMutablePointer<Double>.allocate(capacity: keepIndex ? size : 1)
        defer { index.deallocate() }
        if keepIndex { options.outputs.indexScores = index }
        _ = try MonteCarlo(plan: plan.replacingInterventions(rivals + measures)).run(options)
        evaluations += 1
        let successes = (0..<scenarios).filter { outcomes[$0].contains(.everyRankMilestone) }.count
        return (successes, keepIndex ? Array(UnsafeBufferPointer(start: index, count: size)) : nil)
    }
}
