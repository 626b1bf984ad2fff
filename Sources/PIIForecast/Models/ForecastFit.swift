import PIIIndex

/// A forecast model: how each province's indicators move from one edition to the next.
public enum ForecastModel: String, Sendable, CaseIterable, Codable {
    /// Each province's gap to the cross-province mean as a persistent level plus transient
    /// noise (`LocalLevelFit`): paths start from the filtered level, not from the last, noisy
    /// edition. The default: the only model that beats the naive rules on real history
    /// (`docs/forecasting.md`).
    case localLevel = "local-level"
    /// Shocks around the common national trend: relative positions only drift by chance.
    case randomWalk = "random-walk"
    /// The common trend plus each province's own trend, shrunk toward the common one by
    /// empirical Bayes (three editions cannot tell a trend from noise on their own).
    case drift
    /// The common trend plus convergence toward the cross-province mean, shrunk toward none.
    case meanReversion = "mean-reversion"
    /// Each scenario draws one of random-walk, drift and mean-reversion, carrying the doubt
    /// about which is right into the odds.
    case mixture

    /// The models `mixture` draws from (local-level carries its own doubt, over how long
    /// departures last, and is not one of them).
    public static let components: [ForecastModel] = [.randomWalk, .drift, .meanReversion]
}

/// The forecast models fitted per indicator from a panel's history (see
/// `docs/forecasting.md` and `forecast-and-optimisation-methods.md` §1).
///
/// Every indicator is modelled on its transformed scale `y = h(x)`. With `d` the change of a
/// province minus the cross-province mean change in the same transition:
/// - `μ` (per indicator): the mean change, the common national trend;
/// - drift: `τ² = max(0, lag-1 autocovariance of d)`, `σ² = Var(d) − τ²`; a province's own
///   trend is its mean `d` shrunk by `B = τ² / (τ² + σ²/n)`, with posterior variance `τ²(1 − B)`
///   (needs two transitions, three editions);
/// - mean reversion: `d = β (y − ȳ) + e`, pooled OLS, kept only when every transition agrees on
///   the sign, shrunk toward 0 with a N(0, 0.1²) prior and held within −1…0;
/// - shocks: whole residual vectors of one province-transition (all indicators together, so
///   their correlation is kept), resampled with a random sign.
public struct ForecastFit: Sendable {
    public let provinceCount: Int
    public let indicatorCount: Int
    public let transforms: [IndicatorTransform]
    public let domains: [Domain]
    /// The last edition of the history, and its transformed values `[indicator][province]`
    /// (NaN where missing: a missing value stays missing).
    public let lastYear: Int
    public let latest: [Double]
    /// The common trend per indicator, per year.
    public let commonTrend: [Double]
    /// Drift: each province's shrunk trend and its posterior standard deviation,
    /// `[indicator][province]`; nil when the history is too short.
    public let driftMean: [Double]?
    public let driftDeviation: [Double]?
    /// Mean reversion: β per indicator and its posterior standard deviation.
    public let reversion: [Double]?
    public let reversionDeviation: [Double]?
    /// Residual vectors per model, stored indicator-major: `[indicator][vector]`.
    public let residuals: [ForecastModel: [Double]]
    public let residualCount: Int
    /// The local-level model.
    public let localLevel: LocalLevelFit
    /// What the data does to every model (values on bounds), in words for the output.
    public let warnings: [Phrase]
    /// What could not be fitted of a model, by model.
    public let modelWarnings: [ForecastModel: Phrase]

    /// The warnings of a run of `models`.
    public func warnings(for models: [ForecastModel]) -> [Phrase] {
        warnings + ForecastModel.allCases.filter { models.contains($0) }.compactMap { modelWarnings[$0] }
    }
    /// How many values of the history sit on a bound of their domain, per indicator.
    public let valuesOnBounds: [Int]

    /// The models that could be fitted.
    public var fittedModels: [ForecastModel] {
        [.localLevel] + ForecastModel.components.filter { residuals[$0] != nil }
    }

    /// Fits every model the history allows: the transformed history, then each model's
    /// estimator on it (`TransformedHistory`, `DriftEstimate`, `ReversionEstimate`,
    /// `LocalLevelFit`), then the residual pools the simulator resamples.
    ///
    /// - Parameters:
    ///   - panel: the history; years in order, at least two.
    ///   - valuesAreNormalised: the panel holds 0–100 scores: forecast on a 0–100 logit scale.
    public init(panel: Panel, framework: Framework, years: [Int]? = nil, valuesAreNormalised: Bool = false) throws {
        let years = years ?? panel.years
        guard years.count >= 2 else {
            throw ForecastError.twoEditionsNeeded(years: years)
        }
        let domains = framework.indicators.map { valuesAreNormalised ? Domain(min: 0, max: 100) : $0.domain }
        let history = TransformedHistory(panel: panel, years: years, domains: domains)
        let indicators = history.indicators, provinces = history.provinces
        provinceCount = provinces
        indicatorCount = indicators
        lastYear = years.last!
        self.domains = domains
        transforms = history.transforms
        valuesOnBounds = history.valuesOnBounds
        latest = history.y.last!.flatMap { $0 }
        commonTrend = history.commonTrend
        var modelWarnings: [ForecastModel: Phrase] = [:]
        var residuals: [ForecastModel: [[Double]]] = [:]
        // Random walk: the demeaned changes themselves.
        residuals[.randomWalk] = history.residualVectors { _, _, _, d in d }
        if let drift = DriftEstimate(history) {
            driftMean = drift.mean
            driftDeviation = drift.deviation
            if drift.trendIndicators > 0 {
                residuals[.drift] = history.residualVectors { _, i, p, d in d - drift.mean[i * provinces + p] }
                if drift.trendIndicators < indicators {
                    modelWarnings[.drift] = .driftPartial(trends: drift.trendIndicators, of: indicators)
                }
            } else {
                modelWarnings[.drift] = .driftNone
            }
        } else {
            driftMean = nil
            driftDeviation = nil
            modelWarnings[.drift] = .driftTooShort(history.transitions)
        }
        let reversion = ReversionEstimate(history)
        self.reversion = reversion.beta
        reversionDeviation = reversion.deviation
        residuals[.meanReversion] = history.residualVectors { t, i, p, d in
            d - reversion.beta[i] * history.relativeLevel(t, i, p)
        }
        // Store every pool indicator-major, with the same vectors in the same order.
        let count = residuals[.randomWalk]!.count
        residualCount = count
        var pools: [ForecastModel: [Double]] = [:]
        for (model, vectors) in residuals {
            var pool = [Double](repeating: 0, count: indicators * count)
            for (j, vector) in vectors.enumerated() {
                for i in 0..<indicators { pool[i * count + j] = vector[i] }
            }
            pools[model] = pool
        }
        self.residuals = pools
        localLevel = LocalLevelFit(transformed: history.y)
        var warnings: [Phrase] = []
        let onBounds = history.valuesOnBounds
        let bounded = onBounds.reduce(0, +)
        if bounded > 0 {
            let codes = zip(framework.indicators, onBounds).filter { $0.1 > 0 }.prefix(6).map { "\($0.0.code) (\($0.1))" }
            let more = codes.count < onBounds.filter { $0 > 0 }.count ? ", …" : ""
            warnings.append(.historyOnBounds(bounded, codes: codes.joined(separator: ", ") + more))
        }
        self.warnings = warnings
        self.modelWarnings = modelWarnings
        guard count > 0 else {
            throw ForecastError.noConsecutiveEditions
        }
    }
}
