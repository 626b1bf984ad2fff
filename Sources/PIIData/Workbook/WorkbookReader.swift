import Foundation
import PIIIndex
import ZIPFoundation

/// One worksheet of an `.xlsx` workbook as text cells: `rows[r][c]` for the sheet's row
/// `r + 1` and column `c + 1` (A = 1); numbers as written in the file (`89.7`, `2025`),
/// shared and inline strings as their text, empty cells as "", and every cell of a merged
/// range holding the range's top-left value.
struct Worksheet {
    var name: String
    var rows: [[String]]
}

/// Reads the worksheets of an Office Open XML workbook (`.xlsx`), as Excel, LibreOffice and
/// openpyxl write it.
///
/// ZIPFoundation opens the archive; `XMLScanner` reads the parts: the workbook's sheet list
/// and relationships, the shared strings and each sheet's cells.
enum WorkbookReader {
    /// What a file's first bytes say it is.
    enum Kind {
        case zip, compoundDocument, other
    }

    static func kind(of data: Data) -> Kind {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundDocument }
        return .other
    }

    /// The sheets of the workbook in `data`, in workbook order; only `only` when given.
    ///
    /// - Throws: `InputError` naming `file` when it is not a readable workbook.
    static func read(data: Data, file: String, only: String? = nil) throws -> [Worksheet] {
        switch kind(of: data) {
        case .zip: break
        case .compoundDocument:
            throw InputError(file: file, message: .encryptedOrOldWorkbook)
        case .other:
            throw notAWorkbook(file)
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw InputError(file: file, message: .zipCannotOpen("\(error)"))
        }
        func part(_ path: String) throws -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            var data = Data()
            data.reserveCapacity(Int(entry.uncompressedSize))
            do {
                _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
            } catch {
                throw InputError(file: file, message: .partCannotUnpack(path, "\(error)"))
            }
            return [UInt8](data)
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw InputError(file: file, message: .zipNotWorkbook)
        }
        let relations = try part("xl/_rels/workbook.xml.rels").map(Self.relations) ?? [:]
        let strings = try part("xl/sharedStrings.xml").map(Self.sharedStrings) ?? []
        var sheets = Self.sheetList(workbook)
        guard !sheets.isEmpty else { throw InputError(file: file, message: .workbookWithoutSheet) }
        if let only {
            guard let chosen = sheets.first(where: { $0.name == only })
                ?? sheets.first(where: { $0.name.lowercased() == only.lowercased() }) else {
                throw InputError(file: file, message: .noSuchSheet(quoted(only), sheets: sheets.map(\.name).joined(separator: ", ")))
            }
            sheets = [chosen]
        }
        return try sheets.map { sheet in
            guard let target = relations[sheet.relation] else {
                throw InputError(file: file, message: .sheetWithoutPart(quoted(sheet.name)))
            }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let bytes = try part(path) else {
                throw InputError(file: file, message: .sheetPartMissing(path, sheet: quoted(sheet.name)))
            }
            return try Self.worksheet(bytes, name: sheet.name, strings: strings, file: file)
        }
    }

    static func notAWorkbook(_ file: String) -> InputError {
        InputError(file: file, message: .notAWorkbook)
    }

    private static func sheetList(_ bytes: [UInt8]) -> [(name: String, relation: String)] {
        var scanner = XMLScanner(bytes)
        var sheets: [(String, String)] = []
        while let tag = scanner.next() {
            guard !tag.isEnd, tag.name.elementsEqual("sheet".utf8) else { continue }
            if let name = scanner.attribute("name", in: tag.attributes), let id = scanner.attribute("id", in: tag.attributes) {
                sheets.append((name, id))
            }
        }
        return sheets
    }

    private static func relations(_ bytes: [UInt8]) -> [String: String] {
        var scanner = XMLScanner(bytes)
        var targets: [String: String] = [:]
        while let tag = scanner.next() {
            guard !tag.isEnd, tag.name.elementsEqual("Relationship".utf8) else { continue }
            if let id = scanner.attribute("Id", in: tag.attributes), let target = scanner.attribute("Target", in: tag.attributes) {
                targets[id] = target
            }
        }
        return targets
    }

    /// Every `<si>` item's text: its `<t>`, or the runs' `<t>` joined (phonetic runs left out).
    private static func sharedStrings(_ bytes: [UInt8]) -> [String] {
        var scanner = XMLScanner(bytes)
        var strings: [String] = []
        var current = "", inPhonetic = false
        while let tag = scanner.next() {
            switch (tag.name.elementsEqual("si".utf8), tag.name.elementsEqual("t".utf8), tag.name.elementsEqual("rPh".utf8)) {
            case (true, _, _):
                if tag.isEnd || tag.closes {
                    strings.append(current)
                    current = ""
                }
            case (_, true, _):
                if !tag.isEnd, !tag.closes, !inPhonetic { current += scanner.text() }
            case (_, _, true):
                if !tag.closes { inPhonetic = !tag.isEnd }
            default: break
            }
        }
        return strings
    }

    private static func worksheet(_ bytes: [UInt8], name: String, strings: [String], file: String) throws -> Worksheet {
        var scanner = XMLScanner(bytes)
        var rows: [[String]] = []
        var merged: [(ClosedRange<Int>, ClosedRange<Int>)] = []
        var row = 0, column = 0
        var type = "", value = "", inCell = false
        func store() throws {
            // Excel's limits; a reference beyond them is a damaged file, not a huge sheet.
            guard (1...1_048_576).contains(row), (1...16_384).contains(column) else {
                throw InputError(file: file, message: .cellOutsideSheet(row: row, column: column), sheet: name)
            }
            var text = value
            switch type {
            case "s":
                guard let index = Int(value), strings.indices.contains(index) else {
                    throw InputError(file: file, line: row, message: .missingSharedString,
                                     sheet: name, column: column)
                }
                text = strings[index]
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            default: break
            }
            text = text.trimmingSpaces
            guard !text.isEmpty else { return }
            while rows.count < row { rows.append([]) }
            if rows[row - 1].count < column { rows[row - 1] += Array(repeating: "", count: column - rows[row - 1].count) }
            rows[row - 1][column - 1] = text
        }
        while let tag = scanner.next() {
            let name = tag.name
            if name.elementsEqual("c".utf8) {
                if tag.isEnd {
                    if inCell { try store() }
                    inCell = false
                    continue
                }
                let reference = scanner.attribute("r", in: tag.attributes).flatMap(cellReference)
                column = reference?.column ?? column + 1
                if let referenceRow = reference?.row { row = referenceRow }
                type = scanner.attribute("t", in: tag.attributes) ?? ""
                value = ""
                inCell = !tag.closes
            } else if name.elementsEqual("row".utf8) {
                guard !tag.isEnd else { continue }
                row = scanner.attribute("r", in: tag.attributes).flatMap { Int($0) } ?? row + 1
                column = 0
            } else if inCell, !tag.isEnd, !tag.closes, name.elementsEqual("v".utf8) || name.elementsEqual("t".utf8) {
                value += scanner.text()
            } else if name.elementsEqual("mergeCell".utf8), !tag.isEnd,
                      let ref = scanner.attribute("ref", in: tag.attributes), let range = cellRange(ref) {
                merged.append(range)
            }
        }
        // A merged range shows its top-left value in every cell (a year merged down a block of
        // rows holds for each of them).
        // Only cells within the rows and columns that hold values are filled: a range over the
        // whole sheet costs no more than the sheet's values.
        let width = rows.map(\.count).max() ?? 0
        for (rowRange, columnRange) in merged {
            let value = rowRange.lowerBound <= rows.count && columnRange.lowerBound <= rows[rowRange.lowerBound - 1].count
                ? rows[rowRange.lowerBound - 1][columnRange.lowerBound - 1] : ""
            guard !value.isEmpty else { continue }
            for r in rowRange.lowerBound...min(rowRange.upperBound, rows.count) {
                for c in columnRange.lowerBound...min(columnRange.upperBound, max(width, columnRange.lowerBound)) {
                    if rows[r - 1].count < c { rows[r - 1] += Array(repeating: "", count: c - rows[r - 1].count) }
                    rows[r - 1][c - 1] = value
                }
            }
        }
        return Worksheet(name: name, rows: rows)
    }

    /// "C14" → column 3, row 14.
    static func cellReference(_ text: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, digits = false
        for scalar in text.unicodeScalars {
            // Past Excel's last cell (XFD1048576) it is no cell; stopping here keeps the sums small.
            guard column <= 16_384, row <= 1_048_576 else { return nil }
            switch scalar {
            case "A"..."Z" where !digits: column = column * 26 + Int(scalar.value - 64)
            case "a"..."z" where !digits: column = column * 26 + Int(scalar.value - 96)
            case "$": continue
            case "0"..."9":
                digits = true
                row = row * 10 + Int(scalar.value - 48)
            default: return nil
            }
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }

    private static func cellRange(_ text: String) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        let ends = text.split(separator: ":")
        guard ends.count == 2, let a = cellReference(String(ends[0])), let b = cellReference(String(ends[1])),
              a.row <= b.row, a.column <= b.column else { return nil }
        return (a.row...b.row, a.column...b.column)
    }
}

/// Column 3 → "C", 28 → "AB".
func columnName(_ column: Int) -> String {
    var column = column, name = ""
    while column > 0 {
        let digit = (column - 1) % 26
        name = String(UnicodeScalar(UInt8(65 + digit))) + name
        column = (column - 1) / 26
    }
    return name
}
