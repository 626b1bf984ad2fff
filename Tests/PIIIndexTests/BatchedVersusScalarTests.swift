import Foundation
import Testing
import PIIForecast
@testable import PIIIndex

/// The batched scorer against the scalar reference on random panels, lane by lane.
@Suite struct BatchedVersusScalarTests {
    /// A random panel: lognormal values (so that the outlier rule fires), a few extreme
    /// outliers, occasional constant indicators and missing values.
    static func randomRows(
        provinces: Int, indicators: Int, missingShare: Double, using generator: inout SplitMix64
    ) -> [[Double?]] {
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: indicators), count: provinces)
        for i in 0..<indicators {
            let constant = Double.random(in: 0..<1, using: &generator) < 0.03
            let sigma = Double.random(in: 0.2...2.0, using: &generator)
            for p in 0..<provinces {
                guard Double.random(in: 0..<1, using: &generator) >= missingShare else { continue }
                if constant {
                    rows[p][i] = 3
                    continue
                }
                let u1 = Double.random(in: Double.ulpOfOne..<1, using: &generator)
                let u2 = Double.random(in: 0..<1, using: &generator)
                let normal = (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
                var value = exp(sigma * normal)
                if Double.random(in: 0..<1, using: &generator) < 0.02 { value *= -40 }
                rows[p][i] = value
            }
        }
        return rows
    }

    /// Two groups make groups of 11 and 12 indicators, which the scorer normalises four
    /// children per pass over the provinces (a running sum carried between passes).
    @Test(arguments: [(8, 0.0, 9), (16, 0.0, 9), (8, 0.05, 9), (24, 0.15, 9), (32, 0.3, 9), (16, 0.0, 2), (8, 0.05, 2)])
    func batchedMatchesScalarOnRandomPanels(width: Int, missingShare: Double, groups: Int) throws {
        try compareWithScalar(width: width, missingShare: missingShare, groups: groups, rule: .renormalise)
    }

    /// The other two missing-value rules, on panels with gaps; in each batch one indicator
    /// no province reports in lane 0, which stays missing under every rule.
    @Test(arguments: [MissingValueRule.lowest, .zero], [(8, 0.05, 9), (16, 0.3, 9), (8, 0.15, 2)])
    func missingValueRulesMatchTheScalarReference(rule: MissingValueRule, panel: (Int, Double, Int)) throws {
        try compareWithScalar(width: panel.0, missingShare: panel.1, groups: panel.2, rule: rule)
    }

    private func compareWithScalar(width: Int, missingShare: Double, groups: Int, rule: MissingValueRule) throws {
        var generator = SplitMix64(seed: UInt64(width * 1000) + UInt64(missingShare * 100) + UInt64(groups))
        let framework = try TestFrameworks.random(indicatorCount: 23, groups: groups, using: &generator)
        let provinces = 34
        let settings = MethodSettings(missingValues: rule)
        let scorer = BatchScorer(framework: framework, settings: settings)
        let reference = ScalarReference(framework: framework, settings: settings)
        let batch = ScoreBatch(framework: framework, provinceCount: provinces, width: width)
        var treated = 0, exactlyWinsorised = 0
        for _ in 0..<3 {
            var lanes = (0..<width).map { _ in
                Self.randomRows(provinces: provinces, indicators: 23, missingShare: missingShare, using: &generator)
            }
            if rule != .renormalise {
                for p in 0..<provinces { lanes[0][p][4] = nil }
            }
            var values = [Double](repeating: .nan, count: 23 * provinces * width)
            for (l, rows) in lanes.enumerated() {
                for p in 0..<provinces {
                    for i in 0..<23 { values[(i * provinces + p) * width + l] = rows[p][i] ?? .nan }
                }
            }
            values.withUnsafeBufferPointer { scorer.score($0, into: batch) }
            for (l, rows) in lanes.enumerated() {
                let expected = reference.score(rows)
                for p in 0..<provinces {
                    expectSame(batch.indexScore(province: p, lane: l), expected.index[p])
                    #expect(batch.rank(province: p, lane: l) == expected.ranks[p])
                }
                for level in NodeLevel.allCases {
                    for (k, node) in framework.nodes(at: level).enumerated() {
                        for p in 0..<provinces {
                            expectSame(batch.score(level: level, node: k, province: p, lane: l), expected.nodes[node.code]![p])
                        }
                    }
                }
                for (i, indicator) in framework.indicators.enumerated() {
                    #expect(batch.treatment(indicator: i, lane: l) == expected.treatments[indicator.code])
                    switch batch.treatment(indicator: i, lane: l) {
                    case .none: break
                    case .log: treated += 1
                    case .winsorised(let steps):
                        treated += 1
                        if steps > 2 { exactlyWinsorised += 1 }
                    }
                }
            }
        }
        // The panels must exercise the outlier rule, or the comparison proves little: the
        // closed-form steps and the exact path beyond two steps.
        #expect(treated > 0)
        if rule == .renormalise { #expect(exactlyWinsorised > 0) }
    }

    /// Six positive values among eighty zeros stay skewed through all five winsorisation
    /// steps and fall back to the log (with 34 provinces the steps nearly always succeed,
    /// hence 86 here). Several indicators of one batch do, in different lanes, next to
    /// lanes that are winsorised or untouched: each indicator's log-treated values live in a
    /// plane of their own until they are normalised.
    @Test func theLogFallbackInSeveralIndicatorsOfOneBatchMatchesTheScalarReference() throws {
        var generator = SplitMix64(seed: 4242)
        let indicators = 12, provinces = 86, width = 16
        let framework = try TestFrameworks.random(indicatorCount: indicators, using: &generator)
        let scorer = BatchScorer(framework: framework)
        let reference = ScalarReference(framework: framework)
        let lanes = (0..<width).map { l in
            var rows = Self.randomRows(provinces: provinces, indicators: indicators, missingShare: l % 4 == 3 ? 0.1 : 0, using: &generator)
            for i in 0..<indicators where (i + l) % 3 == 0 {
                let order = (0..<provinces).shuffled(using: &generator)
                for (rank, p) in order.enumerated() {
                    rows[p][i] = rank < 6 ? Double.random(in: 1...100, using: &generator) : 0
                }
            }
            return rows
        }
        var values = [Double](repeating: .nan, count: indicators * provinces * width)
        for (l, rows) in lanes.enumerated() {
            for p in 0..<provinces {
                for i in 0..<indicators { values[(i * provinces + p) * width + l] = rows[p][i] ?? .nan }
            }
        }
        let batch = ScoreBatch(framework: framework, provinceCount: provinces, width: width)
        values.withUnsafeBufferPointer { scorer.score($0, into: batch) }
        var logIndicators = Set<Int>()
        for (l, rows) in lanes.enumerated() {
            let expected = reference.score(rows)
            for (i, indicator) in framework.indicators.enumerated() {
                #expect(batch.treatment(indicator: i, lane: l) == expected.treatments[indicator.code])
                if batch.treatment(indicator: i, lane: l) == .log { logIndicators.insert(i) }
                for p in 0..<provinces {
                    expectSame(batch.score(level: .indicator, node: i, province: p, lane: l), expected.nodes[indicator.code]![p])
                }
            }
            for p in 0..<provinces { expectSame(batch.indexScore(province: p, lane: l), expected.index[p]) }
        }
        #expect(logIndicators.count >= 4)
    }

    @Test func theBLASAggregationAgreesWithTheFusedLoop() throws {
        var generator = SplitMix64(seed: 99)
        let framework = try TestFrameworks.random(indicatorCount: 30, using: &generator)
        let width = 16, provinces = 34
        let fused = BatchScorer(framework: framework, aggregation: .fused)
        let blas = BatchScorer(framework: framework, aggregation: .blas)
        for missingShare in [0.0, 0.1] {
            var values = [Double](repeating: .nan, count: 30 * provinces * width)
            for l in 0..<width {
                let rows = BatchedVersusScalarTests.randomRows(provinces: provinces, indicators: 30, missingShare: missingShare, using: &generator)
                for p in 0..<provinces {
                    for i in 0..<30 { values[(i * provinces + p) * width + l] = rows[p][i] ?? .nan }
                }
            }
            let a = ScoreBatch(framework: framework, provinceCount: provinces, width: width)
            let b = ScoreBatch(framework: framework, provinceCount: provinces, width: width)
            values.withUnsafeBufferPointer {
                fused.score($0, into: a)
                blas.score($0, into: b)
            }
            for p in 0..<provinces {
                for l in 0..<width {
                    expectSame(a.indexScore(province: p, lane: l), b.indexScore(province: p, lane: l))
                }
            }
        }
    }

    @Test func aLaneScoresTheSameWhateverItsBatchWidthAndNeighbours() throws {
        var generator = SplitMix64(seed: 7)
        let framework = try TestFrameworks.random(indicatorCount: 20, using: &generator)
        let provinces = 34
        let scorer = BatchScorer(framework: framework)
        let lane = Self.randomRows(provinces: provinces, indicators: 20, missingShare: 0, using: &generator)
        let alone = scorer.score(IndicatorTable(rows: lane))
        // The same panel as lane 5 of a batch of 24 whose other lanes miss values.
        let width = 24
        var values = [Double](repeating: .nan, count: 20 * provinces * width)
        for l in 0..<width {
            let rows = l == 5 ? lane : Self.randomRows(provinces: provinces, indicators: 20, missingShare: 0.2, using: &generator)
            for p in 0..<provinces {
                for i in 0..<20 { values[(i * provinces + p) * width + l] = rows[p][i] ?? .nan }
            }
        }
        let batch = ScoreBatch(framework: framework, provinceCount: provinces, width: width)
        values.withUnsafeBufferPointer { scorer.score($0, into: batch) }
        for p in 0..<provinces {
            // Bit for bit, not merely close.
            #expect(batch.indexScore(province: p, lane: 5).bitPattern == alone.index[p].bitPattern)
        }
    }

    /// A batch that does not keep its indicator scores (as in a Monte Carlo run) gets every
    /// other output bit for bit as one that does, lanes with and without missing values.
    @Test func notKeepingIndicatorScoresChangesNoOtherOutput() throws {
        var generator = SplitMix64(seed: 11)
        let framework = try TestFrameworks.random(indicatorCount: 23, groups: 4, using: &generator)
        let provinces = 34, width = 16
        var values = [Double](repeating: .nan, count: 23 * provinces * width)
        for l in 0..<width {
            let rows = Self.randomRows(provinces: provinces, indicators: 23, missingShare: l < 8 ? 0 : 0.1, using: &generator)
            for p in 0..<provinces {
                for i in 0..<23 { values[(i * provinces + p) * width + l] = rows[p][i] ?? .nan }
            }
        }
        let scorer = BatchScorer(framework: framework)
        let kept = ScoreBatch(framework: framework, provinceCount: provinces, width: width)
        let lean = ScoreBatch(framework: framework, provinceCount: provinces, width: width, keepsIndicatorScores: false)
        values.withUnsafeBufferPointer {
            scorer.score($0, into: kept)
            scorer.score($0, into: lean)
        }
        for p in 0..<provinces {
            for l in 0..<width {
                #expect(lean.indexScore(province: p, lane: l).bitPattern == kept.indexScore(province: p, lane: l).bitPattern)
                #expect(lean.rank(province: p, lane: l) == kept.rank(province: p, lane: l))
                for level in [NodeLevel.group, .pillar, .block] {
                    for k in framework.nodes(at: level).indices {
                        #expect(lean.score(level: level, node: k, province: p, lane: l).bitPattern
                            == kept.score(level: level, node: k, province: p, lane: l).bitPattern)
                    }
                }
            }
        }
    }
}

func expectSame(_ actual: Double, _ expected: Double?, tolerance: Double = 1e-9,
                sourceLocation: SourceLocation = #_sourceLocation) {
    guard let expected else {
        #expect(actual.isNaN, "expected missing, got \(actual)", sourceLocation: sourceLocation)
        return
    }
    #expect(abs(actual - expected) <= tolerance, "\(actual) vs \(expected)", sourceLocation: sourceLocation)
}
