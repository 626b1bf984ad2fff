/// The framework compiled into flat arrays for the scorer: every level's children in file
/// order with their weights normalised to sum to 1 among siblings.
struct IndexStructure: Sendable {
    /// One aggregated node: its children (numbers on the level below) and their weights, in
    /// file order.
    struct Parent: Sendable {
        var children: [Int]
        var weights: [Double]
        /// `weights` summed in file order: the denominator when every child is present.
        var weightSum: Double
        var inverseWeightSum: Double

        init(children: [Int], weights: [Double]) {
            self.children = children
            self.weights = weights
            weightSum = weights.reduce(0, +)
            inverseWeightSum = 1 / weightSum
        }
    }

    let indicatorCount: Int
    /// +1 or −1 per indicator.
    let direction: [Double]
    /// Whether the GII outlier rule applies to the indicator (treatment `gii` and no goalposts).
    let treated: [Bool]
    let goalposts: [Goalposts?]
    let groups: [Parent]
    let pillars: [Parent]
    let blocks: [Parent]
    let index: Parent
    /// The index as a level of one parent (stored: the scorer walks it for every batch).
    let indexLevel: [Parent]

    init(blocks: [FrameworkNode], pillars: [FrameworkNode], groups: [FrameworkNode], indicators: [FrameworkNode]) {
        indicatorCount = indicators.count
        direction = indicators.map { Double($0.direction) }
        treated = indicators.map { $0.treatment == .gii && $0.goalposts == nil }
        goalposts = indicators.map(\.goalposts)
        self.groups = Self.parents(groups, children: indicators)
        self.pillars = Self.parents(pillars, children: groups)
        self.blocks = Self.parents(blocks, children: pillars)
        index = Parent(children: Array(blocks.indices), weights: blocks.map(\.weight))
        indexLevel = [index]
    }

    private static func parents(_ parents: [FrameworkNode], children: [FrameworkNode]) -> [Parent] {
        parents.map { parent in
            let members = children.enumerated().filter { $0.element.parent == parent.code }
            return Parent(children: members.map(\.offset), weights: members.map(\.element.weight))
        }
    }

    /// Each node's share of the index with nothing missing, on one level.
    func effectiveWeights(at level: NodeLevel) -> [Double] {
        var shares: [NodeLevel: [Double]] = [
            .block: Array(repeating: 0, count: blocks.count), .pillar: Array(repeating: 0, count: pillars.count),
            .group: Array(repeating: 0, count: groups.count), .indicator: Array(repeating: 0, count: indicatorCount),
        ]
        for (b, blockWeight) in zip(index.children, index.weights) {
            let blockShare = blockWeight * index.inverseWeightSum
            shares[.block]![b] = blockShare
            for (p, pillarWeight) in zip(blocks[b].children, blocks[b].weights) {
                let pillarShare = blockShare * pillarWeight * blocks[b].inverseWeightSum
                shares[.pillar]![p] = pillarShare
                for (g, groupWeight) in zip(pillars[p].children, pillars[p].weights) {
                    let groupShare = pillarShare * groupWeight * pillars[p].inverseWeightSum
                    shares[.group]![g] = groupShare
                    for (i, indicatorWeight) in zip(groups[g].children, groups[g].weights) {
                        shares[.indicator]![i] = groupShare * indicatorWeight * groups[g].inverseWeightSum
                    }
                }
            }
        }
        return shares[level]!
    }
}
