/// Every score of one year: the batched scorer run on a single scenario.
public struct YearScores: Sendable {
    public let provinceCount: Int
    /// The index per province, NaN when missing.
    public let index: [Double]
    /// The competition rank per province, `nil` when the index is missing.
    public let ranks: [Int?]
    /// Output / input per province, NaN when undefined.
    public let efficiency: [Double]
    /// `scores[level]![node][province]`: normalised indicator scores and aggregates, NaN
    /// when missing.
    public let scores: [NodeLevel: [[Double]]]
    /// What the outlier rule did to each indicator.
    public let treatments: [AppliedTreatment]
    /// The indicators on which every province with a value scored 50.
    public let constantIndicators: [Int]

    /// The provinces ordered as outputs list them: by rank, then by id; missing last.
    public func provincesByRank(ids: [String]) -> [Int] {
        (0..<provinceCount).sorted { a, b in
            switch (ranks[a], ranks[b]) {
            case let (x?, y?) where x != y: x < y
            case (_?, nil): true
            case (nil, _?): false
            default: ids[a] < ids[b]
            }
        }
    }
}

extension BatchScorer {
    /// Scores one year's table.
    public func score(_ table: IndicatorTable) -> YearScores {
        precondition(table.indicatorCount == framework.indicators.count)
        let provinces = table.provinceCount
        // One lane group, every lane a copy of the table: lane 0 is read back.
        let width = ScoreBatch.laneGroup
        let batch = ScoreBatch(framework: framework, provinceCount: provinces, width: width)
        var values = [Double](repeating: .nan, count: table.indicatorCount * provinces * width)
        for p in 0..<provinces {
            for i in 0..<table.indicatorCount {
                let value = table.rawValue(province: p, indicator: i)
                for l in 0..<width { values[(i * provinces + p) * width + l] = value }
            }
        }
        values.withUnsafeBufferPointer { score($0.baseAddress!, into: batch) }
        var scores: [NodeLevel: [[Double]]] = [:]
        for level in NodeLevel.allCases {
            scores[level] = (0..<framework.nodes(at: level).count).map { node in
                (0..<provinces).map { batch.score(level: level, node: node, province: $0, lane: 0) }
            }
        }
        return YearScores(
            provinceCount: provinces,
            index: (0..<provinces).map { batch.indexScore(province: $0, lane: 0) },
            ranks: (0..<provinces).map { batch.rank(province: $0, lane: 0) },
            efficiency: (0..<provinces).map { batch.efficiency(province: $0, lane: 0) },
            scores: scores,
            treatments: (0..<table.indicatorCount).map { batch.treatment(indicator: $0, lane: 0) },
            constantIndicators: (0..<table.indicatorCount).filter { batch.isConstant(indicator: $0, lane: 0) })
    }
}
