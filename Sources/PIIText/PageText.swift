/// Every word of `pii serve`'s pages, in Vietnamese and English. The pages fetch the table
/// (`/api/strings`) and look each word up by its key, so that the browser holds no text of
/// its own.
public enum PageText: String, Sendable, CaseIterable {
    case appTitle, pillarColumn, tabOverview, tabWhatIf, tabPathway, tabOptimise, tabData, otherLanguage
    case rankingOf, chooseYear, chooseProvince, profileTitle, pillarsTitle, gapsByOwner, belowAverageCount
    case whatIfIntro, scenarioName, model, horizon, milestonesTitle, addRankMilestone, addClimbMilestone
    case rankAtMost, climbBy, measuresTitle, addMeasure, measureName, indicator, change, start, ramp, cost, owner
    case remove, openScenario, chooseScenario, saveYaml, downloadReport, oddsTitle, milestoneColumn, oddsColumn
    case intervalColumn, quickEstimate, refinedEstimate, computing, everyMilestone
    case pathwayIntro, targetRank, computeGap
    case pathwayAtProbability, pathwayProbabilityIntro, certainty, findPathway, pathwayResult, deterministicGap
    case optimiseIntro, budget, objective, runOptimiser, objectiveRankMilestones, objectiveEveryMilestone, objectiveTopTen
    case portfolio, noMeasuresRow, measuresColumn
    case dataIntro, panelFile, provincesFile, frameworkFile, upload, useDefaultData, dataInUse, defaultData
    case uploadedData, validationTitle, noProblems, problemsFound, working, requestFailed, yearColumn
    case strengths, weaknesses, currentValue, requiredValue, gapReached, gapNotReached, rankColumn, scoreColumn, inputColumn, outputColumn

    public func text(_ language: Language) -> String {
        language == .vi ? texts.vi : texts.en
    }

