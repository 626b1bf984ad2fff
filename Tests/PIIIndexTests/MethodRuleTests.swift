import Foundation
import Testing
@testable import PIIIndex

/// Every rule of methodology §2 on cases small enough to compute by hand.
@Suite struct MethodRuleTests {
    typealias Spec = TestFrameworks.IndicatorSpec

    /// Scores rows (`[province][indicator]`) with the batched scorer.
    func score(_ framework: Framework, _ rows: [[Double?]], settings: MethodSettings = .standard) -> YearScores {
        BatchScorer(framework: framework, settings: settings).score(IndicatorTable(rows: rows))
    }

    func indicatorScores(_ scores: YearScores, _ indicator: Int) -> [Double] {
        scores.scores[.indicator]![indicator]
    }

    @Test func minMaxInBothDirections() throws {
        let framework = try TestFrameworks.make([
            Spec(code: "up", group: "G1"),
            Spec(code: "down", group: "G2", direction: -1),
        ])
        let result = score(framework, [[10, 10], [20, 20], [40, 40]])
        expectClose(indicatorScores(result, 0), [0, 100.0 / 3, 100])
        expectClose(indicatorScores(result, 1), [100, 200.0 / 3, 0])
        // Index = mean of the blocks, each block here its single indicator.
        expectClose(result.index, [50, 50, 50])
        #expect(result.ranks == [1, 1, 1])
    }

    @Test func missingValuesAreLeftOutAndWeightsRenormalised() throws {
        let framework = try TestFrameworks.make([
            Spec(code: "a", group: "G1", weight: 1),
            Spec(code: "b", group: "G1", weight: 3),
            Spec(code: "c", group: "G2"),
        ])
        let result = score(framework, [[0, 0, 0], [10, nil, 5], [20, 40, 10]])
        // Province 1 has no b: its group is a alone (50), not (1·50 + 3·0) / 4.
        expectClose(result.scores[.group]![0], [0, 50, 100])
        // Provinces 0 and 2 have both: (1·0 + 3·0)/4 and (1·100 + 3·100)/4.
        expectClose(result.scores[.indicator]![1], [0, .nan, 100])
        expectClose(result.index, [0, 50, 100])
    }

    /// Province C misses b. `renormalise` scores its group on a alone (100); `lowest` counts
    /// b as 0 ((100 + 0) / 2, no one else moves); `zero` puts the raw 0 into b's min–max, so
    /// A's b rises from 0 to 50 and C gets b = 0.
    @Test(arguments: [
        (MissingValueRule.renormalise, [0, 75, 100] as [Double], [0, 100, Double.nan]),
        (.lowest, [0, 75, 50], [0, 100, 0]),
        (.zero, [25, 75, 50], [50, 100, 0]),
    ])
    func theThreeMissingValueRules(rule: MissingValueRule, group: [Double], b: [Double]) throws {
        let framework = try TestFrameworks.make([
            Spec(code: "a", group: "G1"), Spec(code: "b", group: "G1"), Spec(code: "c", group: "G2"),
        ])
        let rows: [[Double?]] = [[10, 5, 1], [20, 10, 1], [30, nil, 1]]
        let result = score(framework, rows, settings: MethodSettings(missingValues: rule))
        expectClose(result.scores[.group]![0], group)
        expectClose(indicatorScores(result, 1), b)
    }

    @Test func anIndicatorNoProvinceReportsStaysOutUnderEveryRule() throws {
        let framework = try TestFrameworks.make([Spec(code: "a", group: "G1"), Spec(code: "b", group: "G1"), Spec(code: "c", group: "G2")])
        for rule in MissingValueRule.allCases {
            let result = score(framework, [[10, nil, 1], [20, nil, 2]], settings: MethodSettings(missingValues: rule))
            expectClose(result.scores[.group]![0], [0, 100])
            expectClose(indicatorScores(result, 1), [.nan, .nan])
        }
    }

    @Test func aNodeWithNoChildPresentIsMissingAndHasNoRank() throws {
        let framework = try TestFrameworks.make([Spec(code: "a", group: "G1"), Spec(code: "c", group: "G2")])
        let result = score(framework, [[nil, 2], [1, 4], [3, 6], [nil, nil]])
        // Province 0 misses its only input indicator: the index is the output block alone.
        expectClose(result.scores[.block]![0], [.nan, 0, 100, .nan])
        expectClose(result.index, [0, 25, 100, .nan])
        #expect(result.ranks == [3, 2, 1, nil])
        #expect(result.provincesByRank(ids: ["d", "c", "b", "a"]) == [2, 1, 0, 3])
    }

