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

/// `text` in quotes for a message, cut to its first 40 characters: a message names what was
/// wrong, it does not echo a whole field (a stray megabyte of text included).
public func quoted(_ text: String) -> String {
    text.count <= 40 ? "'\(text)'" : "'\(text.prefix(40))…' (\(text.count) characters)"
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
    let keys = candidates.map(foldedKey)
    return nearest(to: key, among: keys, within: max(2, key.count / 3)).map { candidates[$0] }
}

/// The position of the candidate fewest edits from `text`, if within `tolerance`. Candidates
/// whose length alone puts them further are not compared: a stray megabyte in a field is no
/// typo of a name, and its distance would cost its length times the name's.
public func nearest(to text: String, among candidates: [String], within tolerance: Int) -> Int? {
    let length = text.count
    var best: (position: Int, distance: Int)?
    for (position, candidate) in candidates.enumerated() where abs(candidate.count - length) <= tolerance {
        let distance = editDistance(text, candidate)
        if distance <= tolerance, distance < best?.distance ?? .max { best = (position, distance) }
    }
    return best?.position
}
