import Foundation
import PIIGap
import PIIIndex
import PIISimulation

/// The search's linear model: every scenario's margins at a pathway and their slopes, the
/// scenarios it can reach, and the cheapest pathway that clears them (a linear or
/// mixed-integer programme over CBC).
extension PathwaySearch {
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
    func linearise(_ changes: [[Double]], previous: Linearisation? = nil) throws -> Linearisation {
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
    func targetRanks(_ index: [Double]) -> [[Int]] {
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
    func margins(_ index: [Double], targets: [[Int]]) -> [[Double]] {
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
    func reachableScenarios(_ linear: Linearisation) -> [Int] {
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
    func worstMarginsFirst(_ linear: Linearisation, among scenarios: [Int]) -> [Int] {
        return scenarios.map { s in (s, linear.margins[s].min() ?? .infinity) }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.map(\.0)
    }

    /// A step from the linearisation: the cheapest pathway that the linear model says meets
    /// `need` scenarios. Which scenarios to meet is the hard part. When the scenarios the room
    /// can reach are few (`selectionSample`), the mixed-integer programme chooses them (one
    /// binary per scenario: met in every year or not), which is exact for the linear model;
    /// otherwise the linear programme meets the `need` scenarios whose worst margin is best
    /// (a mixed-integer choice on a subsample was tried: dearer answers, four times slower).
    func propose(_ linear: Linearisation, need: Int, reach: Double) -> [[Double]]? {
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

    /// The linearised margin of scenario `s` in year `j` at a pathway.
    func linearMargin(_ linear: Linearisation, _ s: Int, _ j: Int, at changes: [[Double]]) -> Double {
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
    func cheapest(_ linear: Linearisation, scenarios chosen: [Int], need: Int?, reach: Double) -> [[Double]]? {
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
    func program(_ linear: Linearisation, rows: [(Int, Int)], need: Int?, reach: Double) -> [[Double]]? {
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
}
