import Foundation
import PIIForecast
import PIIIndex

/// The first stage of a year: each scenario's draws, then every value moved one year by the
/// forecast model — or the recorded no-intervention values copied back (`BaselineCache`).
extension BatchSimulator {
    /// Forecasts the year (recording it when the run records a baseline) or replays it.
    func advance(yearIndex y: Int, first: Int, philox: Philox, batchStart: Int, cache: BaselineCache?, replay: Bool) {
        if replay, let cache {
            copyGroups(cache, batchStart: batchStart, year: y, record: false)
            return
        }
        if let model = plan.localLevel {
            drawLocalLevelShocks(first: first, yearIndex: y, philox: philox)
            stepLocalLevel(model, yearIndex: y)
        } else {
            drawShocks(first: first, yearIndex: y, philox: philox)
            step()
        }
        if let cache { copyGroups(cache, batchStart: batchStart, year: y, record: true) }
    }

    /// Copies this year's values of the batch's lane groups into the cache (`record`) or back
    /// from it, eight lanes (one cache line) at a time.
    private func copyGroups(_ cache: BaselineCache, batchStart: Int, year y: Int, record: Bool) {
        let lanes = BaselineCache.lanes, cells = indicators * provinces
        for k in 0..<(width / lanes) {
            guard let block = cache.block(group: batchStart / lanes + k, year: y) else { break }
            // A batch of one lane group is laid out as the cache is: one block copy.
            if width == lanes {
                if record { block.update(from: values, count: cells * lanes) } else { values.update(from: block, count: cells * lanes) }
                continue
            }
            for cell in 0..<cells {
                let batchLine = values + self.lanes(cell) + k * lanes, cacheLine = block + cell * lanes
                if record { cacheLine.update(from: batchLine, count: lanes) } else { batchLine.update(from: cacheLine, count: lanes) }
            }
        }
    }

    // MARK: Per-scenario draws

    /// Starting values and each lane's model, trends and effect multipliers.
    func prepare(first: Int, philox: Philox, forecast: Bool) {
        let fit = plan.fit
        let latest = fit.latest
        // When the no-intervention values are replayed, the forecast state is not needed.
        if forecast, let model = plan.localLevel { prepareLocalLevel(model, first: first, philox: philox) }
        for l in 0..<width {
            let scenario = first + l
            prepareMultipliers(scenario: scenario, lane: l, philox: philox)
            guard forecast, plan.localLevel == nil else { continue }
            let model = plan.model(ofScenario: scenario, philox)
            lanePool[l] = UnsafePointer(plan.residualPools[model]!.pointer)
            // Parameter draws: for each province (and once for the convergence speeds) a row of
            // the shared normal table, picked by the scenario's own counter.
            let uncertain = plan.scenario.parameterUncertainty
            let rows = tableRows(scenario: scenario, philox)
            let convergenceRow = rows[provinces]
            for i in 0..<indicators {
                let beta: Double
                if model == .meanReversion, let reversion = fit.reversion {
                    var draw = reversion[i]
                    if uncertain { draw += fit.reversionDeviation![i] * convergenceRow[i] }
                    beta = min(0, max(-1, draw))
                } else {
                    beta = 0
                }
                convergence[lanes(i) + l] = beta
            }
            for p in 0..<provinces {
                let trendRow = model == .drift && uncertain ? rows[p] : nil
                for i in 0..<indicators {
                    let cell = row(i, p) + l
                    state[cell] = latest[i * provinces + p]
                    var own = 0.0
                    if model == .drift, let mean = fit.driftMean {
                        own = mean[i * provinces + p]
                        if let trendRow { own += fit.driftDeviation![i * provinces + p] * trendRow[i] }
                    }
                    trend[cell] = fit.commonTrend[i] + own
                }
            }
        }
    }

    /// Each effect's multiplier for one scenario: lognormal with mean 1 and the effect's
    /// coefficient of variation, addressed by the effect's place in the scenario file so that
    /// a portfolio's effects draw the same numbers whichever other measures are in force.
    private func prepareMultipliers(scenario: Int, lane l: Int, philox: Philox) {
        for (e, pair) in effects.enumerated() {
            let cv = pair.effect.uncertainty
            var multiplier = 1.0
            if cv > 0 {
                let sigma2 = Foundation.log1p(cv * cv)
                let (z, _) = philox.normals(Philox.counter(scenario: scenario, purpose: .interventions, effectNumber[e]))
                multiplier = Foundation.exp(sigma2.squareRoot() * z - sigma2 / 2)
            }
            multipliers[lanes(e) + l] = multiplier
        }
    }

