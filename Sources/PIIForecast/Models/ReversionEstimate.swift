/// The mean-reversion model's estimator (`ForecastFit`): per indicator, the pooled OLS slope
/// `β` of the demeaned change on the relative level, `d = β (y − ȳ) + e`, kept only when every
/// transition agrees on its sign (and there are more than two points), shrunk toward 0 by a
/// N(0, 0.1²) prior and held within −1…0; 0 where it is not kept.
struct ReversionEstimate {
    /// `β` per indicator, and its posterior standard deviation.
    let beta: [Double]
    let deviation: [Double]

    init(_ history: TransformedHistory) {
        let y = history.y, demeaned = history.demeaned, provinces = history.provinces
        var beta = [Double](repeating: 0, count: history.indicators)
        var betaDeviation = [Double](repeating: 0, count: history.indicators)
        for i in 0..<history.indicators {
            var numerator = 0.0, denominator = 0.0
            var signs: Set<Bool> = []
            var points: [(d: Double, z: Double)] = []
            for t in 0..<history.transitions {
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
        self.beta = beta
        deviation = betaDeviation
    }
}
