/// What one scenario reached, as `RunOptions.outcomes` records it, a byte per scenario: the
/// one definition the simulator writes and the optimiser, the pathway search and the
/// comparison read.
public struct ScenarioOutcome: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Every milestone of the scenario met.
    public static let everyMilestone = ScenarioOutcome(rawValue: 1)
    /// The focus province in the top 10 in the horizon year.
    public static let topTenAtHorizon = ScenarioOutcome(rawValue: 2)
    /// Every rank milestone met (`Milestone.isRankMilestone`).
    public static let everyRankMilestone = ScenarioOutcome(rawValue: 4)
}
