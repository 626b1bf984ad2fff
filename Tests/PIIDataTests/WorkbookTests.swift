import Foundation
import PIIIndex
import PIITestSupport
import Testing
@testable import PIIData

/// Workbooks written by other programs (openpyxl, a hand-written one), workbooks pii writes
/// read back, and files that are not workbooks.
@Suite struct WorkbookTests {
    static let fixtures = Repository.fixtures.appendingPathComponent("workbooks")
    static let data = Fixtures.defaultData

    func url(_ name: String) -> URL { Self.fixtures.appendingPathComponent(name) }

    /// Tables with the same values, bit for bit, missing where the other is missing.
    func same(_ a: IndicatorTable, _ b: IndicatorTable) -> Bool {
        a.values.count == b.values.count && zip(a.values, b.values).allSatisfy { $0.bitPattern == $1.bitPattern }
    }

    func same(_ a: Panel, _ b: Panel) -> Bool {
        a.years == b.years && a.years.allSatisfy { same(a[$0]!, b[$0]!) }
    }

    func readPanel(_ url: URL, file: String, options: PanelReadingOptions = PanelReadingOptions()) throws -> PanelReading {
        try PanelFile.read(url: url, file: file, framework: Self.data.framework, provinces: Self.data.provinces, options: options)
    }

    /// openpyxl's workbook of the embedded panel: a sheet per year, provinces as rows by name,
    /// a merged title above the first sheet's header, one value typed as text "65,8".
    @Test func aWidePanelWrittenByOpenpyxlReadsAsTheEmbeddedPanel() throws {
        let reading = try readPanel(url("panel-wide.xlsx"), file: "panel-wide.xlsx")
        #expect(reading.errors.isEmpty, "\(reading.errors.map(\.location))")
        #expect(same(reading.panel, Self.data.panel))
        #expect(reading.layouts.count == 3)
        #expect(reading.layouts[0].en == "panel-wide.xlsx!2023: wide — provinces as rows, 52 indicator columns, year 2023 from the sheet's name")
    }

