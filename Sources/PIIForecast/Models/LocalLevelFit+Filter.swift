extension LocalLevelFit {
    struct FilteredState {
        var persistentLevel: [Double]
        var departure: [Double]
        var factor11: [Double]
        var factor21: [Double]
        var factor22: [Double]
    }

    /// The Kalman filter of each province's `(α, a)` through the fitted editions, indicator by
    /// indicator; an edition missing a value leaves that step without an update.
    ///
    /// Priors: for `ρ < 1`, `α ~ N(0, v)` with `v` the cross-province variance of `z` (every
    /// province's gap could be lasting) and `a ~ N(0, q/(1 − ρ²))`, its stationary spread; for
    /// `ρ = 1` the level alone, `N(0, max(v₀ − c₀·e, v₀/20))` with `v₀` the first edition's
    /// spread less its noise — the filter then shrinks a province's first value toward the mean
    /// by what the noise explains.
    static func filter(_ z: [[[Double]]], rho: Double, variances: ChangeMoments.Variances, moments: ChangeMoments) -> FilteredState {
        let editions = z.count, indicators = moments.indicators, provinces = moments.provinces
        let cells = indicators * provinces
        var state = FilteredState(
            persistentLevel: [Double](repeating: .nan, count: cells), departure: [Double](repeating: .nan, count: cells),
            factor11: [Double](repeating: 0, count: cells), factor21: [Double](repeating: 0, count: cells),
            factor22: [Double](repeating: 0, count: cells))
        for i in 0..<indicators {
            let q = variances.level[i], e = variances.noise[i]
            func spread(_ values: [Double]) -> Double {
                let present = values.filter { !$0.isNaN }
                guard present.count > 1 else { return 0 }
                let mean = present.reduce(0, +) / Double(present.count)
                return present.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(present.count)
            }
            let editionSpreads = z.map { spread($0[i]) }
            let overall = editionSpreads.reduce(0, +) / Double(editions)
            let first = editionSpreads[0]
            for p in 0..<provinces {
                let observations = z.map { $0[i][p] }
                guard observations.contains(where: { !$0.isNaN }) else { continue }
                // State (α, a) with covariance (pαα, pαa; pαa, paa); for ρ = 1, α stays 0.
                var alpha = 0.0, departure = 0.0
                var pAlpha: Double, pCross = 0.0, pDeparture: Double
                if rho < 1 {
                    pAlpha = overall
                    pDeparture = q / (1 - rho * rho)
                } else {
                    pAlpha = 0
                    pDeparture = max(first - variances.yearScales[0] * e, first / 20)
                }
                for t in 0..<editions {
                    if t > 0 {
                        departure *= rho
                        pCross *= rho
                        pDeparture = rho * rho * pDeparture + q
                    }
                    let observation = observations[t]
                    guard !observation.isNaN else { continue }
                    let innovation = pAlpha + 2 * pCross + pDeparture + variances.yearScales[t] * e
                    guard innovation > 0 else { continue }
                    let gainAlpha = (pAlpha + pCross) / innovation, gainDeparture = (pCross + pDeparture) / innovation
                    let residual = observation - alpha - departure
                    alpha += gainAlpha * residual
                    departure += gainDeparture * residual
                    let newAlpha = pAlpha - gainAlpha * gainAlpha * innovation
                    let newCross = pCross - gainAlpha * gainDeparture * innovation
                    pDeparture -= gainDeparture * gainDeparture * innovation
                    pAlpha = newAlpha
                    pCross = newCross
                }
                let cell = i * provinces + p
                state.persistentLevel[cell] = alpha
                state.departure[cell] = departure
                let l11 = max(pAlpha, 0).squareRoot()
                let l21 = l11 > 0 ? pCross / l11 : 0
                state.factor11[cell] = l11
                state.factor21[cell] = l21
                state.factor22[cell] = max(pDeparture - l21 * l21, 0).squareRoot()
            }
        }
        return state
    }
}
