import PIIConcurrency
import PIIIndex
import Synchronization

/// Runs a scenario's Monte Carlo: batches of scenarios spread over worker threads, every year
/// of every batch scored by the one batched scorer, everything tallied in integers.
///
/// Each random draw is addressed by (scenario, year, province, purpose) through Philox, each
/// scenario's arithmetic is independent of its neighbours in a batch, and the tallies are
/// integer sums: the result is the same for any thread count and batch width.
public struct MonteCarlo: Sendable {
    public let plan: SimulationPlan

    public init(plan: SimulationPlan) {
        self.plan = plan
    }

    /// Runs every scenario of `options` and returns the tally.
    public func run(_ options: RunOptions) throws -> SimulationTally {
        let width = options.width
        precondition(width % ScoreBatch.laneGroup == 0)
        let count = options.scenarios ?? plan.scenario.scenarios
        if let baseline = options.baseline {
            precondition(baseline.scenarios >= count && baseline.years == plan.years.count)
            // A replay must read exactly what was recorded: the same first scenario, no more
            // scenarios than were recorded.
            if let recorded = baseline.recording {
                let mismatch = "replaying scenarios \(options.firstScenario)… (\(count)) from a recording of \(recorded.first)… (\(recorded.count))"
                precondition(recorded.first == options.firstScenario && recorded.count >= count, mismatch)
            }
        }
        let batches = (count + width - 1) / width
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let workers = max(1, min(options.threads, batches))
        let tallies = Mutex<[SimulationTally]>([])
        let stopped = Atomic<Bool>(false)
        let plan = self.plan
        let work: @Sendable (Int) -> Void = { _ in
            let simulator = BatchSimulator(plan: plan, width: width, active: options.activeInterventions)
            var tally = SimulationTally(
                years: plan.years.count, provinces: plan.fit.provinceCount,
                pillars: plan.framework.pillars.count, milestones: plan.scenario.milestones.count)
            while true {
                if options.isCancelled?() == true {
                    stopped.store(true, ordering: .relaxed)
                    break
                }
                let b = next.add(1, ordering: .relaxed).oldValue
                guard b < batches else { break }
                simulator.simulate(batchStart: b * width, count: count, options: options, into: &tally)
                let finished = done.add(min(width, count - b * width), ordering: .relaxed).newValue
                options.progress?(finished)
            }
            tallies.withLock { $0.append(tally) }
        }
        forEachWorker(workers, work)
        // A cancelled recording holds some batches only: it is not marked, so it is never replayed.
        if stopped.load(ordering: .relaxed) { throw SimulationError.cancelled }
        if let baseline = options.baseline, !baseline.isRecorded {
            baseline.markRecorded(first: options.firstScenario, count: count)
        }
        var total = SimulationTally(
            years: plan.years.count, provinces: plan.fit.provinceCount,
            pillars: plan.framework.pillars.count, milestones: plan.scenario.milestones.count)
        for tally in tallies.withLock({ $0 }) { total.merge(tally) }
        return total
    }
}

extension MonteCarlo {
    /// A run with the default options on `threads` workers.
    public func run(scenarios: Int? = nil, threads: Int, width: Int = 8) throws -> SimulationTally {
        try run(RunOptions(threads: threads, scenarios: scenarios, width: width))
    }
}
