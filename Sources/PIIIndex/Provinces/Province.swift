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
/// without diacritics.
public struct ProvinceSet: Sendable {
    public let provinces: [Province]
    private let numberByKey: [String: Int]

    /// - Throws: `ProvinceSetError` when two provinces share an id or fold to the same name.
    public init(_ provinces: [Province]) throws {
        var numberByKey: [String: Int] = [:]
        for (number, province) in provinces.enumerated() {
            for key in Self.keys(of: province) {
                if let other = numberByKey[key], other != number {
                    throw ProvinceSetError(
                        id: province.id,
                        message: "\(province.id) (\(province.name)) cannot be told apart from \(provinces[other].id) (\(provinces[other].name)): both are called '\(key)'")
                }
                numberByKey[key] = number
            }
        }
        self.provinces = provinces
        self.numberByKey = numberByKey
    }

    public var count: Int { provinces.count }

    public subscript(number: Int) -> Province { provinces[number] }

    /// The number of the province called `name`: its id, or its name with or without
    /// diacritics, in any case, with spaces, hyphens or neither (`Ninh Bình`, `Ninh Binh`,
    /// `ninh-binh`, `ninhbinh`). A leading "TP." or "Thành phố" may be left out.
    public func number(of name: String) -> Int? {
        let key = foldedKey(name)
        return numberByKey[key] ?? numberByKey[key.replacingOccurrences(of: "-", with: "")]
    }

    /// A known province name close to `name`, for "did you mean" hints.
    public func suggestion(for name: String) -> String? {
        closestMatch(to: name, among: provinces.map(\.name) + provinces.map(\.id))
    }

    private static func keys(of province: Province) -> Set<String> {
        var keys: Set<String> = [foldedKey(province.id), foldedKey(province.name)]
        let name = foldedKey(province.name)
        for prefix in ["tp-", "thanh-pho-"] where name.hasPrefix(prefix) {
            keys.insert(String(name.dropFirst(prefix.count)))
        }
        for key in keys { keys.insert(key.replacingOccurrences(of: "-", with: "")) }
        return keys
    }
}

public struct ProvinceSetError: Error, Sendable, CustomStringConvertible {
    public var id: String
    public var message: String
    public var description: String { message }
}
