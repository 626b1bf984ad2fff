import Foundation
import PIIIndex

/// Reads the provinces CSV: `id,name` and any other columns (region, merged_from…), which
/// are kept as attributes.
public enum ProvincesFile {
    public static func load(url: URL, file: String? = nil) throws -> ProvinceSet {
        try parse(InputTable.first(url: url, file: file ?? url.path))
    }

    public static func load(text: String, file: String) throws -> ProvinceSet {
        try parse(InputTable(text: text, file: file))
    }

    static func parse(_ table: InputTable) throws -> ProvinceSet {
        try table.requireColumns(["id", "name"], allowOthers: true)
        var provinces: [Province] = []
        var lineOfID: [String: Int] = [:]
        for record in table.records {
            let id = table.value(record, "id"), name = table.value(record, "name")
            guard !id.isEmpty else { throw table.error(record, "id", .emptyID) }
            guard !name.isEmpty else { throw table.error(record, "name", .noName(id)) }
            if let first = lineOfID[id] {
                throw table.error(record, "id", .idUsed(id, line: first))
            }
            lineOfID[id] = record.line
            var attributes: [String: String] = [:]
            for column in table.header where column != "id" && column != "name" {
                attributes[column] = table.value(record, column)
            }
            provinces.append(Province(id: id, name: name, attributes: attributes))
        }
        guard !provinces.isEmpty else {
            throw InputError(file: table.file, message: .noProvinceListed)
        }
        do {
            return try ProvinceSet(provinces)
        } catch let error as ProvinceSetError {
            throw InputError(file: table.file, line: lineOfID[error.id], field: "name", message: error.message)
        }
    }
}
