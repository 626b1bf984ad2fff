import CPrefetch

/// How indicator scores are averaged into groups.
public enum AggregationKernel: String, Sendable, CaseIterable {
    /// A fused loop that accumulates each indicator into its group as it is normalised.
    case fused
    /// One BLAS `dgemm` of the group-weight matrix with all normalised indicator scores,
    /// used for batches without missing values (others fall back to the fused loop).
    /// Kept for the benchmark's comparison; its summation order is OpenBLAS's, so its results
    /// are reproducible for a fixed batch width only.
    case blas
}

/// The one implementation of the method (`methodology.md` §2–§3): scores a batch of
/// scenarios of one year — outlier treatment, min–max normalisation, weighted aggregation
/// with re-weighting over missing children, the index, efficiency and competition ranks.
///
/// Every command scores through this type: `pii score` as a batch of one, the simulation
/// batch by batch. The arithmetic of a lane never depends on the other lanes, so results are
/// the same whatever the batch width.
public struct BatchScorer: Sendable {
    public let framework: Framework
    public let settings: MethodSettings
    public let aggregation: AggregationKernel
    let groupWeightMatrix: [Double]

    public init(framework: Framework, settings: MethodSettings = .standard, aggregation: AggregationKernel = .fused) {
        self.framework = framework
        self.settings = settings
        self.aggregation = aggregation
        let structure = framework.structure
        var matrix = [Double](repeating: 0, count: structure.groups.count * structure.indicatorCount)
        for (g, group) in structure.groups.enumerated() {
            for (i, weight) in zip(group.children, group.weights) {
                matrix[g * structure.indicatorCount + i] = weight * group.inverseWeightSum
            }
        }
        groupWeightMatrix = matrix
    }

    /// Scores one batch.
    ///
    /// - Parameters:
    ///   - values: raw values laid out `[indicator][province][lane]` for `batch.width` lanes,
    ///     NaN where a value is missing: indicators × provinces × width of them, checked. Not
    ///     modified.
    ///   - batch: receives every score; its previous contents are overwritten.
    public func score(_ values: UnsafeBufferPointer<Double>, into batch: ScoreBatch) {
        let count = framework.structure.indicatorCount * batch.provinceCount * batch.width
        precondition(values.count == count, "a batch of \(batch.width) lanes needs \(count) values, not \(values.count)")
        guard let base = values.baseAddress else { return }
        score(base, into: batch)
    }

    /// `score(_:into:)` on the package's own buffers, whose size the caller knows: the
    /// simulator's and the benchmarks' hot loops.
    package func score(_ values: UnsafePointer<Double>, into batch: ScoreBatch) {
        let count = framework.structure.indicatorCount * batch.provinceCount * batch.width
        guard settings.missingValues == .zero, UnsafeBufferPointer(start: values, count: count).contains(where: \.isNaN) else {
            return scoreValues(values, into: batch)
        }
        let filled = UnsafeMutablePointer<Double>.allocate(capacity: count)
        defer { filled.deallocate() }
        filled.initialize(from: values, count: count)
        fillMissingWithZero(filled, batch)
        scoreValues(filled, into: batch)
    }

    /// The `zero` rule: every missing value of an indicator-lane that some province reports
    /// becomes 0; a lane no province reports stays missing.
    private func fillMissingWithZero(_ values: UnsafeMutablePointer<Double>, _ batch: ScoreBatch) {
        let width = batch.width
        for indicator in 0..<framework.structure.indicatorCount {
            let rows = values + indicator * batch.provinceCount * width
            for lane in 0..<width {
                let reported = (0..<batch.provinceCount).contains { !rows[$0 * width + lane].isNaN }
                guard reported else { continue }
                for p in 0..<batch.provinceCount where rows[p * width + lane].isNaN { rows[p * width + lane] = 0 }
            }
        }
    }

