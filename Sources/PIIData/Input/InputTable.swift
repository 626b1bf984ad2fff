import CSV
import Foundation
import PIIIndex

/// A table a user gave, read whole: a CSV file or one sheet of an `.xlsx` workbook, as a
/// header and records, each record with the line (or sheet row) it starts on.
///
/// Official exports come from Excel: a UTF-8 byte-order mark, CRLF line ends, quoted names
/// that contain commas or line breaks and, from a Vietnamese-locale Excel, `;` between fields
/// and a decimal comma (`89,7`). CSV.swift parses the quoting; this type finds the separator
/// from the header line and the decimal mark from the values, strips the mark, skips blank
/// lines and keeps line numbers (or cells) for messages.
public struct InputTable {
    public struct Record {
        public var line: Int
        public var fields: [String]
    }

    /// How numbers in text mark their decimals.
    public enum DecimalMark: Sendable, Equatable {
        /// `89.7` — the CSV convention and pii's own.
        case point
        /// `89,7`, with `.` grouping thousands (`5.049,5`) — Vietnamese-locale Excel.
        case comma
        /// A workbook: numbers are typed cells (`89.7`); a text cell with a decimal comma is
        /// read as one.
        case cells
    }

    public let file: String
    /// The worksheet, for a workbook.
    public let sheet: String?
    /// Column names lowercased (for lookup), and as written (for messages and layouts).
    public let header: [String]
    public let headerText: [String]
    public let headerLine: Int
    public let records: [Record]
    public let decimalMark: DecimalMark
    /// The field separator of a CSV file (nil for a sheet).
    public let separator: Character?

    /// The separator and decimal mark, when they are not the plain CSV ones (for "read as").
    public var conventions: Phrase {
        var parts: [Phrase] = []
        switch separator {
        case ";": parts.append(.separatedBySemicolons)
        case "\t": parts.append(.separatedByTabs)
        default: break
        }
        if decimalMark == .comma { parts.append(.decimalCommaUsed) }
        return parts.isEmpty ? Phrase(verbatim: "") : Phrase(verbatim: "; ") + .joined(parts, separator: ", ")
    }

