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
    ///     NaN where a value is missing. Not modified.
    ///   - batch: receives every score; its previous contents are overwritten.
    public func score(_ values: UnsafePointer<Double>, into batch: ScoreBatch) {
        let structure = framework.structure
        let plane = batch.provinceCount * batch.width
        let laneGroups = batch.width / ScoreBatch.laneGroup
        let accumulate = aggregation == .fused
        let rule = OutlierRule(settings: settings, provinceCount: batch.provinceCount)
        batch.groupState.update(repeating: 0, count: structure.groups.count * laneGroups)
        batch.groupWeightSoFar.update(repeating: 0, count: structure.groups.count * laneGroups)
        let outlierRuleApplies = { (indicator: Int) in structure.treated[indicator] && !settings.valuesAreNormalised }
        // Three passes over the indicators. The decisions of the middle one are chains of
        // dependent arithmetic, tens of cycles long, for a handful of numbers per lane; run
        // back to back, the decisions of consecutive indicators overlap, where between the
        // passes over the values each would stall the core.
        // 1. The statistics of every indicator: range, sum, the three largest values and
        //    the shape sums, the last two for the outlier rule. This pass streams the batch
        //    from memory in address order, which the hardware prefetcher follows on its own
        //    (explicit prefetches measured slower).
        var batchHasMissing = false
        for indicator in 0..<structure.indicatorCount {
            let treated = outlierRuleApplies(indicator)
            for laneGroup in 0..<laneGroups {
                let lane = laneGroup * ScoreBatch.laneGroup
                let raw = values + indicator * plane + lane
                let slot = indicator * batch.width + lane
                let hasMissing = laneStatistics(raw, slot: slot, runnersUp: treated, batch)
                batch.missingFlags[indicator * laneGroups + laneGroup] = hasMissing
                batchHasMissing = batchHasMissing || hasMissing
                if treated { rule.measureShape(raw, slot: slot, hasMissing: hasMissing, batch) }
            }
        }
        // 2. Every treatment and the normalisation parameters that follow from it.
        for indicator in 0..<structure.indicatorCount {
            for laneGroup in 0..<laneGroups {
                let lane = laneGroup * ScoreBatch.laneGroup
                let source = prepareNormalisation(
                    indicator: indicator, raw: values + indicator * plane + lane, lane: lane,
                    hasMissing: batch.missingFlags[indicator * laneGroups + laneGroup], rule: rule, batch)
                batch.readsTransformed[indicator * laneGroups + laneGroup] = source != values + indicator * plane + lane
            }
        }
        // 3. Normalised scores, added into their groups.
        for indicator in 0..<structure.indicatorCount {
            for laneGroup in 0..<laneGroups {
                let lane = laneGroup * ScoreBatch.laneGroup
                let transformed = batch.readsTransformed[indicator * laneGroups + laneGroup]
                let source = UnsafePointer(transformed ? batch.transformed : UnsafeMutablePointer(mutating: values))
                normalise(
                    indicator: indicator, source: source + indicator * plane + lane, lane: lane,
                    accumulate: accumulate, hasMissing: batch.missingFlags[indicator * laneGroups + laneGroup], batch)
            }
        }
        if accumulate {
            finishGroups(batch)
        } else {
            aggregateGroupsWithBLAS(hasMissing: batchHasMissing, batch)
        }
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
    /// of the present values, and with `runnersUp` the second- and third-largest values (for
    /// the outlier rule). Returns whether any of them misses a value.
    ///
    /// Values are first added unmasked; a missing value turns its lane's sum into NaN, and
    /// only then are the lanes summed again with the mask.
    private func laneStatistics(
        _ raw: UnsafePointer<Double>, slot: Int, runnersUp: Bool, _ batch: ScoreBatch
    ) -> Bool {
        let width = batch.width, provinces = batch.provinceCount
        var sum = Lanes(repeating: 0)
        var low = Lanes(repeating: .infinity), high = Lanes(repeating: -.infinity)
        var row = raw
        if runnersUp {
            // The top three are kept by integer minimum and maximum of the values' bit
            // patterns, which order like the values when none is negative, −0 or NaN (checked
            // below): they run on other vector pipes than the floating-point additions,
            // minima and maxima, which would otherwise all queue for the same two.
            var top = SIMD8<Int64>(repeating: Int64.min), second = top, third = top
            for _ in 0..<provinces {
                let x = Lanes.load(row)
                sum += x
                low = low.replacing(with: x, where: x .< low)
                // Insert x into the top three: each place keeps the larger, passes down the smaller.
                let bits = x.bitPatterns
                let passed = top.replacing(with: bits, where: bits .< top)
                top = top.replacing(with: bits, where: top .< bits)
                let passedOn = second.replacing(with: passed, where: passed .< second)
                second = second.replacing(with: passed, where: second .< passed)
                third = third.replacing(with: passedOn, where: third .< passedOn)
                row += width
            }
            if (low .> 0).allHold && (sum .== sum).allHold {
                high = Lanes(bitPatterns: top)
                Lanes(bitPatterns: second).store(to: batch.laneSecond + slot)
                Lanes(bitPatterns: third).store(to: batch.laneThird + slot)
            } else {
                high = topThreeByValue(raw, slot: slot, batch)
            }
        } else {
            for _ in 0..<provinces {
                let x = Lanes.load(row)
                sum += x
                low = low.replacing(with: x, where: x .< low)
                high = high.replacing(with: x, where: x .> high)
                row += width
            }
        }
        var count = Lanes(repeating: Double(provinces))
        let hasMissing = (sum .!= sum).any
        if hasMissing {
            sum = Lanes(repeating: 0)
            count = Lanes(repeating: 0)
            row = raw
            for _ in 0..<provinces {
                let x = Lanes.load(row)
                let present = x.isPresent()
                sum += x.kept(where: present)
                count += Lanes(repeating: 1).kept(where: present)
                row += width
            }
        }
        sum.store(to: batch.laneSum + slot)
        count.store(to: batch.laneCount + slot)
        low.store(to: batch.laneMin + slot)
        high.store(to: batch.laneMax + slot)
        return hasMissing
    }

    /// The largest present value of the eight lanes at `raw`, with the second and third
    /// stored in the batch, found by comparing values: for lanes with negative values, zeros
    /// (which may be −0) or missing ones (NaN never wins a comparison).
    private func topThreeByValue(_ raw: UnsafePointer<Double>, slot: Int, _ batch: ScoreBatch) -> Lanes {
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
        second.store(to: batch.laneSecond + slot)
        third.store(to: batch.laneThird + slot)
        return high
    }

    /// Decides the outlier treatment of the eight lanes and sets their normalisation
    /// parameters (`z = (x − shift) · scale + offset`, then cut to 0…100). Returns where to
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
        Lanes(repeating: 0).store(to: batch.offset + slot)
        let direction = settings.valuesAreNormalised ? 1.0 : structure.direction[indicator]
        if !settings.valuesAreNormalised, let goalposts = structure.goalposts[indicator] {
            Lanes(repeating: direction > 0 ? goalposts.low : goalposts.high).store(to: batch.shift + slot)
            Lanes(repeating: direction * 100 / (goalposts.high - goalposts.low)).store(to: batch.scale + slot)
            return raw
        }
        var source = raw
        if structure.treated[indicator] && !settings.valuesAreNormalised {
            source = rule.apply(raw, indicator: indicator, lane: lane, hasMissing: hasMissing, batch)
        }
        let low = Lanes.load(batch.laneMin + slot), high = Lanes.load(batch.laneMax + slot)
        let varying = high .> low
        let zero = Lanes(repeating: 0)
        let shift = direction > 0 ? low : high
        let scale = Lanes(repeating: direction * 100) / (high - low)
        shift.kept(where: varying).store(to: batch.shift + slot)
        scale.kept(where: varying).store(to: batch.scale + slot)
        if (.!varying).any {
            // Constant (or empty): every present value scores 50 (methodology §2.3).
            Lanes(repeating: 50).replacing(with: zero, where: varying).store(to: batch.offset + slot)
            let count = Lanes.load(batch.laneCount + slot)
            for l in 0..<ScoreBatch.laneGroup where !varying[l] && count[l] > 0 { constant[l] = 1 }
        }
        return source
    }

    /// Writes the normalised scores of eight lanes of one indicator and, with `accumulate`,
    /// adds them into the indicator's group.
    ///
    /// Every score is cut to 0…100. That is how winsorisation takes effect — a value beyond a
    /// winsorised lane's new maximum is exactly as good as the maximum — and how goalposts
    /// truncate; other scores already lie in 0…100, and the cut removes the last-bit overshoot
    /// of `(max − min) · (100 / (max − min))`.
    private func normalise(
        indicator: Int, source: UnsafePointer<Double>, lane: Int,
        accumulate: Bool, hasMissing: Bool, _ batch: ScoreBatch
    ) {
        let structure = framework.structure
        let width = batch.width, plane = batch.provinceCount * width
        let slot = indicator * width + lane
        let shift = Lanes.load(batch.shift + slot), scale = Lanes.load(batch.scale + slot)
        let offset = Lanes.load(batch.offset + slot)
        let offsets = (offset .!= 0).any
        let output = batch.indicatorScores + indicator * plane + lane
        let group = structure.groupOfIndicator[indicator]
        let state = group * (width / ScoreBatch.laneGroup) + lane / ScoreBatch.laneGroup
        let weight = structure.indicatorWeight[indicator]
        let sums = batch.groupScores + group * plane + lane
        let present = batch.presentWeight + group * plane + lane
        var masked = false
        // The group's first child writes its running sums; later children add to them.
        let first = batch.groupWeightSoFar[state] == 0
        if accumulate {
            if hasMissing && batch.groupState[state] == 0 {
                // Every child so far was complete: each lane's present weight is the running sum.
                let sofar = Lanes(repeating: batch.groupWeightSoFar[state])
                for p in 0..<batch.provinceCount { sofar.store(to: present + p * width) }
                batch.groupState[state] = 1
            }
            batch.groupWeightSoFar[state] += weight
            masked = batch.groupState[state] != 0
        }
        let weights = Lanes(repeating: weight)
        let provinces = batch.provinceCount
        let zero = Lanes(repeating: 0), hundred = Lanes(repeating: 100)
        @inline(__always) func normalised(_ row: Int) -> Lanes {
            var z = (Lanes.load(source + row) - shift) * scale
            if offsets { z += offset }
            z = z.replacing(with: zero, where: z .< zero).replacing(with: hundred, where: z .> hundred)
            z.store(to: output + row)
            return z
        }
        guard !(accumulate && masked) else {
            for p in 0..<provinces {
                let row = p &* width
                let z = normalised(row)
                let isPresent = z.isPresent()
                var sum = first ? zero : Lanes.load(sums + row)
                sum.addProduct(weights, z.kept(where: isPresent))
                sum.store(to: sums + row)
                (Lanes.load(present + row) + weights.kept(where: isPresent)).store(to: present + row)
            }
            return
        }
        // One loop per variant, so that nothing is decided per row; the group's last child
        // finishes the weighted mean as it adds itself.
        let last = structure.isLastInGroup[indicator]
        let inverse = Lanes(repeating: structure.groups[group].inverseWeightSum)
        switch (accumulate, first, last) {
        case (false, _, _):
            for p in 0..<provinces { _ = normalised(p &* width) }
        case (true, true, true):
            for p in 0..<provinces {
                let row = p &* width
                (weights * normalised(row) * inverse).store(to: sums + row)
            }
        case (true, true, false):
            for p in 0..<provinces {
                let row = p &* width
                (weights * normalised(row)).store(to: sums + row)
            }
        case (true, false, true):
            for p in 0..<provinces {
                let row = p &* width
                var sum = Lanes.load(sums + row)
                sum.addProduct(weights, normalised(row))
                (sum * inverse).store(to: sums + row)
            }
        case (true, false, false):
            for p in 0..<provinces {
                let row = p &* width
                var sum = Lanes.load(sums + row)
                sum.addProduct(weights, normalised(row))
                sum.store(to: sums + row)
            }
        }
        if accumulate && last { batch.groupState[state] = 2 }
    }
}

