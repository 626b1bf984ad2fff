import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIITestSupport
import Testing
@testable import PIIGap

/// `pii gap`'s inverse: every answer, re-scored, reaches the rank, and is minimal where the
/// treatment regime held.
@Suite struct GapSolverTests {
    static let data = Fixtures.defaultData
    static let scorer = BatchScorer(framework: data.framework)
    static let latest = data.panel[data.panel.latestYear!]!
    static let noCosts = [IndicatorCost?](repeating: nil, count: latest.indicatorCount)

    /// Checks an answer with the scorer: the rank is reached and, where no treatment switched,
    /// cutting any one change by 1 % of it loses the rank.
    static func check(
        _ answer: GapSolver.Answer, province p: Int, rank k: Int, scorer: BatchScorer = scorer,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let scores = scorer.score(answer.table)
        let reached = answer.reached, rankAfter = answer.rankAfter
        #expect(reached, "rank \(k) not reached: \(rankAfter ?? -1)", sourceLocation: sourceLocation)
        #expect((scores.ranks[p] ?? .max) <= k, sourceLocation: sourceLocation)
        #expect(rankAfter == scores.ranks[p], sourceLocation: sourceLocation)
        let smallest = answer.changes.map(\.cost).min() ?? 1
        #expect(smallest >= 1e-3, "a change too small to act on", sourceLocation: sourceLocation)
        guard answer.treatmentSwitched.isEmpty else { return }
        for change in answer.changes {
            var less = answer.table
            less[p, change.indicator] = change.to - 0.01 * (change.to - change.from)
            #expect((scorer.score(less).ranks[p] ?? .max) > k,
                    "indicator \(change.indicator): 99 % of the change still reaches rank \(k)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func ninhBinhToTheTopTenOnTheDefaultData() {
        let p = Self.data.provinces.number(of: "ninh-binh")!
        let answer = GapSolver(scorer: Self.scorer).solve(Self.latest, province: p, targetRank: 10, costs: Self.noCosts)
        #expect(answer.rankBefore == 14)
        #expect(answer.rankAfter == 10)
        #expect(!answer.changes.isEmpty)
        #expect(answer.marginalCost != nil)
        // Four provinces ranked 10 to 13 were ahead; at rank 10 (a tie is shared) they are not.
        #expect(answer.overtaken.count >= 3)
        Self.check(answer, province: p, rank: 10)
    }

    /// Issue 13's case: a cheap indicator pushed past the rivals' best value beats a dear one
    /// filled. Two indicators may move (7.1.3 at 0.05 a unit, 2.2.1 at its default price); the
    /// exact answer is the least cost over a fine grid of 7.1.3 with 2.2.1's least change found
    /// by bisection at each point. The solver is within 1 % of it.
    @Test(arguments: [("ninh-binh", 10), ("ca-mau", 23), ("lang-son", 27), ("hai-phong", 2), ("thai-nguyen", 6)])
    func aCostFileAnswerMatchesExactSearch(province name: String, target: Int) {
        let p = Self.data.provinces.number(of: name)!
        let cheap = Self.data.framework.indicatorNumber(code: "7.1.3")!, dear = Self.data.framework.indicatorNumber(code: "2.2.1")!
        var costs = Self.data.framework.indicators.map { _ in Optional(IndicatorCost(maxChange: 0)) }
        costs[cheap] = IndicatorCost(costPerUnit: 0.05)
        costs[dear] = IndicatorCost()
        let solver = GapSolver(scorer: Self.scorer)
        let answer = solver.solve(Self.latest, province: p, targetRank: target, costs: costs)
        Self.check(answer, province: p, rank: target)
        let price = solver.unitCosts(Self.latest, province: p, costs: costs)
        let room = (cheap: solver.roomToMove(indicator: cheap, province: p, table: Self.latest, cost: costs[cheap]),
                    dear: solver.roomToMove(indicator: dear, province: p, table: Self.latest, cost: costs[dear]))
        func reaches(_ a: Double, _ b: Double) -> Bool {
            var table = Self.latest
            table[p, cheap] = Self.latest[p, cheap]! + a
            table[p, dear] = Self.latest[p, dear]! + b
            return (Self.scorer.score(table).ranks[p] ?? .max) <= target
        }
        var best = Double.infinity
        let steps = 400
        for n in 0...steps {
            let a = room.cheap * Double(n) / Double(steps)
            guard reaches(a, room.dear) else { continue }
            var low = 0.0, high = room.dear
            while high - low > 1e-6 * room.dear {
                let middle = (low + high) / 2
                if reaches(a, middle) { high = middle } else { low = middle }
            }
            best = min(best, a * price[cheap] + high * price[dear])
        }
        #expect(best.isFinite)
        #expect(answer.cost <= best * 1.01, "solver \(answer.cost), exact \(best)")
    }

    @Test(arguments: [1, 5, 9, 14, 20, 27, 33])
    func everyTargetOnTheDefaultDataIsReachedAndMinimal(province p: Int) {
        let rank = Self.scorer.score(Self.latest).ranks[p]!
        for target in Set([max(1, rank - 3), max(1, rank - 10), 1]) where target < rank {
            let answer = GapSolver(scorer: Self.scorer).solve(Self.latest, province: p, targetRank: target, costs: Self.noCosts)
            Self.check(answer, province: p, rank: target)
        }
    }

    /// A random panel on the default framework: a third of the indicators log-normal (skewed,
    /// so the outlier treatment is in play), the rest uniform, all inside their domains.
    static func randomTable(seed: UInt64) -> IndicatorTable {
        let philox = Philox(seed: seed)
        let indicators = data.framework.indicators
        return IndicatorTable(rows: (0..<34).map { p in
            indicators.indices.map { i -> Double? in
                let bits = philox.block(Philox.Counter(UInt32(p), UInt32(i), 0, 0))
                let u = Philox.uniform(bits[0], bits[1])
                let ceiling = indicators[i].domain.max ?? 100
                let value = i % 3 == 0 ? exp(4 * u) : 10 * Double(1 + i % 5) * u
                return min(value, 0.9 * ceiling)
            }
        })
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func randomPanelsAreReachedAndMinimal(seed: UInt64) {
        let table = Self.randomTable(seed: seed)
        let p = Int(seed * 7) % 34
        let rank = Self.scorer.score(table).ranks[p]!
        let target = max(1, rank - 8)
        guard target < rank else { return }
        let answer = GapSolver(scorer: Self.scorer).solve(table, province: p, targetRank: target, costs: Self.noCosts)
        Self.check(answer, province: p, rank: target)
    }

    /// Only unbounded indicators may move, and far: reaching first place takes the province
    /// past the best rival value, where the gain per unit falls and the others shrink.
    @Test func aProvinceBecomesAnIndicatorsNewMaximum() {
        let table = Self.randomTable(seed: 9)
        let scores = Self.scorer.score(table)
        let p = (0..<34).first { scores.ranks[$0] == 8 }!
        let movable = ["6.1.1"]
        let costs = Self.data.framework.indicators.map { node in
            IndicatorCost(maxChange: movable.contains(node.code) ? nil : 0)
        }
        let answer = GapSolver(scorer: Self.scorer).solve(table, province: p, targetRank: 1, costs: costs)
        #expect(answer.changes.contains { $0.isNewMaximum })
        #expect(answer.changes.allSatisfy { movable.contains(Self.data.framework.indicators[$0.indicator].code) })
        Self.check(answer, province: p, rank: 1)
    }

    @Test func anUnreachableRankSaysSoAndShowsTheBestReachable() {
        let p = Self.data.provinces.number(of: "ninh-binh")!
        let costs = Self.data.framework.indicators.map { _ in IndicatorCost(maxChange: 0.01) }
        let answer = GapSolver(scorer: Self.scorer).solve(Self.latest, province: p, targetRank: 1, costs: costs)
        let reached = answer.reached
        #expect(!reached)
        #expect(answer.rankAfter.map { $0 > 1 && $0 <= 14 } == true)
        #expect(answer.changes.allSatisfy { abs($0.to - $0.from) <= 0.01 + 1e-12 })
    }

    @Test func theNationalAverageTargetLiftsOnlyWhatIsBelowIt() {
        let p = Self.data.provinces.number(of: "ninh-binh")!
        let lifted = GapSolver.atNationalAverage(Self.latest, province: p, framework: Self.data.framework)
        let answer = GapSolver(scorer: Self.scorer).describe(original: Self.latest, solved: lifted, province: p, costs: Self.noCosts)
        #expect(!answer.changes.isEmpty)
        for change in answer.changes {
            #expect(change.to > change.from)
            #expect(abs(change.to - Self.latest.nationalAverage(indicator: change.indicator)!) < 1e-12)
        }
        #expect(answer.indexAfter > answer.indexBefore)
    }
}
