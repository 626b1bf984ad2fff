import Dispatch
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

    /// Stopped by the caller (Ctrl-C) before every scenario ran.
    public struct Cancelled: Error, CustomStringConvertible {
        public var description: String { "interrupted: no results were written" }
    }

    /// - Parameters:
    ///   - scenarios: how many (default: the scenario file's count).
    ///   - threads: worker threads (the machine's cores by default).
    ///   - width: scenarios per batch, a multiple of 8.
    ///   - outcomes: when given, receives one byte per scenario (bit 0: every milestone met;
    ///     bit 1: top 10 in the horizon year); it must hold `scenarios` bytes.
    ///   - finalValues: when given, receives each scenario's raw values in the horizon year,
    ///     `[scenario][indicator][province]`.
    ///   - progress: called with the number of scenarios done, from any thread.
    ///   - isCancelled: polled between batches.
    public func run(
        scenarios: Int? = nil, threads: Int, width: Int = 8,
        outcomes: UnsafeMutablePointer<UInt8>? = nil,
        finalValues: UnsafeMutablePointer<Double>? = nil,
        progress: (@Sendable (Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)? = nil
    ) throws -> SimulationTally {
        precondition(width % ScoreBatch.laneGroup == 0)
        let count = scenarios ?? plan.scenario.scenarios
        let batches = (count + width - 1) / width
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let workers = max(1, min(threads, batches))
        let tallies = Mutex<[SimulationTally]>([])
        let sharedOutcomes = outcomes.map { SharedPointer($0) }
        let sharedValues = finalValues.map { SharedPointer($0) }
        let stopped = Atomic<Bool>(false)
        let plan = self.plan
        let work: @Sendable (Int) -> Void = { _ in
            let simulator = BatchSimulator(plan: plan, width: width)
            var tally = SimulationTally(
                years: plan.years.count, provinces: plan.fit.provinceCount,
                pillars: plan.framework.pillars.count, milestones: plan.scenario.milestones.count)
            while true {
                if isCancelled?() == true {
                    stopped.store(true, ordering: .relaxed)
                    break
                }
                let b = next.add(1, ordering: .relaxed).oldValue
                guard b < batches else { break }
                simulator.simulate(
                    first: b * width, count: count, into: &tally, outcomes: sharedOutcomes?.base, finalValues: sharedValues?.base)
                let finished = done.add(min(width, count - b * width), ordering: .relaxed).newValue
                progress?(finished)
            }
            tallies.withLock { $0.append(tally) }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        if stopped.load(ordering: .relaxed) { throw Cancelled() }
        var total = SimulationTally(
            years: plan.years.count, provinces: plan.fit.provinceCount,
            pillars: plan.framework.pillars.count, milestones: plan.scenario.milestones.count)
        for tally in tallies.withLock({ $0 }) { total.merge(tally) }
        return total
    }
}
