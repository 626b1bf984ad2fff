// What the readers of data files say: CSV and workbook structure, numbers, the framework, the
// provinces, the panel, the cost file and the checks `pii validate` runs. Values, names and
// codes arrive already written (quoted where the message quotes them); `hint` is a
// `didYouMean` or empty.

extension Phrase {
    /// " (did you mean X?)", to follow what was not found.
    public static func didYouMean(_ suggestion: String) -> Phrase {
        Phrase(vi: " (có phải là \(suggestion)?)", en: " (did you mean \(suggestion)?)")
    }

    /// The place of the first of two lines: "on line 12" or "at panel.xlsx!2025:C14".
    public static func onLine(_ line: Int) -> Phrase { Phrase(vi: "ở dòng \(line)", en: "on line \(line)") }
    public static func at(_ place: String) -> Phrase { Phrase(vi: "ở \(place)", en: "at \(place)") }

    public static func andMoreProblems(_ more: Int) -> Phrase {
        Phrase(vi: "(và \(more) vấn đề khác trong số liệu này; `pii validate` liệt kê đầy đủ)",
               en: "(and \(more) more problem\(more == 1 ? "" : "s") in this data; `pii validate` lists them all)")
    }

    // Files and CSV structure.
    public static let isAFolder = Phrase(
        vi: "là một thư mục, cần một tệp CSV hoặc một tệp Excel .xlsx",
        en: "is a folder, expected a CSV file or an .xlsx workbook")
    public static let permissionDenied = Phrase(vi: "không có quyền đọc", en: "permission denied")
    public static let noSuchFile = Phrase(vi: "không có tệp này", en: "no such file")
    public static func cannotRead(_ reason: Phrase) -> Phrase {
        Phrase(vi: "không đọc được tệp (\(reason.vi)); hãy kiểm tra đường dẫn",
               en: "cannot read the file (\(reason.en)); check the path")
    }
    public static let notUTF8 = Phrase(
        vi: "tệp không phải văn bản UTF-8; hãy lưu dưới dạng \"CSV UTF-8\" hoặc tệp Excel .xlsx",
        en: "the file is not UTF-8 text; save it as \"CSV UTF-8\" or as an .xlsx workbook")
    public static let cannotParseHeader = Phrase(vi: "không đọc được dòng tiêu đề CSV", en: "cannot parse the CSV header")
    public static let unbalancedQuotes = Phrase(
        vi: "không đọc được CSV ở đây (thiếu dấu ngoặc kép đóng?)",
        en: "the CSV cannot be parsed here (unbalanced quotes?)")
    public static let emptyFile = Phrase(
        vi: "tệp trống; cần một dòng tiêu đề và các dòng số liệu",
        en: "the file is empty; it needs a header line and data lines")
    public static let emptySheet = Phrase(
        vi: "trang tính trống hoặc không có dòng tiêu đề (một dòng có từ hai tên cột trở lên)",
        en: "the sheet is empty or has no header row (a row with two or more column names)")
    public static func columnTwice(_ column: String) -> Phrase {
        Phrase(vi: "cột \(column) xuất hiện hai lần trong dòng tiêu đề", en: "the column \(column) appears twice in the header")
    }
    public static let everySheetEmpty = Phrase(vi: "mọi trang tính của tệp Excel đều trống", en: "every sheet of the workbook is empty")
    public static func sheetOfNonWorkbook(_ sheet: String) -> Phrase {
        Phrase(vi: "#\(sheet) là tên một trang tính, nhưng tệp không phải tệp Excel .xlsx",
               en: "#\(sheet) names a sheet, but the file is not an .xlsx workbook")
    }
    public static func ambiguousDecimalMark(commas: Int, firstComma: (line: Int, value: String),
                                            points: Int, firstPoint: (line: Int, value: String)) -> Phrase {
        Phrase(
            vi: "không rõ dấu thập phân: \(commas) giá trị dùng dấu phẩy (đầu tiên ở dòng \(firstComma.line): \(firstComma.value)) và \(points) giá trị dùng dấu chấm (đầu tiên ở dòng \(firstPoint.line): \(firstPoint.value)); dùng --decimal-comma nếu dấu phẩy là dấu thập phân (khi đó dấu chấm tách hàng nghìn: 5.049 = 5049), hoặc viết mọi số theo một cách",
            en: "the decimal mark is ambiguous: \(commas) values use a comma (first on line \(firstComma.line): \(firstComma.value)) and \(points) a point (first on line \(firstPoint.line): \(firstPoint.value)); pass --decimal-comma if the comma marks decimals (a point then groups thousands: 5.049 = 5049), or write every number one way")
    }
    public static func missingColumn(_ column: String, expected: String) -> Phrase {
        Phrase(vi: "dòng tiêu đề thiếu cột \(column); cần một dòng tiêu đề như \(expected)",
               en: "the header has no column \(column); expected a header such as \(expected)")
    }
    public static func unknownColumn(_ column: String, hint: Phrase, expected: String) -> Phrase {
        Phrase(vi: "cột \(column) không có trong định dạng\(hint.vi); các cột cần có: \(expected)",
               en: "unknown column \(column)\(hint.en); expected columns: \(expected)")
    }
    public static func shortLine(fields: Int, header: Int, columns: String) -> Phrase {
        Phrase(vi: "dòng có \(fields) trường nhưng dòng tiêu đề có \(header) (\(columns)); hãy thêm các trường còn thiếu, để trống nếu chưa biết",
               en: "the line has \(fields) fields but the header has \(header) (\(columns)); add the missing ones, empty if unknown")
    }
    public static func longLine(fields: Int, header: Int) -> Phrase {
        Phrase(vi: "dòng có \(fields) trường nhưng dòng tiêu đề có \(header); hãy đặt trong ngoặc kép những giá trị chứa dấu phân cách",
               en: "the line has \(fields) fields but the header has \(header); quote values that contain the separator")
    }
    public static let valueBeyondHeader = Phrase(
        vi: "có giá trị nằm ngoài cột cuối của dòng tiêu đề; hãy đặt tên cho cột đó hoặc xoá ô",
        en: "a value beyond the header's last column; give the column a name or clear the cell")
    public static let separatedBySemicolons = Phrase(vi: "các trường cách nhau bằng ';'", en: "fields separated by ';'")
    public static let separatedByTabs = Phrase(vi: "các trường cách nhau bằng dấu tab", en: "fields separated by tabs")
    public static let decimalCommaUsed = Phrase(vi: "dấu phẩy thập phân", en: "decimal comma")

