/// The scores of one batch of scenarios of one year, and the scratch space to compute them.
///
/// A batch holds `width` scenarios side by side ("lanes"); `width` is a multiple of 8. Every
/// array is laid out node-major, then province, then lane: the value of node `k`, province
/// `p`, lane `l` sits at `(k * provinceCount + p) * width + l`. Lanes are innermost so that
/// every step of the method is the same arithmetic applied to independent scenarios, which
/// vectorises and keeps each scenario's arithmetic identical whatever the batch width
/// (methodology §5). Allocate a batch once and reuse it: scoring allocates nothing.
public final class ScoreBatch {
    /// Lanes come in groups of this many (one `SIMD8<Double>`).
    public static let laneGroup = 8

    public let width: Int
    public let provinceCount: Int
    public let indicatorCount: Int
    public let groupCount: Int
    public let pillarCount: Int
    public let blockCount: Int

    /// Whether scoring writes out the normalised indicator scores. A Monte Carlo run reads
    /// only the index, ranks and pillars of its scenarios, and writing 52 × 34 scores per
    /// scenario costs it about a tenth of the scorer's time.
    public let keepsIndicatorScores: Bool
    /// Normalised indicator scores (0–100), NaN where the value is missing; only with
    /// `keepsIndicatorScores`.
    ///
    /// The buffers are the package's own (the simulator and the benchmarks read them in
    /// place); a user of the library reads a score through `score(level:node:province:lane:)`,
    /// `indexScore(province:lane:)`, `rank(province:lane:)` and the others below, which check
    /// their arguments.
    package let indicatorScores: UnsafeMutablePointer<Double>
    package let groupScores: UnsafeMutablePointer<Double>
    package let pillarScores: UnsafeMutablePointer<Double>
    package let blockScores: UnsafeMutablePointer<Double>
    /// The index, `[province][lane]`.
    package let index: UnsafeMutablePointer<Double>
    /// Output / input, `[province][lane]`; NaN without two blocks or when input is 0.
    package let efficiency: UnsafeMutablePointer<Double>
    /// Competition ranks, `[province][lane]`; 0 when the index is missing.
    package let ranks: UnsafeMutablePointer<Int32>
    /// The outlier treatment per `[indicator][lane]` (see `AppliedTreatment.init(code:)`).
    let treatmentCodes: UnsafeMutablePointer<Int8>
    /// Whether the indicator was constant, per `[indicator][lane]` (everyone got 50).
    let constantFlags: UnsafeMutablePointer<UInt8>

    /// Per-lane scratch of every indicator, `[indicator][lane]`: the statistics of the
    /// present values, the sums of powers of their deviations from the outlier rule's centre,
    /// and the normalisation parameters.
    let laneSum, laneCount, laneMin, laneMax: UnsafeMutablePointer<Double>
    /// The second- and third-largest values per lane, counted with multiplicity (equal to the
    /// maximum when it is tied).
    let laneSecond, laneThird: UnsafeMutablePointer<Double>
    /// The centre the shape sums are taken around, and the sums.
    let laneCentre, laneSquares, laneCubes, laneFourths: UnsafeMutablePointer<Double>
    let shift, scale, floor: UnsafeMutablePointer<Double>
    /// Per `[indicator][lane group]`: whether a value is missing, and whether the scores are
    /// read from `transformed`.
    let missingFlags, readsTransformed: UnsafeMutablePointer<Bool>
    /// Per `[indicator][lane group]`: whether a score may fall below the lanes' floor, so
    /// that normalisation must cut it there.
    let cutsLow: UnsafeMutablePointer<Bool>
    /// The values with log-treated lanes transformed, `[indicator][province][lane]`; only the
    /// lane groups flagged in `readsTransformed` are written.
    let transformed: UnsafeMutablePointer<Double>
    /// Sums of present children's weights per `[node][province][lane]`, for the level being built.
    let presentWeight: UnsafeMutablePointer<Double>
    /// Eight zeros: the running sum a group's first children start from.
    let zeros: UnsafeMutablePointer<Double>
    /// One lane's present values, for the exact per-lane winsorisation.
    let laneValues: UnsafeMutablePointer<Double>

    private var allocations: [UnsafeMutableRawPointer] = []

