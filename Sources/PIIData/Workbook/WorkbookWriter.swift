import Foundation
import ZIPFoundation

/// A cell of a sheet pii writes: a real number (not text), text, or nothing.
public enum WorkbookCell: Sendable, Equatable {
    case number(Double)
    case text(String)
    case empty
}

/// A sheet pii writes: a name (Excel allows 31 characters and no `[]:*?/\`), a header row
/// (bold, frozen) and rows.
public struct WorkbookSheet: Sendable {
    public var name: String
    /// A line above the header, merged across it (pii's readers skip it).
    public var title: String?
    public var header: [String]
    public var rows: [[WorkbookCell]]

    public init(name: String, title: String? = nil, header: [String], rows: [[WorkbookCell]]) {
        self.name = name
        self.title = title
        self.header = header
        self.rows = rows
    }

    /// A sheet from CSV text as pii writes it: fields that read as numbers become numbers.
    public init(name: String, csv: String) throws {
        let table = try InputTable(text: csv, file: name)
        self.name = name
        header = table.headerText
        rows = table.records.map { record in
            record.fields.map { field in
                if field.isEmpty { return .empty }
                if let number = Double(field), number.isFinite, !field.hasPrefix("+") { return .number(number) }
                return .text(field)
            }
        }
    }
}

/// Writes `.xlsx` workbooks: one sheet per table, the header row bold and frozen, numbers as
/// numbers, text as inline strings (Vietnamese as it is: the parts are UTF-8).
///
/// The parts carry a fixed date, so the same tables give the same bytes.
public enum WorkbookWriter {
    public static func data(_ sheets: [WorkbookSheet]) throws -> Data {
        precondition(!sheets.isEmpty, "a workbook needs a sheet")
        let names = uniqueNames(sheets.map(\.name))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """),
            ("xl/workbook.xml", workbook(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelations(count: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (k, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(k + 1).xml", worksheet(sheet)))
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw InputError(file: "(workbook)", message: .cannotCreateWorkbook("\(error)"))
        }
        let date = Date(timeIntervalSince1970: 1_577_836_800) // 2020-01-01: fixed, for identical bytes
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else {
            throw InputError(file: "(workbook)", message: .cannotFinishWorkbook)
        }
        return data
    }

    /// Sheet names as Excel accepts them: forbidden characters replaced, 31 characters,
    /// distinct (a second "Sở X" becomes "Sở X (2)").
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.map { name in
            var base = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: .whitespaces)
            if base.isEmpty { base = "Sheet" }
            var candidate = String(base.prefix(31)), k = 2
            while seen.contains(candidate.lowercased()) {
                let suffix = " (\(k))"
                candidate = String(base.prefix(31 - suffix.count)) + suffix
                k += 1
            }
            seen.insert(candidate.lowercased())
            return candidate
        }
    }

    private static func contentTypes(count: Int) -> String {
        let sheets = (1...count).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\(sheets)</Types>
            """
    }

    private static func workbook(_ names: [String]) -> String {
        let sheets = names.enumerated().map { k, name in
            "<sheet name=\"\(escape(name))\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheets)</sheets></workbook>
            """
    }

    private static func workbookRelations(count: Int) -> String {
        let sheets = (1...count).map {
            "<Relationship Id=\"rId\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>"
        }.joined()
        let styles = "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheets)\(styles)</Relationships>
            """
    }

    /// Style 0 plain, style 1 bold (the header).
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>
        """

    private static func worksheet(_ sheet: WorkbookSheet) -> String {
        let headerRow = sheet.title == nil ? 1 : 2
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="\(headerRow)" topLeftCell="A\(headerRow + 1)" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>
            """
        func row(_ number: Int, _ cells: [WorkbookCell], style: Int) {
            xml += "<row r=\"\(number)\">"
            for (c, cell) in cells.enumerated() {
                let reference = "\(columnName(c + 1))\(number)"
                let styled = style == 0 ? "" : " s=\"\(style)\""
                switch cell {
                case .empty: continue
                case .number(let value) where value.isFinite:
                    xml += "<c r=\"\(reference)\"\(styled)><v>\(formatNumber(value))</v></c>"
                case .number: continue
                case .text(let text):
                    xml += "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
                }
            }
            xml += "</row>"
        }
        if let title = sheet.title { row(1, [.text(title)], style: 1) }
        row(headerRow, sheet.header.map { .text($0) }, style: 1)
        for (r, cells) in sheet.rows.enumerated() { row(r + headerRow + 1, cells, style: 0) }
        xml += "</sheetData>"
        if sheet.title != nil, sheet.header.count > 1 {
            xml += "<mergeCells count=\"1\"><mergeCell ref=\"A1:\(columnName(sheet.header.count))1\"/></mergeCells>"
        }
        return xml + "</worksheet>"
    }

    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            // XML 1.0 has no place for other control characters; a tab and line breaks stay.
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