    @Test func aConstantIndicatorGivesEveryoneFifty() throws {
        let framework = try TestFrameworks.make([Spec(code: "flat", group: "G1"), Spec(code: "c", group: "G2")])
        let result = score(framework, [[7, 1], [7, 2], [nil, 3]])
        expectClose(indicatorScores(result, 0), [50, 50, .nan])
        #expect(result.constantIndicators == [0])
    }

    @Test func exactTiesShareTheBestRank() throws {
        let framework = try TestFrameworks.make([Spec(code: "a", group: "G1"), Spec(code: "c", group: "G2")])
        let result = score(framework, [[1, 1], [3, 3], [3, 3], [2, 2], [0, 0]])
        #expect(result.ranks == [4, 1, 1, 3, 5])
    }

    @Test func nearTiesWithinOneBillionthShareARank() {
        let ranks = BatchScorer.competitionRanks([50, 50 + 5e-10, 49.9, 50 + 2e-9])
        #expect(ranks == [2, 2, 4, 1])
    }

    @Test func winsorisationThatSucceedsInOneStep() throws {
        let framework = try TestFrameworks.make([Spec(code: "skewed", group: "G1"), Spec(code: "c", group: "G2")])
        // SKEW = 2.442, KURT = 5.973: flagged. Replacing 100 by 5 gives SKEW = −0.383: done.
        let result = score(framework, [[1, 0], [2, 0], [3, 0], [4, 0], [5, 0], [100, 0]])
        #expect(result.treatments[0] == .winsorised(steps: 1))
        expectClose(indicatorScores(result, 0), [0, 25, 50, 75, 100, 100])
        #expect(result.treatments[1] == .none)
    }

    @Test func winsorisationDownwardForNegativeSkew() throws {
        let framework = try TestFrameworks.make([Spec(code: "skewed", group: "G1"), Spec(code: "c", group: "G2")])
        let result = score(framework, [[-100, 0], [1, 0], [2, 0], [3, 0], [4, 0], [5, 0]])
        #expect(result.treatments[0] == .winsorised(steps: 1))
        expectClose(indicatorScores(result, 0), [0, 0, 25, 50, 75, 100])
    }

    @Test func theLogFallbackWhenWinsorisationDoesNotResolveTheSkew() throws {
        let framework = try TestFrameworks.make([Spec(code: "skewed", group: "G1"), Spec(code: "c", group: "G2")])
        // Fourteen zeros, a 1 and a 100: one step leaves SKEW = 2.51, KURT = 4.90, still flagged.
        let rows: [[Double?]] = Array(repeating: [0, 0], count: 14) + [[1, 0], [100, 0]]
        let result = score(framework, rows, settings: MethodSettings(maxWinsorisationSteps: 1))
        #expect(result.treatments[0] == .log)
        // x' = ln(1 + 99·x/100), scaled by its range 0…ln 100.
        let expected = rows.map { 100 * log(1 + 0.99 * $0[0]!) / log(100) }
        expectClose(indicatorScores(result, 0), expected)
    }

    @Test func theLogFallbackAfterFiveSteps() throws {
        let framework = try TestFrameworks.make([Spec(code: "skewed", group: "G1"), Spec(code: "c", group: "G2")])
        let rows: [[Double?]] = Array(repeating: [0, 0], count: 80) + (1...6).map { [Double($0), 0] }
        let result = score(framework, rows)
        #expect(result.treatments[0] == .log)
        #expect(ScalarReference(framework: framework).score(rows).treatments["skewed"] == .log)
    }

    @Test func treatmentNoneAndGoalpostsSkipTheOutlierRule() throws {
        let framework = try TestFrameworks.make([
            Spec(code: "raw", group: "G1", treatment: .none),
            Spec(code: "posts", group: "G2", direction: -1, goalposts: Goalposts(low: 0, high: 10)),
        ])
        let rows: [[Double?]] = [[1, 2], [2, 12], [3, -1], [4, 5], [5, 5], [100, 5]]
        let result = score(framework, rows)
        #expect(result.treatments == [.none, .none])
        expectClose(indicatorScores(result, 0), rows.map { ($0[0]! - 1) / 99 * 100 })
        // Lower is better between fixed goalposts, truncated to 0…100.
        expectClose(indicatorScores(result, 1), [80, 0, 100, 50, 50, 50])
    }

