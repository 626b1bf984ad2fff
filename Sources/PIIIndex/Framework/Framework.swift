/// The index tree: blocks, pillars, groups and indicators with their weights, directions and
/// treatments, validated once on construction.
///
/// Nodes keep the order of the framework file: children are aggregated in that order and
/// indicators are numbered in it (`indicators[i]` is indicator number `i` everywhere in the
/// engine).
public struct Framework: Sendable {
    /// The code of the index itself, the parent of every block.
    public static let rootCode = "PII"

    public let nodes: [FrameworkNode]
    public let blocks: [FrameworkNode]
    public let pillars: [FrameworkNode]
    public let groups: [FrameworkNode]
    public let indicators: [FrameworkNode]

    let structure: IndexStructure
    private let nodeByCode: [String: FrameworkNode]
    private let indicatorNumberByCode: [String: Int]

    /// Validates `nodes` and builds the tree.
    ///
    /// - Throws: `FrameworkError` naming the first node at fault: a duplicate or reserved code,
    ///   an unknown parent, a cycle, a parent on the wrong level, a weight that is not positive,
    ///   a direction other than ±1, unusable goalposts or domain, or a node with no children.
    public init(nodes: [FrameworkNode]) throws {
        try Self.validate(nodes)
        self.nodes = nodes
        blocks = nodes.filter { $0.level == .block }
        pillars = nodes.filter { $0.level == .pillar }
        groups = nodes.filter { $0.level == .group }
        indicators = nodes.filter { $0.level == .indicator }
        nodeByCode = Dictionary(uniqueKeysWithValues: nodes.map { ($0.code, $0) })
        indicatorNumberByCode = Dictionary(
            uniqueKeysWithValues: indicators.enumerated().map { ($1.code, $0) })
        structure = IndexStructure(
            blocks: blocks, pillars: pillars, groups: groups, indicators: indicators)
    }

    public func node(code: String) -> FrameworkNode? { nodeByCode[code] }

    /// The number of the indicator with this code (its position among the indicators).
    public func indicatorNumber(code: String) -> Int? { indicatorNumberByCode[code] }

    /// The nodes of one level, in file order.
    public func nodes(at level: NodeLevel) -> [FrameworkNode] {
        switch level {
        case .block: blocks
        case .pillar: pillars
        case .group: groups
        case .indicator: indicators
        }
    }

    /// Each indicator's share of the index when no value is missing: the product of its
    /// normalised weights up the tree (methodology §2.4). They sum to 1.
    public var effectiveWeights: [Double] { structure.effectiveWeights(at: .indicator) }

    /// Each node's share of the index on a level when no value is missing (a pillar's: its
    /// block's share times its own among the block's pillars).
    public func effectiveWeights(at level: NodeLevel) -> [Double] { structure.effectiveWeights(at: level) }

    /// The first block is the input block and the second the output block; efficiency is
    /// output / input and exists only for a two-block tree.
    public var hasInputOutputBlocks: Bool { blocks.count == 2 }

    private static func validate(_ nodes: [FrameworkNode]) throws {
        var byCode: [String: FrameworkNode] = [:]
        for node in nodes {
            if node.code.isEmpty {
                throw FrameworkError(code: nil, field: "code", message: .emptyNodeCode)
            }
            if node.code == rootCode {
                throw FrameworkError(
                    code: node.code, field: "code",
                    message: .reservedCode(rootCode))
            }
            if byCode[node.code] != nil {
                throw FrameworkError(
                    code: node.code, field: "code",
                    message: .codeTwice(node.code))
            }
            byCode[node.code] = node
        }
        for node in nodes where node.parent != rootCode && byCode[node.parent] == nil {
            throw FrameworkError(
                code: node.code, field: "parent",
                message: .unknownParent(node.code, parent: node.parent))
        }
        try rejectCycles(nodes, byCode: byCode)
        for node in nodes {
            try validateParentLevel(of: node, byCode: byCode)
            try validateValues(of: node)
        }
        var childCount: [String: Int] = [:]
        for node in nodes { childCount[node.parent, default: 0] += 1 }
        for node in nodes where node.level != .indicator && childCount[node.code, default: 0] == 0 {
            throw FrameworkError(
                code: node.code, field: "level",
                message: .noChildren(level: node.level.rawValue, code: node.code))
        }
        if !nodes.contains(where: { $0.level == .block }) {
            throw FrameworkError(code: nil, field: "level", message: .noBlock(rootCode))
        }
    }

    private static func rejectCycles(_ nodes: [FrameworkNode], byCode: [String: FrameworkNode]) throws {
        for node in nodes {
            var path = [node.code]
            var current = node
            while current.parent != rootCode, let parent = byCode[current.parent] {
                if let start = path.firstIndex(of: parent.code) {
                    let cycle = (path[start...] + [parent.code]).joined(separator: " → ")
                    throw FrameworkError(
                        code: node.code, field: "parent",
                        message: .parentCycle(cycle, root: rootCode))
                }
                path.append(parent.code)
                current = parent
            }
        }
    }

    private static func validateParentLevel(of node: FrameworkNode, byCode: [String: FrameworkNode]) throws {
        guard let expected = node.level.parentLevel else {
            if node.parent != rootCode {
                throw FrameworkError(
                    code: node.code, field: "parent",
                    message: .blockUnderIndex(node.code, root: rootCode, parent: node.parent))
            }
            return
        }
        let actual = node.parent == rootCode ? nil : byCode[node.parent].map(\.level.rawValue) ?? "?"
        if node.parent == rootCode || byCode[node.parent]?.level != expected {
            throw FrameworkError(
                code: node.code, field: "parent",
                message: .wrongParentLevel(level: node.level.rawValue, code: node.code, parent: node.parent, actual: actual, expected: expected.rawValue))
        }
    }

    private static func validateValues(of node: FrameworkNode) throws {
        guard node.weight.isFinite, node.weight > 0 else {
            throw FrameworkError(
                code: node.code, field: "weight",
                message: .badWeight(node.code, "\(node.weight)"))
        }
        guard node.direction == 1 || node.direction == -1 else {
            throw FrameworkError(
                code: node.code, field: "direction",
                message: .badDirection(node.code, "\(node.direction)"))
        }
        if let goalposts = node.goalposts {
            guard goalposts.low.isFinite, goalposts.high.isFinite, goalposts.low < goalposts.high else {
                throw FrameworkError(
                    code: node.code, field: "goalpost_low",
                    message: .badGoalposts(node.code, "\(goalposts.low)–\(goalposts.high)"))
            }
        }
        if let low = node.domain.min, let high = node.domain.max, !(low <= high) {
            throw FrameworkError(
                code: node.code, field: "domain_min",
                message: .badDomain(node.code, "\(low)–\(high)"))
        }
    }
}
