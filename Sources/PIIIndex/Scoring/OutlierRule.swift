import Foundation

/// The GII outlier rule of methodology §2.2 for eight lanes of one indicator at a time.
///
/// The statistics pass sums powers of the deviations from a centre `c` and gives every
/// lane's skewness and kurtosis. The centre is one of the lane's values (the median of the
/// first three provinces'), or for lanes with missing values the mean of the values other
/// than one copy of the maximum; either way it lies within the values' range, so shifting
/// the sums to the mean cancels at most about log₁₀ n digits of m₂ and 2·log₁₀ n of m₄
/// ((c − mean)² ≤ m₂ and m₄ ≥ m₂²/n). With the three largest values (tracked in the same
/// pass), the shape after one and after two positive winsorisation steps follows from the
/// same sums by swapping terms, without touching the values again. That settles nearly
/// every lane. The rest — negative skew, ties at the top, more steps, the log, or a maximum
/// so dominant that taking it out of the sums would cancel digits — take an exact per-lane
/// path that recomputes the moments from the clamped values at every step.
struct OutlierRule {
    let settings: MethodSettings
    /// The factors of Excel's SKEW and KURT for a complete lane (`n` = the number of provinces).
    let complete: ShapeFactors

    init(settings: MethodSettings, provinceCount: Int) {
        self.settings = settings
        complete = ShapeFactors(count: Lanes(repeating: Double(provinceCount)))
    }

    /// The `n`-dependent factors of SKEW = a·m₃/s³ and KURT = b·m₄/s⁴ − k, with s² = m₂/(n − 1)
    /// and mₖ the central sums of powers.
    struct ShapeFactors {
        var count: Lanes
        var inverseCount: Lanes
        var inverseDegrees: Lanes
        var skewness: Lanes
        var kurtosis: Lanes
        var kurtosisShift: Lanes

        init(count n: Lanes) {
            let one = Lanes(repeating: 1), two = Lanes(repeating: 2), three = Lanes(repeating: 3)
            count = n
            inverseCount = one / n
            inverseDegrees = one / (n - one)
            skewness = n / ((n - one) * (n - two))
            kurtosis = n * (n + one) / ((n - one) * (n - two) * (n - three))
            kurtosisShift = three * (n - one) * (n - one) / ((n - two) * (n - three))
        }
    }

    /// Central sums of squares, cubes and fourth powers from sums of powers of `x − c`
    /// (`t1`…`t4`) over `n` values.
    @inline(__always)
    static func centralSums(
        _ t1: Lanes, _ t2: Lanes, _ t3: Lanes, _ t4: Lanes, _ factors: ShapeFactors
    ) -> (m2: Lanes, m3: Lanes, m4: Lanes) {
        let n: Lanes = factors.count
        let d: Lanes = t1 * factors.inverseCount
        let d2: Lanes = d * d
        let nd2: Lanes = n * d2
        let m2: Lanes = t2 - nd2
        let threeD: Lanes = Lanes(repeating: 3) * d
        let m3: Lanes = t3 - threeD * t2 + Lanes(repeating: 2) * nd2 * d
        let fourD: Lanes = Lanes(repeating: 4) * d
        let sixD2: Lanes = Lanes(repeating: 6) * d2
        let m4: Lanes = t4 - fourD * t3 + sixD2 * t2 - Lanes(repeating: 3) * nd2 * d2
        return (m2, m3, m4)
    }

    /// The lanes flagged for treatment: |SKEW| > threshold and KURT > threshold, multiplied
    /// out so that neither a division nor a square root is needed (SKEW² = a²·m₃²/s⁶ and
    /// s² > 0 is required). Lanes with fewer than 4 values or no spread are never flagged.
    @inline(__always)
    func flagged(_ m2: Lanes, _ m3: Lanes, _ m4: Lanes, _ factors: ShapeFactors) -> SIMDMask<SIMD8<Int64>> {
        let variance = m2 * factors.inverseDegrees
        let variance2 = variance * variance
        let skew = factors.skewness * m3
        let skewThreshold = Lanes(repeating: settings.skewnessThreshold * settings.skewnessThreshold)
        let skewed = skew * skew .> skewThreshold * variance2 * variance
        let heavy = factors.kurtosis * m4
            .> (Lanes(repeating: settings.kurtosisThreshold) + factors.kurtosisShift) * variance2
        return skewed .& heavy .& (factors.count .>= 4) .& (m2 .> 0)
    }

