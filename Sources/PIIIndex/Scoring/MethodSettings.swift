/// The method's global settings (methodology §0, §2.2, §3), with the methodology's defaults.
public struct MethodSettings: Sendable, Equatable, Codable {
    /// An indicator is flagged for outlier treatment when |skewness| exceeds this…
    public var skewnessThreshold: Double = 2.25
    /// …and its excess kurtosis exceeds this.
    public var kurtosisThreshold: Double = 3.5
    /// Winsorisation steps tried before falling back to the scaled log.
    public var maxWinsorisationSteps: Int = 5
    /// The panel holds published 0–100 indicator scores, not raw values: no treatment,
    /// direction taken as +1, min–max still applied (methodology §3).
    public var valuesAreNormalised: Bool = false
    /// How a province's missing value counts (`docs/methodology-decisions.md`).
    public var missingValues: MissingValueRule = .renormalise

    public init(
        skewnessThreshold: Double = 2.25, kurtosisThreshold: Double = 3.5,
        maxWinsorisationSteps: Int = 5, valuesAreNormalised: Bool = false,
        missingValues: MissingValueRule = .renormalise
    ) {
        self.skewnessThreshold = skewnessThreshold
        self.kurtosisThreshold = kurtosisThreshold
        self.maxWinsorisationSteps = maxWinsorisationSteps
        self.valuesAreNormalised = valuesAreNormalised
        self.missingValues = missingValues
    }

    public static let standard = MethodSettings()
}

/// How a missing value of a province counts. The published method does not say; the GII
/// leaves it out. An indicator no province reports that year stays out under every rule.
public enum MissingValueRule: String, Sendable, Equatable, Codable, CaseIterable {
    /// Left out: the parent averages the children present, with their weights re-normalised
    /// (the GII practice). A gap in a weak indicator can raise a province's rank.
    case renormalise
    /// Scored 0, the bottom of the normalised scale, below or level with every province that
    /// reports; treatment and min–max use the values reported, so no other province moves.
    case lowest
    /// Taken as the raw value 0 (a count not reported is none), which enters the outlier
    /// treatment and min–max like any value, so it can move every province's score.
    case zero
}

/// What the outlier rule did to one indicator in one scenario-year.
public enum AppliedTreatment: Sendable, Equatable, CustomStringConvertible {
    /// Not flagged, or not subject to treatment.
    case none
    /// Winsorised in `steps` steps (at least 1).
    case winsorised(steps: Int)
    /// Still flagged after the allowed steps: scaled log of the original values.
    case log

    /// The compact code the batch stores: 0 none, k > 0 winsorised in k steps, −1 log.
    init(code: Int8) {
        switch code {
        case 0: self = .none
        case -1: self = .log
        default: self = .winsorised(steps: Int(code))
        }
    }

    public var description: String {
        switch self {
        case .none: "none"
        case .winsorised(let steps): "winsorised (\(steps) step\(steps == 1 ? "" : "s"))"
        case .log: "log"
        }
    }
}