    // Numbers.
    public static func notANumberLeaveEmpty(_ value: String) -> Phrase {
        Phrase(vi: "\(value) không phải là số; để trống ô nếu thiếu giá trị",
               en: "\(value) is not a number; leave the cell empty for a missing value")
    }
    public static func usesAComma(_ value: String) -> Phrase {
        Phrase(vi: "\(value) dùng dấu phẩy; hãy viết số với dấu chấm thập phân và không tách hàng nghìn, hoặc dùng --decimal-comma",
               en: "\(value) uses a comma; write numbers with a dot as the decimal separator and no thousands separator, or pass --decimal-comma")
    }
    public static func notACommaNumber(_ value: String) -> Phrase {
        Phrase(vi: "\(value) không phải là số viết với dấu phẩy thập phân (dấu chấm chỉ được tách hàng nghìn, như 5.049,5)",
               en: "\(value) is not a number with a decimal comma (a point may only group thousands, as in 5.049,5)")
    }
    public static func notANumber(_ value: String) -> Phrase {
        Phrase(vi: "\(value) không phải là số", en: "\(value) is not a number")
    }

    // The framework file.
    public static let emptyCode = Phrase(vi: "mã trống; mọi nút đều cần một mã", en: "the code is empty; every node needs a code")
    public static func notALevel(_ value: String) -> Phrase {
        Phrase(vi: "\(value) không phải là một cấp; dùng block, pillar, group hoặc indicator",
               en: "\(value) is not a level; use block, pillar, group or indicator")
    }
    public static func noVietnameseName(_ code: String) -> Phrase {
        Phrase(vi: "\(code) không có tên tiếng Việt", en: "\(code) has no Vietnamese name")
    }
    public static func notADirection(_ value: String) -> Phrase {
        Phrase(vi: "\(value) không phải là một chiều; dùng 1 (càng cao càng tốt) hoặc -1 (càng thấp càng tốt)",
               en: "\(value) is not a direction; use 1 (higher is better) or -1 (lower is better)")
    }
    public static func weightNotPositive(_ value: String) -> Phrase {
        Phrase(vi: "trọng số là \(value); trọng số phải lớn hơn 0 (để trống nếu bằng 1)",
               en: "the weight is \(value); a weight must be greater than 0 (leave it empty for 1)")
    }
    public static func notATreatment(_ value: String) -> Phrase {
        Phrase(vi: "\(value) không phải là một cách xử lý; dùng gii hoặc none",
               en: "\(value) is not a treatment; use gii or none")
    }
    public static let bothGoalposts = Phrase(vi: "hãy cho cả hai mốc chặn hoặc không cho mốc nào", en: "give both goalposts or neither")