    /// `pii data export`, one value edited and saved by LibreOffice (see the fixtures' script):
    /// the edit and nothing else differs, and the framework and provinces sheets are skipped.
    @Test func aWorkbookSavedByLibreOfficeReadsWithItsEdit() throws {
        let reading = try readPanel(url("libreoffice-edited.xlsx"), file: "edited.xlsx")
        #expect(reading.errors.isEmpty, "\(reading.errors.map(\.location))")
        #expect(reading.layouts.suffix(2).map(\.en) == ["edited.xlsx!framework: skipped, a framework table", "edited.xlsx!provinces: skipped, a provinces table"])
        let ninhBinh = try #require(Self.data.provinces.number(of: "ninh-binh"))
        var expected = Self.data.panel[2025]!
        #expect(expected[ninhBinh, 0] == 65.8)
        expected[ninhBinh, 0] = 99.5
        #expect(same(reading.panel[2025]!, expected))
        #expect(same(reading.panel[2024]!, Self.data.panel[2024]!))
        #expect(same(reading.panel[2023]!, Self.data.panel[2023]!))
        let framework = try FrameworkFile.load(url: URL(fileURLWithPath: url("libreoffice-edited.xlsx").path + "#framework"), file: "edited.xlsx")
        // The fixture was exported before the framework had a `unit_vi` column: a framework
        // without it reads as the embedded one with no Vietnamese units.
        #expect(framework.nodes == Self.data.framework.nodes.map { node in
            var node = node
            node.unitVI = ""
            return node
        })
    }

    @Test func errorsInAWorkbookNameTheSheetAndTheCell() throws {
        let reading = try readPanel(url("bad-cell.xlsx"), file: "bad-cell.xlsx")
        let messages = reading.errors.map { $0.location.text(.en) }
        #expect(messages.contains("bad-cell.xlsx!2025:C14: 1.1.2: 'n/a' is not a number; leave the cell empty for a missing value"))
        #expect(messages.contains { $0.hasPrefix("bad-cell.xlsx!2025:A22: province: unknown province 'Hà Nộii' (did you mean Hà Nội?)") })
        #expect(messages.count == 2)
    }

    @Test(arguments: [
        ("not-a-workbook.xlsx", "is not an Excel workbook (.xlsx is a zip archive, this file is not)"),
        ("other.xlsx", "is a zip archive but not an Excel workbook (it has no xl/workbook.xml)"),
        ("encrypted.xlsx", "is an encrypted workbook or an old Excel .xls file"),
    ])
    func aFileThatIsNotAWorkbookGetsOneClearMessage(name: String, message: String) throws {
        #expect {
            _ = try readPanel(url(name), file: name)
        } throws: { error in
            let error = error as? InputError
            return error?.file == name && error?.message.en.hasPrefix(message) == true
        }
    }

    /// Inline strings, rich-text shared strings (phonetic runs left out), cells without a
    /// reference, namespace prefixes, a year merged down three rows, a formula's cached
    /// string, a boolean, an error value and a text cell with a decimal comma.
    @Test func theCellKindsOfAHandWrittenWorkbook() throws {
        let tables = try InputTable.read(url: url("hand-made.xlsx"), file: "hand-made.xlsx")
        #expect(tables.count == 1)
        let table = tables[0]
        #expect(table.sheet == "Số liệu & ghi chú")
        #expect(table.header == ["year", "province", "indicator", "value", "ok"])
        let rows = table.records.map(\.fields)
        #expect(rows.count == 4)
        #expect(rows[0] == ["2025", "Ninh Bình", "1.1.1", "89.7", "TRUE"])
        #expect(rows[1] == ["2025", "ninh-binh", "1.1.2", "2", ""])
        #expect(rows[2] == ["2025", "Ninh Binh", "1.2.1", "4,5", ""])
        #expect(rows[3] == ["2024", "Hà Nội", "1.1.1", "#N/A", ""])
        #expect(table.records.map(\.line) == [2, 3, 4, 6])
        guard case .number(let value) = table.number(rows[2][3]) else {
            Issue.record("a text cell 4,5 in a workbook should read as 4.5")
            return
        }
        #expect(value == 4.5)
    }

    @Test func aWorkbookPiiWritesReadsBackCellForCell() throws {
        let sheet = WorkbookSheet(name: "Sở KH&CN: 2025/26", title: "Tiêu đề <gộp> & \"trích\"", header: ["a", "b", "c"], rows: [
            [.text("Bà Rịa – Vũng Tàu"), .number(0.1 + 0.2), .empty],
            [.text("x < y & \"z\""), .number(-1e-7), .number(2026)],
        ])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pii-workbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("out.xlsx")
        try WorkbookWriter.data([sheet, WorkbookSheet(name: "Sở KH&CN: 2025/26", header: ["d", "e"], rows: [])]).write(to: file)
        let tables = try InputTable.read(url: file, file: "out.xlsx")
        #expect(tables.map(\.sheet) == ["Sở KH&CN- 2025-26", "Sở KH&CN- 2025-26 (2)"])
        #expect(tables[0].header == ["a", "b", "c"])
        #expect(tables[0].headerLine == 2)
        #expect(tables[0].records.map(\.fields) == [["Bà Rịa – Vũng Tàu", "\(0.1 + 0.2)", ""], ["x < y & \"z\"", "-1e-07", "2026"]])
        #expect(Double(tables[0].records[0].fields[1]) == 0.1 + 0.2)
        // The same tables give the same bytes.
        #expect(try WorkbookWriter.data([sheet]) == WorkbookWriter.data([sheet]))
    }

    @Test func aSemicolonCSVWithDecimalCommasReadsAsTheEmbeddedPanel() throws {
        let text = try DataSet.embeddedPanelText()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line -> String in
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if k > 0, fields.count == 4 { fields[3] = fields[3].replacingOccurrences(of: ".", with: ",") }
            return fields.joined(separator: ";")
        }
        let reading = try PanelFile.read(text: lines.joined(separator: "\r\n"), file: "vn.csv",
                                         framework: Self.data.framework, provinces: Self.data.provinces)
        #expect(reading.errors.isEmpty)
        #expect(same(reading.panel, Self.data.panel))
        #expect(reading.layouts.map(\.en) == ["vn.csv: long — one value per line; fields separated by ';', decimal comma"])
        let tabs = try PanelFile.read(text: text.replacingOccurrences(of: ",", with: "\t"), file: "tabs.tsv",
                                      framework: Self.data.framework, provinces: Self.data.provinces)
        #expect(same(tabs.panel, Self.data.panel))
    }

    @Test func aMixOfDecimalMarksIsOneMessageAndTheFlagSettlesIt() throws {
        let text = "year;province;indicator;value\n2025;ha-noi;1.1.1;89,7\n2025;ha-noi;3.2.1;5.049\n2025;hue;3.2.1;5.049,5\n"
        #expect {
            _ = try PanelFile.read(text: text, file: "mixed.csv", framework: Self.data.framework, provinces: Self.data.provinces)
        } throws: { error in
            let message = (error as? InputError)?.message.en ?? ""
            return message.hasPrefix("the decimal mark is ambiguous: 2 values use a comma (first on line 2: '89,7') and 1 a point (first on line 3: '5.049')")
                && message.contains("--decimal-comma")
        }
        let reading = try PanelFile.read(text: text, file: "mixed.csv", framework: Self.data.framework, provinces: Self.data.provinces,
                                         options: PanelReadingOptions(decimalComma: true))
        let table = try #require(reading.panel[2025])
        let haNoi = try #require(Self.data.provinces.number(of: "ha-noi")), hue = try #require(Self.data.provinces.number(of: "hue"))
        let patents = try #require(Self.data.framework.indicatorNumber(code: "3.2.1"))
        #expect(table[haNoi, 0] == 89.7)
        #expect(table[haNoi, patents] == 5049)
        #expect(table[hue, patents] == 5049.5)
    }

    @Test func aWideCSVTakesItsYearFromAColumnOrTheOption() throws {
        let codes = Self.data.framework.indicators.map(\.code)
        let row = ["Ninh Bình"] + codes.indices.map { String(Double($0) / 100) }
        let withYear = "year,province," + codes.joined(separator: ",") + "\n2025," + row.joined(separator: ",") + "\n"
        let reading = try PanelFile.read(text: withYear, file: "wide.csv", framework: Self.data.framework, provinces: Self.data.provinces)
        #expect(reading.errors.isEmpty)
        let ninhBinh = try #require(Self.data.provinces.number(of: "ninh-binh"))
        #expect(reading.panel[2025]?[ninhBinh, 7] == 0.07)
        let withoutYear = "province," + codes.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n"
        #expect {
            _ = try PanelFile.read(text: withoutYear, file: "wide.csv", framework: Self.data.framework, provinces: Self.data.provinces)
        } throws: { error in
            (error as? InputError)?.message.en.hasPrefix("the table has no year: add a year column, name the sheet by its year") == true
        }
        let given = try PanelFile.read(text: withoutYear, file: "wide.csv", framework: Self.data.framework, provinces: Self.data.provinces,
                                       options: PanelReadingOptions(year: 2026))
        #expect(given.panel.years == [2026])
        #expect(given.layouts.map(\.en) == ["wide.csv: wide — provinces as rows, 52 indicator columns, year 2026 from --data-year"])
    }

    @Test func aWideHeaderWithATypoNamesTheColumn() throws {
        let text = "province,1.1.1,1.1.9\nNinh Bình,1,2\n"
        #expect {
            _ = try PanelFile.read(text: text, file: "wide.csv", framework: Self.data.framework, provinces: Self.data.provinces,
                                   options: PanelReadingOptions(year: 2025))
        } throws: { error in
            let error = error as? InputError
            return error?.line == 1 && error?.field == "1.1.9" && error?.message.en.hasPrefix("unknown indicator '1.1.9' (did you mean") == true
        }
    }

    /// Indicators as rows and provinces as columns, with the template's descriptive columns.
    @Test func aTransposedTableReadsAsTheEmbeddedYear() throws {
        let table = try #require(Self.data.panel[2025])
        let provinces = Self.data.provinces.provinces
        var text = "indicator,name_vi,unit,owner,year," + provinces.map(\.name).joined(separator: ",") + "\n"
        for (i, indicator) in Self.data.framework.indicators.enumerated() {
            let values = provinces.indices.map { p in table[p, i].map { "\($0)" } ?? "" }
            text += "\(indicator.code),\"\(indicator.nameVI)\",\(indicator.unit),\(indicator.owner),2025," + values.joined(separator: ",") + "\n"
        }
        let reading = try PanelFile.read(text: text, file: "template.csv", framework: Self.data.framework, provinces: Self.data.provinces)
        #expect(reading.errors.isEmpty, "\(reading.errors.map(\.location))")
        #expect(reading.panel.years == [2025])
        #expect(reading.panel[2025].map { same($0, table) } == true)
        #expect(reading.layouts.map(\.en) == ["template.csv: transposed — indicators as rows, 34 province columns"])
    }
}
