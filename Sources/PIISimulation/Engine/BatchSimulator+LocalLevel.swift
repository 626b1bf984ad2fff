import PIIForecast
import PIIIndex

/// The local-level model's part of a batch (`LocalLevelFit`): each scenario draws its value
/// of the persistence `ρ` and its provinces' filtered states once, then every year one row of
/// (level change, noise) pairs per province from the correlated table.
extension BatchSimulator {
    /// Each lane's draws for its scenario: the component and its scales, and for every
    /// province a draw of `(α, a)` from the filter's posterior — two rows of the table's level
    /// block (correlated across indicators as the level changes are), picked by the scenario's
    /// own counter: each half of a counter word picks one row, four provinces per block. The
    /// values are then built eight lanes at a time, so that each line of the state is written
    /// once.
    func prepareLocalLevel(_ model: LocalLevelPlan, first: Int, philox: Philox) {
        let rowLength = indicators &* 2
        let table = UnsafePointer(model.table.pointer)
        for l in 0..<width {
            let scenario = first + l
            let component = model.components[model.component(ofScenario: scenario, philox)]
            persistence[l] = component.rho
            laneStates[l] = UnsafePointer(component.state.pointer)
            for i in 0..<indicators {
                levelScale[lanes(i) + l] = component.levelScale[i]
                noiseScale[lanes(i) + l] = component.noiseScale[i]
            }
            for block in 0..<((provinces + 3) / 4) {
                let words = philox.block(Philox.counter(scenario: scenario, purpose: .levels, block))
                for w in 0..<4 where block &* 4 &+ w < provinces {
                    let draw = lanes(block &* 4 &+ w) &+ l
                    levelRows[2 &* draw] = table + Int(words[w] & LocalLevelPlan.rowMask) &* rowLength
                    levelRows[2 &* draw &+ 1] = table + Int((words[w] >> 16) & LocalLevelPlan.rowMask) &* rowLength
                }
            }
        }
        let uncertain = SIMD8<Double>(repeating: plan.scenario.parameterUncertainty ? 1 : 0)
        let values = LocalLevelPlan.stateValues, plane = provinces &* width
        for lane in stride(from: 0, to: width, by: ScoreBatch.laneGroup) {
            for p in 0..<provinces {
                let draw = lanes(p) + lane
                let r = levelRows + 2 &* draw
                let start = p &* indicators &* values
                let s0 = laneStates[lane] + start, s1 = laneStates[lane &+ 1] + start
                let s2 = laneStates[lane &+ 2] + start, s3 = laneStates[lane &+ 3] + start
                let s4 = laneStates[lane &+ 4] + start, s5 = laneStates[lane &+ 5] + start
                let s6 = laneStates[lane &+ 6] + start, s7 = laneStates[lane &+ 7] + start
                var cell = draw
                for i in 0..<indicators {
                    let k = i &* 2, o = i &* values
                    let u1 = SIMD8<Double>(r[0][k], r[2][k], r[4][k], r[6][k], r[8][k], r[10][k], r[12][k], r[14][k]) * uncertain
                    let u2 = SIMD8<Double>(r[1][k], r[3][k], r[5][k], r[7][k], r[9][k], r[11][k], r[13][k], r[15][k]) * uncertain
                    @inline(__always) func gather(_ j: Int) -> SIMD8<Double> {
                        SIMD8(s0[o &+ j], s1[o &+ j], s2[o &+ j], s3[o &+ j], s4[o &+ j], s5[o &+ j], s6[o &+ j], s7[o &+ j])
                    }
                    // A missing last value keeps α NaN, and so the province's values.
                    let alpha = gather(0) + gather(2) * u1
                    let departure = gather(1) + gather(3) * u1 + gather(4) * u2
                    (SIMD8<Double>(repeating: model.commonLevel[i]) + alpha).store(to: anchor + cell)
                    departure.store(to: state + cell)
                    cell &+= plane
                }
            }
        }
    }

    /// This year's table row and signs for every province and lane: half a counter word per
    /// province (nine bits pick the row, one bit each the signs of the level change and of
    /// the noise), eight provinces per block.
    func drawLocalLevelShocks(first: Int, yearIndex: Int, philox: Philox) {
        let rowLength = indicators * 2
        let table = UnsafePointer(plan.localLevel!.table.pointer)
        for l in 0..<width {
            for block in 0..<((provinces + 7) / 8) {
                let words = philox.block(Philox.counter(scenario: first + l, purpose: .shocks, yearIndex, block))
                for half in 0..<8 {
                    let p = block &* 8 &+ half
                    guard p < provinces else { break }
                    let bits = words[half / 2] >> (UInt32(half % 2) * 16)
                    shockStart[lanes(p) + l] = table + Int(bits & LocalLevelPlan.rowMask) &* rowLength
                    levelSign[lanes(p) + l] = bits & 0x200 == 0 ? 1 : -1
                    noiseSign[lanes(p) + l] = bits & 0x400 == 0 ? 1 : -1
                }
            }
        }
    }

    /// Moves every departure one year and builds the year's transformed value:
    /// `a ← ρ·a + √q·η`, `y = ȳ + h·μ + α + a + √e·ε`, then `x = h⁻¹(y)` inside the domain,
    /// indicator by indicator (a table row holds four indicators' pairs per cache line, so the
    /// lines one indicator gathers serve the next three from the level-1 cache).
    func stepLocalLevel(_ model: LocalLevelPlan, yearIndex: Int) {
        let years = Double(yearIndex + 1)
        for i in 0..<indicators {
            let low = SIMD8<Double>(repeating: plan.lowerBounds[i]), high = SIMD8<Double>(repeating: plan.upperBounds[i])
            let trend = SIMD8<Double>(repeating: years * model.commonTrend[i])
            let k = i &* 2
            for lane in stride(from: 0, to: width, by: ScoreBatch.laneGroup) {
                let rho = SIMD8<Double>.load(persistence + lane)
                let levelScale = SIMD8<Double>.load(self.levelScale + (lanes(i) + lane))
                let noiseScale = SIMD8<Double>.load(self.noiseScale + (lanes(i) + lane))
                for p in 0..<provinces {
                    let cell = row(i, p) &+ lane
                    let draw = lanes(p) + lane
                    let s = shockStart + draw
                    let pairs = (pair(s[0], k), pair(s[1], k), pair(s[2], k), pair(s[3], k),
                                 pair(s[4], k), pair(s[5], k), pair(s[6], k), pair(s[7], k))
                    let level = SIMD8<Double>(pairs.0.x, pairs.1.x, pairs.2.x, pairs.3.x, pairs.4.x, pairs.5.x, pairs.6.x, pairs.7.x)
                    let noise = SIMD8<Double>(pairs.0.y, pairs.1.y, pairs.2.y, pairs.3.y, pairs.4.y, pairs.5.y, pairs.6.y, pairs.7.y)
                    var departure = SIMD8<Double>.load(state + cell)
                    departure = rho * departure + levelScale * SIMD8<Double>.load(levelSign + draw) * level
                    departure.store(to: state + cell)
                    let y = SIMD8<Double>.load(anchor + cell) + trend + departure
                        + noiseScale * SIMD8<Double>.load(noiseSign + draw) * noise
                    y.store(to: values + cell)
                }
                inverseTransform(i, lane: lane, from: values, low: low, high: high)
            }
        }
    }

    /// A (level change, noise) pair of a table row, in one 16-byte load.
    @inline(__always)
    private func pair(_ row: UnsafePointer<Double>, _ k: Int) -> SIMD2<Double> {
        UnsafeRawPointer(row + k).loadUnaligned(as: SIMD2<Double>.self)
    }
}
