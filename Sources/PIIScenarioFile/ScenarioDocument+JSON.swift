import Foundation
import PIIData
import Yams

extension ScenarioDocument {
    /// A scenario given as JSON (the fields of a scenario file, as `pii serve`'s pages send
    /// it) written as the YAML file it stands for: the top mapping and the lists as blocks,
    /// a mapping of plain values (a milestone, an effect) on one line. `parse` reads the text
    /// back, so that what a page runs and what it saves are one text.
    ///
    /// - Parameter comment: lines written at the top, as YAML comments.
    /// - Throws: `InputError` naming `file` and the line when the text is not JSON or YAML.
    public static func yaml(fromJSON text: String, file: String, comment: [String] = []) throws -> String {
        try YAMLLimits.check(text, file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw InputError(file: file, message: .emptyScenario) }
            root = node
        } catch let error as YamlError {
            throw describe(error, file: file)
        }
        guard root.mapping != nil else { throw InputError(file: file, message: .notAScenarioMapping) }
        let body = try Yams.serialize(node: blocks(root, top: true), width: -1, allowUnicode: true, sortKeys: false)
        return comment.map { "# " + $0 + "\n" }.joined() + body
    }

    private static func blocks(_ node: Node, top: Bool = false) -> Node {
        switch node {
        case .mapping(let mapping):
            // Keys as a person writes them (`province:`, not `"province":`).
            let entries = mapping.map { entry in
                (entry.key.string.map { Node($0, Tag(.str), .plain) } ?? entry.key, blocks(entry.value))
            }
            let flat = mapping.allSatisfy { $0.value.scalar != nil }
            return .mapping(.init(entries, mapping.tag, flat && !top && !entries.isEmpty ? .flow : .block))
        case .sequence(let sequence):
            return .sequence(.init(sequence.map { blocks($0) }, sequence.tag, .block))
        default:
            return node
        }
    }
}
