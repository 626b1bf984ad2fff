import Foundation
import PIIIndex

/// Reads the framework CSV: `code,level,parent,name_vi,name_en,unit,direction,weight,treatment`
/// and optionally `unit_vi,goalpost_low,goalpost_high,domain_min,domain_max,owner,status`
/// (see `docs/data-formats.md`).
public enum FrameworkFile {
    static let required = ["code", "level", "parent", "name_vi", "name_en", "unit", "direction", "weight", "treatment"]
    static let optional = ["unit_vi", "goalpost_low", "goalpost_high", "domain_min", "domain_max", "owner", "status"]

    public static func load(url: URL, file: String? = nil, decimalComma: Bool? = nil) throws -> Framework {
        try parse(InputTable.first(url: url, file: file ?? url.path, decimalComma: decimalComma))
    }

    public static func load(text: String, file: String) throws -> Framework {
        try parse(InputTable(text: text, file: file))
    }

    static func parse(_ table: InputTable) throws -> Framework {
        try table.requireColumns(required, optional: optional)
        var nodes: [FrameworkNode] = []
        var lineOfCode: [String: Int] = [:]
        for record in table.records {
            let node = try parseNode(record, table)
            if lineOfCode[node.code] == nil { lineOfCode[node.code] = record.line }
            nodes.append(node)
        }
        do {
            return try Framework(nodes: nodes)
        } catch let error as FrameworkError {
            // A duplicate code is reported at its second occurrence, anything else at its line.
            var line = error.code.flatMap { lineOfCode[$0] }
            if error.field == "code", let code = error.code {
                line = table.records.filter { table.value($0, "code") == code }.dropFirst().first?.line ?? line
            }
            throw InputError(file: table.file, line: line, field: error.field, message: error.message)
        }
    }

    private static func parseNode(_ record: InputTable.Record, _ table: InputTable) throws -> FrameworkNode {
        let code = table.value(record, "code")
        guard !code.isEmpty else { throw table.error(record, "code", .emptyCode) }
        guard let level = NodeLevel(rawValue: table.value(record, "level").lowercased()) else {
            throw table.error(record, "level", .notALevel(quoted(table.value(record, "level"))))
        }
        let nameVI = table.value(record, "name_vi")
        guard !nameVI.isEmpty else { throw table.error(record, "name_vi", .noVietnameseName(code)) }
        var node = FrameworkNode(
            code: code, level: level, parent: table.value(record, "parent"), nameVI: nameVI,
            nameEN: table.value(record, "name_en"), unit: table.value(record, "unit"), unitVI: table.value(record, "unit_vi"),
            owner: table.value(record, "owner"), status: table.value(record, "status"))
        let direction = table.value(record, "direction")
        // A workbook may hold the direction as a number cell ("1.0").
        switch direction.isEmpty ? 1 : Double(direction) {
        case 1: node.direction = 1
        case -1: node.direction = -1
        default:
            throw table.error(record, "direction", .notADirection(quoted(direction)))
        }
        if let weight = try number(record, "weight", table) {
            guard weight > 0 else {
                throw table.error(record, "weight", .weightNotPositive(table.value(record, "weight")))
            }
            node.weight = weight
        }
        let treatment = table.value(record, "treatment").lowercased()
        if !treatment.isEmpty {
            guard let parsed = OutlierTreatment(rawValue: treatment) else {
                throw table.error(record, "treatment", .notATreatment(quoted(treatment)))
            }
            node.treatment = parsed
        }
        let low = try number(record, "goalpost_low", table), high = try number(record, "goalpost_high", table)
        switch (low, high) {
        case let (low?, high?): node.goalposts = Goalposts(low: low, high: high)
        case (nil, nil): break
        default:
            throw table.error(record, low == nil ? "goalpost_low" : "goalpost_high", .bothGoalposts)
        }
        node.domain = Domain(min: try number(record, "domain_min", table), max: try number(record, "domain_max", table))
        return node
    }

    private static func number(_ record: InputTable.Record, _ column: String, _ table: InputTable) throws -> Double? {
        switch table.number(table.value(record, column)) {
        case .empty: return nil
        case .number(let value): return value
        case .invalid(let message): throw table.error(record, column, message)
        }
    }
}
