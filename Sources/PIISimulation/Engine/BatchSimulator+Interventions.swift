import PIIIndex

/// The second stage of a year: every active measure's effect on the forecast values.
extension BatchSimulator {
    /// Adds every active measure's effect to the no-intervention values, then keeps the
    /// changed values inside their domains.
    func applyInterventions(year: Int) {
        guard !effects.isEmpty else { return }
        for touched in touchedRows {
            let cell = row(touched.indicator, touched.province)
            (baseline + cell).update(from: values + cell, count: width)
        }
        for (e, pair) in effects.enumerated() {
            let ramp = pair.intervention.ramp(in: year)
            guard ramp > 0 else { continue }
            let i = pair.effect.indicator, p = pair.intervention.province
            let cell = row(i, p)
            let direction = plan.directions[i]
            for l in 0..<width {
                let own = values[cell + l]
                guard !own.isNaN else { continue }
                let full: Double
                switch pair.effect.change {
                case .relative(let share): full = baseline(cell, l) * share
                case .absolute(let amount): full = amount
                case .reachNationalAverage:
                    full = max(0, (average(indicator: i, lane: l) - baseline(cell, l)) * direction) * direction
                case .reachProvince(let other):
                    let target = value(indicator: i, province: other, lane: l)
                    full = target.isNaN ? 0 : max(0, (target - baseline(cell, l)) * direction) * direction
                case .reachBest:
                    let target = best(indicator: i, lane: l)
                    full = max(0, (target - baseline(cell, l)) * direction) * direction
                }
                values[cell + l] = own + full * ramp * multipliers[lanes(e) + l]
            }
        }
        for touched in touchedRows {
            let cell = row(touched.indicator, touched.province)
            for l in 0..<width {
                values[cell + l] = min(max(values[cell + l], plan.lowerBounds[touched.indicator]), plan.upperBounds[touched.indicator])
            }
        }
    }

    /// A province's no-intervention value this year.
    @inline(__always)
    private func value(indicator: Int, province: Int, lane: Int) -> Double {
        let cell = row(indicator, province)
        if touchedRows.contains(where: { $0.indicator == indicator && $0.province == province }) {
            return baseline(cell, lane)
        }
        return values[cell + lane]
    }

    @inline(__always)
    private func baseline(_ cell: Int, _ lane: Int) -> Double {
        baseline[cell + lane]
    }

    /// The best no-intervention value among the provinces this year.
    private func best(indicator: Int, lane: Int) -> Double {
        let direction = plan.directions[indicator]
        var best = -Double.infinity
        for q in 0..<provinces {
            let x = value(indicator: indicator, province: q, lane: lane) * direction
            if x > best { best = x }
        }
        return best * direction
    }

    /// The national average of the no-intervention values this year (NaN when no province
    /// has one).
    private func average(indicator: Int, lane: Int) -> Double {
        nationalAverage(provinceCount: provinces) { value(indicator: indicator, province: $0, lane: lane) } ?? .nan
    }
}
