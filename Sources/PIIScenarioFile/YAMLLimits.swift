import PIIData
import PIIIndex

/// What a scenario file may not hold, checked on its text before YAML is parsed: anchors and
/// aliases (`&name`, `*name`), which let a few hundred bytes expand into gigabytes of nodes
/// (an alias used as a mapping key took minutes to compare), and nesting deeper than any
/// scenario needs, which would exhaust the parser's stack. A scenario is small and written
/// out: neither limit costs a real file anything.
enum YAMLLimits {
    static let deepestNesting = 32
    static let widestIndent = 200

    /// Throws the first anchor, alias or over-deep nesting of `text`, with its line. An anchor
    /// or alias is recognised only where a node can start (after `key: `, `- `, `? `, a flow
    /// bracket or comma, or at the start of a line), not inside a scalar: `R&D` and
    /// `a *b` are text.
    static func check(_ text: String, file: String) throws {
        var line = 1, depth = 0, indent = 0
        var atLineStart = true, nodeStart = true, comment = false
        var quote: Character?
        var previous: Character = "\n"
        var iterator = text.makeIterator()
        var next = iterator.next()
        while let character = next {
            next = iterator.next()
            defer { previous = character }
            let followedBySpace = next.map { $0.isWhitespace } ?? true
            if character == "\n" {
                line += 1
                comment = false
                atLineStart = true
                indent = 0
                if quote == nil { nodeStart = true }
                continue
            }
            if comment { continue }
            if let open = quote {
                if character == open, open == "'" || previous != "\\" { quote = nil }
                continue
            }
            if character == " " || character == "\t" {
                if atLineStart {
                    indent += 1
                    if indent > widestIndent {
                        throw InputError(file: file, line: line, message: .indentTooDeep(widestIndent))
                    }
                }
                continue
            }
            atLineStart = false
            switch character {
            case "#" where previous.isWhitespace:
                comment = true
            case "[", "{":
                depth += 1
                if depth > deepestNesting {
                    throw InputError(file: file, line: line, message: .nestingTooDeep(deepestNesting))
                }
                nodeStart = true
            case "]", "}":
                depth = max(0, depth - 1)
            case ",":
                nodeStart = depth > 0
            case ":" where followedBySpace, "-" where followedBySpace && nodeStart, "?" where followedBySpace && nodeStart:
                nodeStart = true
            case "&" where nodeStart, "*" where nodeStart:
                throw InputError(
                    file: file, line: line,
                    message: .anchorsUnsupported(String(character)))
            case "\"" where nodeStart, "'" where nodeStart:
                quote = character
                nodeStart = false
            default:
                nodeStart = false
            }
        }
    }
}
