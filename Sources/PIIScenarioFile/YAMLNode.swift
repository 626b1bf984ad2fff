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

    func error(_ message: Phrase) -> InputError {
        InputError(file: file, line: line, field: path.isEmpty ? nil : path, message: message)
    }

    /// The entries of a mapping, in order; every key must be one of `allowed`.
    func mapping(allowed: [String]) throws -> [(key: String, value: YAMLNode)] {
        guard let mapping = node.mapping else {
            throw error(.expectedMapping(found: describe))
        }
        var entries: [(String, YAMLNode)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw YAMLNode(node: key, file: file, path: path).error(.keyMustBeText)
            }
            let child = YAMLNode(node: value, file: file, path: path.isEmpty ? name : "\(path).\(name)")
            guard allowed.contains(name) else {
                let hint = closestMatch(to: name, among: allowed).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
                throw YAMLNode(node: key, file: file, path: child.path)
                    .error(.unknownKey(quoted(name), hint: hint, allowed: allowed.joined(separator: ", ")))
            }
            if entries.contains(where: { $0.0 == name }) {
                throw YAMLNode(node: key, file: file, path: child.path).error(.keyTwice(quoted(name)))
            }
            entries.append((name, child))
        }
        return entries
    }

    func sequence() throws -> [YAMLNode] {
        guard let sequence = node.sequence else {
            throw error(.expectedList(found: describe))
        }
        return sequence.enumerated().map { YAMLNode(node: $1, file: file, path: "\(path)[\($0)]") }
    }

    func string() throws -> String {
        guard let scalar = node.scalar else { throw error(.expectedText(found: describe)) }
        return scalar.string
    }

    func integer() throws -> Int {
        guard node.scalar != nil, let value = node.int else {
            throw error(.expectedWholeNumber(found: describe))
        }
        return value
    }

    func number() throws -> Double {
        guard node.scalar != nil, let value = node.float, value.isFinite else {
            throw error(.expectedNumber(found: describe))
        }
        return value
    }

    func boolean() throws -> Bool {
        guard node.scalar != nil, let value = node.bool else {
            throw error(.expectedBoolean(found: describe))
        }
        return value
    }

    private var describe: Phrase {
        switch node {
        case .scalar(let scalar): Phrase(verbatim: quoted(scalar.string))
        case .mapping: .aMapping
        case .sequence: .aList
        case .alias: .anAlias
        }
    }
}
