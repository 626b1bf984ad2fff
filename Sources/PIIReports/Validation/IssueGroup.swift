import PIIData
import PIIIndex

/// A run of problems that say the same thing on consecutive lines of one file, printed as one
/// line: "panel.csv:2–5101: value: 5,100 × '89,7' uses a comma…" instead of 5,100 lines.
///
/// Two messages say the same thing when they differ only in what they quote and in numbers
/// ("'89,7' uses a comma" and "'91,2' uses a comma").
struct IssueGroup {
    var first: DataIssue
    var lastLine: Int?
    var count: Int

    static func runs(of issues: [DataIssue]) -> [IssueGroup] {
        var groups: [IssueGroup] = []
        var shapes: [String] = []
        for issue in issues {
            let shape = Self.shape(issue)
            if let last = groups.indices.last, shapes[last] == shape {
                groups[last].count += 1
                groups[last].lastLine = issue.location.line
            } else {
                groups.append(IssueGroup(first: issue, lastLine: issue.location.line, count: 1))
                shapes.append(shape)
            }
        }
        return groups
    }

    /// The kind, file, field and the message with quotations and digits taken out.
    private static func shape(_ issue: DataIssue) -> String {
        var message = ""
        var inQuote = false
        for character in issue.location.message.en {
            if character == "'" { inQuote.toggle(); continue }
            if inQuote || character.isNumber { continue }
            message.append(character)
        }
        return [issue.kind.rawValue, issue.location.file, issue.location.sheet ?? "", issue.location.field ?? "", message].joined(separator: "\u{1F}")
    }

    func text(_ language: Language) -> String {
        guard count > 1, let line = first.location.line, let lastLine else { return first.location.text(language) }
        var location = first.location
        location.line = nil
        location.column = nil
        let head = location.place + ":\(line)–\(lastLine)" + (location.field.map { ": \($0)" } ?? "")
        return "\(head): \(Label.alikeFirst.filled(language, [String(count)])): \(first.location.message.text(language))"
    }
}
