import Foundation

/// Every fixed piece of text the outputs show, in Vietnamese and English: the one table of
/// strings that tables, CSV headers and reports draw from.
public enum Label: String, Sendable, CaseIterable {
    case rank, province, score, input, output, efficiency, outputOverInput, indicator, level, value, unit
    case nationalAverage, gap, effectiveWeight, owner, status, treatment
    case strengths, weaknesses, ranking, profileOf, year, missing, atOrAbove, below
    case illustrativeData, userData, settings, constantIndicator, treatedIndicators
    case known, assumed, blocks, pillars, groups, indicators, code, name, meetsAverage
    case averageShort, versusAverage, weightShort, weightLegend
    case missingCount, validation, provinces, values, errors, warnings, missingByOwner, noOwner, noErrors, errorsFound
    case readAs, missingAndRanks, alikeFirst
    // The HTML report.
    case reportTitle, summary, milestone, probability, interval95, outlook, onTrack, atRisk, offTrack, outlookLegend
    case wholePlan, everyMilestoneTogether, forecastModel, missingValueRule, scenarioCount, seed, reproduce, generated
    case fanTitle, yearAxis, rankAxis, median, band50, band90, lastData, fanReading
    case distributionTitle, rankShort, shareAxis, targetBand, distributionReading
    case pillarsTitle, rankTenth, scoreAxis, weightInIndex, shareOfScore, pillarsReading
    case gapsTitle, gapAxis, gapsReading, ownersLegend
    case rivalsTitle, rivalsReading, threatsTitle, rivalsAheadReading, threatReading, rivalsLegend, justAbove, medianRank
    case optimiserTitle, frontierTitle, costAxis, frontierReading, tasksTitle, measure, target, withoutMeasures, withPortfolio
    case measuresTitle, noMeasures, effectsColumn, startColumn, rampColumn, costColumn, optimiserChoice, chosen, chosenVersion
    case leftOut, rivalMeasure, noMeasureBaseline, reachAverage, reachProvince, reachBest, uncertaintyShort
    // pii compare.
    case compareTitle, comparePairing, compareOdds, oneSideOnly, everyRankMilestoneTogether, differencePoints, compareRanks
    case medianRankOf, meanRankDifference, compareMeasures, ownMeasureOfB, withoutItPoints, noOwnMeasures, measuresOnlyInA
    // Why the rank moves.
    case forecastBar, pillarsTitleWithForecast, gapsTitleWithForecast, gapsForecastReading
    case rankChangeTitle, rankChangeSummary, noRankChange, placesUp, placesDown, contributionPoints, leadingIndicators, rankChangeRemainder
    // pii run's table.
    case rankAtMost, climbOne, climbMany, scoreAtLeast, everyIndicatorAtAverage, runSetup, rankOf, intervalShort, milestones
    case reproduceShort, rivalWithRank, rivalsToOvertake, rivalsThreatList, everyProvinceIn
    // The backtest.
    case backtestTitle, backtestSetup, forecaster, horizonShort, cases, crpsTitle, crpsLegend, coverage90Title, coverage50Title
    case coverageLegend, brierTitle, maeTitle, reliabilityTitle, forecastShort, observedShort, binShort
    case crpsChartTitle, crpsRatioAxis, horizonAxis, crpsChartReading, reliabilityAxisForecast, reliabilityAxisObserved
    case reliabilityReading, baselineLegend, notesTitle, methodNote, methodNoteOther

    public func text(_ language: Language) -> String {
        language == .vi ? texts.vi : texts.en
    }

    /// The text with `{0}`, `{1}`, … replaced by `arguments`.
    public func filled(_ language: Language, _ arguments: [String]) -> String {
        var text = text(language)
        for (n, argument) in arguments.enumerated() { text = text.replacingOccurrences(of: "{\(n)}", with: argument) }
        return text
    }

