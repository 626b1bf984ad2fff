/// How the random-walk, drift and mean-reversion models draw a province's yearly shock.
/// (Local-level always draws from its fitted Gaussian covariances.)
public enum ShockDistribution: String, Sendable, CaseIterable, Codable {
    /// A whole residual vector of one province-transition of the history, with a random sign:
    /// the indicators' correlation as observed, the tails capped at what was seen.
    case resample
    /// A correlated Gaussian vector with the residuals' variances and their correlation
    /// (Ledoit–Wolf shrunk), from a `CorrelatedNormalTable`.
    case gaussian
}

extension ForecastFit {
    /// `model`'s shocks as a Gaussian pool in the layout of `residuals`, `[indicator][vector]`
    /// with `CorrelatedNormalTable.rows` vectors: each indicator's residual standard deviation
    /// times a table row correlated as the residuals are, shrunk toward their mean correlation
    /// (Ledoit–Wolf).
    public func gaussianPool(for model: ForecastModel, philox: Philox) -> [Double] {
        let pool = residuals[model]!
        let n = indicatorCount, count = residualCount
        var variances = [Double](repeating: 0, count: n)
        var covariance = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = 0.0
                for v in 0..<count { sum += pool[i * count + v] * pool[j * count + v] }
                covariance[i * n + j] = sum / Double(count)
                covariance[j * n + i] = sum / Double(count)
            }
            variances[i] = covariance[i * n + i]
        }
        // The residuals are symmetrised by their random sign, so their mean is zero.
        var standardised = [Double](repeating: 0, count: count * n)
        for v in 0..<count {
            for i in 0..<n { standardised[v * n + i] = variances[i] > 0 ? pool[i * count + v] / variances[i].squareRoot() : 0 }
        }
        let intensity = SymmetricMatrix.ledoitWolfIntensity(samples: standardised, count: count, size: n)
        let correlation = SymmetricMatrix(size: n, elements: covariance).correlation().shrunkTowardConstantCorrelation(intensity)
        let table = CorrelatedNormalTable(correlations: [correlation], philox: philox)
        let rows = CorrelatedNormalTable.rows
        var gaussian = [Double](repeating: 0, count: n * rows)
        for i in 0..<n {
            let deviation = variances[i].squareRoot()
            for r in 0..<rows { gaussian[i * rows + r] = deviation * table.values[r * n + i] }
        }
        return gaussian
    }
}