    /// Both texts; a `switch`, so that a word without its translation does not build.
    private var texts: (vi: String, en: String) {
        switch self {
        case .appTitle: ("Phòng kế hoạch PII", "PII planning room")
        case .tabOverview: ("Tổng quan", "Overview")
        case .tabWhatIf: ("Kịch bản", "What-if")
        case .tabPathway: ("Lộ trình", "Pathway")
        case .tabOptimise: ("Tối ưu", "Optimise")
        case .tabData: ("Dữ liệu", "Data")
        case .otherLanguage: ("English", "Tiếng Việt")
        case .rankingOf: ("Bảng xếp hạng PII năm {0}", "PII ranking, {0}")
        case .chooseYear: ("Năm", "Year")
        case .chooseProvince: ("Tỉnh/thành", "Province")
        case .profileTitle: ("Hồ sơ của {0} năm {1}", "Profile of {0}, {1}")
        case .pillarsTitle: ("Bảy trụ cột", "The seven pillars")
        case .pillarColumn: ("Trụ cột", "Pillar")
        case .gapsByOwner: ("Chỉ số dưới trung bình cả nước, theo cơ quan phụ trách", "Indicators below the national average, by owner")
        case .belowAverageCount: ("dưới trung bình: {0} chỉ số", "indicators below the average: {0}")
        case .whatIfIntro: (
            "Chọn tỉnh, mô hình và các mốc; thêm biện pháp. Xác suất đạt từng mốc được tính lại sau mỗi thay đổi: ước tính nhanh trước, rồi tinh chỉnh.",
            "Choose the province, the model and the milestones; add measures. The odds of every milestone are computed again after each change: a quick estimate first, then refined.")
        case .scenarioName: ("Tên kịch bản", "Scenario name")
        case .model: ("Mô hình dự báo", "Forecast model")
        case .horizon: ("Đến năm", "Horizon")
        case .milestonesTitle: ("Các mốc", "Milestones")
        case .addRankMilestone: ("+ Mốc thứ hạng", "+ Rank milestone")
        case .addClimbMilestone: ("+ Mốc tăng hạng", "+ Climb milestone")
        case .rankAtMost: ("hạng không quá", "rank at most")
        case .climbBy: ("tăng ít nhất (bậc so với năm trước)", "climb at least (places on the year before)")
        case .measuresTitle: ("Các biện pháp", "Measures")
        case .addMeasure: ("+ Biện pháp", "+ Measure")
        case .measureName: ("Tên biện pháp", "Measure")
        case .indicator: ("Chỉ số", "Indicator")
        case .change: ("Thay đổi", "Change")
        case .start: ("Năm bắt đầu", "Start")
        case .ramp: ("Số năm đạt đủ", "Ramp (years)")
        case .cost: ("Chi phí (tỷ đồng)", "Cost (billion VND)")
        case .owner: ("Cơ quan phụ trách", "Owner")
        case .remove: ("Xoá", "Remove")
        case .openScenario: ("Mở kịch bản có sẵn", "Open a saved scenario")
        case .chooseScenario: ("— chọn —", "— choose —")
        case .saveYaml: ("Lưu kịch bản (YAML)", "Save the scenario (YAML)")
        case .downloadReport: ("Tải báo cáo HTML", "Download the HTML report")
        case .oddsTitle: ("Xác suất đạt các mốc", "Odds of each milestone")
        case .milestoneColumn: ("Mốc", "Milestone")
        case .oddsColumn: ("Xác suất", "Probability")
        case .intervalColumn: ("Khoảng tin cậy 95 %", "95 % interval")
        case .quickEstimate: ("Ước tính nhanh: {0} kịch bản — đang tinh chỉnh…", "Quick estimate: {0} scenarios — refining…")
        case .refinedEstimate: ("{0} kịch bản, hạt giống {1}", "{0} scenarios, seed {1}")
        case .computing: ("Đang tính…", "Computing…")
        case .everyMilestone: ("Đạt mọi mốc", "Every milestone")
        case .pathwayIntro: (
            "Các chỉ số phải đạt để tỉnh lên hạng mục tiêu khi các tỉnh khác giữ nguyên số liệu của một năm, theo cơ quan phụ trách (như lệnh pii gap).",
            "What the indicators must reach for the target rank with every other province at an edition's data, by owner (as pii gap gives it).")
        case .pathwayAtProbability: ("Lộ trình theo xác suất", "The pathway at a probability")
        case .pathwayProbabilityIntro: (
            "Lộ trình rẻ nhất gồm các giá trị chỉ số cần đạt mỗi năm để đạt mọi mốc thứ hạng của kịch bản ở trang Kịch bản với mức chắc chắn đã chọn, khi mọi tỉnh khác cũng thay đổi theo dự báo; kiểm tra lại trên các kịch bản mới (như lệnh pii gap --milestones --probability).",
            "The cheapest pathway of yearly indicator targets that meets every rank milestone of the what-if page's scenario with the chosen certainty while every other province moves as forecast; checked again on fresh scenarios (as pii gap --milestones --probability).")
        case .certainty: ("Mức chắc chắn", "Certainty")
        case .findPathway: ("Tìm lộ trình", "Find the pathway")
        case .pathwayResult: (
            "Chi phí {0} điểm chuẩn hoá; đạt mọi mốc trong {1} kịch bản mới (khoảng tin cậy 95 %: {2}).",
            "Cost {0} normalised points; every milestone met in {1} of fresh scenarios (95 % interval: {2}).")
        case .deterministicGap: ("Khoảng cách tất định", "The deterministic gap")
        case .targetRank: ("Hạng mục tiêu", "Target rank")
        case .computeGap: ("Tính khoảng cách", "Compute the gap")
        case .optimiseIntro: (
            "Trong các biện pháp của kịch bản ở trang Kịch bản, chọn danh mục có xác suất đạt mục tiêu cao nhất trong phạm vi ngân sách (bộ giải CBC, như lệnh pii optimize); tiến độ hiện ra trong lúc tìm.",
            "Chooses among the measures of the what-if page's scenario the portfolio with the best odds within the budget (the CBC solver, as pii optimize does); progress shows while it searches.")
        case .budget: ("Ngân sách (tỷ đồng)", "Budget (billion VND)")
        case .objective: ("Mục tiêu", "Objective")
        case .runOptimiser: ("Tìm danh mục", "Find the portfolio")
        case .objectiveRankMilestones: ("mọi mốc thứ hạng", "every rank milestone")
        case .objectiveEveryMilestone: ("mọi mốc", "every milestone")
        case .objectiveTopTen: ("top 10 năm cuối", "top 10 at the horizon")
        case .portfolio: ("Danh mục được chọn", "Chosen portfolio")
        case .noMeasuresRow: ("Không có biện pháp", "No measures")
        case .measuresColumn: ("Biện pháp", "Measures")
        case .dataIntro: (
            "Tải lên bảng số liệu (CSV hoặc Excel, các định dạng của pii validate). Tệp chỉ được đọc trong bộ nhớ và chỉ dùng cho phiên làm việc này.",
            "Upload a panel (CSV or Excel, the formats pii validate reads). The file is read in memory only and used for this session alone.")
        case .panelFile: ("Bảng số liệu", "Panel")
        case .provincesFile: ("Danh sách tỉnh", "Provinces")
        case .frameworkFile: ("Khung chỉ số", "Framework")
        case .upload: ("Tải lên và kiểm tra", "Upload and check")
        case .useDefaultData: ("Dùng lại dữ liệu mặc định", "Back to the default data")
        case .dataInUse: ("Dữ liệu đang dùng", "Data in use")
        case .defaultData: ("dữ liệu minh hoạ có sẵn", "the embedded illustrative data")
        case .uploadedData: ("tệp tải lên của phiên này", "this session's upload")
        case .validationTitle: ("Kết quả kiểm tra", "Validation")
        case .noProblems: ("Không có lỗi: dữ liệu được dùng cho phiên này.", "No errors: the data is used for this session.")
        case .problemsFound: ("Có lỗi: dữ liệu chưa được dùng.", "Errors found: the data is not used.")
        case .working: ("Đang xử lý…", "Working…")
        case .requestFailed: ("Không thực hiện được", "Could not be done")
        case .yearColumn: ("Năm", "Year")
        case .strengths: ("Điểm mạnh", "Strengths")
        case .weaknesses: ("Điểm yếu", "Weaknesses")
        case .currentValue: ("Hiện tại", "Now")
        case .requiredValue: ("Cần đạt", "Required")
        case .gapReached: ("Đạt hạng {0} (từ hạng {1}): {2} chỉ số cần thay đổi.", "Rank {0} reached (from {1}): {2} indicators to change.")
        case .gapNotReached: (
            "Không đạt được hạng {0} chỉ bằng các chỉ số của tỉnh; hạng tốt nhất: {1}.",
            "Rank {0} cannot be reached through the province's own indicators; the best is {1}.")
        case .rankColumn: ("Hạng", "Rank")
        case .scoreColumn: ("Điểm", "Score")
        case .inputColumn: ("Đầu vào", "Input")
        case .outputColumn: ("Đầu ra", "Output")
        }
    }
}
