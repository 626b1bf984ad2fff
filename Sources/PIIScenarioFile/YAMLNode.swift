import PIIData
import PIIIndex
import Yams

/// A YAML node with where it came from, and typed readers that fail with the file, the line
/// and the key path, what was wrong and what is expected.
struct YAMLNode {
    let node: Node
    let file: String
    /// The key path, such as `interventions[2].effects[0].change`.
    let path: String

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> InputError {
        InputError(file: file, line: line, field: path.isEmpty ? nil : path, message: message)
    }

    /// The entries of a mapping, in order; every key must be one of `allowed`.
    func mapping(allowed: [String]) throws -> [(key: String, value: YAMLNode)] {
        guard let mapping = node.mapping else {
            throw error("expected a mapping of keys (such as `key: value`), found \(describe)")
        }
        var entries: [(String, YAMLNode)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw YAMLNode(node: key, file: file, path: path).error("a key must be text")
            }
            let child = YAMLNode(node: value, file: file, path: path.isEmpty ? name : "\(path).\(name)")
            guard allowed.contains(name) else {
                let hint = closestMatch(to: name, among: allowed).map { " (did you mean \($0)?)" } ?? ""
                throw YAMLNode(node: key, file: file, path: child.path)
                    .error("unknown key \(quoted(name))\(hint); the keys here are \(allowed.joined(separator: ", "))")
            }
            if entries.contains(where: { $0.0 == name }) {
                throw YAMLNode(node: key, file: file, path: child.path).error("the key \(quoted(name)) appears twice")
            }
            entries.append((name, child))
        }
        return entries
    }

    func sequence() throws -> [YAMLNode] {
        guard let sequence = node.sequence else {
            throw error("expected a list (lines starting with `- `), found \(describe)")
        }
        return sequence.enumerated().map { YAMLNode(node: $1, file: file, path: "\(path)[\($0)]") }
    }

    func string() throws -> String {
        guard let scalar = node.scalar else { throw error("expected text, found \(describe)") }
        return scalar.string
    }

    func integer() throws -> Int {
        guard node.scalar != nil, let value = node.int else {
            throw error("expected a whole number, found \(describe)")
        }
        return value
    }

    func number() throws -> Double {
        guard node.scalar != nil, let value = node.float, value.isFinite else {
            throw error("expected a number, found \(describe)")
        }
        return value
    }

    func boolean() throws -> Bool {
        guard node.scalar != nil, let value = node.bool else {
            throw error("expected true or false, found \(describe)")
        }
        return value
    }

    private var describe: String {
        switch node {
        case .scalar(let scalar): quoted(scalar.string)
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