    /// Rows of the shared table of standard normals (one value per indicator) for each
    /// province of a scenario and one more for its convergence speeds, picked by the
    /// scenario's own counters: 24 bits of a counter word pick a row, four rows per block.
    private func tableRows(scenario: Int, _ philox: Philox) -> [UnsafePointer<Double>] {
        let table = UnsafePointer(plan.normalTable.pointer)
        var rows: [UnsafePointer<Double>] = []
        rows.reserveCapacity(provinces + 1)
        for block in 0...(provinces / 4) {
            let words = philox.block(Philox.counter(scenario: scenario, purpose: .parameters, block))
            for w in 0..<4 where rows.count <= provinces {
                let pick = Int((UInt64(words[w] & 0xFF_FFFF) &* UInt64(SimulationPlan.normalRows)) >> 24)
                rows.append(table + pick * indicators)
            }
        }
        return rows
    }

    /// This year's shock vector and sign for every province and lane: one counter word per
    /// province (24 bits pick the vector, one bit its sign), four provinces per block.
    private func drawShocks(first: Int, yearIndex: Int, philox: Philox) {
        let count = UInt64(plan.poolCount)
        let scale = plan.scenario.shockScale
        for l in 0..<width {
            for block in 0..<((provinces + 3) / 4) {
                let words = philox.block(Philox.counter(scenario: first + l, purpose: .shocks, yearIndex, block))
                for w in 0..<4 {
                    let p = block * 4 + w
                    guard p < provinces else { break }
                    let vector = Int((UInt64(words[w] & 0xFF_FFFF) &* count) >> 24)
                    shockStart[lanes(p) + l] = lanePool[l] + vector
                    shockSign[lanes(p) + l] = words[w] & 0x100_0000 == 0 ? scale : -scale
                }
            }
        }
    }

    // MARK: The year's step

    /// Moves every transformed value one year and turns it back into a raw value:
    /// `y ← y + trend + β (y − ȳ) + shock`, then `x = h⁻¹(y)` inside the domain.
    private func step() {
        let count = plan.poolCount
        for i in 0..<indicators {
            let low = SIMD8<Double>(repeating: plan.lowerBounds[i]), high = SIMD8<Double>(repeating: plan.upperBounds[i])
            for lane in stride(from: 0, to: width, by: ScoreBatch.laneGroup) {
                let beta = SIMD8<Double>.load(convergence + lanes(i) + lane)
                var mean = SIMD8<Double>(repeating: 0)
                if beta != SIMD8(repeating: 0) {
                    var present = SIMD8<Double>(repeating: 0)
                    for p in 0..<provinces {
                        let y = SIMD8<Double>.load(state + row(i, p) + lane)
                        let has = y .== y
                        mean += SIMD8(repeating: 0).replacing(with: y, where: has)
                        present += SIMD8(repeating: 0).replacing(with: 1, where: has)
                    }
                    mean /= present
                }
                for p in 0..<provinces {
                    let cell = row(i, p) + lane
                    // Built from registers: eight scalar stores read back as one vector would
                    // stall on store forwarding.
                    let draw = lanes(p) + lane, offset = i &* count
                    let starts = shockStart + draw
                    let shock = SIMD8<Double>(
                        starts[0][offset], starts[1][offset], starts[2][offset], starts[3][offset],
                        starts[4][offset], starts[5][offset], starts[6][offset], starts[7][offset])
                    var y = SIMD8<Double>.load(state + cell)
                    y += SIMD8<Double>.load(trend + cell) + beta * (y - mean)
                        + SIMD8<Double>.load(shockSign + draw) * shock
                    y.store(to: state + cell)
                }
                inverseTransform(i, lane: lane, from: state, low: low, high: high)
            }
        }
    }

    /// `x = h⁻¹(y)` for one indicator and lane group, from `source` into `values` (which may
    /// be the same), kept inside the domain.
    func inverseTransform(_ i: Int, lane: Int, from source: UnsafePointer<Double>, low: SIMD8<Double>, high: SIMD8<Double>) {
        let first = row(i, 0) + lane
        plan.fit.transforms[i].inverse(rows: provinces, stride: width, from: source + first, into: values + first, within: low, high)
    }
}
