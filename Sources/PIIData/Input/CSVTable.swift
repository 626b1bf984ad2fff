import CSV
import Foundation
import PIIIndex

/// A CSV file read whole: a header and records, each record with the line it starts on.
///
/// Official exports come from Excel: a UTF-8 byte-order mark, CRLF line ends and quoted names
/// that contain commas or line breaks. CSV.swift parses the quoting; this type strips the
/// mark, skips blank lines and keeps line numbers for messages.
public struct CSVTable {
    public struct Record {
        public var line: Int
        public var fields: [String]
    }

    public let file: String
    public let header: [String]
    public let records: [Record]

    /// Reads `url`; `file` is the name used in messages.
    public init(url: URL, file: String) throws {
        let data: Data
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw InputError(file: file, message: "is a folder, expected a CSV file")
        }
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(file: file, message: "cannot read the file (\(Self.reason(error))); check the path")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: file, message: "the file is not UTF-8 text; save it as \"CSV UTF-8\"")
        }
        try self.init(text: text, file: file)
    }

    public init(text: String, file: String) throws {
        self.file = file
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            throw InputError(file: file, line: 1, message: "cannot parse the CSV header")
        }
        var rows: [Record] = []
        var line = 1
        while let fields = reader.next() {
            let breaks = fields.reduce(0) { $0 + $1.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) } }
            if !fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                rows.append(Record(line: line, fields: fields.map { $0.trimmingCharacters(in: .whitespaces) }))
            }
            line += 1 + breaks
        }
        if reader.error != nil {
            throw InputError(file: file, line: line, message: "the CSV cannot be parsed here (unbalanced quotes?)")
        }
        guard let first = rows.first else {
            throw InputError(file: file, message: "the file is empty; it needs a header line and data lines")
        }
        header = first.fields.map { $0.lowercased() }
        records = Array(rows.dropFirst())
        if let duplicate = header.first(where: { name in header.filter { $0 == name }.count > 1 }) {
            throw InputError(file: file, line: 1, field: duplicate, message: "the column \(duplicate) appears twice in the header")
        }
    }

    /// Checks the header — every required column present, no unknown column — and then that
    /// every line has as many fields as the header (a short line would shift its values into
    /// the wrong columns; empty trailing fields beyond the header are harmless).
    public func requireColumns(_ required: [String], optional: [String] = [], allowOthers: Bool = false) throws {
        let expected = (required + optional).joined(separator: ",")
        for column in required where !header.contains(column) {
            throw InputError(
                file: file, line: 1, field: column,
                message: "the header has no column \(column); expected a header such as \(expected)")
        }
        if !allowOthers {
            for column in header where !required.contains(column) && !optional.contains(column) {
                let hint = closestColumn(column, among: required + optional).map { " (did you mean \($0)?)" } ?? ""
                throw InputError(
                    file: file, line: 1, field: column,
                    message: "unknown column \(column)\(hint); expected columns: \(expected)")
            }
        }
        for record in records {
            if record.fields.count < header.count {
                throw InputError(
                    file: file, line: record.line,
                    message: "the line has \(record.fields.count) fields but the header has \(header.count) (\(header.joined(separator: ","))); add the missing ones, empty if unknown")
            }
            if record.fields.count > header.count, record.fields[header.count...].contains(where: { !$0.isEmpty }) {
                throw InputError(
                    file: file, line: record.line,
                    message: "the line has \(record.fields.count) fields but the header has \(header.count); quote values that contain commas")
            }
        }
    }

    private func closestColumn(_ column: String, among candidates: [String]) -> String? {
        nearest(to: column, among: candidates, within: 3).map { candidates[$0] }
    }

    /// The field of `record` under `column`; empty when the record is short.
    public func value(_ record: Record, _ column: String) -> String {
        guard let index = header.firstIndex(of: column), index < record.fields.count else { return "" }
        return record.fields[index]
    }

    public func error(_ record: Record, _ field: String?, _ message: String) -> InputError {
        InputError(file: file, line: record.line, field: field, message: message)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError { return "no such file" }
        return nsError.localizedDescription
    }
}