    /// The bytes of the file at `url` (a pipe such as /dev/stdin too), or what to check.
    static func contents(of url: URL, file: String) throws -> Data {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw InputError(file: file, message: .isAFolder)
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            let reason: Phrase = FileManager.default.fileExists(atPath: url.path) ? .permissionDenied : .noSuchFile
            throw InputError(file: file, message: .cannotRead(reason))
        }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw InputError(file: file, message: .cannotRead(Self.reason(error)))
        }
    }

    /// A CSV file's table from its bytes; `file` is the name used in messages.
    init(data: Data, file: String, decimalComma: Bool? = nil) throws {
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: file, message: .notUTF8)
        }
        try self.init(text: text, file: file, decimalComma: decimalComma)
    }

    public init(text: String, file: String, decimalComma: Bool? = nil) throws {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let separator = Self.separator(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: separator)
        } catch {
            throw InputError(file: file, line: 1, message: .cannotParseHeader)
        }
        var rows: [Record] = []
        var line = 1
        while let fields = reader.next() {
            let breaks = fields.reduce(0) { $0 + $1.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) } }
            if !fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) {
                rows.append(Record(line: line, fields: fields.map { $0.trimmingSpaces }))
            }
            line += 1 + breaks
        }
        if reader.error != nil {
            throw InputError(file: file, line: line, message: .unbalancedQuotes)
        }
        guard let first = rows.first else {
            throw InputError(file: file, message: .emptyFile)
        }
        let records = Array(rows.dropFirst())
        let mark = try decimalComma.map { $0 ? DecimalMark.comma : .point }
            ?? Self.decimalMark(records, header: first.fields, separator: separator, file: file)
        try self.init(file: file, sheet: nil, headerRow: first, records: records, decimalMark: mark,
                      separator: Character(separator))
    }

    /// A worksheet's rows; the header is the first row with two or more different values (a
    /// title above the table, in one cell or merged across it, is skipped).
    init(sheet: Worksheet, file: String) throws {
        let rows = sheet.rows.enumerated().compactMap { r, cells -> Record? in
            cells.allSatisfy(\.isEmpty) ? nil : Record(line: r + 1, fields: cells)
        }
        // A title merged across the table shows its text in every cell: one distinct value.
        let isTitle = { (record: Record) in Set(record.fields.filter { !$0.isEmpty }).count < 2 }
        guard let headerIndex = rows.firstIndex(where: { !isTitle($0) }) else {
            throw InputError(file: file, message: .emptySheet, sheet: sheet.name)
        }
        let width = rows[headerIndex].fields.count
        let records = rows[(headerIndex + 1)...].map { record in
            // A sheet leaves out trailing empty cells: short rows are padded. Cells beyond the
            // header's columns are kept, so that a value there is reported.
            Record(line: record.line, fields: record.fields.count < width
                ? record.fields + Array(repeating: "", count: width - record.fields.count) : record.fields)
        }
        // Typed numbers need no decimal mark, and a text cell with a comma is read as a decimal
        // comma anyway: `--decimal-comma` changes nothing here.
        try self.init(file: file, sheet: sheet.name, headerRow: rows[headerIndex], records: Array(records),
                      decimalMark: .cells, separator: nil)
    }

    private init(
        file: String, sheet: String?, headerRow: Record, records: [Record], decimalMark: DecimalMark, separator: Character?
    ) throws {
        self.file = file
        self.separator = separator
        self.sheet = sheet
        headerText = headerRow.fields
        header = headerRow.fields.map { $0.lowercased() }
        headerLine = headerRow.line
        self.records = records
        self.decimalMark = decimalMark
        var seen: Set<String> = []
        for name in header where !name.isEmpty {
            guard seen.insert(name).inserted else {
                throw InputError(file: file, line: headerLine, field: name, message: .columnTwice(name),
                                 sheet: sheet, column: header.firstIndex(of: name).map { $0 + 1 })
            }
        }
    }

    /// Reads a CSV file, or every sheet of a workbook. The path may name one sheet after
    /// `#`: `panel.xlsx#2025`.
    public static func read(url: URL, file: String, decimalComma: Bool? = nil) throws -> [InputTable] {
        var url = url, file = file, sheet: String?
        if let hash = url.path.lastIndex(of: "#"), !FileManager.default.fileExists(atPath: url.path) {
            sheet = String(url.path[url.path.index(after: hash)...])
            url = URL(fileURLWithPath: String(url.path[..<hash]))
            if file.hasSuffix("#" + sheet!) { file = String(file.dropLast(sheet!.count + 1)) }
        }
        return try read(data: contents(of: url, file: file), file: file, sheet: sheet,
                        isWorkbookName: isWorkbookName(url.pathExtension), decimalComma: decimalComma)
    }

    /// Reads a CSV file or every sheet of a workbook given in memory (an upload), `sheet` alone
    /// when given; `name` is what messages call it, and its extension says whether it must be
    /// a workbook.
    public static func read(data: Data, name: String, sheet: String? = nil, decimalComma: Bool? = nil) throws -> [InputTable] {
        try read(data: data, file: name, sheet: sheet, isWorkbookName: isWorkbookName((name as NSString).pathExtension),
                 decimalComma: decimalComma)
    }

    private static func isWorkbookName(_ pathExtension: String) -> Bool {
        ["xlsx", "xlsm", "xls"].contains(pathExtension.lowercased())
    }

    private static func read(data: Data, file: String, sheet: String?, isWorkbookName: Bool, decimalComma: Bool?) throws -> [InputTable] {
        switch WorkbookReader.kind(of: data) {
        case .zip, .compoundDocument:
            return try WorkbookReader.read(data: data, file: file, only: sheet).compactMap { worksheet in
                // An empty sheet is left out when the workbook has others.
                if worksheet.rows.isEmpty && sheet == nil { return nil }
                return try InputTable(sheet: worksheet, file: file)
            }.nonEmpty(orThrow: InputError(file: file, message: .everySheetEmpty))
        case .other where isWorkbookName:
            throw WorkbookReader.notAWorkbook(file)
        case .other:
            if let sheet {
                throw InputError(file: file, message: .sheetOfNonWorkbook(sheet))
            }
            return [try InputTable(data: data, file: file, decimalComma: decimalComma)]
        }
    }

    /// The first table at `url` (the first sheet of a workbook, or the one after `#`).
    public static func first(url: URL, file: String, decimalComma: Bool? = nil) throws -> InputTable {
        try read(url: url, file: file, decimalComma: decimalComma)[0]
    }

    /// The separator the header line uses: `;` or a tab when they outnumber commas there.
    static func separator(_ text: String) -> UnicodeScalar {
        var commas = 0, semicolons = 0, tabs = 0, quoted = false
        header: for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            switch scalar {
            case "\n": break header
            case ",": commas += 1
            case ";": semicolons += 1
            case "\t": tabs += 1
            default: break
            }
        }
        return tabs > max(commas, semicolons) ? "\t" : semicolons > commas ? ";" : ","
    }

    /// The decimal mark of a `;`- or tab-separated file, from its values: a comma when
    /// numbers are written `89,7` and none `89.7`; a point otherwise. Both at once is
    /// ambiguous (`5.049` may be 5,049 or 5.049) and refused with one message.
    /// Codes and names (`1.1`, `6.1.1`) are not numbers and are left out.
    static func decimalMark(_ records: [Record], header: [String], separator: UnicodeScalar, file: String) throws -> DecimalMark {
        guard separator != "," else { return .point }
        let textColumns: Set<String> = ["code", "parent", "indicator", "id", "province", "name", "name_vi", "name_en", "unit", "owner", "status", "level", "note"]
        let numeric = header.map { !textColumns.contains($0.lowercased()) }
        var comma: (count: Int, first: (Int, String)?) = (0, nil), point: (count: Int, first: (Int, String)?) = (0, nil)
        for record in records {
            for (c, field) in record.fields.enumerated() where c >= numeric.count || numeric[c] {
                guard field.contains(where: \.isNumber) else { continue }
                if field.contains(","), NumberText.parse(field, mark: .comma).isNumber {
                    comma.count += 1
                    if comma.first == nil { comma.first = (record.line, field) }
                } else if field.contains("."), Double(field) != nil {
                    point.count += 1
                    if point.first == nil { point.first = (record.line, field) }
                }
            }
        }
        guard comma.count > 0 else { return .point }
        guard point.count > 0, let c = comma.first, let p = point.first else { return .comma }
        throw InputError(file: file, message: .ambiguousDecimalMark(
            commas: comma.count, firstComma: (c.0, quoted(c.1)), points: point.count, firstPoint: (p.0, quoted(p.1))))
    }

    /// Checks the header — every required column present, no unknown column — and then that
    /// every line has as many fields as the header (a short line would shift its values into
    /// the wrong columns; empty trailing fields beyond the header are harmless).
    /// `shown` is the header the messages suggest (by default the columns in the order given).
    public func requireColumns(_ required: [String], optional: [String] = [], allowOthers: Bool = false, shown: String? = nil) throws {
        let expected = shown ?? (required + optional).joined(separator: ",")
        for column in required where !header.contains(column) {
            throw headerError(column, .missingColumn(column, expected: expected))
        }
        if !allowOthers {
            for column in header where !required.contains(column) && !optional.contains(column) {
                let hint = closestColumn(column, among: required + optional).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
                throw headerError(column, .unknownColumn(column, hint: hint, expected: expected))
            }
        }
        try requireFullRecords()
    }

    /// Every line as long as the header, and no value beyond it.
    func requireFullRecords() throws {
        let separator = sheet == nil ? "," : " | "
        for record in records {
            if record.fields.count < header.count {
                throw InputError(
                    file: file, line: record.line,
                    message: .shortLine(fields: record.fields.count, header: header.count, columns: headerText.joined(separator: separator)))
            }
            if record.fields.count > header.count, let extra = record.fields[header.count...].firstIndex(where: { !$0.isEmpty }) {
                throw InputError(
                    file: file, line: record.line,
                    message: sheet == nil
                        ? .longLine(fields: record.fields.count, header: header.count)
                        : .valueBeyondHeader,
                    sheet: sheet, column: extra + 1)
            }
        }
    }

    func headerError(_ column: String, _ message: Phrase) -> InputError {
        InputError(file: file, line: headerLine, field: column, message: message,
                   sheet: sheet, column: sheet == nil ? nil : header.firstIndex(of: column).map { $0 + 1 })
    }

    private func closestColumn(_ column: String, among candidates: [String]) -> String? {
        nearest(to: column, among: candidates, within: 3).map { candidates[$0] }
    }

    /// The field of `record` under `column`; empty when the record is short.
    public func value(_ record: Record, _ column: String) -> String {
        guard let index = header.firstIndex(of: column), index < record.fields.count else { return "" }
        return record.fields[index]
    }

    /// The number in `text`, written with this table's decimal mark.
    func number(_ text: String) -> NumberText.Parsed {
        NumberText.parse(text, mark: decimalMark)
    }

    public func error(_ record: Record, _ field: String?, _ message: Phrase) -> InputError {
        let column = sheet == nil ? nil : field.flatMap { header.firstIndex(of: $0.lowercased()) }.map { $0 + 1 }
        return InputError(file: file, line: record.line, field: field, message: message, sheet: sheet, column: column)
    }

    /// The error at column `index` (0-based) of `record`, named `field`.
    func error(_ record: Record, column index: Int, _ field: String, _ message: Phrase) -> InputError {
        InputError(file: file, line: record.line, field: field, message: message,
                   sheet: sheet, column: sheet == nil ? nil : index + 1)
    }

    private static func reason(_ error: Error) -> Phrase {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError { return .noSuchFile }
        return Phrase(verbatim: nsError.localizedDescription)
    }
}

extension Array {
    fileprivate func nonEmpty(orThrow error: InputError) throws -> Self {
        guard !isEmpty else { throw error }
        return self
    }
}
