import CBLAS

/// Weighted means up the tree (methodology §2.4), the efficiency ratio and ranks.
///
/// A parent's score is `Σ wᵢ·sᵢ / Σ wᵢ` over its present children, summed in file order.
/// When every child is present the denominator is the parent's fixed weight sum, so the
/// division becomes a multiplication by its precomputed inverse. A complete lane gets the
/// same arithmetic whether or not other lanes of its batch miss values, which keeps results
/// independent of batching.
extension BatchScorer {
    /// Groups as one matrix product, `groups[G × plane] = W[G × K] · indicators[K × plane]`,
    /// with `W` holding each indicator's share of its group. A batch with missing values
    /// needs re-weighting, which a product cannot do; it takes the fused loop's path.
    func aggregateGroupsWithBLAS(hasMissing: Bool, _ batch: ScoreBatch) {
        let structure = framework.structure
        let plane = batch.provinceCount * batch.width
        if hasMissing {
            aggregate(structure.groups, children: batch.indicatorScores, into: batch.groupScores, batch)
            return
        }
        groupWeightMatrix.withUnsafeBufferPointer { weights in
            cblas_dgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans,
                Int32(structure.groups.count), Int32(plane), Int32(structure.indicatorCount),
                1, weights.baseAddress, Int32(structure.indicatorCount),
                batch.indicatorScores, Int32(plane),
                0, batch.groupScores, Int32(plane))
        }
    }

    /// Weighted means of `children` (`[child][province][lane]`) into `output`, one plane per
    /// parent, each re-weighted over its present children: for batches in which a child
    /// score may be missing (complete batches take `aggregateCompleteLevels`).
    func aggregate(
        _ parents: [IndexStructure.Parent], children: UnsafePointer<Double>,
        into output: UnsafeMutablePointer<Double>, _ batch: ScoreBatch
    ) {
        let plane = batch.provinceCount * batch.width
        let present = batch.presentWeight
        let zero = Lanes(repeating: 0)
        for (k, parent) in parents.enumerated() {
            let sum = output + k * plane
            for (position, (child, weight)) in zip(parent.children, parent.weights).enumerated() {
                let scores = children + child * plane
                let weights = Lanes(repeating: weight)
                let first = position == 0
                for element in stride(from: 0, to: plane, by: ScoreBatch.laneGroup) {
                    let s = Lanes.load(scores + element)
                    let isPresent = s.isPresent()
                    var total = first ? zero : Lanes.load(sum + element)
                    total.addProduct(weights, s.kept(where: isPresent))
                    total.store(to: sum + element)
                    let weight = first ? zero : Lanes.load(present + element)
                    (weight + weights.kept(where: isPresent)).store(to: present + element)
                }
            }
            for element in stride(from: 0, to: plane, by: ScoreBatch.laneGroup) {
                finish(parent, sum: sum + element, present: present + element)
            }
        }
    }

    /// Pillars, blocks and the index of a batch in which no group score is missing: the same
    /// sums as `aggregate`, in the same order, but each element's running sum (eight lanes of
    /// one province) stays in a register across the parent's children instead of being
    /// stored and reloaded for every child.
    func aggregateCompleteLevels(_ batch: ScoreBatch) {
        let structure = framework.structure
        let plane = batch.provinceCount * batch.width
        func level(_ parents: [IndexStructure.Parent], _ children: UnsafePointer<Double>, _ output: UnsafeMutablePointer<Double>) {
            for (k, parent) in parents.enumerated() {
                let inverse = Lanes(repeating: parent.inverseWeightSum)
                let scores = output + k * plane
                parent.children.withUnsafeBufferPointer { numbers in
                    parent.weights.withUnsafeBufferPointer { weights in
                        // Every parent has a child (the framework is validated so).
                        let first = children + numbers[0] * plane, firstWeight = Lanes(repeating: weights[0])
                        // Four elements at a time: four running sums whose chains of
                        // multiply-adds do not wait on each other.
                        let step = ScoreBatch.laneGroup, quad = 4 * step
                        var element = 0
                        while element &+ quad <= plane {
                            var t0 = firstWeight * Lanes.load(first + element)
                            var t1 = firstWeight * Lanes.load(first + (element &+ step))
                            var t2 = firstWeight * Lanes.load(first + (element &+ 2 &* step))
                            var t3 = firstWeight * Lanes.load(first + (element &+ 3 &* step))
                            for c in 1..<numbers.count {
                                let weight = Lanes(repeating: weights[c])
                                let child = children + (numbers[c] &* plane &+ element)
                                t0.addProduct(weight, Lanes.load(child))
                                t1.addProduct(weight, Lanes.load(child + step))
                                t2.addProduct(weight, Lanes.load(child + 2 &* step))
                                t3.addProduct(weight, Lanes.load(child + 3 &* step))
                            }
                            (t0 * inverse).store(to: scores + element)
                            (t1 * inverse).store(to: scores + (element &+ step))
                            (t2 * inverse).store(to: scores + (element &+ 2 &* step))
                            (t3 * inverse).store(to: scores + (element &+ 3 &* step))
                            element &+= quad
                        }
                        while element < plane {
                            var total = firstWeight * Lanes.load(first + element)
                            for c in 1..<numbers.count {
                                total.addProduct(Lanes(repeating: weights[c]), Lanes.load(children + (numbers[c] &* plane &+ element)))
                            }
                            (total * inverse).store(to: scores + element)
                            element &+= step
                        }
                    }
                }
            }
        }
        level(structure.pillars, batch.groupScores, batch.pillarScores)
        level(structure.blocks, batch.pillarScores, batch.blockScores)
        level(structure.indexLevel, batch.blockScores, batch.index)
    }

    /// For eight lanes: `sum / present weight`, NaN where no child was present; `sum · (1 /
    /// weight sum)` where every child was.
    @inline(__always)
    func finish(
        _ parent: IndexStructure.Parent, sum: UnsafeMutablePointer<Double>, present: UnsafeMutablePointer<Double>?
    ) {
        let total = Lanes.load(sum)
        let complete = total * Lanes(repeating: parent.inverseWeightSum)
        guard let present else {
            complete.store(to: sum)
            return
        }
        let weight = Lanes.load(present)
        let partial = (total / weight).replacing(with: .nan, where: weight .<= 0)
        partial.replacing(with: complete, where: weight .== Lanes(repeating: parent.weightSum)).store(to: sum)
    }

    func computeEfficiency(_ batch: ScoreBatch) {
        let plane = batch.provinceCount * batch.width
        guard framework.hasInputOutputBlocks else {
            batch.efficiency.update(repeating: .nan, count: plane)
            return
        }
        let input = batch.blockScores, output = batch.blockScores + plane
        for element in stride(from: 0, to: plane, by: ScoreBatch.laneGroup) {
            let denominator = Lanes.load(input + element)
            (Lanes.load(output + element) / denominator)
                .replacing(with: .nan, where: denominator .== 0)
                .store(to: batch.efficiency + element)
        }
    }

    func rank(_ batch: ScoreBatch) {
        Self.competitionRanks(
            batch.index, provinceCount: batch.provinceCount, width: batch.width, into: batch.ranks)
    }

    /// Scores closer than this share a rank.
    public static let tieTolerance = 1e-9

    /// Competition ranks (methodology §2.5) of `scores` (`[province][lane]`, `width` a
    /// multiple of 8): 1 + the number of provinces whose score exceeds this one's by more
    /// than 1e-9; 0 (no rank) where the score is missing. Used for the index and, in
    /// profiles, for every node.
    public static func competitionRanks(
        _ scores: UnsafePointer<Double>, provinceCount: Int, width: Int,
        into ranks: UnsafeMutablePointer<Int32>
    ) {
        precondition(width % ScoreBatch.laneGroup == 0)
        let tolerance = Lanes(repeating: tieTolerance)
        // Counters are integers: a masked integer increment runs on any vector pipe, where a
        // float one would queue with the comparisons.
        typealias Counter = SIMD8<Int64>
        let one = Counter(repeating: 1)
        @inline(__always) func store(_ rank: Counter, of own: Lanes, _ p: Int, _ lane: Int) {
            let counted = Counter(repeating: 0).replacing(with: rank, where: own.isPresent())
            let output = ranks + (p &* width &+ lane)
            for l in 0..<ScoreBatch.laneGroup { output[l] = Int32(truncatingIfNeeded: counted[l]) }
        }
        for lane in stride(from: 0, to: width, by: ScoreBatch.laneGroup) {
            let column = scores + lane
            // Four provinces at a time, each with its own counter: one pass over the others
            // serves four, and the four increments do not wait on each other. A province is
            // compared with itself too: no score exceeds itself plus the tolerance.
            var p = 0
            while p &+ 4 <= provinceCount {
                let own0 = Lanes.load(column + p &* width), own1 = Lanes.load(column + (p &+ 1) &* width)
                let own2 = Lanes.load(column + (p &+ 2) &* width), own3 = Lanes.load(column + (p &+ 3) &* width)
                let above0 = own0 + tolerance, above1 = own1 + tolerance
                let above2 = own2 + tolerance, above3 = own3 + tolerance
                var rank0 = one, rank1 = one, rank2 = one, rank3 = one
                var other = column
                for _ in 0..<provinceCount {
                    let score = Lanes.load(other)
                    rank0 = rank0.replacing(with: rank0 &+ one, where: score .> above0)
                    rank1 = rank1.replacing(with: rank1 &+ one, where: score .> above1)
                    rank2 = rank2.replacing(with: rank2 &+ one, where: score .> above2)
                    rank3 = rank3.replacing(with: rank3 &+ one, where: score .> above3)
                    other += width
                }
                store(rank0, of: own0, p, lane)
                store(rank1, of: own1, p &+ 1, lane)
                store(rank2, of: own2, p &+ 2, lane)
                store(rank3, of: own3, p &+ 3, lane)
                p &+= 4
            }
            while p < provinceCount {
                let own = Lanes.load(column + p &* width)
                let above = own + tolerance
                var rank = one
                var other = column
                for _ in 0..<provinceCount {
                    rank = rank.replacing(with: rank &+ one, where: Lanes.load(other) .> above)
                    other += width
                }
                store(rank, of: own, p, lane)
                p &+= 1
            }
        }
    }

    /// The competition rank of `own` among `count` scores (`score(q)`, one per province): 1 +
    /// the number that exceed it by more than `tieTolerance`, `nil` when `own` is missing —
    /// the rule of `competitionRanks` for one province, where the others' scores come from
    /// elsewhere (a pillar of a batch, a forecast against last year's). A score compared
    /// with itself never counts.
    @inlinable
    public static func competitionRank(of own: Double, among count: Int, _ score: (Int) -> Double) -> Int? {
        guard !own.isNaN else { return nil }
        var better = 0
        for q in 0..<count where score(q) > own + tieTolerance { better += 1 }
        return better + 1
    }

    /// Competition ranks of one score per province; `nil` for a missing score.
    public static func competitionRanks(_ scores: [Double]) -> [Int?] {
        let width = ScoreBatch.laneGroup
        var padded = [Double](repeating: .nan, count: scores.count * width)
        for (p, score) in scores.enumerated() { padded[p * width] = score }
        var ranks = [Int32](repeating: 0, count: padded.count)
        padded.withUnsafeBufferPointer { input in
            ranks.withUnsafeMutableBufferPointer { output in
                guard let input = input.baseAddress, let output = output.baseAddress else { return }
                competitionRanks(input, provinceCount: scores.count, width: width, into: output)
            }
        }
        return (0..<scores.count).map { ranks[$0 * width] == 0 ? nil : Int(ranks[$0 * width]) }
    }
}
