/// A measure that moves indicators of one province: the focus province's own plan, or a
/// rival's announced one.
public struct Intervention: Sendable, Equatable {
    /// How an effect changes an indicator, relative to the scenario's own no-intervention
    /// value that year. "Up to" follows the indicator's direction: down to, when lower is
    /// better. Targets are the other provinces' no-intervention values.
    public enum Change: Sendable, Equatable {
        /// By a share of the value (0.4 for "+40%").
        case relative(Double)
        /// By an amount in the indicator's unit.
        case absolute(Double)
        /// Up to the national average of that scenario-year (a moving target), if below it.
        case reachNationalAverage
        /// Up to another province's value that scenario-year, if below it.
        case reachProvince(Int)
        /// Up to the best value among the provinces that scenario-year (the maximum, or the
        /// minimum for a lower-is-better indicator).
        case reachBest

        /// The change at another level of the measure; nil for a `reach` target, which has
        /// no size to scale.
        public func scaled(by factor: Double) -> Change? {
            switch self {
            case .relative(let share): .relative(share * factor)
            case .absolute(let amount): .absolute(amount * factor)
            case .reachNationalAverage, .reachProvince, .reachBest: nil
            }
        }
    }

    public struct Effect: Sendable, Equatable {
        public var indicator: Int
        public var change: Change
        /// The coefficient of variation of a lognormal multiplier (mean 1) on the effect,
        /// drawn once per scenario: 0 means the effect is certain.
        public var uncertainty: Double

        public init(indicator: Int, change: Change, uncertainty: Double = 0) {
            self.indicator = indicator
            self.change = change
            self.uncertainty = uncertainty
        }
    }

    public var id: String
    public var name: String
    public var owner: String
    public var province: Int
    public var effects: [Effect]
    /// The first edition year whose data the measure moves.
    public var start: Int
    /// Years to full effect: the share reached in year `y` is `min(1, (y − start + 1) / rampYears)`.
    public var rampYears: Int
    /// Cost in billion VND (used by the optimiser).
    public var cost: Double
    /// The position, among the scenario's interventions, of the measure this is a version of
    /// (another level or start year the optimiser may choose instead); nil for a measure
    /// itself. Versions of a measure share its uncertainty draws, so that they are compared
    /// on common random numbers.
    public var versionOf: Int?

    public init(
        id: String, name: String = "", owner: String = "", province: Int, effects: [Effect],
        start: Int, rampYears: Int = 1, cost: Double = 0, versionOf: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.province = province
        self.effects = effects
        self.start = start
        self.rampYears = rampYears
        self.cost = cost
        self.versionOf = versionOf
    }

    /// Whether `pii run` applies it: measures are in force as the file describes them; their
    /// other versions are alternatives for the optimiser.
    public var isVersion: Bool { versionOf != nil }

    /// The share of the full effect reached in edition `year`.
    public func ramp(in year: Int) -> Double {
        guard year >= start else { return 0 }
        return min(1, Double(year - start + 1) / Double(max(rampYears, 1)))
    }
}
