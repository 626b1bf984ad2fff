import Testing
@testable import PIIIndex

/// The scorer's public way in checks what it is given: a buffer of the batch's size (a
/// shorter one stops the process instead of reading past its end), and accessors that name
/// a province, lane or node the batch has.
@Suite struct ScorerEntryTests {
    /// Two provinces' worth of three indicators, a batch of eight lanes, every lane the same.
    static func scored() throws -> (ScoreBatch, YearScores) {
        let framework = try TestFrameworks.make([.init(code: "a"), .init(code: "b", group: "G2"), .init(code: "c", group: "G2")])
        let rows: [[Double?]] = [[1, 5, 2], [3, 4, 9], [2, nil, 4]]
        let scorer = BatchScorer(framework: framework)
        let batch = ScoreBatch(framework: framework, provinceCount: rows.count, width: 8)
        var values = [Double](repeating: 0, count: 3 * rows.count * 8)
        for i in 0..<3 {
            for p in rows.indices {
                for l in 0..<8 { values[(i * rows.count + p) * 8 + l] = rows[p][i] ?? .nan }
            }
        }
        values.withUnsafeBufferPointer { scorer.score($0, into: batch) }
        return (batch, scorer.score(IndicatorTable(rows: rows)))
    }

    @Test func theBufferEntryScoresAsTheOneYearScorer() throws {
        let (batch, year) = try Self.scored()
        for p in 0..<3 {
            for lane in [0, 7] {
                #expect(batch.indexScore(province: p, lane: lane) == year.index[p])
                #expect(batch.rank(province: p, lane: lane) == year.ranks[p])
                #expect(batch.score(level: .pillar, node: 1, province: p, lane: lane) == year.scores[.pillar]![1][p])
            }
        }
    }

    @Test func aBufferOfTheWrongSizeStops() async {
        await #expect(processExitsWith: .failure) {
            let framework = try TestFrameworks.make([.init(code: "a"), .init(code: "b", group: "G2")])
            let batch = ScoreBatch(framework: framework, provinceCount: 3, width: 8)
            let short = [Double](repeating: 1, count: 2 * 3 * 8 - 1)
            short.withUnsafeBufferPointer { BatchScorer(framework: framework).score($0, into: batch) }
        }
    }

    @Test func anAccessorOutsideTheBatchStops() async {
        await #expect(processExitsWith: .failure) {
            let (batch, _) = try Self.scored()
            _ = batch.indexScore(province: 3, lane: 0)
        }
        await #expect(processExitsWith: .failure) {
            let (batch, _) = try Self.scored()
            _ = batch.rank(province: 0, lane: 8)
        }
        await #expect(processExitsWith: .failure) {
            let (batch, _) = try Self.scored()
            _ = batch.score(level: .group, node: 2, province: 0, lane: 0)
        }
    }
}
