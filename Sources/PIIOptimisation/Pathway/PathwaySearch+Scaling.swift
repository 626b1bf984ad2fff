import Foundation
import PIIGap
import PIIIndex
import PIISimulation

/// A proposal checked with the exact engine: scaled to the least multiple that meets the
/// milestones in enough scenarios, trimmed row by row, priced, turned into measures.
extension PathwaySearch {
    /// The least multiple of `changes` (each indicator capped at its room) the engine finds
    /// meeting the milestones in `need` scenarios; when even the multiple that puts every
    /// changed indicator at its room does not, the multiple tried that meets the most.
    func leastScale(of changes: [[Double]], need: Int) throws -> (changes: [[Double]], successes: Int) {
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
    func capped(_ changes: [[Double]], _ factor: Double) -> [[Double]] {
        changes.indices.map { i in changes[i].map { min($0 * factor, room[i]) } }
    }

    /// Each indicator's row, the costliest first, then each earlier year, cut to the least
    /// share that still meets the milestones in `need` scenarios.
    func trimmed(_ changes: [[Double]], need: Int) throws -> [[Double]] {
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
    func leastShare(need: Int, _ trial: (Double) -> [[Double]]) throws -> Double {
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
    func isClose(_ a: [[Double]], _ b: [[Double]]) -> Bool {
        movable.allSatisfy { i in zip(a[i], b[i]).allSatisfy { abs($0 - $1) <= point[i] * 1e-6 } }
    }

    /// Never less in a later year than in an earlier one.
    func monotone(_ changes: [[Double]]) -> [[Double]] {
        changes.map { row in
            var highest = 0.0
            return row.map { value in
                highest = max(highest, value)
                return highest
            }
        }
    }

    func cost(_ changes: [[Double]]) -> Double {
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

    func pathway(_ changes: [[Double]], probability: Double, successes: Int, reachable: Bool = true, alreadyMet: Bool = false) -> Pathway {
        Pathway(probability: probability, years: years, changes: changes, cost: cost(changes), searchSuccesses: successes,
                searchTrials: scenarios, reachable: reachable, alreadyMet: alreadyMet, measures: measures(changes))
    }

    func runOptions() -> RunOptions {
        var options = RunOptions(threads: threads, scenarios: scenarios, width: 8)
        options.tallyProvinces = false
        options.baseline = baseline
        options.isCancelled = isCancelled
        return options
    }

    /// One engine run of the search sample with the pathway (and a nudge of one indicator in
    /// every year, for a slope): how many scenarios meet every targeted milestone and,
    /// when asked, every province's index.
    func evaluate(_ changes: [[Double]], nudge: (indicator: Int, amount: Double)? = nil, keepIndex: Bool = false)
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
