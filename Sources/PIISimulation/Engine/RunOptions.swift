import PIIIndex

/// How a Monte Carlo run is carried out and what it reports beyond its tally. None of these
/// change a scenario's result: scenario `s` draws the same numbers whatever the options.
public struct RunOptions: Sendable {
    /// How many scenarios (default: the scenario's count), numbered from `firstScenario`.
    public var scenarios: Int?
    /// The number of the first scenario: fresh scenarios for a verification start far from 0.
    public var firstScenario = 0
    public var threads: Int
    /// Scenarios per batch, a multiple of 8.
    public var width = 8
    /// Whether to tally every province's ranks and scores (`pii run`'s distributions); the
    /// optimiser only needs the outcomes.
    public var tallyProvinces = true
    /// Which of the scenario's interventions are in force (when nil: every measure as the
    /// file describes it, none of its other versions).
    public var activeInterventions: [Bool]?
    /// What the run writes beyond its tally, scenario by scenario (the package's searches).
    package var outputs = RunOutputs()
    /// No-intervention values to record on the first run and replay on later ones.
    public var baseline: BaselineCache?
    /// Called with the number of scenarios done, from any thread.
    public var progress: (@Sendable (Int) -> Void)?
    /// Polled between batches; a true answer stops the run with `SimulationError.cancelled`.
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
///
/// Stored by lane group, as the batches lay values out (`[group][year][cell][lane]`, eight
/// scenarios a group): a replay copies whole 64-byte lines instead of gathering one value at
/// a time, which matters because a replay streams the whole cache from memory.
public final class BaselineCache: @unchecked Sendable {
    public let scenarios: Int
    let years: Int
    let cells: Int
    let groups: Int
    let values: UnsafeMutablePointer<Double>
    /// The scenarios the recording run covered (its first scenario and how many), set once
    /// it has finished: nil while nothing, or only part, has been recorded.
    public private(set) var recording: (first: Int, count: Int)?
    public var isRecorded: Bool { recording != nil }

    public init(scenarios: Int, years: Int, cells: Int) {
        self.scenarios = scenarios
        self.years = years
        self.cells = cells
        groups = (scenarios + Self.lanes - 1) / Self.lanes
        values = .allocate(capacity: groups * years * cells * Self.lanes)
    }

    deinit { values.deallocate() }

    static let lanes = ScoreBatch.laneGroup

    func markRecorded(first: Int, count: Int) { recording = (first, count) }

    /// The values of lane group `g` (scenarios `8g…8g+7`, counted from the run's first), year
    /// number `y`, `[indicator][province][lane]`; nil past the last group.
    @inline(__always)
    func block(group g: Int, year y: Int) -> UnsafeMutablePointer<Double>? {
        g < groups ? values + (g * years + y) * cells * Self.lanes : nil
    }

    /// Memory the cache takes, in bytes.
    public var bytes: Int { Self.bytes(scenarios: scenarios, years: years, cells: cells) }

    /// Memory a cache of this size would take, in bytes, before it is made.
    public static func bytes(scenarios: Int, years: Int, cells: Int) -> Int {
        (scenarios + lanes - 1) / lanes * years * cells * lanes * MemoryLayout<Double>.stride
    }
}