    private func scoreValues(_ values: UnsafePointer<Double>, into batch: ScoreBatch) {
        let structure = framework.structure
        let plane = batch.provinceCount * batch.width
        let laneGroups = batch.width / ScoreBatch.laneGroup
        let accumulate = aggregation == .fused
        precondition(accumulate || batch.keepsIndicatorScores, "the BLAS aggregation reads the indicator scores")
        let rule = OutlierRule(settings: settings, provinceCount: batch.provinceCount)
        let outlierRuleApplies = { (indicator: Int) in structure.treated[indicator] && !settings.valuesAreNormalised }
        // Three passes over the indicators. The decisions of the middle one are chains of
        // dependent arithmetic, tens of cycles long, for a handful of numbers per lane; run
        // back to back, the decisions of consecutive indicators overlap, where between the
        // passes over the values each would stall the core.
        // 1. The statistics of every indicator: range, sum, and for the outlier rule the
        //    three largest values and the shape sums. This pass streams the batch from
        //    memory in address order, asking for the values `prefetchDistance` ahead.
        var batchHasMissing = false
        for indicator in 0..<structure.indicatorCount {
            let treated = outlierRuleApplies(indicator)
            for laneGroup in 0..<laneGroups {
                let lane = laneGroup * ScoreBatch.laneGroup
                let raw = values + indicator * plane + lane
                let slot = indicator * batch.width + lane
                let hasMissing = treated
                    ? statisticsAndShape(raw, slot: slot, rule: rule, batch) : laneStatistics(raw, slot: slot, batch)
                batch.missingFlags[indicator * laneGroups + laneGroup] = hasMissing
                batchHasMissing = batchHasMissing || hasMissing
            }
        }
        // 2. Every treatment and the normalisation parameters that follow from it. Meanwhile
        //    the stream the statistics pass started past the batch continues, a few lines per
        //    indicator (see `linesAskedPerDecision`).
        var lookahead = UInt(bitPattern: values + structure.indicatorCount * plane) &+ UInt(Self.prefetchDistance)
        for indicator in 0..<structure.indicatorCount {
            for laneGroup in 0..<laneGroups {
                let lane = laneGroup * ScoreBatch.laneGroup
                let source = prepareNormalisation(
                    indicator: indicator, raw: values + indicator * plane + lane, lane: lane,
                    hasMissing: batch.missingFlags[indicator * laneGroups + laneGroup], rule: rule, batch)
                batch.readsTransformed[indicator * laneGroups + laneGroup] = source != values + indicator * plane + lane
            }
            for _ in 0..<Self.linesAskedPerDecision {
                pii_prefetch_to_l2(lookahead)
                lookahead &+= UInt(Self.cacheLineBytes)
            }
        }
        // 3. Normalised scores, group by group: the group's running sum stays in a register
        //    across its children, where added indicator by indicator it was stored and
        //    reloaded for every child.
        for (g, group) in structure.groups.enumerated() {
            for laneGroup in 0..<laneGroups {
                normalise(group: g, group, values: values, lane: laneGroup * ScoreBatch.laneGroup, accumulate: accumulate, batch)
            }
        }
        if !accumulate { aggregateGroupsWithBLAS(hasMissing: batchHasMissing, batch) }
        if batchHasMissing {
            aggregate(structure.pillars, children: batch.groupScores, into: batch.pillarScores, batch)
            aggregate(structure.blocks, children: batch.pillarScores, into: batch.blockScores, batch)
            aggregate(structure.indexLevel, children: batch.blockScores, into: batch.index, batch)
        } else {
            aggregateCompleteLevels(batch)
        }
        computeEfficiency(batch)
        rank(batch)
    }

    /// For the eight lanes at `raw` (rows `width` apart): the sum, count, minimum and maximum
    /// of the present values. Returns whether any of them misses a value.
    ///
    /// Values are first added unmasked; a missing value turns its lane's sum into NaN, and
    /// only then are the lanes summed again with the mask.
    private func laneStatistics(_ raw: UnsafePointer<Double>, slot: Int, _ batch: ScoreBatch) -> Bool {
        var sum = Lanes(repeating: 0)
        var low = Lanes(repeating: .infinity), high = Lanes(repeating: -.infinity)
        var row = raw
        for _ in 0..<batch.provinceCount {
            prefetchAhead(of: row)
            let x = Lanes.load(row)
            sum += x
            low = low.replacing(with: x, where: x .< low)
            high = high.replacing(with: x, where: x .> high)
            row += batch.width
        }
        low.store(to: batch.laneMin + slot)
        high.store(to: batch.laneMax + slot)
        return storeSumAndCount(sum, raw, slot: slot, batch)
    }