    public init(framework: Framework, provinceCount: Int, width: Int, keepsIndicatorScores: Bool = true) {
        precondition(width > 0 && width % Self.laneGroup == 0, "a batch's width is a multiple of \(Self.laneGroup)")
        precondition(provinceCount > 0)
        self.keepsIndicatorScores = keepsIndicatorScores
        self.width = width
        self.provinceCount = provinceCount
        indicatorCount = framework.indicators.count
        groupCount = framework.groups.count
        pillarCount = framework.pillars.count
        blockCount = framework.blocks.count
        let plane = provinceCount * width
        let laneGroups = width / Self.laneGroup
        var allocations: [UnsafeMutableRawPointer] = []
        func buffer<T>(_ count: Int, _ value: T) -> UnsafeMutablePointer<T> {
            let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<T>.stride, alignment: 64)
            allocations.append(raw)
            let pointer = raw.bindMemory(to: T.self, capacity: max(count, 1))
            pointer.initialize(repeating: value, count: max(count, 1))
            return pointer
        }
        indicatorScores = buffer(keepsIndicatorScores ? indicatorCount * plane : 0, 0.0)
        groupScores = buffer(groupCount * plane, 0.0)
        pillarScores = buffer(pillarCount * plane, 0.0)
        blockScores = buffer(blockCount * plane, 0.0)
        index = buffer(plane, 0.0)
        efficiency = buffer(plane, 0.0)
        ranks = buffer(plane, Int32(0))
        treatmentCodes = buffer(indicatorCount * width, Int8(0))
        constantFlags = buffer(indicatorCount * width, UInt8(0))
        let slots = indicatorCount * width
        laneSum = buffer(slots, 0.0)
        laneCount = buffer(slots, 0.0)
        laneMin = buffer(slots, 0.0)
        laneMax = buffer(slots, 0.0)
        laneSecond = buffer(slots, 0.0)
        laneThird = buffer(slots, 0.0)
        laneCentre = buffer(slots, 0.0)
        laneSquares = buffer(slots, 0.0)
        laneCubes = buffer(slots, 0.0)
        laneFourths = buffer(slots, 0.0)
        shift = buffer(slots, 0.0)
        scale = buffer(slots, 0.0)
        floor = buffer(slots, 0.0)
        missingFlags = buffer(indicatorCount * laneGroups, false)
        readsTransformed = buffer(indicatorCount * laneGroups, false)
        cutsLow = buffer(indicatorCount * laneGroups, true)
        transformed = buffer(indicatorCount * plane, 0.0)
        presentWeight = buffer(max(groupCount, pillarCount, blockCount, 1) * plane, 0.0)
        zeros = buffer(Self.laneGroup, 0.0)
        laneValues = buffer((provinceCount + Self.laneGroup - 1) / Self.laneGroup * Self.laneGroup, 0.0)
        self.allocations = allocations
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }

    @inline(__always)
    func offset(node: Int, province: Int, lane: Int) -> Int {
        (node * provinceCount + province) * width + lane
    }

    /// The place of a province's lane in a `[province][lane]` buffer, checked: the accessors
    /// below are the public way in, so a wrong index stops here instead of reading past a
    /// buffer.
    private func checked(province: Int, lane: Int) -> Int {
        precondition((0..<provinceCount).contains(province), "province \(province) is not among the batch's \(provinceCount)")
        precondition((0..<width).contains(lane), "lane \(lane) is not among the batch's \(width)")
        return province * width + lane
    }

    private func nodeCount(_ level: NodeLevel) -> Int {
        switch level {
        case .indicator: indicatorCount
        case .group: groupCount
        case .pillar: pillarCount
        case .block: blockCount
        }
    }

    /// The score of a node on `level` (an indicator's normalised score, or a group's,
    /// pillar's or block's aggregate); NaN when missing.
    public func score(level: NodeLevel, node: Int, province: Int, lane: Int) -> Double {
        let plane: UnsafeMutablePointer<Double>
        switch level {
        case .indicator:
            precondition(keepsIndicatorScores, "this batch does not keep its indicator scores")
            plane = indicatorScores
        case .group: plane = groupScores
        case .pillar: plane = pillarScores
        case .block: plane = blockScores
        }
        precondition((0..<nodeCount(level)).contains(node), "node \(node) is not among the \(nodeCount(level)) of its level")
        return plane[node * provinceCount * width + checked(province: province, lane: lane)]
    }

    public func indexScore(province: Int, lane: Int) -> Double { index[checked(province: province, lane: lane)] }

    /// The competition rank, `nil` when the index is missing.
    public func rank(province: Int, lane: Int) -> Int? {
        let rank = ranks[checked(province: province, lane: lane)]
        return rank == 0 ? nil : Int(rank)
    }

    public func efficiency(province: Int, lane: Int) -> Double { efficiency[checked(province: province, lane: lane)] }

    public func treatment(indicator: Int, lane: Int) -> AppliedTreatment {
        precondition((0..<indicatorCount).contains(indicator) && (0..<width).contains(lane), "no indicator \(indicator), lane \(lane)")
        return AppliedTreatment(code: treatmentCodes[indicator * width + lane])
    }

    /// Whether the indicator was constant among the provinces in this lane, so that every
    /// province with a value scored 50.
    public func isConstant(indicator: Int, lane: Int) -> Bool {
        precondition((0..<indicatorCount).contains(indicator) && (0..<width).contains(lane), "no indicator \(indicator), lane \(lane)")
        return constantFlags[indicator * width + lane] != 0
    }
}