    // The provinces file.
    public static let emptyID = Phrase(
        vi: "mã trống; mọi tỉnh đều cần một mã như ninh-binh",
        en: "the id is empty; every province needs an id such as ninh-binh")
    public static func noName(_ id: String) -> Phrase { Phrase(vi: "\(id) không có tên", en: "\(id) has no name") }
    public static func idUsed(_ id: String, line: Int) -> Phrase {
        Phrase(vi: "mã \(id) đã được dùng ở dòng \(line)", en: "the id \(id) is already used on line \(line)")
    }
    public static let noProvinceListed = Phrase(vi: "tệp không liệt kê tỉnh nào", en: "the file lists no province")

    // The cost file.
    public static func unknownIndicator(_ code: String, hint: Phrase) -> Phrase {
        Phrase(vi: "không có chỉ số \(code) trong khung\(hint.vi); hãy dùng một mã của khung chỉ số",
               en: "unknown indicator \(code)\(hint.en); use a code of the framework")
    }
    public static func secondCostRow(_ code: String, firstLine: Int) -> Phrase {
        Phrase(vi: "dòng thứ hai cho \(code); dòng đầu ở dòng \(firstLine); hãy giữ một dòng",
               en: "a second row for \(code); the first is on line \(firstLine); keep one")
    }
    public static func numberIsNot(_ value: String, _ expected: Phrase) -> Phrase {
        Phrase(vi: "\(value) không phải là \(expected.vi)", en: "\(value) is not \(expected.en)")
    }
    public static let costAboveZero = Phrase(
        vi: "một chi phí lớn hơn 0 (để trống để dùng mặc định)",
        en: "a cost above 0 (leave it empty for the default)")
    public static let changeZeroOrMore = Phrase(
        vi: "một mức thay đổi từ 0 trở lên, theo đơn vị của chỉ số",
        en: "a change of 0 or more in the indicator's unit")

