import PIIData
import PIIIndex

/// Every fixed piece of text the outputs show, in Vietnamese and English: the one table of
/// strings that tables, CSV headers and reports draw from.
public enum Label: String, Sendable, CaseIterable {
    case rank, province, score, input, output, efficiency, outputOverInput, indicator, level, value, unit
    case nationalAverage, gap, effectiveWeight, owner, status, treatment, steps
    case strengths, weaknesses, ranking, profileOf, year, missing, atOrAbove, below
    case illustrativeData, userData, settings, constantIndicator, treatedIndicators
    case known, assumed, blocks, pillars, groups, indicators, code, name, meetsAverage
    case averageShort, versusAverage, weightShort, weightLegend
    case missingCount, validation, provinces, values, errors, warnings, missingByOwner, noOwner, noErrors, errorsFound

    public func text(_ language: Language) -> String {
        let (vi, en) = Self.table[self]!
        return language == .vi ? vi : en
    }

    private static let table: [Label: (String, String)] = [
        .rank: ("Hạng", "Rank"),
        .province: ("Tỉnh/thành", "Province"),
        .score: ("Điểm", "Score"),
        .input: ("Đầu vào", "Input"),
        .output: ("Đầu ra", "Output"),
        .efficiency: ("Hiệu quả", "Efficiency"),
        .outputOverInput: ("ĐR/ĐV", "Out/In"),
        .indicator: ("Chỉ số", "Indicator"),
        .level: ("Cấp", "Level"),
        .value: ("Giá trị", "Value"),
        .unit: ("Đơn vị", "Unit"),
        .nationalAverage: ("TB cả nước", "National avg."),
        .gap: ("Chênh lệch", "Gap"),
        .effectiveWeight: ("Trọng số thực", "Eff. weight"),
        .owner: ("Cơ quan phụ trách", "Owner"),
        .status: ("Nguồn", "Status"),
        .treatment: ("Xử lý ngoại lai", "Outlier treatment"),
        .steps: ("bước", "steps"),
        .strengths: ("Điểm mạnh", "Strengths"),
        .weaknesses: ("Điểm yếu", "Weaknesses"),
        .ranking: ("Xếp hạng PII", "PII ranking"),
        .profileOf: ("Hồ sơ PII", "PII profile"),
        .year: ("Năm", "Year"),
        .missing: ("thiếu", "missing"),
        .atOrAbove: ("≥ TB", "≥ avg"),
        .below: ("< TB", "< avg"),
        .illustrativeData: (
            "Dữ liệu minh họa (hiệu chỉnh theo kết quả công bố 2025), không phải số liệu chính thức",
            "Illustrative data (calibrated to the published 2025 results), not official values"),
        .userData: ("Dữ liệu", "Data"),
        .settings: ("Thiết lập phương pháp", "Method settings"),
        .constantIndicator: ("Chỉ số không đổi (mọi tỉnh 50 điểm)", "Constant indicator (every province scored 50)"),
        .treatedIndicators: ("Chỉ số được xử lý ngoại lai", "Indicators with outlier treatment"),
        .known: ("công bố", "known"),
        .assumed: ("giả định", "assumed"),
        .blocks: ("Khối", "Blocks"),
        .pillars: ("Trụ cột", "Pillars"),
        .groups: ("Nhóm chỉ số", "Groups"),
        .indicators: ("Chỉ số thành phần", "Indicators"),
        .code: ("Mã", "Code"),
        .name: ("Tên", "Name"),
        .meetsAverage: ("So với TB", "Vs avg."),
        .averageShort: ("TB cả nước", "Average"),
        .versusAverage: ("So TB", "vs avg"),
        .weightShort: ("TS %", "Wt %"),
        .validation: ("Kiểm tra dữ liệu", "Data check"),
        .missingCount: ("Thiếu", "Missing"),
        .provinces: ("Tỉnh có số liệu", "Provinces"),
        .values: ("Giá trị", "Values"),
        .errors: ("Lỗi", "Errors"),
        .warnings: ("Cảnh báo", "Warnings"),
        .missingByOwner: ("Giá trị còn thiếu, theo cơ quan phụ trách", "Missing values, by the department that owns them"),
        .noOwner: ("(chưa giao cơ quan)", "(no owner)"),
        .noErrors: ("Không có lỗi.", "No errors."),
        .errorsFound: ("lỗi: cần sửa trước khi tính chỉ số.", "errors: fix them before scoring."),
        .weightLegend: (
            "TS % = trọng số thực tế của chỉ số trong điểm PII; TB cả nước = trung bình giá trị thô của các tỉnh",
            "Wt % = the indicator's effective weight in the PII score; Average = the provinces' mean raw value"),
    ]
}

extension Label {
    /// The name of a level of the tree.
    public static func level(_ level: NodeLevel) -> Label {
        switch level {
        case .block: .blocks
        case .pillar: .pillars
        case .group: .groups
        case .indicator: .indicators
        }
    }
}

extension DataSet {
    /// The line every report ends with: whose data it is, with a warning for the embedded
    /// illustrative panel.
    func status(in language: Language) -> String {
        panelIsIllustrative
            ? "⚠ \(Label.illustrativeData.text(language))"
            : "\(Label.userData.text(language)): \(panelDescription)"
    }
}
