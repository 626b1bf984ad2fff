import Foundation

/// A province or centrally-run city scored by the index.
public struct Province: Sendable, Equatable {
    /// A stable ASCII identifier such as `ninh-binh`.
    public var id: String
    /// The name with its diacritics, such as `Ninh Bình`.
    public var name: String
    /// Every other column of the provinces file (region, the old provinces merged into it…),
    /// kept by column name.
    public var attributes: [String: String]

    public init(id: String, name: String, attributes: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.attributes = attributes
    }
}

/// The provinces scored together, in file order, with lookup by id or by name with or
/// without diacritics, by the other names a province goes by (`also_called`: TP.HCM, HCM…),
/// and, for users, by the names of the provinces merged into it (`merged_from`).
public struct ProvinceSet: Sendable {
    public let provinces: [Province]
    private let numberByKey: [String: Int]
    private let formerByKey: [String: FormerProvince]

    /// A province that no longer exists on its own: merged into `into` (in `year` when the
    /// provinces file says so).
    public struct FormerProvince: Sendable, Equatable {
        public var name: String
        public var into: Int
        public var year: String?
    }

    /// "Hà Nam merged into Ninh Bình in 2025", for a message about `former`.
    public func merger(_ former: FormerProvince) -> Phrase {
        .merger(former.name, into: provinces[former.into].name, year: former.year)
    }

    /// - Throws: `ProvinceSetError` when two provinces share an id, a name or another name.
    public init(_ provinces: [Province]) throws {
        var numberByKey: [String: Int] = [:]
        for (number, province) in provinces.enumerated() {
            for key in Self.keys(of: province) {
                if let other = numberByKey[key], other != number {
                    throw ProvinceSetError(
                        id: province.id,
                        message: .provincesAlike("\(province.id) (\(province.name))", "\(provinces[other].id) (\(provinces[other].name))", key: key))
                }
                numberByKey[key] = number
            }
        }
        // A former name claimed by two provinces (a province split between them) stays
        // unresolved: either answer would be a guess.
        var formerByKey: [String: FormerProvince] = [:]
        var ambiguous: Set<String> = []
        for (number, province) in provinces.enumerated() {
            for name in Self.list(province.attributes["merged_from"]) {
                let key = foldedKey(name)
                guard numberByKey[key] == nil, !ambiguous.contains(key) else { continue }
                if formerByKey[key] != nil, formerByKey[key]?.into != number {
                    formerByKey[key] = nil
                    ambiguous.insert(key)
                    continue
                }
                let year = province.attributes["merged_in"].flatMap { $0.isEmpty ? nil : $0 }
                formerByKey[key] = FormerProvince(name: name, into: number, year: year)
            }
        }
        self.provinces = provinces
        self.numberByKey = numberByKey
        self.formerByKey = formerByKey
    }

    public var count: Int { provinces.count }

    public subscript(number: Int) -> Province { provinces[number] }

    /// The number of the province called `name`: its id, its name or another name it goes by,
    /// with or without diacritics, in any case, with spaces, hyphens or neither (`Ninh Bình`,
    /// `Ninh Binh`, `ninh-binh`, `ninhbinh`). A leading "TP.", "Thành phố" or "Tỉnh" may be
    /// added or left out. The names of merged provinces are not matched here: data kept under
    /// such a name belongs to a unit that no longer exists (see `formerProvince(named:)`).
    public func number(of name: String) -> Int? {
        for key in Self.queryKeys(name) {
            if let number = numberByKey[key] { return number }
        }
        return nil
    }

    /// The merged province called `name`, if that is what it is (`Hà Nam` → Ninh Bình).
    public func formerProvince(named name: String) -> FormerProvince? {
        for key in Self.queryKeys(name) {
            if let former = formerByKey[key] { return former }
        }
        return nil
    }

    /// The province a user means by `name`: a current one, or the one a former province merged
    /// into (with that former province, for a note).
    public func match(_ name: String) -> (number: Int, former: FormerProvince?)? {
        if let number = number(of: name) { return (number, nil) }
        return formerProvince(named: name).map { ($0.into, $0) }
    }

    /// A known province name close to `name`, for "did you mean" hints. Names are compared
    /// without diacritics, as Vietnamese is often typed, and also syllable by syllable in any
    /// order (`Binh Ninh`) and by initials (`BRVT` for Bà Rịa - Vũng Tàu); a former province
    /// suggests the province it merged into.
    public func suggestion(for name: String) -> String? {
        let key = foldedKey(name)
        guard !key.isEmpty else { return nil }
        var candidates: [(key: String, number: Int)] = []
        for (candidate, number) in numberByKey { candidates.append((candidate, number)) }
        for (candidate, former) in formerByKey { candidates.append((candidate, former.into)) }
        // Sorted so that ties resolve the same way on every run (dictionary order varies).
        candidates.sort { $0.key < $1.key }
        let compact = key.replacingOccurrences(of: "-", with: "")
        let byInitials = Set(candidates.filter { $0.key.contains("-") && Self.initials($0.key) == compact }.map(\.number))
        if compact.count >= 2, byInitials.count == 1, let number = byInitials.first { return provinces[number].name }
        // Short inputs are held to one edit: "HCM" is not two edits from "Huế".
        let tolerance = compact.count <= 4 ? 1 : max(2, compact.count / 3)
        let sorted = Self.syllablesSorted(key)
        var best: (number: Int, distance: Int)?
        for candidate in candidates where abs(candidate.key.count - key.count) <= tolerance + 2 {
            let distance = min(editDistance(compact, candidate.key.replacingOccurrences(of: "-", with: "")),
                               editDistance(sorted, Self.syllablesSorted(candidate.key)))
            if distance <= tolerance, distance < best?.distance ?? .max { best = (candidate.number, distance) }
        }
        return best.map { provinces[$0.number].name }
    }

    private static func keys(of province: Province) -> Set<String> {
        var keys: Set<String> = [foldedKey(province.id), foldedKey(province.name)]
        for name in list(province.attributes["also_called"]) { keys.insert(foldedKey(name)) }
        for key in keys { keys.insert(withoutPrefix(key)) }
        for key in keys { keys.insert(key.replacingOccurrences(of: "-", with: "")) }
        keys.remove("")
        return keys
    }

    /// The keys a typed name is looked up by, most literal first.
    private static func queryKeys(_ name: String) -> [String] {
        let key = foldedKey(name), bare = withoutPrefix(key)
        return [key, key.replacingOccurrences(of: "-", with: ""), bare, bare.replacingOccurrences(of: "-", with: "")]
    }

    private static let prefixes = ["thanh-pho-", "tp-", "tinh-"]

    private static func withoutPrefix(_ key: String) -> String {
        for prefix in prefixes where key.hasPrefix(prefix) && key.count > prefix.count { return String(key.dropFirst(prefix.count)) }
        return key
    }

    /// A `;`-separated list from the provinces file, trimmed, without empty entries.
    private static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func initials(_ key: String) -> String {
        String(key.split(separator: "-").compactMap(\.first))
    }

    private static func syllablesSorted(_ key: String) -> String {
        key.split(separator: "-").sorted().joined()
    }
}

public struct ProvinceSetError: LocalisedError, Sendable {
    public var id: String
    public var message: Phrase
    public func text(_ language: Language) -> String { message.text(language) }
}