    // The panel.
    public static func notAPanelHeader(codes: Int, names: Int) -> Phrase {
        let what = codes > 0 ? Phrase(vi: " (có \(codes) mã chỉ số: hãy thêm cột province)", en: " (it has \(codes) indicator codes: add a province column)")
            : names > 0 ? Phrase(vi: " (có \(names) tên tỉnh: hãy thêm cột indicator)", en: " (it has \(names) province names: add an indicator column)")
            : Phrase(verbatim: "")
        return Phrase(
            vi: "dòng tiêu đề không phải của một bảng số liệu\(what.vi); cần year,province,indicator,value (mỗi dòng một giá trị), province rồi các mã chỉ số (mỗi tỉnh một dòng), hoặc indicator rồi các tỉnh (mỗi chỉ số một dòng)",
            en: "the header is not a panel's\(what.en); expected year,province,indicator,value (one value per line), province followed by indicator codes (provinces as rows), or indicator followed by provinces (indicators as rows)")
    }
    public static func longLayout(_ year: Phrase) -> Phrase {
        Phrase(vi: "dạng dài — mỗi dòng một giá trị", en: "long — one value per line") + year
    }
    public static func wideLayout(columns: Int, _ year: Phrase) -> Phrase {
        Phrase(vi: "dạng rộng — mỗi tỉnh một dòng, \(columns) cột chỉ số", en: "wide — provinces as rows, \(columns) indicator columns") + year
    }
    public static func transposedLayout(columns: Int, _ year: Phrase) -> Phrase {
        Phrase(vi: "dạng chuyển vị — mỗi chỉ số một dòng, \(columns) cột tỉnh", en: "transposed — indicators as rows, \(columns) province columns") + year
    }
    public static func yearFrom(_ year: Int, _ source: Phrase) -> Phrase {
        Phrase(vi: ", năm \(year) lấy từ \(source.vi)", en: ", year \(year) from \(source.en)")
    }
    public static func skippedTable(framework: Bool) -> Phrase {
        framework ? Phrase(vi: "bỏ qua, bảng khung chỉ số", en: "skipped, a framework table")
            : Phrase(vi: "bỏ qua, bảng danh sách tỉnh", en: "skipped, a provinces table")
    }
    public static let sheetName = Phrase(vi: "tên trang tính", en: "the sheet's name")
    public static func columnNeither(_ name: String, hint: Phrase, descriptive: String) -> Phrase {
        Phrase(vi: "cột \(name) không phải là một tỉnh\(hint.vi), cũng không phải một trong \(descriptive); hãy đặt tên mỗi cột giá trị bằng mã hoặc tên của một tỉnh",
               en: "the column \(name) is neither a province\(hint.en) nor one of \(descriptive); name each value column by a province's id or name")
    }
    public static func secondValue(indicator: String, province: String, year: Int, first: Phrase) -> Phrase {
        Phrase(vi: "giá trị thứ hai cho \(indicator), \(province), \(year); giá trị đầu \(first.vi); hãy giữ một giá trị",
               en: "a second value for \(indicator), \(province), \(year); the first is \(first.en); keep one")
    }
    public static let normalisedScore = Phrase(vi: "điểm chuẩn hoá", en: "normalised score")
    public static func outsideDomain(_ value: String, domain: Phrase, code: String, unit: Phrase) -> Phrase {
        Phrase(vi: "\(value) nằm ngoài \(domain.vi), miền giá trị của \(code) (\(unit.vi))",
               en: "\(value) is outside \(domain.en), the domain of \(code) (\(unit.en))")
    }
    public static let anyValue = Phrase(vi: "mọi giá trị", en: "any value")
    public static let noYear = Phrase(
        vi: "bảng không có năm: hãy thêm cột year, đặt tên trang tính bằng năm (như 2025), hoặc dùng --data-year",
        en: "the table has no year: add a year column, name the sheet by its year (such as 2025), or pass --data-year")
    public static func notAYear(_ value: String) -> Phrase {
        Phrase(vi: "\(value) không phải là một năm; hãy ghi năm công bố PII, như 2025",
               en: "\(value) is not a year; write the PII edition year, such as 2025")
    }
    public static func yearOutside(_ year: Int, _ range: ClosedRange<Int>) -> Phrase {
        Phrase(vi: "năm \(year) nằm ngoài \(range.lowerBound)–\(range.upperBound)",
               en: "the year \(year) is outside \(range.lowerBound)–\(range.upperBound)")
    }
    public static func aggregateInPanel(_ code: String, level: String) -> Phrase {
        Phrase(vi: "\(code) là một \(level); bảng số liệu chỉ chứa giá trị của các chỉ số (bộ tính điểm tự tính các giá trị tổng hợp)",
               en: "\(code) is a \(level); the panel holds indicator values only (the engine computes the aggregates)")
    }
    public static func unknownProvince(_ name: String, hint: Phrase) -> Phrase {
        Phrase(vi: "không có tỉnh \(name) trong danh mục\(hint.vi); hãy dùng mã hoặc tên trong tệp danh sách tỉnh",
               en: "unknown province \(name)\(hint.en); use an id or a name from the provinces file")
    }
    public static func formerProvince(_ merger: Phrase, into id: String) -> Phrase {
        Phrase(vi: "\(merger.vi) (theo cột merged_from của tệp danh sách tỉnh); hãy ghi giá trị của tỉnh sau hợp nhất, \(id)",
               en: "\(merger.en) (the provinces file's merged_from); give the values of the merged province, \(id)")
    }

