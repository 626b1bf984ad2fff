import PIIForecast
import PIIIndex

/// One run: which province, which forecast model, how many scenarios, which seed, the
/// measures and the targets. A scenario file describes one; a run is reproducible from it.
public struct Scenario: Sendable, Equatable {
    public var name: String
    /// The focus province, by number.
    public var province: Int
    /// The last edition year simulated.
    public var horizon: Int
    public var model: ForecastModel
    /// For `mixture`: each component's probability, summing to 1.
    public var mixture: [ForecastModel: Double]
    public var scenarios: Int
    public var seed: UInt64
    /// How random-walk, drift and mean-reversion draw their shocks.
    public var shocks: ShockDistribution
    /// Multiplies every shock: 0 gives the deterministic trend path.
    public var shockScale: Double
    /// Whether each scenario draws its own model parameters (province trends, convergence
    /// speeds) from their posterior, or uses the point estimates.
    public var parameterUncertainty: Bool
    public var milestones: [Milestone]
    public var interventions: [Intervention]
    public var settings: MethodSettings

    /// What a scenario file that leaves them out gets, and what `pii backtest` and the
    /// benchmark use: the one place these defaults are written.
    public static let defaultHorizon = 2030
    public static let defaultScenarioCount = 20_000
    public static let defaultSeed: UInt64 = 2026

    public init(
        name: String = "", province: Int, horizon: Int, model: ForecastModel = .localLevel,
        mixture: [ForecastModel: Double] = Scenario.equalMixture, scenarios: Int = Scenario.defaultScenarioCount,
        seed: UInt64 = Scenario.defaultSeed,
        shocks: ShockDistribution = .resample, shockScale: Double = 1, parameterUncertainty: Bool = true, milestones: [Milestone] = [],
        interventions: [Intervention] = [], settings: MethodSettings = .standard
    ) {
        self.name = name
        self.province = province
        self.horizon = horizon
        self.model = model
        self.mixture = mixture
        self.scenarios = scenarios
        self.seed = seed
        self.shocks = shocks
        self.shockScale = shockScale
        self.parameterUncertainty = parameterUncertainty
        self.milestones = milestones
        self.interventions = interventions
        self.settings = settings
    }

    public static let equalMixture: [ForecastModel: Double] = [.randomWalk: 1.0 / 3, .drift: 1.0 / 3, .meanReversion: 1.0 / 3]
}
