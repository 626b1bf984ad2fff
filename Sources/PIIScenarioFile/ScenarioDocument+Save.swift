import Foundation
import PIIData
import PIIIndex
import PIISimulation
import Yams

extension ScenarioDocument {
    /// The scenario file at `file` rewritten with other measures for the focus province: its
    /// own measures are replaced by `measures`, the rivals' are kept as written, data paths
    /// become absolute (the new file may live elsewhere), and `milestones` (with `horizon`)
    /// replace the file's when given. The text is YAML that `load` reads back.
    ///
    /// - Parameters:
    ///   - focus: the province the measures are for; when it is not the file's, the file's
    ///     own measures stay in as that province's.
    ///   - comment: lines written at the top, as YAML comments.
    public static func replacingMeasures(
        in file: String, focus: Int, data: DataSet, name: String, measures: [Intervention],
        milestones: (horizon: Int, entries: [Milestone])? = nil, comment: [String]
    ) throws -> String {
        let document = try load(path: file)
        guard let root = try Yams.compose(yaml: String(contentsOfFile: file, encoding: .utf8)), var mapping = root.mapping else {
            throw InputError(file: file, message: .notAScenarioMapping)
        }
        let provinces = data.provinces
        let fileFocus = try document.province.map { try province($0, in: provinces) }
        let ownID = provinces[focus].id
        var kept: [Node] = []
        for node in mapping["interventions"]?.sequence ?? [] {
            let written = node.mapping?["province"]?.string.flatMap(provinces.number(of:)) ?? fileFocus
            guard written != focus else { continue }
            var measure = node
            if node.mapping?["province"] == nil, let fileFocus, var entries = node.mapping {
                entries["province"] = Node(provinces[fileFocus].id)
                measure = .mapping(entries)
            }
            kept.append(measure)
        }
        mapping["name"] = Node(name)
        mapping["province"] = Node(ownID)
        for (key, path) in [("data", document.paths.panel), ("framework", document.paths.framework),
                            ("provinces", document.paths.provinces), ("costs", document.costs)] {
            if let path { mapping[key] = Node(URL(fileURLWithPath: path).standardizedFileURL.path) }
        }
        if let milestones {
            mapping["horizon"] = Node(String(milestones.horizon))
            mapping["milestones"] = .sequence(.init(milestones.entries.map { node(for: $0) }))
        }
        mapping["interventions"] = .sequence(.init(kept + measures.map { node(for: $0, framework: data.framework) }))
        let body = try Yams.serialize(node: .mapping(mapping), width: -1, allowUnicode: true, sortKeys: false)
        return comment.map { "# " + $0 + "\n" }.joined() + body
    }

    private static func node(for milestone: Milestone) -> Node {
        var entries: [(Node, Node)] = [(Node("year"), Node(String(milestone.year)))]
        switch milestone.condition {
        case .rankAtMost(let k): entries.append((Node("rank_at_most"), Node(String(k))))
        case .betterThanPreviousYear(let k): entries.append((Node("better_than_previous_year"), Node(String(k))))
        default: break
        }
        return .mapping(.init(entries, .implicit, .flow))
    }

    private static func node(for measure: Intervention, framework: Framework) -> Node {
        let effects = measure.effects.map { effect -> Node in
            guard case .absolute(let amount) = effect.change else { preconditionFailure("pathway measures are absolute changes") }
            return .mapping(.init([
                (Node("indicator"), Node(framework.indicators[effect.indicator].code, Tag(.str), .doubleQuoted)),
                (Node("change"), Node(number(amount))),
            ], .implicit, .flow))
        }
        return .mapping(.init([
            (Node("id"), Node(measure.id)),
            (Node("name"), Node(measure.name)),
            (Node("owner"), Node(measure.owner)),
            (Node("effects"), .sequence(.init(effects))),
            (Node("start"), Node(String(measure.start))),
            (Node("cost"), Node(number(measure.cost))),
        ]))
    }

    /// Shortest text that reads back as the same double.
    private static func number(_ value: Double) -> String {
        let text = "\(value)"
        return text.contains("e") || text.contains(".") ? text : text + ".0"
    }
}
