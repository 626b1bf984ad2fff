/// What a run writes beyond its tally, into buffers its caller owns, one row per scenario
/// (counted from the run's first) in the layout each field states; nil: not written. The
/// package's own searches hand them in and read them; nothing checks a buffer's size, hence
/// `package` access. Workers write only their own scenarios' rows, which is what makes
/// sharing the buffers between threads sound (`@unchecked Sendable`, here only).
///
/// Where a scenario's row and a year's place in it lie is `RunOutputs.Layout`'s, the one
/// place that computes it.
package struct RunOutputs: @unchecked Sendable {
    /// What each scenario reached, one per scenario.
    package var outcomes: UnsafeMutablePointer<ScenarioOutcome>?
    /// One byte per scenario and milestone, `[scenario][milestone]`: 1 where the scenario met
    /// it. What a comparison of two scenario files pairs, scenario by scenario.
    package var milestoneOutcomes: UnsafeMutablePointer<UInt8>?
    /// The focus province's rank every simulated year, `[scenario][year]` (0: no rank). Without
    /// `tallyProvinces`, only the years a milestone reads are written (`judgedYears`).
    package var focusRanks: UnsafeMutablePointer<Int32>?
    /// Each scenario's raw values in the horizon year, `[scenario][indicator][province]`.
    package var finalValues: UnsafeMutablePointer<Double>?
    /// For each scenario and `rankAtMost` milestone (`SimulationPlan.rankTargets`, in order):
    /// the focus province's index minus the score it must beat (the k-th best rival's),
    /// `[scenario][rank target]`; it must hold scenarios × `rankTargets.count` values.
    package var margins: UnsafeMutablePointer<Double>?
    /// For each scenario: the focus province's index minus the 10th best rival's in the
    /// horizon year (positive: in the top 10).
    package var topTenMargins: UnsafeMutablePointer<Double>?
    /// The focus province's raw values (measures applied) every simulated year,
    /// `[scenario][year][indicator]`: the yearly targets of a plan's task list.
    package var focusValues: UnsafeMutablePointer<Double>?
    /// Every province's index score every simulated year, `[scenario][year][province]`: what
    /// the pathway search linearises its margins from, for any target rank. Without
    /// `tallyProvinces`, only the years a milestone reads are written (`judgedYears`).
    package var indexScores: UnsafeMutablePointer<Double>?

    package init() {}

    /// The offsets of a run's outputs, from the plan's sizes.
    struct Layout {
        let years: Int
        let indicators: Int
        let provinces: Int
        let milestones: Int
        let rankTargets: Int

        init(plan: SimulationPlan) {
            years = plan.years.count
            indicators = plan.fit.indicatorCount
            provinces = plan.fit.provinceCount
            milestones = plan.scenario.milestones.count
            rankTargets = plan.rankTargets.count
        }

        /// `focusRanks`: `[scenario][year]`.
        func focusRank(scenario s: Int, year y: Int) -> Int { s * years + y }
        /// `focusValues`: `[scenario][year][indicator]`, the first indicator's place.
        func focusValues(scenario s: Int, year y: Int) -> Int { (s * years + y) * indicators }
        /// `indexScores`: `[scenario][year][province]`, the first province's place.
        func indexScores(scenario s: Int, year y: Int) -> Int { (s * years + y) * provinces }
        /// `finalValues`: `[scenario][indicator][province]`, the scenario's first place.
        func finalValues(scenario s: Int) -> Int { s * indicators * provinces }
        /// `margins`: `[scenario][rank target]`.
        func margin(scenario s: Int, target position: Int) -> Int { s * rankTargets + position }
        /// `milestoneOutcomes`: `[scenario][milestone]`.
        func milestone(scenario s: Int, milestone m: Int) -> Int { s * milestones + m }
    }
}
