/// Normalisation (methodology §2.3) and the groups' weighted means, for `BatchScorer.score`.
extension BatchScorer {
    /// Normalises the eight lanes at `lane` of every child of `group` and, with `accumulate`,
    /// averages them into the group (`Σ wᵢ·zᵢ / Σ wᵢ`, children in file order).
    ///
    /// Every score is cut to `floor`…100. That is how winsorisation takes effect — a value
    /// beyond a winsorised lane's new maximum is exactly as good as the maximum — and how
    /// goalposts truncate and constant indicators score 50 (their scale is 0); other scores
    /// already lie in 0…100, and the cut removes the last-bit overshoot of
    /// `(max − min) · (100 / (max − min))`.
    func normalise(
        group number: Int, _ group: IndexStructure.Parent, values: UnsafePointer<Double>, lane: Int,
        accumulate: Bool, _ batch: ScoreBatch
    ) {
        let width = batch.width, plane = batch.provinceCount * width
        let laneGroups = width / ScoreBatch.laneGroup, laneGroup = lane / ScoreBatch.laneGroup
        let sums = batch.groupScores + number * plane + lane
        if group.children.contains(where: { batch.missingFlags[$0 * laneGroups + laneGroup] }) {
            let present = batch.presentWeight + number * plane + lane
            for (position, child) in group.children.enumerated() {
                // Under `lowest`, a missing score of an indicator reported that year is 0.
                let reported = settings.missingValues == .lowest
                    ? Lanes.load(batch.laneCount + child * width + lane) .> Lanes(repeating: 0) : nil
                normaliseWithMissing(
                    Scaling(group, position, values: values, lane: lane, batch), lowestWhere: reported,
                    sums: accumulate ? sums : nil, present: present, first: position == 0, batch)
            }
            guard accumulate else { return }
            for p in 0..<batch.provinceCount {
                finish(group, sum: sums + p * width, present: present + p * width)
            }
            return
        }
        // Complete lanes: up to four children per pass over the provinces. (With the BLAS
        // aggregation the sums are written too, and overwritten by it.)
        var start = 0
        while start < group.children.count {
            let count = min(group.children.count - start, 4)
            var cutsLow = false
            for child in group.children[start..<start + count] {
                cutsLow = cutsLow || batch.cutsLow[child * laneGroups + laneGroup]
            }
            let chunk = Chunk(start: start, count: count, values: values, lane: lane, sums: sums)
            switch (cutsLow, batch.keepsIndicatorScores) {
            case (false, false): normaliseComplete(group, chunk, cuttingLow: No.self, keeping: No.self, batch)
            case (false, true): normaliseComplete(group, chunk, cuttingLow: No.self, keeping: Yes.self, batch)
            case (true, false): normaliseComplete(group, chunk, cuttingLow: Yes.self, keeping: No.self, batch)
            case (true, true): normaliseComplete(group, chunk, cuttingLow: Yes.self, keeping: Yes.self, batch)
            }
            start += count
        }
    }

    /// How one child's eight lanes are normalised: `z = (x − shift) · scale`, cut to
    /// `floor`…100, and where its values and scores are.
    struct Scaling {
        var source: UnsafePointer<Double>
        /// Where the scores go; nil when the batch does not keep them.
        var output: UnsafeMutablePointer<Double>?
        var shift, scale, floor: Lanes
        var weight: Lanes

        /// The parameters of the group's child at `position`, for the eight lanes at `lane`.
        @inline(__always)
        init(_ group: IndexStructure.Parent, _ position: Int, values: UnsafePointer<Double>, lane: Int, _ batch: ScoreBatch) {
            let child = group.children[position]
            let plane = batch.provinceCount * batch.width
            let slot = child * batch.width + lane
            let transformed = batch.readsTransformed[slot / ScoreBatch.laneGroup]
            source = (transformed ? UnsafePointer(batch.transformed) : values) + child * plane + lane
            output = batch.keepsIndicatorScores ? batch.indicatorScores + child * plane + lane : nil
            shift = Lanes.load(batch.shift + slot)
            scale = Lanes.load(batch.scale + slot)
            floor = Lanes.load(batch.floor + slot)
            weight = Lanes(repeating: group.weights[position])
        }

        /// The child's eight scores in `row`, cut to `floor`…100 (to …100 alone without
        /// `CutsLow`: a child that needs no low cut scores ≥ 0 anyway). Compared as numbers,
        /// so that a missing value stays NaN.
        @inline(__always)
        func score<CutsLow: Choice>(_ row: Int, cuttingLow: CutsLow.Type) -> Lanes {
            let scaled = (Lanes.load(source + row) - shift) * scale
            let floored = CutsLow.holds ? scaled.replacing(with: floor, where: scaled .< floor) : scaled
            return floored.replacing(with: Lanes(repeating: 100), where: floored .> Lanes(repeating: 100))
        }

        /// Scores the child's eight lanes in `row`, none missing, and adds them to `sum`;
        /// writes them out as the type says.
        @inline(__always)
        func add<CutsLow: Choice, Keeps: Choice>(
            _ row: Int, to sum: inout Lanes, cuttingLow: CutsLow.Type, keeping: Keeps.Type
        ) {
            let z = score(row, cuttingLow: CutsLow.self)
            if Keeps.holds { z.store(to: output.unsafelyUnwrapped + row) }
            sum.addProduct(weight, z)
        }
    }

