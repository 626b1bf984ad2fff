/// The drift model's estimator (`ForecastFit`): each province's own trend, shrunk toward the
/// common one by empirical Bayes. Per indicator, `τ²` is the lag-1 autocovariance of the
/// demeaned changes (floored at 0: the spread of true trends), `σ²` their variance minus `τ²`
/// (at least 5 % of it: the noise); a province's trend is its mean change times
/// `B = τ² / (τ² + σ²/n)`, with posterior deviation `√(τ²(1 − B))`. Needs two transitions.
struct DriftEstimate {
    /// `[indicator][province]`: the shrunk trend and its posterior standard deviation (0 where
    /// the indicator shows no trend, `τ² = 0`, or the province no change).
    let mean: [Double]
    let deviation: [Double]
    /// How many indicators show a trend (`τ² > 0`).
    let trendIndicators: Int

    /// nil when the history has fewer than two transitions.
    init?(_ history: TransformedHistory) {
        let transitions = history.transitions, indicators = history.indicators, provinces = history.provinces
        let demeaned = history.demeaned
        guard transitions >= 2 else { return nil }
        var mean = [Double](repeating: 0, count: indicators * provinces)
        var deviation = [Double](repeating: 0, count: indicators * provinces)
        var trendIndicators = 0
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
        self.mean = mean
        self.deviation = deviation
        self.trendIndicators = trendIndicators
    }
}
