/// English function words in a text, outside what it quotes ('…', "…", `…`), placeholders
/// (<…>) and codes (anything with a digit, `-`, `_`, `.`, `/`, `=`): the test that a
/// Vietnamese text has no English sentence left in it. Function words, because names of
/// columns, keys and option values (`province`, `value`, `lowest`) are what a user types and
/// stay as they are. Words that are Vietnamese too ("an" in Nghệ An, "in" as in "in ra")
/// are left out.
public enum EnglishWords {
    static let words: Set<String> = [
        "the", "and", "of", "is", "are", "be", "must", "with", "for", "from", "not", "this", "that",
        "cannot", "expected", "unknown", "missing", "show", "see", "information", "should", "was",
        "were", "has", "have", "does", "did", "your", "you", "its", "into", "than", "then",
        "will", "would", "which", "when", "each", "only", "give", "use", "write", "found", "needs",
    ]

    public static func found(in text: String) -> [String] {
        var plain = ""
        var closing: Character?
        for character in text {
            if let end = closing {
                if character == end { closing = nil }
                continue
            }
            switch character {
            case "'", "\"", "`": closing = character
            case "<": closing = ">"
            case "“": closing = "”"
            default: plain.append(character)
            }
        }
        return plain.split(whereSeparator: \.isWhitespace).compactMap { token in
            let word = token.trimmingCharacters(in: "()[]{},;:!?….")
            guard !word.isEmpty, !word.contains(where: { $0.isNumber || "-_./=#$@|\\*+".contains($0) }) else { return nil }
            let lower = word.lowercased()
            return words.contains(lower) ? lower : nil
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