    @Test func nonUnitWeightsAtEveryLevel() throws {
        let framework = try TestFrameworks.make(
            [Spec(code: "a", group: "G1", weight: 2), Spec(code: "b", group: "G1", weight: 1),
             Spec(code: "c", group: "G3"), Spec(code: "d", group: "G2")],
            groups: [("G1", "P1", 3), ("G3", "P1", 1), ("G2", "P2", 1)])
        // Province 1: a = 100, b = 0 → G1 = 200/3; c = 0 → G3 = 0; P1 = (3·200/3 + 0)/4 = 50.
        let result = score(framework, [[0, 10, 1, 0], [10, 0, 0, 1]])
        expectClose(result.scores[.group]![0], [100.0 / 3, 200.0 / 3])
        expectClose(result.scores[.pillar]![0], [(3 * 100.0 / 3 + 100) / 4, 50])
        expectClose(result.index, [(50 + 0) / 2, (50 + 100) / 2])
        let weights = framework.effectiveWeights
        expectClose(weights, [0.5 * 0.75 * 2 / 3, 0.5 * 0.75 / 3, 0.5 * 0.25, 0.5])
        #expect(abs(weights.reduce(0, +) - 1) < 1e-12)
        // On every level the shares sum to 1; a group's and a pillar's are their indicators'.
        expectClose(framework.effectiveWeights(at: .group), [0.5 * 0.75, 0.5 * 0.25, 0.5])
        expectClose(framework.effectiveWeights(at: .pillar), [0.5, 0.5])
        expectClose(framework.effectiveWeights(at: .block), [0.5, 0.5])
    }

    @Test func efficiencyIsOutputOverInput() throws {
        let framework = try TestFrameworks.make([Spec(code: "a", group: "G1"), Spec(code: "c", group: "G2")])
        let result = score(framework, [[0, 0], [10, 5], [20, 20]])
        expectClose(result.efficiency, [.nan, 0.25 / 0.5, 1])
    }

    /// Bắc Ninh 2025 (published): pillars 59.17 / 39.99 / 62.30 / 47.43 / 56.40 and
    /// 28.74 / 60.20 give input 53.06, output 44.47 and the index 48.76.
    @Test func publishedBacNinhAggregation() throws {
        let pillars = (1...7).map { (code: "P\($0)", block: $0 <= 5 ? "I" : "O", weight: 1.0) }
        let groups = (1...7).map { (code: "G\($0)", pillar: "P\($0)", weight: 1.0) }
        let indicators = (1...7).map {
            Spec(code: "x\($0)", group: "G\($0)", treatment: .none, goalposts: Goalposts(low: 0, high: 100))
        }
        let framework = try TestFrameworks.make(indicators, groups: groups, pillars: pillars)
        let bacNinh: [Double?] = [59.17, 39.99, 62.30, 47.43, 56.40, 28.74, 60.20]
        let result = score(framework, [bacNinh, [0, 0, 0, 0, 0, 0, 0]])
        let input = result.scores[.block]![0][0], output = result.scores[.block]![1][0]
        #expect((input * 100).rounded() / 100 == 53.06)
        #expect((output * 100).rounded() / 100 == 44.47)
        #expect((result.index[0] * 100).rounded() / 100 == 48.76)
        // Each output pillar carries 25 % of the index, each input pillar 10 %.
        expectClose(framework.effectiveWeights, [0.1, 0.1, 0.1, 0.1, 0.1, 0.25, 0.25])
        expectClose(framework.effectiveWeights(at: .pillar), [0.1, 0.1, 0.1, 0.1, 0.1, 0.25, 0.25])
    }

    @Test func alreadyNormalisedValuesAreNotTreatedAndTakeDirectionPlusOne() throws {
        let framework = try TestFrameworks.make([
            Spec(code: "a", group: "G1", direction: -1), Spec(code: "c", group: "G2"),
        ])
        let rows: [[Double?]] = [[0, 0], [1, 0], [2, 0], [3, 0], [4, 100], [100, 50]]
        let settings = MethodSettings(valuesAreNormalised: true)
        let result = score(framework, rows, settings: settings)
        #expect(result.treatments == [.none, .none])
        // Scores spanning 0…100 come back unchanged, higher still better.
        expectClose(indicatorScores(result, 0), rows.map { $0[0]! })
        expectClose(indicatorScores(result, 1), rows.map { $0[1]! })
    }
}

func expectClose(_ actual: [Double?], _ expected: [Double], tolerance: Double = 1e-9,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    expectClose(actual.map { $0 ?? .nan }, expected, tolerance: tolerance, sourceLocation: sourceLocation)
}

func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
        let same = (a.isNaN && e.isNaN) || abs(a - e) <= tolerance
        #expect(same, "\(actual) is not \(expected)", sourceLocation: sourceLocation)
        if !same { return }
    }
}
