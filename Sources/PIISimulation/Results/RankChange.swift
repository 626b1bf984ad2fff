import PIIIndex

/// Why the focus province's rank moves between the last edition and a forecast table (the
/// horizon's median forecast): its index change split into what each indicator, and so each
/// pillar, carries, and its rank change split into its own gain and the rivals' moves.
///
/// The index is a weighted arithmetic mean of the indicators' normalised scores, so its change
/// is the sum over indicators of effective weight × change of normalised score; an indicator
/// missing in one of the two years leaves a remainder (`remainder`), since the weights are
/// renormalised around it. The own gain is the rank the province's forecast score would have
/// among the other provinces' last-edition scores; the rivals' part is the rest. Scores, not
/// raw values, are held still: a score is relative to its year's spread (min–max), so what
/// every province gains alike (a common trend) moves no one, where holding the rivals' raw
/// values at the last edition would credit the province with the whole trend.
public struct RankChange: Sendable {
    public let fromYear: Int
    public let toYear: Int
    public let fromIndex: Double
    public let toIndex: Double
    public let fromRank: Int?
    public let toRank: Int?
    /// The rank of the province's forecast score among the others' last-edition scores.
    public let ownOnlyRank: Int?
    /// Points of the index each indicator carries.
    public let indicatorContributions: [Double]
    /// Points of the index each pillar carries (its indicators' sum).
    public let pillarContributions: [Double]
    /// Each indicator's pillar (the parent of its group).
    public let pillarOfIndicator: [Int?]
    /// The horizon's median forecast table, scored: the report draws the province's pillars
    /// and indicator gaps in it beside the last edition's.
    public let forecastScores: YearScores

    /// The province's pillar scores in the horizon's median forecast (NaN where it has none).
    public var forecastPillarScores: [Double] { forecastScores.scores[.pillar]!.map { $0[province] } }

    /// The province's indicator score minus the provinces' mean in the horizon's median
    /// forecast (NaN where it has none).
    public func forecastGapToAverage(indicator: Int) -> Double {
        forecastScores.gapToAverage(.indicator, indicator, province: province)
    }

    /// The province the change is of.
    public let province: Int

    /// The index change no indicator's contribution accounts for (missing values).
    public var remainder: Double { toIndex - fromIndex - indicatorContributions.reduce(0, +) }

    public init(plan: SimulationPlan, forecast: IndicatorTable, year: Int) {
        let framework = plan.framework, focus = plan.scenario.province
        let before = plan.scorer.score(plan.lastTable), after = plan.scorer.score(forecast)
        let weights = framework.effectiveWeights
        let scoresBefore = before.scores[.indicator]!, scoresAfter = after.scores[.indicator]!
        indicatorContributions = framework.indicators.indices.map { i in
            let a = scoresBefore[i][focus], b = scoresAfter[i][focus]
            return a.isNaN || b.isNaN ? 0 : weights[i] * (b - a)
        }
        // Each indicator's pillar: its group's parent.
        let pillarOfGroup = Dictionary(uniqueKeysWithValues: framework.groups.map { ($0.code, $0.parent) })
        let pillarNumber = Dictionary(uniqueKeysWithValues: framework.pillars.enumerated().map { ($1.code, $0) })
        pillarOfIndicator = framework.indicators.map { pillarOfGroup[$0.parent].flatMap { pillarNumber[$0] } }
        var pillars = [Double](repeating: 0, count: framework.pillars.count)
        for (i, pillar) in pillarOfIndicator.enumerated() {
            if let pillar { pillars[pillar] += indicatorContributions[i] }
        }
        pillarContributions = pillars
        forecastScores = after
        province = focus
        fromYear = plan.fit.lastYear
        toYear = year
        fromIndex = before.index[focus]
        toIndex = after.index[focus]
        fromRank = before.ranks[focus]
        toRank = after.ranks[focus]
        let own = after.index[focus]
        // Against the others' last-edition scores; its own is not among them.
        ownOnlyRank = BatchScorer.competitionRank(of: own, among: before.index.count) { $0 == focus ? .nan : before.index[$0] }
    }
}