    /// The statistics of `laneStatistics` with, for the outlier rule, the second- and
    /// third-largest values and the sums of the second, third and fourth powers of the
    /// deviations from a centre, all in one pass over the values.
    ///
    /// The centre must be known before the pass: the median of the first three provinces'
    /// values. Being one of the values, it lies within their range, which bounds the digits
    /// the rule's shift to the mean cancels (see `OutlierRule`). The work per row is spread
    /// over both kinds of vector pipe of this machine: additions, minima and the float
    /// comparisons on one, multiplications and the integer maxima of the top three (bit
    /// patterns order like values > 0; checked below) on the other.
    private func statisticsAndShape(
        _ raw: UnsafePointer<Double>, slot: Int, rule: OutlierRule, _ batch: ScoreBatch
    ) -> Bool {
        let width = batch.width, provinces = batch.provinceCount
        let centre: Lanes
        if provinces >= 3 {
            let a = Lanes.load(raw), b = Lanes.load(raw + width), c = Lanes.load(raw + 2 * width)
            let lower = a.replacing(with: b, where: b .< a), upper = a.replacing(with: b, where: a .< b)
            let middle = upper.replacing(with: c, where: c .< upper)
            centre = middle.replacing(with: lower, where: middle .< lower)
        } else {
            centre = Lanes.load(raw)
        }
        var sum = Lanes(repeating: 0), low = Lanes(repeating: .infinity)
        // Places not yet filled hold the bit pattern Int64.min, which is −0.
        var top = SIMD8<Int64>(repeating: Int64.min), second = top, third = Lanes(bitPatterns: top)
        var t2 = Lanes(repeating: 0), t3 = Lanes(repeating: 0), t4 = Lanes(repeating: 0)
        var row = raw
        for _ in 0..<provinces {
            prefetchAhead(of: row)
            let x = Lanes.load(row)
            sum += x
            low = low.replacing(with: x, where: x .< low)
            // Insert x into the top three: each place keeps the larger, passes down the
            // smaller. The first two places are integer maxima and minima, the third place
            // float ones, to share the work between the two kinds of pipe.
            let bits = x.bitPatterns
            let passed = top.replacing(with: bits, where: bits .< top)
            top = top.replacing(with: bits, where: top .< bits)
            let formerSecond = Lanes(bitPatterns: second)
            second = second.replacing(with: passed, where: second .< passed)
            let passedValue = Lanes(bitPatterns: passed)
            let passedOn = passedValue.replacing(with: formerSecond, where: formerSecond .< passedValue)
            third = third.replacing(with: passedOn, where: third .< passedOn)
            let d = x - centre
            let d2 = d * d
            t2 += d2
            t3.addProduct(d2, d)
            t4.addProduct(d2, d2)
            row += width
        }
        low.store(to: batch.laneMin + slot)
        let hasMissing = storeSumAndCount(sum, raw, slot: slot, batch)
        if (low .> 0).allHold && !hasMissing {
            Lanes(bitPatterns: top).store(to: batch.laneMax + slot)
            Lanes(bitPatterns: second).store(to: batch.laneSecond + slot)
            third.store(to: batch.laneThird + slot)
        } else {
            topThreeByValue(raw, slot: slot, batch)
        }
        if hasMissing {
            rule.measureShapeOfPresentValues(raw, slot: slot, batch)
        } else {
            centre.store(to: batch.laneCentre + slot)
            t2.store(to: batch.laneSquares + slot)
            t3.store(to: batch.laneCubes + slot)
            t4.store(to: batch.laneFourths + slot)
        }
        return hasMissing
    }

    /// How far ahead of the row it reads the statistics pass asks for values, in bytes. The
    /// pass reads the batch in address order and, in a benchmark or a replayed forecast, the
    /// next batch follows it in memory; with the hardware prefetcher alone the pass waited on
    /// memory. (The distances measured: `docs/performance.md`.)
    static let prefetchDistance = 24 << 10

    /// The unit the memory system moves, on the machines this engine runs on.
    static let cacheLineBytes = 64

    /// Cache lines the decisions ask for per indicator, continuing past the statistics pass's
    /// lookahead: 8 × 52 lines, another 26 KB of what a contiguous tensor's next batch holds.
    /// With two threads streaming at once, this moves a little of their demand on memory to
    /// a time when the thread does not stream. (The counts measured: `docs/performance.md`.)
    static let linesAskedPerDecision = 8

    /// Asks for the line `prefetchDistance` bytes past `row`. The address may lie beyond the
    /// batch, even beyond the caller's memory: a prefetch never faults.
    @inline(__always)
    private func prefetchAhead(of row: UnsafePointer<Double>) {
        pii_prefetch_to_l2(UInt(bitPattern: row) &+ UInt(Self.prefetchDistance))
    }

