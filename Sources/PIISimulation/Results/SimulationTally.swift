/// What a run counts, scenario by scenario. Everything is an integer (scores are summed in
/// fixed point), so that tallies of different workers add up to the same totals in any order:
/// results are byte-identical for any thread count and batch size.
public struct SimulationTally: Sendable, Equatable {
    public let yearCount: Int
    public let provinceCount: Int
    public let pillarCount: Int
    public let milestoneCount: Int
    public private(set) var scenarios = 0
    /// `rankCounts[(year * provinces + province) * (provinces + 1) + rank]`; rank 0 = none.
    public private(set) var rankCounts: [Int]
    /// Scenarios meeting each milestone, every rank milestone, and every milestone.
    public private(set) var milestoneHits: [Int]
    public private(set) var everyRankMilestone = 0
    public private(set) var everyMilestone = 0
    /// In the horizon year, how often each province ranks between the target and the focus
    /// province (a rival it must overtake).
    public private(set) var inTheWay: [Int]
    /// Index and pillar scores summed in fixed point (2⁻³² units), `[year][province]` and
    /// `[year][province][pillar]`, with how many were present.
    public private(set) var indexSums: [Int64]
    public private(set) var indexCounts: [Int]
    public private(set) var pillarSums: [Int64]

    static let fixedPoint = 4_294_967_296.0

    public init(years: Int, provinces: Int, pillars: Int, milestones: Int) {
        yearCount = years
        provinceCount = provinces
        pillarCount = pillars
        milestoneCount = milestones
        rankCounts = Array(repeating: 0, count: years * provinces * (provinces + 1))
        milestoneHits = Array(repeating: 0, count: milestones)
        inTheWay = Array(repeating: 0, count: provinces)
        indexSums = Array(repeating: 0, count: years * provinces)
        indexCounts = Array(repeating: 0, count: years * provinces)
        pillarSums = Array(repeating: 0, count: years * provinces * pillars)
    }

    mutating func countScenario(milestones met: [Bool], everyRank: Bool) {
        scenarios += 1
        for (m, hit) in met.enumerated() where hit { milestoneHits[m] += 1 }
        if everyRank { everyRankMilestone += 1 }
        if !met.contains(false) { everyMilestone += 1 }
    }

    @inline(__always)
    mutating func countRank(year: Int, province: Int, rank: Int) {
        rankCounts[(year * provinceCount + province) * (provinceCount + 1) + rank] += 1
    }

    mutating func countInTheWay(_ province: Int) { inTheWay[province] += 1 }

    @inline(__always)
    mutating func addScores(year: Int, province: Int, index: Double, pillars: (Int) -> Double) {
        guard !index.isNaN else { return }
        let cell = year * provinceCount + province
        indexSums[cell] += Int64((index * Self.fixedPoint).rounded())
        indexCounts[cell] += 1
        for k in 0..<pillarCount {
            let score = pillars(k)
            if !score.isNaN { pillarSums[cell * pillarCount + k] += Int64((score * Self.fixedPoint).rounded()) }
        }
    }

    mutating func merge(_ other: SimulationTally) {
        scenarios += other.scenarios
        for i in rankCounts.indices { rankCounts[i] += other.rankCounts[i] }
        for i in milestoneHits.indices { milestoneHits[i] += other.milestoneHits[i] }
        everyRankMilestone += other.everyRankMilestone
        everyMilestone += other.everyMilestone
        for i in inTheWay.indices { inTheWay[i] += other.inTheWay[i] }
        for i in indexSums.indices {
            indexSums[i] += other.indexSums[i]
            indexCounts[i] += other.indexCounts[i]
        }
        for i in pillarSums.indices { pillarSums[i] += other.pillarSums[i] }
    }

    // MARK: Reading

    /// How many scenarios gave `province` each rank (index 0: no rank) in year number `year`.
    public func rankDistribution(year: Int, province: Int) -> [Int] {
        let start = (year * provinceCount + province) * (provinceCount + 1)
        return Array(rankCounts[start..<(start + provinceCount + 1)])
    }

    /// The smallest rank whose cumulative share reaches `share` (0.5 for the median); nil
    /// when the province is unranked that often.
    public func rankQuantile(_ share: Double, year: Int, province: Int) -> Int? {
        let counts = rankDistribution(year: year, province: province)
        let total = counts.reduce(0, +)
        guard total > 0 else { return nil }
        var cumulative = 0
        for (rank, count) in counts.dropFirst().enumerated() {
            cumulative += count
            if Double(cumulative) >= share * Double(total) { return rank + 1 }
        }
        return nil
    }

    /// The share of scenarios in which `province` ranks `k` or better in year number `year`.
    public func shareRankAtMost(_ k: Int, year: Int, province: Int) -> Double {
        let counts = rankDistribution(year: year, province: province)
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        return Double(counts.dropFirst().prefix(k).reduce(0, +)) / Double(total)
    }

    public func meanIndex(year: Int, province: Int) -> Double? {
        let cell = year * provinceCount + province
        guard indexCounts[cell] > 0 else { return nil }
        return Double(indexSums[cell]) / Self.fixedPoint / Double(indexCounts[cell])
    }

    public func meanPillar(year: Int, province: Int, pillar: Int) -> Double? {
        let cell = year * provinceCount + province
        guard indexCounts[cell] > 0 else { return nil }
        return Double(pillarSums[cell * pillarCount + pillar]) / Self.fixedPoint / Double(indexCounts[cell])
    }
}