    /// For eight lanes of which some miss a value (at `raw`, rows `batch.width` apart): the
    /// sums of the second, third and fourth powers of the present values' deviations from a
    /// centre, the mean of the values other than one copy of the maximum, stored with the
    /// centre at `slot` of the batch's per-indicator scratch; the lanes' statistics must be
    /// there already. (Complete lanes are measured in the statistics pass, around a centre
    /// chosen before it.)
    func measureShapeOfPresentValues(_ raw: UnsafePointer<Double>, slot: Int, _ batch: ScoreBatch) {
        let factors = ShapeFactors(count: Lanes.load(batch.laneCount + slot))
        let centre = (Lanes.load(batch.laneSum + slot) - Lanes.load(batch.laneMax + slot)) * factors.inverseDegrees
        var t2 = Lanes(repeating: 0), t3 = Lanes(repeating: 0), t4 = Lanes(repeating: 0)
        var row = raw
        for _ in 0..<batch.provinceCount {
            let x = Lanes.load(row)
            let d = (x - centre).kept(where: x.isPresent())
            let d2 = d * d
            t2 += d2
            t3.addProduct(d2, d)
            t4.addProduct(d2, d2)
            row += batch.width
        }
        centre.store(to: batch.laneCentre + slot)
        t2.store(to: batch.laneSquares + slot)
        t3.store(to: batch.laneCubes + slot)
        t4.store(to: batch.laneFourths + slot)
    }

    @inline(__always)
    private func factors(slot: Int, hasMissing: Bool, _ batch: ScoreBatch) -> ShapeFactors {
        hasMissing ? ShapeFactors(count: Lanes.load(batch.laneCount + slot)) : complete
    }

    /// Decides the treatment of the eight lanes of `indicator` at `lane` (raw values at `raw`,
    /// rows `batch.width` apart; statistics and shape sums measured), records it in the
    /// batch's treatment codes, and sets each lane's treated minimum and maximum (for a
    /// winsorised lane, the bounds its values are clamped to; normalisation cuts scores to
    /// 0…100 accordingly). Returns where to read the values to normalise: `raw`, or the
    /// indicator's plane of `batch.transformed` with the log-treated lanes transformed.
    func apply(
        _ raw: UnsafePointer<Double>, indicator: Int, lane: Int, hasMissing: Bool, _ batch: ScoreBatch
    ) -> UnsafePointer<Double> {
        let slot = indicator * batch.width + lane
        let codes = batch.treatmentCodes + slot
        let factors = factors(slot: slot, hasMissing: hasMissing, batch)
        let n = factors.count
        let sum = Lanes.load(batch.laneSum + slot)
        let high = Lanes.load(batch.laneMax + slot)
        let centre = Lanes.load(batch.laneCentre + slot)
        let t2 = Lanes.load(batch.laneSquares + slot)
        let t3 = Lanes.load(batch.laneCubes + slot)
        let t4 = Lanes.load(batch.laneFourths + slot)
        let t1 = sum - n * centre
        let original = Self.centralSums(t1, t2, t3, t4, factors)
        let isFlagged = flagged(original.m2, original.m3, original.m4, factors)
        guard isFlagged.any else { return raw }

        // Up to two positive steps without touching the values again: the maximum becomes the
        // second-largest value, then both become the third. This needs the three to be
        // distinct, and removing a term from the sums must not cancel too many digits.
        let second = Lanes.load(batch.laneSecond + slot), third = Lanes.load(batch.laneThird + slot)
        let two = Lanes(repeating: 2)
        let e = high - centre, e2 = e * e
        let f = second - centre, f2 = f * f
        let g = third - centre, g2 = g * g
        let s2 = t2 - e2 + f2, s3 = t3 - e2 * e + f2 * f, s4 = t4 - e2 * e2 + f2 * f2
        let first = Self.centralSums(t1 - (high - second), s2, s3, s4, factors)
        let limit = Lanes(repeating: Self.cancellationLimit)
        let stepOne = isFlagged .& (original.m3 .> 0) .& (second .< high) .& (third .< second)
            .& (e2 .< limit * s2) .& (e2 * e2 .< limit * s4)
        let stillFlagged = flagged(first.m2, first.m3, first.m4, factors)
        let steps = settings.maxWinsorisationSteps
        let never = SIMDMask<SIMD8<Int64>>(repeating: false)
        let curedInOne = steps >= 1 ? stepOne .& .!stillFlagged : never
        var curedInTwo = never
        // The second step counts only for lanes the first did not cure (a few percent of
        // them), but is computed for all eight: whether any lane needs it is known only at the
        // end of the longest chain of the decision, and about a third of the batches' lane
        // groups do, at random, so the branch was mispredicted often (`docs/performance.md`).
        let candidates = stepOne .& stillFlagged .& (first.m3 .> 0)
        if steps >= 2 {
            let u2 = s2 - two * f2 + two * g2, u3 = s3 - two * f2 * f + two * g2 * g, u4 = s4 - two * f2 * f2 + two * g2 * g2
            let secondStep = Self.centralSums(t1 - (high - second) - two * (second - third), u2, u3, u4, factors)
            let stepTwo = candidates .& (two * f2 .< limit * u2) .& (two * f2 * f2 .< limit * u4)
            curedInTwo = stepTwo .& .!flagged(secondStep.m2, secondStep.m3, secondStep.m4, factors)
        }
        let cap = high.replacing(with: second, where: curedInOne).replacing(with: third, where: curedInTwo)
        cap.store(to: batch.laneMax + slot)
        // The codes of all eight lanes in one store: a loop over the cured lanes would cost a
        // mispredicted branch or two per call, as their number varies at random.
        let stepCodes = SIMD8<Int64>(repeating: 0)
            .replacing(with: 1, where: curedInOne).replacing(with: 2, where: curedInTwo)
        UnsafeMutableRawPointer(codes).storeBytes(of: SIMD8<Int8>(truncatingIfNeeded: stepCodes), as: SIMD8<Int8>.self)

        let exact = isFlagged .& .!curedInOne .& .!curedInTwo
        guard exact.any else { return raw }
        return treatExactly(raw, indicator: indicator, lane: lane, lanes: exact.bits, positiveSkew: (original.m3 .> 0).bits, batch)
    }