    /// One pass of `normaliseComplete` over the provinces: `count` (up to four) children of
    /// a group from position `start`, for the eight lanes at `lane`, and the group's running
    /// sums.
    struct Chunk {
        var start, count: Int
        var values: UnsafePointer<Double>
        var lane: Int
        var sums: UnsafeMutablePointer<Double>
    }

    /// Runs `chunk` with the number of children as a type.
    private func normaliseComplete<CutsLow: Choice, Keeps: Choice>(
        _ group: IndexStructure.Parent, _ chunk: Chunk, cuttingLow: CutsLow.Type, keeping: Keeps.Type, _ batch: ScoreBatch
    ) {
        switch chunk.count {
        case 1: normaliseComplete(OneChild.self, CutsLow.self, Keeps.self, group, chunk, batch)
        case 2: normaliseComplete(TwoChildren.self, CutsLow.self, Keeps.self, group, chunk, batch)
        case 3: normaliseComplete(ThreeChildren.self, CutsLow.self, Keeps.self, group, chunk, batch)
        default: normaliseComplete(FourChildren.self, CutsLow.self, Keeps.self, group, chunk, batch)
        }
    }

    /// Scores `Count.children` children of `group` (from `chunk.start`), none of which misses
    /// a value, in one pass over the provinces, and adds them to the group's running sum:
    /// the first chunk starts it, the last one multiplies it by the inverse weight sum. The
    /// sum starts at 0 and takes every child by a fused multiply-add: `0 + w·z` rounds as
    /// `w·z` does.
    ///
    /// The number of children, whether scores are cut at the floor and whether they are
    /// written out are types, so that each combination is compiled on its own: the
    /// children's parameters in registers (read from memory in every row, they would make
    /// this pass wait on loads) and no branch in the loop (a taken branch per child and row
    /// bounded it at about twice the arithmetic's time).
    private func normaliseComplete<Count: ChildCount, CutsLow: Choice, Keeps: Choice>(
        _ count: Count.Type, _ cutsLow: CutsLow.Type, _ keeps: Keeps.Type,
        _ group: IndexStructure.Parent, _ chunk: Chunk, _ batch: ScoreBatch
    ) {
        func child(_ offset: Int) -> Scaling {
            Scaling(group, chunk.start + Swift.min(offset, Count.children - 1), values: chunk.values, lane: chunk.lane, batch)
        }
        let (a, b, c, d) = (child(0), child(1), child(2), child(3))
        let last = chunk.start + Count.children == group.children.count
        let factor = Lanes(repeating: last ? group.inverseWeightSum : 1)
        // The running sum is read from the sums, or for the first chunk from a row of zeros.
        let first = chunk.start == 0
        let start = first ? UnsafePointer(batch.zeros) : UnsafePointer(chunk.sums)
        let startStride = first ? 0 : batch.width
        for p in 0..<batch.provinceCount {
            let row = p &* batch.width
            var sum = Lanes.load(start + p &* startStride)
            a.add(row, to: &sum, cuttingLow: CutsLow.self, keeping: Keeps.self)
            if Count.children > 1 { b.add(row, to: &sum, cuttingLow: CutsLow.self, keeping: Keeps.self) }
            if Count.children > 2 { c.add(row, to: &sum, cuttingLow: CutsLow.self, keeping: Keeps.self) }
            if Count.children > 3 { d.add(row, to: &sum, cuttingLow: CutsLow.self, keeping: Keeps.self) }
            (sum * factor).store(to: chunk.sums + row)
        }
    }

    /// Scores one child of a group in which some lane misses a value and, with `sums`, adds
    /// the present scores and their weights to the group's sums (the first child writes them).
    /// Missing scores in the lanes of `lowestWhere` count as 0.
    private func normaliseWithMissing(
        _ scaling: Scaling, lowestWhere reported: SIMDMask<Lanes.MaskStorage>?,
        sums: UnsafeMutablePointer<Double>?, present: UnsafeMutablePointer<Double>,
        first: Bool, _ batch: ScoreBatch
    ) {
        let zero = Lanes(repeating: 0)
        for p in 0..<batch.provinceCount {
            let row = p &* batch.width
            var z = scaling.score(row, cuttingLow: Yes.self)
            if let reported { z = z.replacing(with: zero, where: reported .& .!z.isPresent()) }
            if let output = scaling.output { z.store(to: output + row) }
            guard let sums else { continue }
            let isPresent = z.isPresent()
            var sum = first ? zero : Lanes.load(sums + row)
            sum.addProduct(scaling.weight, z.kept(where: isPresent))
            sum.store(to: sums + row)
            let weight = first ? zero : Lanes.load(present + row)
            (weight + scaling.weight.kept(where: isPresent)).store(to: present + row)
        }
    }
}

/// A yes or no known when the code is compiled: a type parameter for which each answer is
/// compiled on its own.
protocol Choice { static var holds: Bool { get } }
enum Yes: Choice { static var holds: Bool { true } }
enum No: Choice { static var holds: Bool { false } }

/// The number of children `BatchScorer.normaliseComplete` scores in one pass, as a type.
protocol ChildCount { static var children: Int { get } }
enum OneChild: ChildCount { static var children: Int { 1 } }
enum TwoChildren: ChildCount { static var children: Int { 2 } }
enum ThreeChildren: ChildCount { static var children: Int { 3 } }
enum FourChildren: ChildCount { static var children: Int { 4 } }