    // What `pii validate` checks beyond reading.
    public static func provincesWithoutValues(year: Int, count: Int, of total: Int, names: String) -> Phrase {
        Phrase(vi: "\(year): \(count)/\(total) tỉnh không có giá trị nào (\(names)); năm đó các tỉnh này không được xếp hạng",
               en: "\(year): \(count) of \(total) provinces have no value at all (\(names)); they get no rank that year")
    }
    public static func noVariance(year: Int, code: String, value: String) -> Phrase {
        Phrase(vi: "\(year): mọi tỉnh đều có \(code) = \(value); chỉ số cho mọi tỉnh 50 điểm và không phân biệt được các tỉnh",
               en: "\(year): every province has \(code) = \(value); the indicator scores 50 for everyone and cannot separate provinces")
    }
    public static func valuesOnBound(count: Int, code: String, domain: String) -> Phrase {
        Phrase(vi: "\(count) giá trị của \(code) nằm đúng trên biên miền giá trị (\(domain)); khi dự báo, các giá trị này được coi là cách biên nửa độ phân giải của số liệu",
               en: "\(count) value\(count == 1 ? "" : "s") of \(code) sit\(count == 1 ? "s" : "") on a bound of its domain (\(domain)); forecasts read \(count == 1 ? "it" : "them") as half the data's resolution inside the bound")
    }
    public static func missingValue(year: Int, province: String, code: String, owner: String?) -> Phrase {
        let vi = owner.map { " (\($0) phụ trách)" } ?? ""
        let en = owner.map { " (owner: \($0))" } ?? ""
        return Phrase(vi: "\(year): \(province) không có giá trị cho \(code)\(vi)", en: "\(year): \(province) has no value for \(code)\(en)")
    }
    public static let panelWithoutValues = Phrase(
        vi: "bảng số liệu chưa có giá trị nào; hãy điền giá trị (biểu mẫu của `pii data template` cần giá trị trong các cột tỉnh), hoặc ghi các dòng year,province,indicator,value sau dòng tiêu đề",
        en: "the panel holds no values yet; fill in values (a template of `pii data template` needs them in the province columns), or give lines year,province,indicator,value after the header")
    public static let embeddedMissing = Phrase(
        vi: "bản cài đặt này thiếu số liệu mặc định có sẵn; hãy cài lại pii",
        en: "the embedded default is missing from this build; reinstall pii")
    public static let embeddedPanel = Phrase(vi: "bộ số liệu minh hoạ có sẵn", en: "embedded illustrative panel")
}

