import Foundation
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
    // The HTML report.
    case reportTitle, summary, milestone, probability, interval95, outlook, onTrack, atRisk, offTrack, outlookLegend
    case wholePlan, everyMilestoneTogether, forecastModel, missingValueRule, scenarioCount, seed, reproduce, generated
    case fanTitle, yearAxis, rankAxis, median, band50, band90, lastData, fanReading
    case distributionTitle, rankShort, shareAxis, targetBand, distributionReading
    case pillarsTitle, rankTenth, scoreAxis, weightInIndex, shareOfScore, pillarsReading
    case gapsTitle, gapAxis, gapsReading, ownersLegend
    case rivalsTitle, rivalsReading, justAbove, medianRank
    case optimiserTitle, frontierTitle, costAxis, frontierReading, tasksTitle, measure, target, withoutMeasures
    // The backtest.
    case backtestTitle, backtestSetup, forecaster, horizonShort, cases, crpsTitle, crpsLegend, coverage90Title, coverage50Title
    case coverageLegend, brierTitle, maeTitle, reliabilityTitle, forecastShort, observedShort, binShort
    case crpsChartTitle, crpsRatioAxis, horizonAxis, crpsChartReading, reliabilityAxisForecast, reliabilityAxisObserved
    case reliabilityReading, baselineLegend, notesTitle, methodNote, methodNoteOther

    public func text(_ language: Language) -> String {
        let (vi, en) = Self.table[self]!
        return language == .vi ? vi : en
    }

    /// The text with `{0}`, `{1}`, … replaced by `arguments`.
    public func filled(_ language: Language, _ arguments: [String]) -> String {
        var text = text(language)
        for (n, argument) in arguments.enumerated() { text = text.replacingOccurrences(of: "{\(n)}", with: argument) }
        return text
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
        .reportTitle: ("Báo cáo mô phỏng Chỉ số đổi mới sáng tạo cấp địa phương (PII)", "Provincial Innovation Index (PII) simulation report"),
        .summary: ("Tóm tắt", "Summary"),
        .milestone: ("Mốc", "Milestone"),
        .probability: ("Xác suất", "Probability"),
        .interval95: ("Khoảng tin cậy 95 %", "95 % interval"),
        .outlook: ("Đánh giá", "Outlook"),
        .onTrack: ("đúng hướng", "on track"),
        .atRisk: ("có rủi ro", "at risk"),
        .offTrack: ("khó đạt", "off track"),
        .outlookLegend: (
            "Đúng hướng: xác suất ≥ 80 %; có rủi ro: 50–80 %; khó đạt: dưới 50 %.",
            "On track: probability ≥ 80 %; at risk: 50–80 %; off track: below 50 %."),
        .wholePlan: ("Cả kế hoạch (mọi mốc xếp hạng cùng đạt)", "The whole plan (every rank milestone together)"),
        .everyMilestoneTogether: ("Mọi mốc, kể cả mục tiêu chỉ số", "Every milestone, the indicator target included"),
        .forecastModel: ("Mô hình dự báo", "Forecast model"),
        .missingValueRule: ("Giá trị thiếu", "Missing values"),
        .scenarioCount: ("Số kịch bản", "Scenarios"),
        .seed: ("Hạt giống ngẫu nhiên (seed)", "Random seed"),
        .reproduce: ("Lệnh tái lập kết quả", "Command that reproduces the run"),
        .generated: ("Tạo bởi pii", "Made by pii"),
        .fanTitle: ("Thứ hạng dự báo của {0}", "Forecast rank of {0}"),
        .yearAxis: ("Năm (kỳ công bố PII)", "Year (PII edition)"),
        .rankAxis: ("Thứ hạng (1 = cao nhất)", "Rank (1 = best)"),
        .median: ("Trung vị", "Median"),
        .band50: ("50 % kịch bản", "50 % of scenarios"),
        .band90: ("90 % kịch bản", "90 % of scenarios"),
        .lastData: ("Số liệu {0}", "Data {0}"),
        .fanReading: (
            "Năm {0}, thứ hạng trung vị là {1} (90 % kịch bản: {2}–{3}); P(top {4}) = {5}.",
            "In {0} the median rank is {1} (90 % of scenarios: {2}–{3}); P(top {4}) = {5}."),
        .distributionTitle: ("Phân bố thứ hạng năm {0}", "Rank distribution in {0}"),
        .rankShort: ("Hạng", "Rank"),
        .shareAxis: ("Tỷ lệ kịch bản (%)", "Share of scenarios (%)"),
        .targetBand: ("Vùng mục tiêu: hạng ≤ {0}", "Target band: rank ≤ {0}"),
        .distributionReading: (
            "P(hạng ≤ {0}) = {1}; thứ hạng thường gặp nhất: {2} ({3} kịch bản).",
            "P(rank ≤ {0}) = {1}; the most likely rank: {2} ({3} of scenarios)."),
        .pillarsTitle: ("Điểm đến từ đâu: bảy trụ cột năm {0}", "Where the score comes from: the seven pillars in {0}"),
        .rankTenth: ("Tỉnh hạng 10: {0}", "Rank 10: {0}"),
        .scoreAxis: ("Điểm (0–100)", "Score (0–100)"),
        .weightInIndex: ("Trọng số trong PII", "Weight in the PII"),
        .shareOfScore: ("Phần đóng góp vào điểm PII", "Share of the PII score"),
        .pillarsReading: (
            "Trụ cột mạnh nhất: {0} ({1} điểm); yếu nhất: {2} ({3} điểm). Mỗi trụ cột đầu ra chiếm 25 % điểm PII, mỗi trụ cột đầu vào 10 %.",
            "Strongest pillar: {0} ({1} points); weakest: {2} ({3} points). Each output pillar weighs 25 % of the PII, each input pillar 10 %."),
        .gapsTitle: ("Khoảng cách của từng chỉ số đến trung bình cả nước, năm {0}", "Each indicator's gap to the national average, {0}"),
        .gapAxis: ("Điểm chuẩn hóa của tỉnh trừ trung bình cả nước (điểm)", "The province's normalised score minus the national average (points)"),
        .gapsReading: (
            "{0}/{1} chỉ số dưới trung bình cả nước; xa nhất: {2} ({3} điểm). Cột phải: trọng số thực của chỉ số trong PII.",
            "{0} of {1} indicators are below the national average; the furthest: {2} ({3} points). Right column: the indicator's effective weight in the PII."),
        .ownersLegend: ("Màu theo cơ quan phụ trách", "Colour by responsible department"),
        .rivalsTitle: ("Đối thủ: các tỉnh thường đứng ngay trên năm {0}", "Rivals: the provinces most often just above in {0}"),
        .rivalsReading: (
            "Năm {0}, tỉnh thường đứng giữa hạng mục tiêu và {1} nhất: {2} ({3} kịch bản).",
            "In {0} the province most often between the target rank and {1}: {2} ({3} of scenarios)."),
        .justAbove: ("Đứng trên trong", "Above in"),
        .medianRank: ("Hạng trung vị", "Median rank"),
        .optimiserTitle: ("Danh mục biện pháp tối ưu", "The optimised portfolio of measures"),
        .frontierTitle: ("Đường biên chi phí – xác suất", "Cost–probability frontier"),
        .costAxis: ("Chi phí (tỷ đồng)", "Cost (billion VND)"),
        .frontierReading: (
            "Danh mục chọn: {0} biện pháp, {1} tỷ đồng, xác suất {2} (kiểm chứng trên kịch bản mới).",
            "Chosen: {0} measures, {1} billion VND, probability {2} (checked on fresh scenarios)."),
        .tasksTitle: ("Nhiệm vụ theo cơ quan: giá trị cần đạt mỗi năm (trung vị)", "Tasks by department: the value to reach each year (median)"),
        .measure: ("Biện pháp", "Measure"),
        .target: ("Mục tiêu", "Target"),
        .withoutMeasures: ("không biện pháp", "without measures"),
        .backtestTitle: ("Kiểm định dự báo trên lịch sử (backtest)", "Backtest of the rank forecasts"),
        .backtestSetup: (
            "Gốc dự báo {0}; tầm dự báo 1–{1} năm; {2} kịch bản mỗi mô hình; seed {3}; mỗi mô hình chỉ ước lượng trên các kỳ của gốc.",
            "Origins {0}; horizons 1–{1} years; {2} scenarios per model; seed {3}; each model is fitted on its origin's editions only."),
        .forecaster: ("Mô hình", "Forecaster"),
        .horizonShort: ("h = {0}", "h = {0}"),
        .cases: ("Số trường hợp", "Cases"),
        .crpsTitle: ("CRPS của phân bố thứ hạng (càng thấp càng tốt); trong ngoặc: so với quy tắc đơn giản tốt hơn",
                     "Rank CRPS (lower is better); in brackets: over the better naive rule"),
        .crpsLegend: (
            "persistence: hạng cuối + biến động hạng trong lịch sử; history-mean: hạng trung bình + cùng biến động.",
            "persistence: the last rank plus the history's rank changes; history-mean: the mean rank plus the same changes."),
        .coverage90Title: ("Tỷ lệ hạng thực nằm trong khoảng 90 % / xác suất dự báo của khoảng", "Actual ranks inside the 90 % interval / the forecast probability it held"),
        .coverage50Title: ("Tỷ lệ hạng thực nằm trong khoảng 50 % / xác suất dự báo của khoảng", "Actual ranks inside the 50 % interval / the forecast probability it held"),
        .coverageLegend: (
            "Hạng là số nguyên nên khoảng chứa nhiều hơn 90 % (50 %) xác suất; dự báo hiệu chỉnh tốt khi tỷ lệ thực bằng xác suất đó.",
            "Ranks are whole numbers, so an interval holds more than 90 % (50 %); a calibrated forecast covers as often as it holds."),
        .brierTitle: ("Điểm Brier của P(hạng ≤ {0})", "Brier score of P(rank ≤ {0})"),
        .maeTitle: ("Sai số tuyệt đối trung bình của hạng trung vị", "Mean absolute error of the median rank"),
        .reliabilityTitle: ("Độ tin cậy của P(hạng ≤ {0}), {1}, tầm 1–2 năm", "Reliability of P(rank ≤ {0}), {1}, horizons 1–2"),
        .forecastShort: ("Dự báo", "Forecast"),
        .observedShort: ("Thực tế", "Observed"),
        .binShort: ("Khoảng", "Bin"),
        .crpsChartTitle: ("CRPS thứ hạng so với quy tắc đơn giản tốt hơn", "Rank CRPS over the better naive rule"),
        .crpsRatioAxis: ("Tỷ lệ CRPS (dưới 1: tốt hơn)", "CRPS ratio (below 1: better)"),
        .horizonAxis: ("Tầm dự báo (năm)", "Horizon (years)"),
        .crpsChartReading: (
            "{0}: tỷ lệ CRPS {1}–{2} ở tầm 1–{3} năm (1 = bằng quy tắc đơn giản tốt hơn).",
            "{0}: CRPS ratio {1}–{2} at horizons 1–{3} (1 = as good as the better naive rule)."),
        .reliabilityAxisForecast: ("Xác suất dự báo", "Forecast probability"),
        .reliabilityAxisObserved: ("Tần suất thực tế", "Observed frequency"),
        .reliabilityReading: (
            "Điểm gần đường chéo: xác suất dự báo đúng với tần suất thực tế (khoảng có ít nhất 20 trường hợp được tô đậm).",
            "Points near the diagonal: forecast probabilities come true as often as they say (bins with at least 20 cases filled)."),
        .baselineLegend: ("quy tắc đơn giản", "naive rule"),
        .notesTitle: ("Những gì dữ liệu cho biết và không cho biết", "What the history could and could not tell"),
        .methodNote: (
            "Phương pháp: mỗi chỉ số của mỗi tỉnh được dự báo như một mức bền vững cộng nhiễu nhất thời (mô hình local-level), các tỉnh khác cũng thay đổi, và chỉ số PII được tính lại trong từng kịch bản. Kiểm định trên 11 kỳ PCI thực (63 tỉnh, 2006–2016): CRPS thứ hạng bằng 0,94–0,97 lần quy tắc đơn giản tốt hơn ở tầm 1–5 năm; khoảng 90 % chứa 0,90–0,95 hạng thực (xác suất dự báo của khoảng: 0,92). Với ba kỳ số liệu, mô hình không biết độ lệch của một tỉnh kéo dài bao lâu và tính đến mọi khả năng (docs/forecasting.md).",
            "Method: each province's indicators are forecast as a persistent level plus transient noise (the local-level model), the other provinces move too, and the PII is recomputed in every scenario. Backtested on 11 real PCI editions (63 provinces, 2006–2016): its rank CRPS is 0.94–0.97 of the better naive rule at 1–5 years, and its 90 % intervals hold 0.90–0.95 of the actual ranks (they claim 0.92). With three editions the model cannot tell how long a province's departures last and spreads the scenarios over every length the data allow (docs/forecasting.md)."),
        .methodNoteOther: (
            "Phương pháp: mô hình {0}. Trên 11 kỳ PCI thực, mô hình này không tốt hơn các quy tắc đơn giản (docs/forecasting.md); mô hình mặc định là local-level.",
            "Method: the {0} model. On 11 real PCI editions it did not beat the naive rules (docs/forecasting.md); the default is local-level."),
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
