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

    /// The provinces' mean score of a node (the provinces without one left out), NaN when no
    /// province has one: the "national average" the report's charts compare a province with.
    public func averageScore(_ level: NodeLevel, _ node: Int) -> Double {
        let values = scores[level]![node]
        return nationalAverage(provinceCount: provinceCount) { values[$0] } ?? .nan
    }

    /// A province's score of a node minus the provinces' mean (NaN when either is missing).
    public func gapToAverage(_ level: NodeLevel, _ node: Int, province: Int) -> Double {
        scores[level]![node][province] - averageScore(level, node)
    }

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
        score([table])[0]
    }

    /// Scores variants of one year's table in one batch, a lane each (the gap solver's trial
    /// moves): one pass of the batched path instead of one per variant.
    public func score(_ tables: [IndicatorTable]) -> [YearScores] {
        guard let first = tables.first else { return [] }
        precondition(tables.allSatisfy { $0.indicatorCount == framework.indicators.count && $0.provinceCount == first.provinceCount })
        let provinces = first.provinceCount, indicators = first.indicatorCount
        // Lanes past the last table repeat it: the batch is a whole number of lane groups.
        let width = (tables.count + ScoreBatch.laneGroup - 1) / ScoreBatch.laneGroup * ScoreBatch.laneGroup
        let batch = ScoreBatch(framework: framework, provinceCount: provinces, width: width)
        var values = [Double](repeating: .nan, count: indicators * provinces * width)
        for l in 0..<width {
            let table = tables[min(l, tables.count - 1)]
            for p in 0..<provinces {
                for i in 0..<indicators { values[(i * provinces + p) * width + l] = table.rawValue(province: p, indicator: i) }
            }
        }
        values.withUnsafeBufferPointer { score($0.baseAddress!, into: batch) }
        return tables.indices.map { lane in
            var scores: [NodeLevel: [[Double]]] = [:]
            for level in NodeLevel.allCases {
                scores[level] = (0..<framework.nodes(at: level).count).map { node in
                    (0..<provinces).map { batch.score(level: level, node: node, province: $0, lane: lane) }
                }
            }
            return YearScores(
                provinceCount: provinces,
                index: (0..<provinces).map { batch.indexScore(province: $0, lane: lane) },
                ranks: (0..<provinces).map { batch.rank(province: $0, lane: lane) },
                efficiency: (0..<provinces).map { batch.efficiency(province: $0, lane: lane) },
                scores: scores,
                treatments: (0..<indicators).map { batch.treatment(indicator: $0, lane: lane) },
                constantIndicators: (0..<indicators).filter { batch.isConstant(indicator: $0, lane: lane) })
        }
    }
}