// Workbooks.
extension Phrase {
    public static let encryptedOrOldWorkbook = Phrase(
        vi: "là tệp Excel có mật khẩu hoặc tệp .xls cũ; pii đọc tệp .xlsx không có mật khẩu: hãy mở bằng Excel hoặc LibreOffice, bỏ mật khẩu và lưu dưới dạng .xlsx (hoặc CSV UTF-8)",
        en: "is an encrypted workbook or an old Excel .xls file; pii reads .xlsx workbooks without a password: open it in Excel or LibreOffice, remove the password, and save it as .xlsx (or as CSV UTF-8)")
    public static func zipCannotOpen(_ reason: String) -> Phrase {
        Phrase(vi: "không mở được tệp nén (\(reason)); tệp có thể bị hỏng: hãy lưu lại dưới dạng .xlsx",
               en: "the zip archive cannot be opened (\(reason)); the file may be damaged: save it again as .xlsx")
    }
    public static func partCannotUnpack(_ path: String, _ reason: String) -> Phrase {
        Phrase(vi: "không giải nén được phần \(path) (\(reason)); tệp có thể bị hỏng: hãy lưu lại dưới dạng .xlsx",
               en: "the part \(path) cannot be unpacked (\(reason)); the file may be damaged: save it again as .xlsx")
    }
    public static let zipNotWorkbook = Phrase(
        vi: "là tệp nén nhưng không phải tệp Excel (không có xl/workbook.xml); hãy lưu bảng dưới dạng .xlsx hoặc CSV UTF-8",
        en: "is a zip archive but not an Excel workbook (it has no xl/workbook.xml); save the table as .xlsx or as CSV UTF-8")
    public static let workbookWithoutSheet = Phrase(vi: "tệp Excel không có trang tính nào", en: "the workbook has no sheet")
    public static func noSuchSheet(_ sheet: String, sheets: String) -> Phrase {
        Phrase(vi: "tệp Excel không có trang tính \(sheet); các trang tính của nó: \(sheets)",
               en: "the workbook has no sheet \(sheet); its sheets: \(sheets)")
    }
    public static func sheetWithoutPart(_ sheet: String) -> Phrase {
        Phrase(vi: "trang tính \(sheet) không có phần dữ liệu trong tệp Excel; hãy lưu lại tệp dưới dạng .xlsx",
               en: "the sheet \(sheet) has no part in the workbook's relationships; save the file again as .xlsx")
    }
    public static func sheetPartMissing(_ path: String, sheet: String) -> Phrase {
        Phrase(vi: "thiếu phần \(path) của trang tính \(sheet); hãy lưu lại tệp dưới dạng .xlsx",
               en: "the part \(path) of sheet \(sheet) is missing; save the file again as .xlsx")
    }
    public static let notAWorkbook = Phrase(
        vi: "không phải tệp Excel (.xlsx là một tệp nén, tệp này thì không); hãy lưu dưới dạng .xlsx hoặc CSV UTF-8",
        en: "is not an Excel workbook (.xlsx is a zip archive, this file is not); save it as .xlsx or as CSV UTF-8")
    public static func cellOutsideSheet(row: Int, column: Int) -> Phrase {
        Phrase(vi: "ô ở dòng \(row), cột \(column) nằm ngoài giới hạn một trang tính (1.048.576 dòng × 16.384 cột); tệp bị hỏng: hãy lưu lại dưới dạng .xlsx",
               en: "the cell at row \(row), column \(column) is outside a worksheet (1,048,576 rows × 16,384 columns); the file is damaged: save it again as .xlsx")
    }
    public static let missingSharedString = Phrase(
        vi: "ô tham chiếu tới một chuỗi dùng chung không có trong tệp Excel; hãy lưu lại tệp dưới dạng .xlsx",
        en: "the cell refers to a shared string that is not in the workbook; save the file again as .xlsx")
    public static func cannotCreateWorkbook(_ reason: String) -> Phrase {
        Phrase(vi: "không tạo được tệp Excel trong bộ nhớ (\(reason))", en: "cannot create the workbook in memory (\(reason))")
    }
    public static let cannotFinishWorkbook = Phrase(vi: "không hoàn tất được tệp Excel trong bộ nhớ", en: "cannot finish the workbook in memory")
}

// The illustrative panel's anchor files (the panel generator).
extension Phrase {
    public static let anchorFilesMissing = Phrase(vi: "bản cài đặt này thiếu các tệp neo", en: "the anchor files are missing from this build")
    public static let notAMovementKind = Phrase(vi: "hãy dùng growth, level, survey hoặc rate", en: "use growth, level, survey or rate")
}