    /// Both texts; a `switch`, so that a label without them does not build.
    private var texts: (vi: String, en: String) {
        switch self {
        case .rank: ("Hạng", "Rank")
        case .readAs: ("đọc", "read")
        case .forecastBar: ("{0} {1} (trung vị dự báo)", "{0} {1} (median forecast)")
        case .pillarsTitleWithForecast: (
            "Điểm PII hình thành từ đâu: bảy trụ cột năm {0} và dự báo năm {1}",
            "Where the score comes from: the seven pillars in {0} and as forecast for {1}")
        case .gapsTitleWithForecast: (
            "Khoảng cách của từng chỉ số đến trung bình cả nước: năm {0} và dự báo năm {1}",
            "Each indicator's gap to the national average: {0} and as forecast for {1}")
        case .gapsForecastReading: (
            "Theo trung vị dự báo năm {0}: {1}/{2} chỉ số dưới trung bình cả nước.",
            "In the median forecast for {0}: {1} of {2} indicators below the national average.")
        case .missingAndRanks: ("Giá trị thiếu và thứ hạng", "Missing values and ranks")
        case .alikeFirst: ("{0} giá trị như sau, giá trị đầu", "{0} alike, the first")
        case .province: ("Tỉnh/thành", "Province")
        case .score: ("Điểm", "Score")
        case .input: ("Đầu vào", "Input")
        case .output: ("Đầu ra", "Output")
        case .efficiency: ("Hiệu quả", "Efficiency")
        case .outputOverInput: ("ĐR/ĐV", "Out/In")
        case .indicator: ("Chỉ số", "Indicator")
        case .level: ("Cấp", "Level")
        case .value: ("Giá trị", "Value")
        case .unit: ("Đơn vị", "Unit")
        case .nationalAverage: ("TB cả nước", "National avg.")
        case .gap: ("Chênh lệch", "Gap")
        case .effectiveWeight: ("Trọng số thực", "Eff. weight")
        case .owner: ("Cơ quan phụ trách", "Owner")
        case .status: ("Nguồn", "Status")
        case .treatment: ("Xử lý ngoại lai", "Outlier treatment")
        case .strengths: ("Điểm mạnh", "Strengths")
        case .weaknesses: ("Điểm yếu", "Weaknesses")
        case .ranking: ("Xếp hạng PII", "PII ranking")
        case .profileOf: ("Hồ sơ PII", "PII profile")
        case .year: ("Năm", "Year")
        case .missing: ("thiếu", "missing")
        case .atOrAbove: ("≥ TB", "≥ avg")
        case .below: ("< TB", "< avg")
        case .illustrativeData:
            (
                "Dữ liệu minh họa (hiệu chỉnh theo kết quả công bố 2025), không phải số liệu chính thức",
                "Illustrative data (calibrated to the published 2025 results), not official values"
            )
        case .userData: ("Dữ liệu", "Data")
        case .settings: ("Thiết lập phương pháp", "Method settings")
        case .constantIndicator: ("Chỉ số không đổi (mọi tỉnh 50 điểm)", "Constant indicator (every province scored 50)")
        case .treatedIndicators: ("Chỉ số được xử lý ngoại lai", "Indicators with outlier treatment")
        case .known: ("công bố", "known")
        case .assumed: ("giả định", "assumed")
        case .blocks: ("Khối", "Blocks")
        case .pillars: ("Trụ cột", "Pillars")
        case .groups: ("Nhóm chỉ số", "Groups")
        case .indicators: ("Chỉ số thành phần", "Indicators")
        case .code: ("Mã", "Code")
        case .name: ("Tên", "Name")
        case .meetsAverage: ("So với TB", "Vs avg.")
        case .averageShort: ("TB cả nước", "Average")
        case .versusAverage: ("So TB", "vs avg")
        case .weightShort: ("TS %", "Wt %")
        case .validation: ("Kiểm tra dữ liệu", "Data check")
        case .missingCount: ("Thiếu", "Missing")
        case .provinces: ("Tỉnh có số liệu", "Provinces")
        case .values: ("Giá trị", "Values")
        case .errors: ("Lỗi", "Errors")
        case .warnings: ("Cảnh báo", "Warnings")
        case .missingByOwner: ("Giá trị còn thiếu, theo cơ quan phụ trách", "Missing values, by the department that owns them")
        case .noOwner: ("(chưa giao cơ quan)", "(no owner)")
        case .noErrors: ("Không có lỗi.", "No errors.")
        case .errorsFound: ("lỗi: cần sửa trước khi tính chỉ số.", "errors: fix them before scoring.")
        case .reportTitle: ("Báo cáo mô phỏng Chỉ số đổi mới sáng tạo cấp địa phương (PII)", "Provincial Innovation Index (PII) simulation report")
        case .summary: ("Tóm tắt", "Summary")
        case .milestone: ("Mốc", "Milestone")
        case .probability: ("Xác suất", "Probability")
        case .interval95: ("Khoảng tin cậy 95 %", "95 % interval")
        case .outlook: ("Đánh giá", "Outlook")
        case .onTrack: ("đúng hướng", "on track")
        case .atRisk: ("có rủi ro", "at risk")
        case .offTrack: ("khó đạt", "off track")
        case .outlookLegend:
            (
                "Đúng hướng: xác suất ≥ 80 %; có rủi ro: 50–80 %; khó đạt: dưới 50 %.",
                "On track: probability ≥ 80 %; at risk: 50–80 %; off track: below 50 %."
            )
        case .wholePlan: ("Cả kế hoạch (mọi mốc xếp hạng cùng đạt)", "The whole plan (every rank milestone together)")
        case .everyMilestoneTogether: ("Mọi mốc, kể cả mục tiêu chỉ số", "Every milestone, the indicator target included")
        case .forecastModel: ("Mô hình dự báo", "Forecast model")
        case .missingValueRule: ("Giá trị thiếu", "Missing values")
        case .scenarioCount: ("Số kịch bản", "Scenarios")
        case .seed: ("Hạt giống ngẫu nhiên (seed)", "Random seed")
        case .reproduce: ("Lệnh tái lập kết quả", "Command that reproduces the run")
        case .generated: ("Tạo bởi pii", "Made by pii")
        case .fanTitle: ("Thứ hạng dự báo của {0}", "Forecast rank of {0}")
        case .yearAxis: ("Năm (kỳ công bố PII)", "Year (PII edition)")
        case .rankAxis: ("Thứ hạng (1 = cao nhất)", "Rank (1 = best)")
        case .median: ("Trung vị", "Median")
        case .band50: ("50 % kịch bản", "50 % of scenarios")
        case .band90: ("90 % kịch bản", "90 % of scenarios")
        case .lastData: ("Số liệu {0}", "Data {0}")
        case .fanReading:
            (
                "Năm {0}, thứ hạng trung vị là {1} (90 % kịch bản: {2}–{3}); P(top {4}) = {5}.",
                "In {0} the median rank is {1} (90 % of scenarios: {2}–{3}); P(top {4}) = {5}."
            )
        case .distributionTitle: ("Phân bố thứ hạng năm {0}", "Rank distribution in {0}")
        case .rankShort: ("Hạng", "Rank")
        case .shareAxis: ("Tỷ lệ kịch bản (%)", "Share of scenarios (%)")
        case .targetBand: ("Vùng mục tiêu: hạng ≤ {0}", "Target band: rank ≤ {0}")
        case .distributionReading:
            (
                "P(hạng ≤ {0}) = {1}; thứ hạng thường gặp nhất: {2} ({3} kịch bản).",
                "P(rank ≤ {0}) = {1}; the most likely rank: {2} ({3} of scenarios)."
            )
        case .pillarsTitle: ("Điểm PII hình thành từ đâu: bảy trụ cột năm {0}", "Where the score comes from: the seven pillars in {0}")
        case .rankTenth: ("Tỉnh hạng 10: {0}", "Rank 10: {0}")
        case .scoreAxis: ("Điểm (0–100)", "Score (0–100)")
        case .weightInIndex: ("Trọng số trong PII", "Weight in the PII")
        case .shareOfScore: ("Phần đóng góp vào điểm PII", "Share of the PII score")
        case .pillarsReading:
            (
                "Trụ cột mạnh nhất: {0} ({1} điểm); yếu nhất: {2} ({3} điểm). Mỗi trụ cột đầu ra chiếm 25 % điểm PII, mỗi trụ cột đầu vào 10 %.",
                "Strongest pillar: {0} ({1} points); weakest: {2} ({3} points). Each output pillar weighs 25 % of the PII, each input pillar 10 %."
            )
        case .gapsTitle: ("Khoảng cách của từng chỉ số đến trung bình cả nước, năm {0}", "Each indicator's gap to the national average, {0}")
        case .gapAxis: ("Điểm chuẩn hóa của tỉnh trừ trung bình cả nước (điểm)", "The province's normalised score minus the national average (points)")
        case .gapsReading:
            (
                "{0}/{1} chỉ số dưới trung bình cả nước; xa nhất: {2} ({3} điểm). Cột phải: trọng số thực của chỉ số trong PII.",
                "{0} of {1} indicators are below the national average; the furthest: {2} ({3} points). Right column: the indicator's effective weight in the PII."
            )
        case .ownersLegend: ("Màu theo cơ quan phụ trách", "Colour by responsible department")
        case .rivalsTitle: ("Các tỉnh cần vượt năm {0}: hạng trung vị từ {1} đến ngay trên", "The provinces to overtake in {0}: median ranks from {1} to just above")
        case .rivalsReading:
            (
                "Năm {0}, hạng trung vị của {1} là {2}, chưa đạt top {3}; tỉnh gần nhất cần vượt: {4} (đứng giữa hạng {3} và {1} trong {5} kịch bản).",
                "In {0} {1}'s median rank is {2}, outside the top {3}; the nearest province to overtake: {4} (between rank {3} and {1} in {5} of scenarios)."
            )
        case .threatsTitle: ("Các tỉnh có thể đẩy {1} ra khỏi top {2} năm {0}", "The provinces that may push {1} out of the top {2} in {0}")
        case .rivalsAheadReading:
            (
                "Năm {0}, hạng trung vị của {1} là {2}, đã trong top {3}: không còn tỉnh nào phải vượt.",
                "In {0} {1}'s median rank is {2}, within the top {3}: no province left to overtake."
            )
        case .threatReading:
            (
                "Tỉnh thường chen vào nhất: {0} (đứng giữa hạng {2} và {3} trong {1} kịch bản).",
                "The most frequent threat: {0} (between rank {2} and {3} in {1} of scenarios)."
            )
        case .rivalsLegend:
            (
                "Đường: hạng trung vị theo năm. Số trong ngoặc: tỷ lệ kịch bản tỉnh đó đứng giữa hạng {0} và {1} năm cuối.",
                "Lines: the median rank per year. In brackets: the share of scenarios in which the province stands between rank {0} and {1} in the last year."
            )
        case .justAbove: ("Đứng trên trong", "Above in")
        case .medianRank: ("Hạng trung vị", "Median rank")
        case .optimiserTitle: ("Danh mục biện pháp tối ưu", "The optimised portfolio of measures")
        case .frontierTitle: ("Đường biên chi phí – xác suất", "Cost–probability frontier")
        case .costAxis: ("Chi phí (tỷ đồng)", "Cost (billion VND)")
        case .frontierReading:
            (
                "Danh mục chọn: {0} biện pháp, {1} tỷ đồng, xác suất {2} (kiểm chứng trên kịch bản mới).",
                "Chosen: {0} measures, {1} billion VND, probability {2} (checked on fresh scenarios)."
            )
        case .tasksTitle: ("Nhiệm vụ theo cơ quan: giá trị cần đạt mỗi năm (trung vị)", "Tasks by department: the value to reach each year (median)")
        case .measure: ("Biện pháp", "Measure")
        case .target: ("Mục tiêu", "Target")
        case .withoutMeasures: ("không biện pháp", "without measures")
        case .withPortfolio: ("với danh mục", "with the portfolio")
        case .measuresTitle: ("Các biện pháp trong kịch bản", "The scenario's measures")
        case .noMeasures:
            (
                "Kịch bản không có biện pháp nào: các chỉ số đi theo xu hướng riêng của chúng, các tỉnh khác cũng vậy.",
                "The scenario has no measures: every indicator follows its own course, and so do the other provinces'."
            )
        case .effectsColumn: ("Chỉ số và mức thay đổi", "Indicators and change")
        case .startColumn: ("Bắt đầu", "Start")
        case .rampColumn: ("Số năm đạt đủ tác động", "Years to full effect")
        case .costColumn: ("Chi phí (tỷ đồng)", "Cost (billion VND)")
        case .optimiserChoice: ("Danh mục tối ưu", "Optimised portfolio")
        case .chosen: ("chọn", "chosen")
        case .chosenVersion: ("chọn phương án {0}", "chosen as {0}")
        case .leftOut: ("không chọn", "left out")
        case .rivalMeasure: ("của tỉnh khác, luôn tính", "a rival's, always in force")
        case .noMeasureBaseline:
            (
                "Không có biện pháp nào: xác suất {0} (khoảng tin cậy 95 %: {1}; {2} kịch bản mới).",
                "With no measure at all: probability {0} (95 % interval {1}; {2} fresh scenarios)."
            )
        case .reachAverage: ("lên mức trung bình cả nước", "up to the national average")
        case .reachProvince: ("lên mức của {0}", "up to {0}'s value")
        case .reachBest: ("lên mức cao nhất cả nước", "up to the best province's value")
        case .uncertaintyShort: ("độ bất định {0}", "uncertainty {0}")
        case .compareTitle: ("So sánh hai kịch bản — {0}", "Two scenarios compared — {0}")
        case .comparePairing:
            (
                "{0} kịch bản chung (cùng seed {1}, cùng số thứ tự kịch bản): hiệu số B − A tính theo từng cặp kịch bản, khoảng tin cậy 95 % trong ngoặc, đơn vị điểm phần trăm.",
                "{0} common scenarios (one seed, {1}, the same scenario numbers): B − A is taken scenario by scenario; 95 % interval in brackets, in percentage points."
            )
        case .compareOdds: ("Xác suất đạt mục tiêu", "Odds of the milestones")
        case .oneSideOnly: ("chỉ một bên", "one side only")
        case .everyRankMilestoneTogether: ("Mọi mục tiêu thứ hạng cùng đạt", "Every rank milestone together")
        case .differencePoints: ("B − A (điểm %)", "B − A (points)")
        case .compareRanks: ("Thứ hạng của {0} (âm: B xếp hạng cao hơn)", "Rank of {0} (negative: B ranks it better)")
        case .medianRankOf: ("Hạng trung vị {0}", "Median rank {0}")
        case .meanRankDifference: ("Hạng TB: B − A", "Mean rank: B − A")
        case .compareMeasures:
            (
                "Biện pháp tạo nên khác biệt: xác suất mọi mục tiêu thứ hạng cùng đạt thay đổi bao nhiêu nếu B bỏ riêng biện pháp đó (các biện pháp khác giữ nguyên)",
                "The measures that make the difference: how the odds of every rank milestone together change when B goes without that measure alone (the others kept)"
            )
        case .ownMeasureOfB: ("Biện pháp riêng của B", "B's own measure")
        case .withoutItPoints: ("Nếu bỏ (điểm %)", "Without it (points)")
        case .noOwnMeasures: ("B không có biện pháp nào mà A không có.", "B has no measure that A does not have.")
        case .measuresOnlyInA: ("Biện pháp chỉ có ở A: {0}", "Measures only in A: {0}")
        case .rankAtMost: ("hạng ≤ {0}", "rank ≤ {0}")
        case .climbOne: ("tăng ≥ {0} bậc so với năm trước", "{0}+ place better than the year before")
        case .climbMany: ("tăng ≥ {0} bậc so với năm trước", "{0}+ places better than the year before")
        case .scoreAtLeast: ("điểm ≥ {0}", "score ≥ {0}")
        case .everyIndicatorAtAverage: ("mọi chỉ số ≥ trung bình cả nước", "every indicator at or above the national average")
        case .runSetup:
            (
                "Mô hình {0}, {1} kịch bản, seed {2}; {3} hạng {4} năm {5}",
                "Model {0}, {1} scenarios, seed {2}; {3} ranked {4} in {5}"
            )
        case .rankOf: ("Thứ hạng của {0}", "Rank of {0}")
        case .intervalShort: ("KTC 95 %", "95 % interval")
        case .milestones: ("Các mục tiêu", "Milestones")
        case .reproduceShort: ("Chạy lại", "Reproduce")
        case .rivalWithRank: ("{0} (hạng {1}, {2})", "{0} (rank {1}, {2})")
        case .rivalsToOvertake:
            (
                "Các tỉnh cần vượt năm {0} (hạng trung vị từ {1} đến {2} của {3}; trong ngoặc: hạng trung vị và tỷ lệ kịch bản tỉnh đó đứng giữa hạng {1} và {3}): {4}",
                "Provinces to overtake in {0} (median ranks from {1} to {3}'s {2}; in brackets: the median rank and the share of scenarios in which each stands between rank {1} and {3}): {4}"
            )
        case .rivalsThreatList:
            (
                "Các tỉnh có thể đẩy {0} ra khỏi top {1} (tỷ lệ kịch bản tỉnh đó đứng giữa hạng {1} và {0}): {2}",
                "Provinces that may push it out of the top {1} (share of scenarios in which each stands between rank {1} and {0}): {2}"
            )
        case .everyProvinceIn: ("Mọi tỉnh năm {0}", "Every province in {0}")
        case .rankChangeTitle: ("Vì sao thứ hạng thay đổi", "Why the rank moves")
        case .rankChangeSummary:
            (
                "Vì sao thứ hạng thay đổi ({0} → dự báo trung vị {1}): điểm PII của {2} {3} → {4} ({5}), hạng {6} → {7}. Riêng điểm mới của {2}, so với điểm {0} của các tỉnh khác: hạng {8} ({9}); phần do các tỉnh khác thay đổi: {10}.",
                "Why the rank moves ({0} → the {1} median forecast): {2}'s PII score {3} → {4} ({5}), rank {6} → {7}. Its new score alone, against the other provinces' {0} scores: rank {8} ({9}); the other provinces' moves: {10}."
            )
        case .noRankChange: ("không đổi", "no change")
        case .placesUp: ("tăng {0} bậc", "up by {0}")
        case .placesDown: ("giảm {0} bậc", "down by {0}")
        case .contributionPoints: ("Đóng góp (điểm PII)", "Contribution (PII points)")
        case .leadingIndicators: ("Chỉ số đóng góp nhiều nhất", "Indicators carrying most of it")
        case .rankChangeRemainder:
            (
                "Phần còn lại {0} điểm do giá trị thiếu (trọng số được chia lại).",
                "The remaining {0} points come from missing values (their weights shared out)."
            )
        case .backtestTitle: ("Kiểm định dự báo trên lịch sử (backtest)", "Backtest of the rank forecasts")
        case .backtestSetup:
            (
                "Gốc dự báo {0}; tầm dự báo 1–{1} năm; {2} kịch bản mỗi mô hình; seed {3}; mỗi mô hình chỉ ước lượng trên các kỳ của gốc.",
                "Origins {0}; horizons 1–{1} years; {2} scenarios per model; seed {3}; each model is fitted on its origin's editions only."
            )
        case .forecaster: ("Mô hình", "Forecaster")
        case .horizonShort: ("h = {0}", "h = {0}")
        case .cases: ("Số trường hợp", "Cases")
        case .crpsTitle:
            (
                "CRPS của phân bố thứ hạng (càng thấp càng tốt); trong ngoặc: so với quy tắc đơn giản tốt hơn",
                "Rank CRPS (lower is better); in brackets: over the better naive rule"
            )
        case .crpsLegend:
            (
                "persistence: hạng cuối + biến động hạng trong lịch sử; history-mean: hạng trung bình + cùng biến động.",
                "persistence: the last rank plus the history's rank changes; history-mean: the mean rank plus the same changes."
            )
        case .coverage90Title: ("Tỷ lệ hạng thực nằm trong khoảng 90 % / xác suất dự báo của khoảng", "Actual ranks inside the 90 % interval / the forecast probability it held")
        case .coverage50Title: ("Tỷ lệ hạng thực nằm trong khoảng 50 % / xác suất dự báo của khoảng", "Actual ranks inside the 50 % interval / the forecast probability it held")
        case .coverageLegend:
            (
                "Hạng là số nguyên nên khoảng chứa nhiều hơn 90 % (50 %) xác suất; dự báo hiệu chỉnh tốt khi tỷ lệ thực bằng xác suất đó.",
                "Ranks are whole numbers, so an interval holds more than 90 % (50 %); a calibrated forecast covers as often as it holds."
            )
        case .brierTitle: ("Điểm Brier của P(hạng ≤ {0})", "Brier score of P(rank ≤ {0})")
        case .maeTitle: ("Sai số tuyệt đối trung bình của hạng trung vị", "Mean absolute error of the median rank")
        case .reliabilityTitle: ("Độ tin cậy của P(hạng ≤ {0}), {1}, tầm 1–2 năm", "Reliability of P(rank ≤ {0}), {1}, horizons 1–2")
        case .forecastShort: ("Dự báo", "Forecast")
        case .observedShort: ("Thực tế", "Observed")
        case .binShort: ("Khoảng", "Bin")
        case .crpsChartTitle: ("CRPS thứ hạng so với quy tắc đơn giản tốt hơn", "Rank CRPS over the better naive rule")
        case .crpsRatioAxis: ("Tỷ lệ CRPS (dưới 1: tốt hơn)", "CRPS ratio (below 1: better)")
        case .horizonAxis: ("Tầm dự báo (năm)", "Horizon (years)")
        case .crpsChartReading:
            (
                "{0}: tỷ lệ CRPS {1}–{2} ở tầm 1–{3} năm (1 = bằng quy tắc đơn giản tốt hơn).",
                "{0}: CRPS ratio {1}–{2} at horizons 1–{3} (1 = as good as the better naive rule)."
            )
        case .reliabilityAxisForecast: ("Xác suất dự báo", "Forecast probability")
        case .reliabilityAxisObserved: ("Tần suất thực tế", "Observed frequency")
        case .reliabilityReading:
            (
                "Điểm gần đường chéo: xác suất dự báo đúng với tần suất thực tế (khoảng có ít nhất 20 trường hợp được tô đậm).",
                "Points near the diagonal: forecast probabilities come true as often as they say (bins with at least 20 cases filled)."
            )
        case .baselineLegend: ("quy tắc đơn giản", "naive rule")
        case .notesTitle: ("Những gì dữ liệu cho biết và không cho biết", "What the history could and could not tell")
        case .methodNote:
            (
                "Phương pháp: mỗi chỉ số của mỗi tỉnh được dự báo như một mức bền vững cộng nhiễu nhất thời (mô hình local-level), các tỉnh khác cũng thay đổi, và chỉ số PII được tính lại trong từng kịch bản. Kiểm định trên 11 kỳ PCI thực (63 tỉnh, 2006–2016): CRPS thứ hạng bằng 0,94–0,97 lần quy tắc đơn giản tốt hơn ở tầm 1–5 năm; khoảng 90 % chứa 0,90–0,95 hạng thực (xác suất dự báo của khoảng: 0,92). Với ba kỳ số liệu, mô hình không biết độ lệch của một tỉnh kéo dài bao lâu và tính đến mọi khả năng (docs/forecasting.md).",
                "Method: each province's indicators are forecast as a persistent level plus transient noise (the local-level model), the other provinces move too, and the PII is recomputed in every scenario. Backtested on 11 real PCI editions (63 provinces, 2006–2016): its rank CRPS is 0.94–0.97 of the better naive rule at 1–5 years, and its 90 % intervals hold 0.90–0.95 of the actual ranks (they claim 0.92). With three editions the model cannot tell how long a province's departures last and spreads the scenarios over every length the data allow (docs/forecasting.md)."
            )
        case .methodNoteOther:
            (
                "Phương pháp: mô hình {0}. Trên 11 kỳ PCI thực, mô hình này không tốt hơn các quy tắc đơn giản (docs/forecasting.md); mô hình mặc định là local-level.",
                "Method: the {0} model. On 11 real PCI editions it did not beat the naive rules (docs/forecasting.md); the default is local-level."
            )
        case .weightLegend:
            (
                "TS % = trọng số thực tế của chỉ số trong điểm PII; TB cả nước = trung bình giá trị thô của các tỉnh",
                "Wt % = the indicator's effective weight in the PII score; Average = the provinces' mean raw value"
            )
        }
    }
}
