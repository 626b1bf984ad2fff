// What the commands themselves refuse: options out of range and names they cannot find.

extension Phrase {
    public static func optionRange(_ option: String, _ range: Phrase) -> Phrase {
        Phrase(vi: "\(option) phải \(range.vi)", en: "\(option) must be \(range.en)")
    }
    public static func optionWholeNumber(_ option: String, _ range: Phrase) -> Phrase {
        Phrase(vi: "\(option) phải là một số nguyên \(range.vi)", en: "\(option) must be a whole number \(range.en)")
    }
    public static func batchWidth(_ range: Phrase) -> Phrase {
        Phrase(vi: "--batch phải là bội số của 8 \(range.vi), như 8 hoặc 32", en: "--batch must be a multiple of 8 \(range.en), such as 8 or 32")
    }
    public static func dataYearRange(_ years: ClosedRange<Int>) -> Phrase {
        Phrase(vi: "--data-year phải là một năm trong khoảng \(years.lowerBound)–\(years.upperBound)",
               en: "--data-year must be a year in \(years.lowerBound)–\(years.upperBound)")
    }
    public static let skewnessOption = Phrase(
        vi: "--skewness-threshold phải là một số ≥ 0 (phương pháp dùng 2.25)", en: "--skewness-threshold must be a number ≥ 0 (the methodology uses 2.25)")
    public static let kurtosisOption = Phrase(
        vi: "--kurtosis-threshold phải là một số (phương pháp dùng 3.5)", en: "--kurtosis-threshold must be a number (the methodology uses 3.5)")
    public static let winsorisationOption = Phrase(
        vi: "--max-winsorisation-steps phải từ 0 trở lên (phương pháp dùng 5)", en: "--max-winsorisation-steps must be 0 or more (the methodology uses 5)")
    public static let xlsxNeedsOut = Phrase(
        vi: "--format xlsx ghi ra một tệp Excel: hãy cho tên tệp bằng --out, như --out results.xlsx",
        en: "--format xlsx writes a workbook: give its name with --out, such as --out results.xlsx")
    public static func panelWithoutValues(_ panel: String) -> Phrase {
        Phrase(vi: "bảng số liệu \(panel) không có giá trị nào", en: "the panel \(panel) holds no values")
    }
    public static func noDataForYear(_ year: Int, has years: String) -> Phrase {
        Phrase(vi: "--year \(year): bảng số liệu không có số liệu năm \(year); chỉ có \(years)",
               en: "--year \(year): the panel has no data for \(year); it has \(years)")
    }
    public static func unknownProvinceOption(_ name: String, suggestion: String?) -> Phrase {
        let vi = suggestion.map { " Có phải là \($0)?" } ?? ""
        let en = suggestion.map { " Did you mean \($0)?" } ?? ""
        return Phrase(
            vi: "--province: không có tỉnh \(name).\(vi) Hãy dùng một mã như ninh-binh hoặc một tên như \"Ninh Bình\".",
            en: "--province: unknown province \(name).\(en) Use an id such as ninh-binh or a name such as \"Ninh Bình\".")
    }
    public static func mergedNote(_ former: String, into: String, year: String?) -> Phrase {
        let year = year.map { " \($0)" } ?? ""
        return Phrase(vi: "\(former) → \(into) (hợp nhất\(year))", en: "\(former) → \(into) (merged\(year))")
    }
    public static func cannotTurnIntoSheet(_ reason: Phrase) -> Phrase {
        Phrase(vi: "không chuyển được bảng thành trang tính: \(reason.vi)", en: "cannot turn the table into a sheet: \(reason.en)")
    }
}
