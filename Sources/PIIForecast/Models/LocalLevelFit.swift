import PIIIndex

/// The local-level model (`docs/forecasting.md`): each province's gap to the cross-province
/// mean, indicator by indicator on the transformed scale, is a persistent level plus
/// transient noise,
///
///     z[t] = α + a[t] + ε[t],   a[t] = ρ·a[t−1] + η[t],
///
/// with `α` the province's lasting level, `a` a departure from it that fades by `ρ` a year
/// (`ρ = 1`: the level itself walks, and `α` folds into it), `η ~ N(0, q)` the yearly change
/// of the level and `ε ~ N(0, c[t]·e)` noise that lasts one edition, `c[t]` the edition's
/// noise scale, shared by every indicator.
///
/// What a short panel can tell is fitted from it, pooled over provinces:
/// - `q` and `e` per indicator from the variance and autocovariances of the yearly changes
///   of `z` (a transient noise makes consecutive changes negatively correlated), and the
///   editions' noise scales `c` from all indicators together, shrunk toward 1;
/// - `ρ`, which needs four editions or more, as a weighted set of values: each value's
///   weight says how well it fits the variogram (how the spread of changes grows with the
///   years between two editions); three editions only rule out the values they contradict,
///   two give the random walk of the whole change;
/// - the state at the last edition by a Kalman filter per province and indicator: a path
///   starts from the filtered level, not from the last, noisy edition, and the filter's
///   uncertainty is drawn once per scenario;
/// - the correlation across indicators of the level changes and of the noise, from the
///   cross-moments of the changes, shrunk toward their mean correlation (Ledoit–Wolf).
public struct LocalLevelFit: Sendable {
    /// One value of `ρ` with what the history gives under it.
    public struct Persistence: Sendable {
        /// The share of a departure from the persistent level that remains a year later.
        public let rho: Double
        /// The share of scenarios that run under this value.
        public let weight: Double
        /// Per indicator: the variance of the level's yearly change `q` and of the noise in an
        /// edition of average noise `e`.
        public let levelVariance: [Double]
        public let noiseVariance: [Double]
        /// The filtered state at the last edition, `[indicator][province]`: the persistent
        /// level `α` (0 when `ρ = 1`) and the departure `a` (the level itself when `ρ = 1`),
        /// NaN where the province has no data; and the lower Cholesky factor
        /// `(l11, 0; l21, l22)` of their posterior covariance.
        public let persistentLevel: [Double]
        public let departure: [Double]
        public let factor11: [Double]
        public let factor21: [Double]
        public let factor22: [Double]
    }

    /// The values of `ρ` considered; the weights pick among them.
    public static let persistenceGrid = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0]

    public let persistences: [Persistence]
    /// The noise scale `c` of each fitted edition (mean 1).
    public let yearScales: [Double]
    /// Correlations across indicators of the level changes `η` and of the noise `ε`.
    public let levelCorrelation: SymmetricMatrix
    public let noiseCorrelation: SymmetricMatrix
    /// The cross-province mean of the last edition per indicator: `z` is measured from it.
    public let commonLevel: [Double]
    /// What the history could and could not tell, in words for the output.
    public let notes: [Phrase]

    /// Fits the model to transformed values `y[edition][indicator][province]` (NaN where
    /// missing); at least two editions.
    public init(transformed y: [[[Double]]]) {
        let editions = y.count, indicators = y[0].count
        // Gaps to the cross-province mean of each edition.
        var commonLevel = [Double](repeating: 0, count: indicators)
        let z: [[[Double]]] = y.enumerated().map { t, edition in
            edition.enumerated().map { i, values in
                let present = values.filter { !$0.isNaN }
                let mean = present.isEmpty ? 0 : present.reduce(0, +) / Double(present.count)
                if t == editions - 1 { commonLevel[i] = mean }
                return values.map { $0 - mean }
            }
        }
        self.commonLevel = commonLevel
        let moments = ChangeMoments(z)
        var notes: [Phrase] = []
        let weights: [Double]
        switch editions {
        case 2:
            weights = Self.persistenceGrid.map { $0 == 1 ? 1 : 0 }
            notes.append(.twoEditionsLocalLevel)
        case 3:
            weights = moments.persistenceWeights(grid: Self.persistenceGrid)
            notes.append(.threeEditionsLocalLevel(Self.nonZero(weights)))
        default:
            weights = moments.persistenceWeights(grid: Self.persistenceGrid)
            notes.append(.departuresFromVariogram(editions, weights: Self.nonZero(weights)))
        }
        var scales = [Double](repeating: 1, count: editions)
        var persistences: [Persistence] = []
        for (rho, weight) in zip(Self.persistenceGrid, weights) where weight > 0 {
            let variances = moments.variances(rho: rho)
            // The editions' noise scales are reported for the most likely value of ρ.
            if weight == weights.max() { scales = variances.yearScales }
            let state = Self.filter(z, rho: rho, variances: variances, moments: moments)
            persistences.append(Persistence(
                rho: rho, weight: weight, levelVariance: variances.level, noiseVariance: variances.noise,
                persistentLevel: state.persistentLevel, departure: state.departure,
                factor11: state.factor11, factor21: state.factor21, factor22: state.factor22))
        }
        self.persistences = persistences
        yearScales = scales
        if editions >= 3 {
            notes.append(.editionNoiseScales(scales))
        }
        let correlations = moments.correlations()
        levelCorrelation = correlations.level
        noiseCorrelation = correlations.noise
        self.notes = notes
    }

    /// The persistences the scenarios spread over, with their weights.
    static func nonZero(_ weights: [Double]) -> [(rho: Double, weight: Double)] {
        zip(persistenceGrid, weights).filter { $0.1 > 0 }.map { (rho: $0.0, weight: $0.1) }
    }
}
