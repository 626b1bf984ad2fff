/// How a Monte Carlo run is carried out and what it reports beyond its tally. None of these
/// change a scenario's result: scenario `s` draws the same numbers whatever the options.
public struct RunOptions: @unchecked Sendable {
    /// How many scenarios (default: the scenario's count), numbered from `firstScenario`.
    public var scenarios: Int?
    /// The number of the first scenario: fresh scenarios for a verification start far from 0.
    public var firstScenario = 0
    public var threads: Int
    /// Scenarios per batch, a multiple of 8.
    public var width = 8
    /// Which of the scenario's interventions are in force (all when nil).
    public var activeInterventions: [Bool]?
    /// One byte per scenario: bit 0 every milestone met, bit 1 top 10 in the horizon year.
    public var outcomes: UnsafeMutablePointer<UInt8>?
    /// Each scenario's raw values in the horizon year, `[scenario][indicator][province]`.
    public var finalValues: UnsafeMutablePointer<Double>?
    /// For each scenario and `rankAtMost` milestone (`SimulationPlan.rankTargets`, in order):
    /// the focus province's index minus the score it must beat (the k-th best rival's),
    /// `[scenario][rank target]`; it must hold scenarios × `rankTargets.count` values.
    public var margins: UnsafeMutablePointer<Double>?
    /// No-intervention values to record on the first run and replay on later ones.
    public var baseline: BaselineCache?
    /// Called with the number of scenarios done, from any thread.
    public var progress: (@Sendable (Int) -> Void)?
    /// Polled between batches; a true answer stops the run with `MonteCarlo.Cancelled`.
    public var isCancelled: (@Sendable () -> Bool)?

    public init(threads: Int, scenarios: Int? = nil, width: Int = 8) {
        self.threads = threads
        self.scenarios = scenarios
        self.width = width
    }
}

/// Every scenario's no-intervention raw values for every simulated year, recorded once and
/// replayed for every candidate portfolio the optimiser evaluates: the forecast is the same
/// for all of them (common random numbers), only the measures and the scoring differ.
public final class BaselineCache: @unchecked Sendable {
    public let scenarios: Int
    let years: Int
    let cells: Int
    let values: UnsafeMutablePointer<Double>
    /// Set after the recording run.
    public private(set) var isRecorded = false

    public init(scenarios: Int, years: Int, cells: Int) {
        self.scenarios = scenarios
        self.years = years
        self.cells = cells
        values = .allocate(capacity: scenarios * years * cells)
    }

    deinit { values.deallocate() }

    func markRecorded() { isRecorded = true }

    /// The values of scenario `s` (counted from the run's first), year number `y`, `[indicator][province]`.
    @inline(__always)
    func slot(scenario s: Int, year y: Int) -> UnsafeMutablePointer<Double> {
        values + (s * years + y) * cells
    }

    /// Memory the cache takes, in bytes.
    public var bytes: Int { scenarios * years * cells * MemoryLayout<Double>.stride }
}