    /// The rest of `apply` for the lanes in `lanes` (bits), which the closed forms did not
    /// settle: the exact winsorisation, else the scaled log. Kept out of line: it is rare, and
    /// inlined its locals would crowd the common path's registers onto the stack.
    @inline(never)
    private func treatExactly(
        _ raw: UnsafePointer<Double>, indicator: Int, lane: Int, lanes: Int, positiveSkew: Int, _ batch: ScoreBatch
    ) -> UnsafePointer<Double> {
        let width = batch.width, provinces = batch.provinceCount
        let slot = indicator * width + lane
        let codes = batch.treatmentCodes + slot
        var anyLog = false
        forEachLane(in: lanes) { l in
            let outcome = winsorise(
                raw + l, width: width, provinces: provinces, low: batch.laneMin[slot + l], high: batch.laneMax[slot + l],
                positiveSkew: positiveSkew & (1 << l) != 0, batch)
            if let outcome {
                codes[l] = Int8(outcome.steps)
                batch.laneMin[slot + l] = outcome.low
                batch.laneMax[slot + l] = outcome.high
            } else {
                codes[l] = -1
                anyLog = true
            }
        }
        guard anyLog else { return raw }
        let copy = batch.transformed + indicator * provinces * width + lane
        for p in 0..<provinces {
            Lanes.load(raw + p * width).store(to: copy + p * width)
        }
        forEachLane(in: lanes) { l in
            guard codes[l] == -1 else { return }
            scaledLog(copy + l, width: width, provinces: provinces, slot: slot + l,
                      positiveSkew: positiveSkew & (1 << l) != 0, batch)
        }
        return UnsafePointer(copy)
    }

    /// How much larger than the remaining sum a removed term may be before the difference
    /// is no longer trusted to decide a flag (a 10⁶ ratio leaves 10 good digits).
    /// (A scalar: a static `Lanes` would be initialised lazily, behind a call on every use.)
    static let cancellationLimit = 1e6

