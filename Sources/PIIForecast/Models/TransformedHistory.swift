import PIIIndex

/// A panel's history on the forecast scale, what every model is estimated from: each
/// indicator's transform (chosen by its domain, a typical value and the history's
/// resolution), the transformed values `y[t][i][p]`, each transition's changes minus their
/// cross-province mean `d[t][i][p]`, and that mean averaged over the transitions, the common
/// national trend `μ` per indicator and year.
struct TransformedHistory {
    let provinces: Int
    let indicators: Int
    let transforms: [IndicatorTransform]
    /// How many values of the history sit on a bound of their logit domain, per indicator.
    let valuesOnBounds: [Int]
    /// `y[t][i][p]`, NaN where missing.
    let y: [[[Double]]]
    /// `d[t][i][p]`: the change from edition `t` to `t + 1` minus the mean change of the
    /// provinces that have one; NaN where either value is missing.
    let demeaned: [[[Double]]]
    let commonTrend: [Double]
    var transitions: Int { demeaned.count }

    init(panel: Panel, years: [Int], domains: [Domain]) {
        let provinces = panel.provinceCount, indicators = panel.indicatorCount
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
        let y: [[[Double]]] = years.map { year in
            (0..<indicators).map { i in
                (0..<provinces).map { p in panel[year]![p, i].map { transforms[i].forward($0) } ?? .nan }
            }
        }
        self.init(transformed: y, transforms: transforms, valuesOnBounds: onBounds)
    }

    /// From values already on the forecast scale, `y[t][i][p]`: the estimators' tests start here.
    init(transformed y: [[[Double]]], transforms: [IndicatorTransform]? = nil, valuesOnBounds: [Int]? = nil) {
        let indicators = y.first?.count ?? 0, provinces = y.first?.first?.count ?? 0
        self.provinces = provinces
        self.indicators = indicators
        self.transforms = transforms ?? [IndicatorTransform](repeating: .identity, count: indicators)
        self.valuesOnBounds = valuesOnBounds ?? [Int](repeating: 0, count: indicators)
        self.y = y
        let transitions = y.count - 1
        var demeaned = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: .nan, count: provinces), count: indicators), count: max(transitions, 0))
        var trend = [Double](repeating: 0, count: indicators)
        for t in 0..<max(transitions, 0) {
            for i in 0..<indicators {
                let changes = (0..<provinces).map { y[t + 1][i][$0] - y[t][i][$0] }
                let present = changes.filter { !$0.isNaN }
                let mean = present.isEmpty ? 0 : present.reduce(0, +) / Double(present.count)
                trend[i] += mean / Double(transitions)
                demeaned[t][i] = changes.map { $0 - mean }
            }
        }
        self.demeaned = demeaned
        commonTrend = trend
    }

    /// `y[t][i][p]` minus the mean over the provinces with a value in edition `t`: the
    /// relative level mean reversion pulls toward 0.
    func relativeLevel(_ t: Int, _ i: Int, _ p: Int) -> Double {
        let present = (0..<provinces).filter { !y[t][i][$0].isNaN }
        let level = present.reduce(0) { $0 + y[t][i][$1] } / Double(max(present.count, 1))
        return y[t][i][p] - level
    }

    /// One residual vector per province and transition with at least one observed change;
    /// missing changes count as no shock. `residual(t, i, p, d)` is a model's residual of a
    /// demeaned change `d`.
    func residualVectors(_ residual: (Int, Int, Int, Double) -> Double) -> [[Double]] {
        var vectors: [[Double]] = []
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
