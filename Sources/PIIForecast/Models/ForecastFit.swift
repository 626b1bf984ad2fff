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

    /// Fits every model the history allows.
    ///
    /// - Parameters:
    ///   - panel: the history; years in order, at least two.
    ///   - valuesAreNormalised: the panel holds 0–100 scores: forecast on a 0–100 logit scale.
    public init(panel: Panel, framework: Framework, years: [Int]? = nil, valuesAreNormalised: Bool = false) throws {
        let years = years ?? panel.years
        guard years.count >= 2 else {
            throw ForecastError.twoEditionsNeeded(years: years)
        }
        let provinces = panel.provinceCount, indicators = panel.indicatorCount
        provinceCount = provinces
        indicatorCount = indicators
        lastYear = years.last!
        let domains = framework.indicators.map { valuesAreNormalised ? Domain(min: 0, max: 100) : $0.domain }
        self.domains = domains
        // Transforms, chosen by domain, a typical value and the resolution of the history.
        var transforms: [IndicatorTransform] = []
        var onBounds = [Int](repeating: 0, count: indicators)
        for i in 0..<indicators {
            var values: [Double] = []
            for year in years {
                for p in 0..<provinces {
                    if let x = panel[year]![p, i] { values.append(x) }
                }
            }
            let positive = values.filter { $0 > 0 }
            let typical = positive.isEmpty ? 1 : positive.reduce(0, +) / Double(positive.count)
            let distinct = Array(Set(values)).sorted()
            let resolution = zip(distinct.dropFirst(), distinct).map { $0 - $1 }.min()
            transforms.append(IndicatorTransform.choose(domain: domains[i], typical: typical, resolution: resolution))
            if case .logit(let low, let high, _) = transforms[i] {
                onBounds[i] = values.filter { $0 <= low || $0 >= high }.count
            }
        }
        self.transforms = transforms
        valuesOnBounds = onBounds
        // y[t][i][p]
        let y: [[[Double]]] = years.map { year in
            (0..<indicators).map { i in
                (0..<provinces).map { p in panel[year]![p, i].map { transforms[i].forward($0) } ?? .nan }
            }
        }
        latest = y.last!.flatMap { $0 }
        let transitions = years.count - 1
        // Demeaned changes d[t][i][p] and the common trend.
        var demeaned = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: .nan, count: provinces), count: indicators), count: transitions)
        var trend = [Double](repeating: 0, count: indicators)
        for t in 0..<transitions {
            for i in 0..<indicators {
                let changes = (0..<provinces).map { y[t + 1][i][$0] - y[t][i][$0] }
                let present = changes.filter { !$0.isNaN }
                let mean = present.isEmpty ? 0 : present.reduce(0, +) / Double(present.count)
                trend[i] += mean / Double(transitions)
                demeaned[t][i] = changes.map { $0 - mean }
            }
        }
        commonTrend = trend
        var warnings: [Phrase] = []
        var modelWarnings: [ForecastModel: Phrase] = [:]
        var residuals: [ForecastModel: [[Double]]] = [:]
        // Random walk: the demeaned changes themselves.
        residuals[.randomWalk] = Self.vectors(demeaned) { _, _, _, d in d }
        // Drift: needs two transitions for the autocovariance, and a positive one somewhere.
        var trendIndicators = 0
        if transitions >= 2 {
            var mean = [Double](repeating: 0, count: indicators * provinces)
            var deviation = [Double](repeating: 0, count: indicators * provinces)
            for i in 0..<indicators {
                var variance = 0.0
                for t in 0..<transitions {
                    let present = demeaned[t][i].filter { !$0.isNaN }
                    if present.count > 1 {
                        variance += present.reduce(0) { $0 + $1 * $1 } / Double(present.count - 1) / Double(transitions)
                    }
                }
                var covariance = 0.0, pairs = 0
                for t in 1..<transitions {
                    for p in 0..<provinces where !demeaned[t][i][p].isNaN && !demeaned[t - 1][i][p].isNaN {
                        covariance += demeaned[t][i][p] * demeaned[t - 1][i][p]
                        pairs += 1
                    }
                }
                let tau2 = pairs > 0 ? max(0, covariance / Double(pairs)) : 0
                if tau2 > 0 { trendIndicators += 1 }
                let sigma2 = max(variance - tau2, 0.05 * variance)
                for p in 0..<provinces {
                    let own = (0..<transitions).map { demeaned[$0][i][p] }.filter { !$0.isNaN }
                    guard !own.isEmpty, tau2 > 0 else { continue }
                    let shrinkage = tau2 / (tau2 + sigma2 / Double(own.count))
                    mean[i * provinces + p] = shrinkage * own.reduce(0, +) / Double(own.count)
                    deviation[i * provinces + p] = (tau2 * (1 - shrinkage)).squareRoot()
                }
            }
            driftMean = mean
            driftDeviation = deviation
            if trendIndicators > 0 {
                residuals[.drift] = Self.vectors(demeaned) { _, i, p, d in d - mean[i * provinces + p] }
                if trendIndicators < indicators {
                    modelWarnings[.drift] = .driftPartial(trends: trendIndicators, of: indicators)
                }
            } else {
                modelWarnings[.drift] = .driftNone
            }
        } else {
            driftMean = nil
            driftDeviation = nil
            modelWarnings[.drift] = .driftTooShort(transitions)
        }
        // Mean reversion: pooled OLS of the demeaned change on the relative level.
        var beta = [Double](repeating: 0, count: indicators)
        var betaDeviation = [Double](repeating: 0, count: indicators)
        for i in 0..<indicators {
            var numerator = 0.0, denominator = 0.0
            var signs: Set<Bool> = []
            var points: [(d: Double, z: Double)] = []
            for t in 0..<transitions {
                let present = (0..<provinces).filter { !y[t][i][$0].isNaN }
                guard !present.isEmpty else { continue }
                let level = present.reduce(0) { $0 + y[t][i][$1] } / Double(present.count)
                var transitionNumerator = 0.0, transitionDenominator = 0.0
                for p in present where !demeaned[t][i][p].isNaN {
                    let z = y[t][i][p] - level
                    transitionNumerator += demeaned[t][i][p] * z
                    transitionDenominator += z * z
                    points.append((demeaned[t][i][p], z))
                }
                numerator += transitionNumerator
                denominator += transitionDenominator
                if transitionDenominator > 0 && transitionNumerator != 0 { signs.insert(transitionNumerator > 0) }
            }
            guard denominator > 0, signs.count == 1, points.count > 2 else { continue }
            let estimate = numerator / denominator
            let residualVariance = points.reduce(0) { $0 + ($1.d - estimate * $1.z) * ($1.d - estimate * $1.z) } / Double(points.count - 1)
            let se2 = residualVariance / denominator
            let precision = 1 / 0.01 + (se2 > 0 ? 1 / se2 : 1e12)
            beta[i] = min(0, max(-1, (se2 > 0 ? estimate / se2 : estimate * 1e12) / precision))
            betaDeviation[i] = (1 / precision).squareRoot()
        }
        reversion = beta
        reversionDeviation = betaDeviation
        residuals[.meanReversion] = Self.vectors(demeaned) { t, i, p, d in
            let present = (0..<provinces).filter { !y[t][i][$0].isNaN }
            let level = present.reduce(0) { $0 + y[t][i][$1] } / Double(max(present.count, 1))
            return d - beta[i] * (y[t][i][p] - level)
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
        localLevel = LocalLevelFit(transformed: y)
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

    /// One residual vector per province and transition with at least one observed change;
    /// missing changes count as no shock.
    private static func vectors(
        _ demeaned: [[[Double]]], _ residual: (Int, Int, Int, Double) -> Double
    ) -> [[Double]] {
        var vectors: [[Double]] = []
        let indicators = demeaned.first?.count ?? 0, provinces = demeaned.first?.first?.count ?? 0
        for t in demeaned.indices {
            for p in 0..<provinces {
                guard (0..<indicators).contains(where: { !demeaned[t][$0][p].isNaN }) else { continue }
                vectors.append((0..<indicators).map { i in
                    let d = demeaned[t][i][p]
                    return d.isNaN ? 0 : residual(t, i, p, d)
                })
            }
        }
        return vectors
    }
}
