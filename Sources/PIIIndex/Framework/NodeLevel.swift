/// A level of the index tree below the index itself.
///
/// The tree always has this shape: the index (code `PII`) is the mean of its blocks, a block
/// of its pillars, a pillar of its groups and a group of its indicators. How many nodes each
/// level holds is data.
public enum NodeLevel: String, Sendable, CaseIterable, Comparable {
    case block, pillar, group, indicator

    /// The level a node of this level must hang under; `nil` for a block, which hangs under
    /// the index.
    public var parentLevel: NodeLevel? {
        switch self {
        case .block: nil
        case .pillar: .block
        case .group: .pillar
        case .indicator: .group
        }
    }

    private var depth: Int {
        switch self {
        case .block: 1
        case .pillar: 2
        case .group: 3
        case .indicator: 4
        }
    }

    public static func < (lhs: NodeLevel, rhs: NodeLevel) -> Bool { lhs.depth < rhs.depth }
}