    /// The exact path for one flagged lane (`column` points at its first value, rows `width`
    /// apart). Returns the steps taken and the final clamp bounds when the lane ends
    /// unflagged, `nil` when it is still flagged after the allowed steps (then: scaled log).
    private func winsorise(
        _ column: UnsafePointer<Double>, width: Int, provinces: Int, low: Double, high: Double,
        positiveSkew: Bool, _ batch: ScoreBatch
    ) -> (steps: Int, low: Double, high: Double)? {
        // The lane's present values, padded with NaN to whole `Lanes`.
        let values = batch.laneValues
        var n = 0
        for p in 0..<provinces {
            let x = column[p * width]
            if x == x {
                values[n] = x
                n += 1
            }
        }
        let padded = (n + ScoreBatch.laneGroup - 1) / ScoreBatch.laneGroup * ScoreBatch.laneGroup
        for k in n..<padded { values[k] = .nan }
        let factors = n == Int(complete.count[0]) ? complete : ShapeFactors(count: Lanes(repeating: Double(n)))
        var low = low, high = high
        var positive = positiveSkew
        var steps = 0
        while steps < settings.maxWinsorisationSteps {
            if positive {
                var next = Lanes(repeating: -.infinity)
                for k in stride(from: 0, to: padded, by: ScoreBatch.laneGroup) {
                    let v = Lanes.load(values + k)
                    next = next.replacing(with: v, where: (v .< Lanes(repeating: high)) .& (v .> next))
                }
                high = next.max()
            } else {
                var next = Lanes(repeating: .infinity)
                for k in stride(from: 0, to: padded, by: ScoreBatch.laneGroup) {
                    let v = Lanes.load(values + k)
                    next = next.replacing(with: v, where: (v .> Lanes(repeating: low)) .& (v .< next))
                }
                low = next.min()
            }
            steps += 1
            guard high > low else { return (steps, low, high) }
            let (m2, m3, m4) = Self.clampedCentralSums(values, padded: padded, count: n, low: low, high: high)
            guard flagged(Lanes(repeating: m2), Lanes(repeating: m3), Lanes(repeating: m4), factors)[0] else {
                return (steps, low, high)
            }
            positive = m3 > 0
        }
        return nil
    }

    /// Central sums of powers of `values` (NaN-padded to `padded`) clamped to `low…high`,
    /// computed in two passes.
    private static func clampedCentralSums(
        _ values: UnsafeMutablePointer<Double>, padded: Int, count n: Int, low: Double, high: Double
    ) -> (Double, Double, Double) {
        let lowest = Lanes(repeating: low), highest = Lanes(repeating: high)
        func clamped(_ k: Int) -> Lanes {
            let v = Lanes.load(values + k)
            return v.replacing(with: lowest, where: v .< lowest).replacing(with: highest, where: v .> highest)
        }
        var sum = Lanes(repeating: 0)
        for k in stride(from: 0, to: padded, by: ScoreBatch.laneGroup) {
            let v = clamped(k)
            sum += v.kept(where: v.isPresent())
        }
        let mean = Lanes(repeating: sum.sum() / Double(n))
        var m2 = Lanes(repeating: 0), m3 = Lanes(repeating: 0), m4 = Lanes(repeating: 0)
        for k in stride(from: 0, to: padded, by: ScoreBatch.laneGroup) {
            let v = clamped(k)
            let d = (v - mean).kept(where: v.isPresent())
            let d2 = d * d
            m2 += d2
            m3.addProduct(d2, d)
            m4.addProduct(d2, d2)
        }
        return (m2.sum(), m3.sum(), m4.sum())
    }

    /// Replaces one lane of the transformed copy with the scaled log of its original values,
    /// oriented by the sign of the original skewness, and sets the lane's treated range.
    private func scaledLog(
        _ column: UnsafeMutablePointer<Double>, width: Int, provinces: Int, slot: Int,
        positiveSkew: Bool, _ batch: ScoreBatch
    ) {
        let low = batch.laneMin[slot], high = batch.laneMax[slot]
        let range = high - low
        let log100 = Foundation.log(100.0)
        var treatedLow = Double.infinity, treatedHigh = -Double.infinity
        for p in 0..<provinces {
            let x = column[p * width]
            guard x == x else { continue }
            let y = positiveSkew
                ? Foundation.log(1 + 99 * (x - low) / range)
                : log100 - Foundation.log(1 + 99 * (high - x) / range)
            column[p * width] = y
            treatedLow = Swift.min(treatedLow, y)
            treatedHigh = Swift.max(treatedHigh, y)
        }
        batch.laneMin[slot] = treatedLow
        batch.laneMax[slot] = treatedHigh
    }
}
