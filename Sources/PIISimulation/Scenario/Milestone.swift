/// A target of the plan for one edition year, checked in every scenario.
public struct Milestone: Sendable, Equatable {
    public enum Condition: Sendable, Equatable {
        /// The focus province's rank is `k` or better.
        case rankAtMost(Int)
        /// Its rank is at least `k` places better than in the same scenario's previous year
        /// (for the first simulated year: than in the last edition of data).
        case betterThanPreviousYear(Int)
        /// Its index score is at least this.
        case scoreAtLeast(Double)
        /// Its rank on a pillar (by number in the framework) is `k` or better.
        case pillarRankAtMost(pillar: Int, rank: Int)
        /// Its score on a pillar is at least this.
        case pillarScoreAtLeast(pillar: Int, score: Double)
        /// Every indicator it has is at or above the national average (the plan's "100 % of
        /// indicators at or above the national average").
        case everyIndicatorAtAverage
    }

    public var year: Int
    public var condition: Condition
    /// Where it was written (for messages), such as `milestones[2]`.
    public var label: String

    public init(year: Int, condition: Condition, label: String = "") {
        self.year = year
        self.condition = condition
        self.label = label
    }

    /// Whether the milestone is about the overall rank (the plan's rank path), as opposed to
    /// scores, pillars or indicators.
    public var isRankMilestone: Bool {
        switch condition {
        case .rankAtMost, .betterThanPreviousYear: true
        default: false
        }
    }
}
