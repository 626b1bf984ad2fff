/// One province's standing in one year: its score and rank at every level, each indicator
/// against the national average, and its strengths and weaknesses (methodology §2.4–§2.7).
public struct ProvinceProfile: Sendable {
    /// One node of the tree as the province scores on it.
    public struct NodeStanding: Sendable {
        public let level: NodeLevel
        /// The node's number on its level.
        public let number: Int
        public let score: Double?
        /// The province's competition rank among the provinces on this node.
        public let rank: Int?
    }

    /// One indicator as the province scores on it.
    public struct IndicatorStanding: Sendable {
        public let indicator: Int
        public let value: Double?
        public let score: Double?
        public let rank: Int?
        /// The unweighted mean of the provinces' raw values (§2.6).
        public let nationalAverage: Double?
        /// `value − nationalAverage`, in the indicator's unit.
        public let gapToAverage: Double?
        /// Whether the value is at or above the average in the indicator's good direction.
        public let meetsAverage: Bool?
        public let effectiveWeight: Double
        /// Excluded from strengths and weaknesses: every province scored 50.
        public let isConstant: Bool
    }

    public let province: Int
    public let index: Double?
    public let rank: Int?
    public let efficiency: Double?
    public let nodes: [NodeStanding]
    public let indicators: [IndicatorStanding]
    /// Indicator numbers, best-ranked first.
    public let strengths: [Int]
    /// Indicator numbers, worst-ranked first.
    public let weaknesses: [Int]

    /// How many strengths and weaknesses the published profiles list.
    public static let listLength = 5

    public init(province: Int, scores: YearScores, table: IndicatorTable, framework: Framework) {
        self.province = province
        index = Self.present(scores.index[province])
        rank = scores.ranks[province]
        efficiency = Self.present(scores.efficiency[province])
        var nodes: [NodeStanding] = []
        for level in NodeLevel.allCases where level != .indicator {
            for (number, perProvince) in scores.scores[level]!.enumerated() {
                nodes.append(NodeStanding(
                    level: level, number: number, score: Self.present(perProvince[province]),
                    rank: BatchScorer.competitionRanks(perProvince)[province]))
            }
        }
        self.nodes = nodes
        let weights = framework.effectiveWeights
        let constant = Set(scores.constantIndicators)
        var indicators: [IndicatorStanding] = []
        for (i, node) in framework.indicators.enumerated() {
            let value = table[province, i]
            let average = table.nationalAverage(indicator: i)
            let perProvince = scores.scores[.indicator]![i]
            var meets: Bool?
            if let value, let average {
                meets = node.direction > 0 ? value >= average : value <= average
            }
            indicators.append(IndicatorStanding(
                indicator: i, value: value, score: Self.present(perProvince[province]),
                rank: BatchScorer.competitionRanks(perProvince)[province],
                nationalAverage: average,
                gapToAverage: value.flatMap { value in average.map { value - $0 } },
                meetsAverage: meets, effectiveWeight: weights[i], isConstant: constant.contains(i)))
        }
        self.indicators = indicators
        // §2.7: rank the indicators by the province's rank on each; ties go to the larger
        // effective weight, then to framework order. Missing and constant ones are left out.
        let eligible = indicators.filter { $0.rank != nil && !$0.isConstant }
        func better(_ a: IndicatorStanding, _ b: IndicatorStanding, worstFirst: Bool) -> Bool {
            if a.rank! != b.rank! { return worstFirst ? a.rank! > b.rank! : a.rank! < b.rank! }
            if a.effectiveWeight != b.effectiveWeight { return a.effectiveWeight > b.effectiveWeight }
            return a.indicator < b.indicator
        }
        strengths = eligible.sorted { better($0, $1, worstFirst: false) }.prefix(Self.listLength).map(\.indicator)
        weaknesses = eligible.sorted { better($0, $1, worstFirst: true) }.prefix(Self.listLength).map(\.indicator)
    }

    public func standing(level: NodeLevel, number: Int) -> NodeStanding? {
        nodes.first { $0.level == level && $0.number == number }
    }

    private static func present(_ value: Double) -> Double? { value.isNaN ? nil : value }
}