    /// Stores the sum and count of the present values of the eight lanes at `raw`, given
    /// their unmasked sum; returns whether a value is missing (then that sum is NaN and the
    /// lanes are summed again with the mask).
    @inline(__always)
    private func storeSumAndCount(_ unmasked: Lanes, _ raw: UnsafePointer<Double>, slot: Int, _ batch: ScoreBatch) -> Bool {
        var sum = unmasked
        var count = Lanes(repeating: Double(batch.provinceCount))
        let hasMissing = (sum .!= sum).any
        if hasMissing {
            sum = Lanes(repeating: 0)
            count = Lanes(repeating: 0)
            var row = raw
            for _ in 0..<batch.provinceCount {
                let x = Lanes.load(row)
                let present = x.isPresent()
                sum += x.kept(where: present)
                count += Lanes(repeating: 1).kept(where: present)
                row += batch.width
            }
        }
        sum.store(to: batch.laneSum + slot)
        count.store(to: batch.laneCount + slot)
        return hasMissing
    }

    /// The three largest present values of the eight lanes at `raw`, stored in the batch,
    /// found by comparing values: for lanes with negative values, zeros (which may be −0)
    /// or missing ones (NaN never wins a comparison).
    private func topThreeByValue(_ raw: UnsafePointer<Double>, slot: Int, _ batch: ScoreBatch) {
        var high = Lanes(repeating: -.infinity), second = high, third = high
        var row = raw
        for _ in 0..<batch.provinceCount {
            let x = Lanes.load(row)
            let passed = x.replacing(with: high, where: x .> high)
            high = high.replacing(with: x, where: x .> high)
            let passedOn = passed.replacing(with: second, where: passed .> second)
            second = second.replacing(with: passed, where: passed .> second)
            third = third.replacing(with: passedOn, where: passedOn .> third)
            row += batch.width
        }
        high.store(to: batch.laneMax + slot)
        second.store(to: batch.laneSecond + slot)
        third.store(to: batch.laneThird + slot)
    }

    /// Decides the outlier treatment of the eight lanes and sets their normalisation
    /// parameters (`z = (x − shift) · scale`, then cut to `floor`…100). Returns where to
    /// read the values to normalise: `raw`, or the log-transformed copy when a lane fell back
    /// to the log.
    private func prepareNormalisation(
        indicator: Int, raw: UnsafePointer<Double>, lane: Int, hasMissing: Bool,
        rule: OutlierRule, _ batch: ScoreBatch
    ) -> UnsafePointer<Double> {
        let structure = framework.structure
        let slot = indicator * batch.width + lane
        let codes = batch.treatmentCodes + slot
        let constant = batch.constantFlags + slot
        UnsafeMutableRawPointer(codes).storeBytes(of: .zero, as: SIMD8<Int8>.self)
        UnsafeMutableRawPointer(constant).storeBytes(of: .zero, as: SIMD8<UInt8>.self)
        Lanes(repeating: 0).store(to: batch.floor + slot)
        let direction = settings.valuesAreNormalised ? 1.0 : structure.direction[indicator]
        let cutsLow = batch.cutsLow + slot / ScoreBatch.laneGroup
        if !settings.valuesAreNormalised, let goalposts = structure.goalposts[indicator] {
            Lanes(repeating: direction > 0 ? goalposts.low : goalposts.high).store(to: batch.shift + slot)
            Lanes(repeating: direction * 100 / (goalposts.high - goalposts.low)).store(to: batch.scale + slot)
            cutsLow.pointee = true
            return raw
        }
        let measuredLow = Lanes.load(batch.laneMin + slot)
        var source = raw
        if structure.treated[indicator] && !settings.valuesAreNormalised {
            source = rule.apply(raw, indicator: indicator, lane: lane, hasMissing: hasMissing, batch)
        }
        let low = Lanes.load(batch.laneMin + slot), high = Lanes.load(batch.laneMax + slot)
        let varying = high .> low
        // Scores below the floor arise only where the treatment raised a lane's minimum,
        // where a lowered maximum comes out at the bottom (direction −1), or where a
        // constant lane is lifted to 50; elsewhere `x ≥ min` gives `z ≥ 0` without a cut.
        let anyConstant = (.!varying).any
        cutsLow.pointee = direction < 0 || anyConstant || (low .!= measuredLow).any
        let zero = Lanes(repeating: 0)
        let shift = direction > 0 ? low : high
        let scale = Lanes(repeating: direction * 100) / (high - low)
        shift.kept(where: varying).store(to: batch.shift + slot)
        scale.kept(where: varying).store(to: batch.scale + slot)
        if anyConstant {
            // Constant (or empty): every present value scores 50 (methodology §2.3). The scale
            // is 0, so the score is ±0 before it is cut to the floor of 50.
            Lanes(repeating: 50).replacing(with: zero, where: varying).store(to: batch.floor + slot)
            let count = Lanes.load(batch.laneCount + slot)
            for l in 0..<ScoreBatch.laneGroup where !varying[l] && count[l] > 0 { constant[l] = 1 }
        }
        return source
    }
}
