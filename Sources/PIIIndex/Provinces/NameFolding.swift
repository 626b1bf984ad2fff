import Foundation

/// Folds a Vietnamese name or code to a lookup key: diacritics removed, lower case, every run
/// of other characters turned into one hyphen. `Ninh Bình`, `Ninh Binh` and `ninh-binh` all
/// fold to `ninh-binh`.
///
/// `Đ`/`đ` are letters of their own with no Unicode decomposition, so stripping combining
/// marks leaves them; they are mapped to `d` explicitly.
public func foldedKey(_ text: String) -> String {
    let decomposed = text.decomposedStringWithCanonicalMapping
    var key = ""
    var pendingHyphen = false
    for scalar in decomposed.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        let letter: Character
        switch scalar {
        case "Đ", "đ": letter = "d"
        default:
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else {
                pendingHyphen = true
                continue
            }
            letter = Character(String(scalar).lowercased())
        }
        if pendingHyphen, !key.isEmpty { key.append("-") }
        pendingHyphen = false
        key.append(letter)
    }
    return key
}

/// The Levenshtein distance between two folded keys, for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// The candidate closest to `text` after folding, when it is close enough to be a likely typo.
public func closestMatch(to text: String, among candidates: [String]) -> String? {
    let key = foldedKey(text)
    let scored = candidates.map { ($0, editDistance(key, foldedKey($0))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    let tolerance = max(2, key.count / 3)
    return best.1 <= tolerance ? best.0 : nil
}
