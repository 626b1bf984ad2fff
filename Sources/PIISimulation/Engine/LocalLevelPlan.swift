import PIIConcurrency
import PIIForecast
import PIIIndex

/// The local-level model's fit in the layout the simulation reads: per value of the
/// persistence `ρ`, the shock scales per indicator and the filtered state per province; and
/// the table of correlated (level change, noise) pairs the yearly shocks are picked from.
struct LocalLevelPlan: Sendable {
    struct Component: Sendable {
        let rho: Double
        /// `√q` and `√e` per indicator, times the scenario's shock scale.
        let levelScale: [Double]
        let noiseScale: [Double]
        /// Per `[province][indicator]`, five values: the persistent level `α`, the departure
        /// `a`, and the factor `(l11, l21, l22)` of their posterior covariance; `α` is NaN
        /// where the province's last value is missing (it stays missing).
        let state: PinnedArray<Double>
    }

    let components: [Component]
    /// The cumulative weights of the components, for a scenario's draw.
    let cumulative: [Double]
    /// The cross-province mean of the last edition and its yearly trend, per indicator.
    let commonLevel: [Double]
    let commonTrend: [Double]
    /// `CorrelatedNormalTable` values, `[row][indicator][level change, noise]`.
    let table: PinnedArray<Double>
    static let rows = CorrelatedNormalTable.rows
    /// Nine bits pick a row: the table's 512 rows are a power of two, so a pick is exactly uniform.
    static let rowMask = UInt32(rows - 1)
    static let stateValues = 5

    init(fit: ForecastFit, shockScale: Double, philox: Philox) {
        let model = fit.localLevel
        let provinces = fit.provinceCount, indicators = fit.indicatorCount
        components = model.persistences.map { persistence in
            var state = [Double](repeating: 0, count: provinces * indicators * Self.stateValues)
            for p in 0..<provinces {
                for i in 0..<indicators {
                    let cell = i * provinces + p, slot = (p * indicators + i) * Self.stateValues
                    state[slot] = fit.latest[cell].isNaN ? .nan : persistence.persistentLevel[cell]
                    state[slot + 1] = persistence.departure[cell]
                    state[slot + 2] = persistence.factor11[cell]
                    state[slot + 3] = persistence.factor21[cell]
                    state[slot + 4] = persistence.factor22[cell]
                }
            }
            return Component(
                rho: persistence.rho,
                levelScale: persistence.levelVariance.map { $0.squareRoot() * shockScale },
                noiseScale: persistence.noiseVariance.map { $0.squareRoot() * shockScale },
                state: PinnedArray(state))
        }
        var total = 0.0
        cumulative = model.persistences.map { persistence in
            total += persistence.weight
            return total
        }
        commonLevel = model.commonLevel
        commonTrend = fit.commonTrend
        table = PinnedArray(CorrelatedNormalTable(correlations: [model.levelCorrelation, model.noiseCorrelation], philox: philox).values)
    }

    /// The component a scenario runs, from its own draw (the counter of the model choice).
    func component(ofScenario scenario: Int, _ philox: Philox) -> Int {
        guard components.count > 1 else { return 0 }
        let words = philox.block(Philox.counter(scenario: scenario, purpose: .model))
        let u = Philox.uniform(words[0], words[1]) * cumulative.last!
        return cumulative.firstIndex { u < $0 } ?? components.count - 1
    }
}
