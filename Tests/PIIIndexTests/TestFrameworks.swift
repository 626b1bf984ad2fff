@testable import PIIIndex

/// Small frameworks for hand-computed cases.
enum TestFrameworks {
    struct IndicatorSpec {
        var code: String
        var group: String = "G1"
        var direction = 1
        var weight = 1.0
        var treatment = OutlierTreatment.gii
        var goalposts: Goalposts? = nil
    }

    /// Two blocks (I with pillar P1, O with pillar P2), each pillar one group (G1 under P1,
    /// G2 under P2) unless `groups` says otherwise, and the given indicators.
    static func make(
        _ indicators: [IndicatorSpec],
        groups: [(code: String, pillar: String, weight: Double)] = [("G1", "P1", 1), ("G2", "P2", 1)],
        pillars: [(code: String, block: String, weight: Double)] = [("P1", "I", 1), ("P2", "O", 1)]
    ) throws -> Framework {
        var nodes = [
            FrameworkNode(code: "I", level: .block, parent: "PII", nameVI: "Đầu vào", nameEN: "Input"),
            FrameworkNode(code: "O", level: .block, parent: "PII", nameVI: "Đầu ra", nameEN: "Output"),
        ]
        for pillar in pillars {
            nodes.append(FrameworkNode(code: pillar.code, level: .pillar, parent: pillar.block, nameVI: pillar.code, weight: pillar.weight))
        }
        for group in groups {
            nodes.append(FrameworkNode(code: group.code, level: .group, parent: group.pillar, nameVI: group.code, weight: group.weight))
        }
        for spec in indicators {
            nodes.append(FrameworkNode(
                code: spec.code, level: .indicator, parent: spec.group, nameVI: spec.code,
                direction: spec.direction, weight: spec.weight, treatment: spec.treatment,
                goalposts: spec.goalposts))
        }
        return try Framework(nodes: nodes)
    }

    /// A framework of `indicatorCount` indicators spread over blocks, pillars and `groups`
    /// groups of uneven sizes and weights, for randomised comparisons.
    static func random(
        indicatorCount: Int, groups: Int = 9, using generator: inout some RandomNumberGenerator
    ) throws -> Framework {
        var nodes = [
            FrameworkNode(code: "I", level: .block, parent: "PII", nameVI: "I"),
            FrameworkNode(code: "O", level: .block, parent: "PII", nameVI: "O", weight: 1.5),
        ]
        let pillars = min(5, groups)
        for p in 0..<pillars {
            nodes.append(FrameworkNode(code: "P\(p)", level: .pillar, parent: p < (pillars + 1) / 2 ? "I" : "O", nameVI: "P\(p)",
                                       weight: Double(Int.random(in: 1...3, using: &generator))))
        }
        for g in 0..<groups {
            nodes.append(FrameworkNode(code: "G\(g)", level: .group, parent: "P\(g % pillars)", nameVI: "G\(g)",
                                       weight: Double.random(in: 0.5...2, using: &generator)))
        }
        for i in 0..<indicatorCount {
            let treatment: OutlierTreatment = i % 7 == 3 ? .none : .gii
            let goalposts: Goalposts? = i % 11 == 5 ? Goalposts(low: 0.5, high: 4) : nil
            nodes.append(FrameworkNode(
                code: "X\(i)", level: .indicator, parent: "G\(i % groups)", nameVI: "X\(i)",
                direction: i % 4 == 1 ? -1 : 1, weight: Double.random(in: 0.5...3, using: &generator),
                treatment: treatment, goalposts: goalposts))
        }
        return try Framework(nodes: nodes)
    }
}

