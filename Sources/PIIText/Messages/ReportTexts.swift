// The words of the reports and status lines that are sentences rather than labels: the gap,
// the pathway, the optimiser, the missing-value note. Values arrive already written in the
// report's language (numbers by ReadableNumber, names as they are).

// pii optimize
extension Phrase {
    public static func billionVND(_ amount: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "\(amount) tỷ đồng",
               en: "\(amount) billion VND")
    }
    public static let everyRankMilestoneOdds = Phrase(vi: "P(đạt mọi mốc xếp hạng)", en: "P(every rank milestone)")
    public static let everyMilestoneOdds = Phrase(vi: "P(đạt mọi mốc)", en: "P(every milestone)")
    public static func topTenOdds(_ horizon: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "P(top 10 năm \(horizon))",
               en: "P(top 10 in \(horizon))")
    }
    public static func highestWithinBudget(_ budget: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "cao nhất trong ngân sách \(budget)",
               en: "highest within a budget of \(budget)")
    }
    public static let highestNoBudgetLimit = Phrase(vi: "cao nhất, không giới hạn ngân sách", en: "highest, with no budget limit")
    public static func leastCostGoal(_ probability: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "≥ \(probability) với chi phí thấp nhất",
               en: "≥ \(probability) at least cost")
    }
    public static func optimiserSetup(_ focusName: some CustomStringConvertible, _ objectiveText: some CustomStringConvertible, _ goalText: some CustomStringConvertible, _ measureCount: some CustomStringConvertible, _ count: some CustomStringConvertible, _ scenarios: some CustomStringConvertible, _ verification: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Tối ưu danh mục biện pháp của \(focusName): \(objectiveText) \(goalText). \(measureCount) biện pháp (\(count) phương án), mỗi danh mục đánh giá trên cùng \(scenarios) kịch bản; kiểm chứng trên \(verification) kịch bản mới.",
               en: "Portfolio of \(focusName)'s measures: \(objectiveText) \(goalText). \(measureCount) measures (\(count) versions), every portfolio evaluated on the same \(scenarios) scenarios; checked on \(verification) fresh scenarios.")
    }
    public static let portfolioTasksHeading = Phrase(vi: "Nhiệm vụ theo cơ quan (giá trị trung vị mỗi năm với danh mục; trong ngoặc: không biện pháp)", en: "Tasks by department (median value each year with the portfolio; in brackets: no measures)")
    public static let reproduceLine = Phrase(vi: "Tái lập: ", en: "Reproduce: ")
    public static func budgetIsBelowCheapest(_ budget: some CustomStringConvertible, _ cheapestVersion: some CustomStringConvertible, _ objectiveText: some CustomStringConvertible, _ verifiedNone: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Ngân sách \(budget) thấp hơn biện pháp rẻ nhất (\(cheapestVersion)): không tài trợ được biện pháp nào. Không biện pháp: \(objectiveText) = \(verifiedNone).",
               en: "A budget of \(budget) is below the cheapest measure (\(cheapestVersion)): nothing can be funded. With no measures, \(objectiveText) = \(verifiedNone).")
    }
    public static func noPortfolioReachesBest(_ probability: some CustomStringConvertible, _ reachableProbability: some CustomStringConvertible, _ count: some CustomStringConvertible, _ reachable: some CustomStringConvertible, _ reachable2: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Không danh mục nào đạt \(probability). Xác suất cao nhất tìm được: \(reachableProbability) với \(count) biện pháp, chi phí \(reachable) (\(reachable2)).",
               en: "No portfolio reaches \(probability). The best odds found: \(reachableProbability) with \(count) measures costing \(reachable) (\(reachable2)).")
    }
    public static let fromYear = Phrase(vi: "Từ", en: "From")
    public static let costHeading = Phrase(vi: "Chi phí", en: "Cost")
    public static let budgetHeading = Phrase(vi: "Ngân sách", en: "Budget")
    public static let measureCount = Phrase(vi: "Số BP", en: "Count")
    public static let changeFromLineAbove = Phrase(vi: "Thay đổi so với dòng trên", en: "Change from the line above")
    public static func oddsUpperBound(_ bound: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "cận trên của xác suất đó \(bound)",
               en: "an upper bound on those odds of \(bound)")
    }
    public static func costLowerBound(_ bound: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "cận dưới của chi phí \(bound)",
               en: "a lower bound on the cost of \(bound)")
    }
    public static let optimalityNotProven = Phrase(vi: " (chưa chứng minh tối ưu)", en: " (optimality not proven)")
    public static let cbcTimeLimit = Phrase(vi: "; CBC dừng vì giới hạn thời gian, kết quả có thể khác trên máy khác", en: "; CBC stopped at its time limit, so the result may differ on another machine")
    public static func linearisedStart(_ sampleSize: some CustomStringConvertible, _ linearShare: some CustomStringConvertible, _ bound: some CustomStringConvertible, _ proof: some CustomStringConvertible, _ time: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Điểm xuất phát của tìm kiếm: mô hình tuyến tính hóa (CBC, \(sampleSize) kịch bản, chỉ các mốc hạng ≤ k) coi một kịch bản là đạt khi biên độ xấp xỉ tuyến tính theo các biện pháp dương; danh mục của nó đạt \(linearShare) theo phép xấp xỉ này, \(bound)\(proof)\(time). Xấp xỉ bỏ qua việc các tỉnh khác cũng thay đổi điểm chuẩn hóa, nên nó khác kết quả của mô hình đầy đủ ở trên; mọi danh mục đều được chấm lại bằng mô hình đầy đủ.",
               en: "The search's starting point: a linearised model (CBC, \(sampleSize) scenarios, rank ≤ k targets only) counts a scenario as met when its margins, linear in the measures, are positive; its portfolio scores \(linearShare) by that approximation, with \(bound)\(proof)\(time). The approximation ignores how the measures move the min–max of every province, so it differs from the exact engine's figures above; every portfolio is re-scored by the exact engine.")
    }
    public static let everyPortfolioEnumerated = Phrase(vi: "liệt kê mọi danh mục", en: "every portfolio enumerated")
    public static let greedyGainPerCost = Phrase(vi: "tham lam theo lợi ích/chi phí, quy hoạch nguyên (CBC), tìm kiếm cục bộ", en: "greedy by gain per cost, integer programme (CBC), local search")
    public static func searchSummary(_ method: some CustomStringConvertible, _ evaluations: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Cách tìm: \(method); \(evaluations) lần đánh giá danh mục bằng mô hình đầy đủ",
               en: "Search: \(method); \(evaluations) portfolio evaluations with the exact engine")
    }
    public static func searchTiming(_ searchSeconds: some CustomStringConvertible, _ rate: some CustomStringConvertible, _ seconds: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "; tìm kiếm \(searchSeconds) giây (\(rate) lần đánh giá/giây), tổng \(seconds) giây",
               en: "; search \(searchSeconds) s (\(rate) evaluations/s), \(seconds) s in all")
    }
}

// pii gap
extension Phrase {
    public static let costLower = Phrase(vi: "chi phí", en: "cost")
    public static let normalisedPoints = Phrase(vi: "điểm chuẩn hóa", en: "normalised points")
    public static func gapTitle(_ targetRank: some CustomStringConvertible, _ name: some CustomStringConvertible, _ basis: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Khoảng cách đến hạng \(targetRank) — \(name), \(basis)",
               en: "Gap to rank \(targetRank) — \(name), \(basis)")
    }
    public static let overtakesLine = Phrase(vi: "Vượt qua: ", en: "Overtakes: ")
    public static let targetRankHeld = Phrase(vi: "\nĐã đạt hạng mục tiêu: không cần cải thiện.\n", en: "\nThe target rank is already held: nothing to improve.\n")
    public static let becomesBestValue = Phrase(vi: "* tỉnh trở thành giá trị cao nhất của chỉ số: từ đây mỗi đơn vị thêm chỉ làm các tỉnh khác giảm điểm, hiệu quả giảm dần", en: "* the province becomes the indicator's best value: beyond it each further unit only shrinks the others' scores, with falling returns")
    public static let everyIndicatorAtAverageHeading = Phrase(vi: "Mục tiêu mọi chỉ số ≥ trung bình cả nước", en: "Target: every indicator at or above the national average")
    public static func indicatorsMustRiseAverage(_ count: some CustomStringConvertible, _ province: some CustomStringConvertible, _ rankBefore: some CustomStringConvertible, _ scoreBefore: some CustomStringConvertible, _ rankAfter: some CustomStringConvertible, _ scoreAfter: some CustomStringConvertible, _ costUnit: some CustomStringConvertible, _ cost: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "\(count) chỉ số phải nâng lên mức trung bình; riêng điều đó đưa \(province) từ hạng \(rankBefore) (điểm \(scoreBefore)) lên hạng \(rankAfter) (điểm \(scoreAfter)), \(costUnit) \(cost).",
               en: "\(count) indicators must rise to the average; that alone takes \(province) from rank \(rankBefore) (score \(scoreBefore)) to rank \(rankAfter) (score \(scoreAfter)), \(costUnit) \(cost).")
    }
    public static func marginalCostPerPoint(_ cost: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "; chi phí biên \(cost) cho mỗi điểm PII",
               en: "; marginal cost \(cost) per PII point")
    }
    public static func currentRankMeetsTarget(_ before: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Hạng hiện tại \(before) đã đạt mục tiêu.",
               en: "Current rank \(before) already meets the target.")
    }
    public static func medianPathMeetsTarget(_ before: some CustomStringConvertible, _ odds: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Trên đường dự báo trung vị, hạng \(before) đã đạt mục tiêu — nhưng chỉ trong \(odds) số kịch bản Monte Carlo; để chắc chắn hơn: pii gap --probability 0.8.",
               en: "On the median forecast path rank \(before) meets the target — but only in \(odds) of the Monte Carlo scenarios; to be surer: pii gap --probability 0.8.")
    }
    public static func gapReached(_ before: some CustomStringConvertible, _ after: some CustomStringConvertible, _ costUnit: some CustomStringConvertible, _ cost: some CustomStringConvertible, _ marginal: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Hạng (điểm) \(before) → \(after); tổng \(costUnit) \(cost)\(marginal).",
               en: "Rank (score) \(before) → \(after); total \(costUnit) \(cost)\(marginal).")
    }
    public static func gapUnreachable(_ targetRank: some CustomStringConvertible, _ after: some CustomStringConvertible, _ before: some CustomStringConvertible, _ costUnit: some CustomStringConvertible, _ cost: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Không thể đạt hạng \(targetRank) với các mức cải thiện cho phép (miền giá trị, max_change). Hạng tốt nhất đạt được: \(after), từ \(before), với \(costUnit) \(cost).",
               en: "Rank \(targetRank) cannot be reached with the allowed improvements (domains, max_change). The best reachable rank is \(after), from \(before), at \(costUnit) \(cost).")
    }
    public static let treatmentUnchanged = Phrase(vi: "Chế độ xử lý ngoại lai không đổi: lời giải là tối thiểu.", en: "The outlier treatment did not switch: the answer is minimal.")
    public static func treatmentSwitched(_ codes: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Lưu ý: cách xử lý ngoại lai của \(codes) thay đổi sau khi cải thiện; kết quả đã tính lại với cách xử lý mới.",
               en: "Note: the outlier treatment of \(codes) switches after the move; the answer is re-scored with the new treatment.")
    }
    public static let currentHeading = Phrase(vi: "Hiện tại", en: "Current")
    public static let requiredHeading = Phrase(vi: "Cần đạt", en: "Required")
    public static let changeHeading = Phrase(vi: "Thay đổi", en: "Change")
    public static let normalisedPointsShort = Phrase(vi: "Điểm CH", en: "Norm. pts")
}

// pii gap --probability (the pathway)
extension Phrase {
    public static func climbAtLeast(_ year: some CustomStringConvertible, _ k: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "\(year): lên ≥ \(k) bậc",
               en: "\(year): up ≥ \(k)")
    }
    public static func pathwayTitle(_ name: some CustomStringConvertible, _ targets: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Lộ trình cải thiện — \(name): đạt cùng lúc \(targets)",
               en: "Improvement pathway — \(name): meet together \(targets)")
    }
    public static func pathwaySetup(_ basis: some CustomStringConvertible, _ searchScenarios: some CustomStringConvertible, _ seed: some CustomStringConvertible, _ freshTrials: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Dự báo Monte Carlo của mọi tỉnh (\(basis)), biện pháp của các tỉnh khác được tính; \(searchScenarios) kịch bản tìm kiếm (seed \(seed)), kiểm tra trên \(freshTrials) kịch bản mới đánh số tiếp theo.",
               en: "Monte Carlo forecast of every province (\(basis)), rivals' measures included; \(searchScenarios) search scenarios (seed \(seed)), checked on \(freshTrials) fresh scenarios numbered after them.")
    }
    public static let cbcTimeLimitNote = Phrase(vi: "Lưu ý: giới hạn thời gian của bộ giải CBC đã dừng một lần chọn kịch bản; kết quả có thể phụ thuộc tốc độ máy.", en: "Note: CBC's time limit stopped a choice of scenarios; the answer may depend on the machine's speed.")
    public static let targetProbabilityHeading = Phrase(vi: "Xác suất mục tiêu", en: "Target probability")
    public static func totalOf(_ costUnit: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Tổng \(costUnit)",
               en: "Total \(costUnit)")
    }
    public static let searchHeading = Phrase(vi: "Tìm kiếm", en: "Search")
    public static let freshCheckHeading = Phrase(vi: "Kiểm tra (95 %)", en: "Fresh check (95 %)")
    public static let indicatorCount = Phrase(vi: "Số chỉ số", en: "Indicators")
    public static func probabilityAtLeast(_ probability: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Xác suất ≥ \(probability)",
               en: "Probability ≥ \(probability)")
    }
    public static func pathwayNotNeeded(_ searchProbability: some CustomStringConvertible, _ fresh: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Không cần cải thiện: không có biện pháp riêng, các mốc đã đạt với xác suất \(searchProbability) (kiểm tra: \(fresh)).",
               en: "Nothing to improve: with no measures of its own the milestones are met with probability \(searchProbability) (fresh check: \(fresh)).")
    }
    public static func pathwayNothingMovable(_ searchProbability: some CustomStringConvertible, _ fresh: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Không chỉ số nào được phép thay đổi (max_change bằng 0 hoặc đã ở biên miền giá trị): xác suất giữ nguyên \(searchProbability) (kiểm tra: \(fresh)).",
               en: "No indicator may move (every max_change is 0 or at its domain's bound): the probability stays \(searchProbability) (fresh check: \(fresh)).")
    }
    public static func pathwayOutOfReach(_ probability: some CustomStringConvertible, _ searchProbability: some CustomStringConvertible, _ fresh: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Không mức cải thiện cho phép nào (miền giá trị, max_change) đạt \(probability). Xác suất cao nhất đạt được: \(searchProbability) (kiểm tra: \(fresh)), với lộ trình dưới đây.",
               en: "No allowed improvement (domains, max_change) reaches \(probability). The best probability reached: \(searchProbability) (fresh check: \(fresh)), with the pathway below.")
    }
    public static func pathwayCostAndOdds(_ costUnit: some CustomStringConvertible, _ cost: some CustomStringConvertible, _ searchProbability: some CustomStringConvertible, _ fresh: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Tổng \(costUnit) \(cost); xác suất trên mẫu tìm kiếm \(searchProbability), trên kịch bản mới \(fresh).",
               en: "Total \(costUnit) \(cost); probability on the search sample \(searchProbability), on fresh scenarios \(fresh).")
    }
    public static func freshCheckShortfall(_ shortfall: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Lưu ý: kiểm tra trên kịch bản mới thấp hơn mục tiêu \(shortfall) điểm phần trăm (mẫu tìm kiếm ưu ái lời giải của chính nó); tăng --scenarios để thu hẹp khoảng cách.",
               en: "Note: the fresh check falls \(shortfall) percentage points below the target (the search sample favours its own answer); a larger --scenarios narrows it.")
    }
    public static let noMeasuresHeading = Phrase(vi: "Không BP", en: "No measures")
    public static let costToDate = Phrase(vi: "Chi phí đến năm", en: "Cost to date")
    public static let tasksByDepartment = Phrase(vi: "Việc của từng cơ quan", en: "Tasks by department")
    public static let byYear = Phrase(vi: "vào", en: "by")
    public static func pathwayTask(_ code: some CustomStringConvertible, _ name: some CustomStringConvertible, _ start: some CustomStringConvertible, _ path: some CustomStringConvertible, _ unit: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "\(code) \(name): từ \(start) (dự báo không biện pháp) lên \(path) \(unit)",
               en: "\(code) \(name): from \(start) (no-measure forecast) to \(path) \(unit)")
    }
}

// the HTML report's pathway section
extension Phrase {
    public static let pathwaySectionTitle = Phrase(vi: "Lộ trình cải thiện theo xác suất", en: "Improvement pathway by probability")
    public static func metTogether(_ milestones: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Đạt cùng lúc: \(milestones). Biểu đồ và bảng trên là của lộ trình đầu tiên, kiểm tra trên kịch bản mới.",
               en: "Met together: \(milestones). The charts and tables above are the first pathway's, on its fresh check.")
    }
    public static let probabilityAtLeastPrefix = Phrase(vi: "Xác suất ≥ ", en: "Probability ≥ ")
    public static let noMeasuresLong = Phrase(vi: "Không biện pháp", en: "No measures")
}

// the missing-value note
extension Phrase {
    public static func countedAsLowest(_ rank: some CustomStringConvertible) -> Phrase {
        Phrase(vi: ", đã tính ở mức thấp nhất: hạng \(rank)",
               en: ", counted as the lowest score: rank \(rank)")
    }
    public static func lowestSameRank(_ ruleName: some CustomStringConvertible, _ rank: some CustomStringConvertible) -> Phrase {
        Phrase(vi: " (\(ruleName)); nếu tính ở mức thấp nhất: vẫn hạng \(rank)",
               en: " (\(ruleName)); counted as the lowest score it would still rank \(rank)")
    }
    public static func lowestOtherRank(_ ruleName: some CustomStringConvertible, _ lowest: some CustomStringConvertible, _ rank: some CustomStringConvertible) -> Phrase {
        Phrase(vi: " (\(ruleName)); nếu tính ở mức thấp nhất: hạng \(lowest) thay vì \(rank)",
               en: " (\(ruleName)); counted as the lowest score it would rank \(lowest) instead of \(rank)")
    }
}

// pii data template
extension Phrase {
    public static func templateInstruction(_ year: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Số liệu PII \(year): điền giá trị (theo đơn vị của chỉ số) vào cột của từng tỉnh; để trống nếu chưa có. Không đổi tên các cột.",
               en: "PII \(year) data: enter each value (in the indicator's unit) in the province's column; leave it empty if unknown. Do not rename the columns.")
    }
    public static let noOwnerSheet = Phrase(vi: "Chưa giao", en: "No owner")
}

// pii backtest's status line
extension Phrase {
    public static func backtestStatus(_ forecasters: some CustomStringConvertible, _ origins: some CustomStringConvertible, _ scenarios: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Đang kiểm định \(forecasters) mô hình trên \(origins) gốc dự báo, \(scenarios) kịch bản mỗi gốc",
               en: "Backtesting \(forecasters) forecasters on \(origins) origins, \(scenarios) scenarios each")
    }
}

// the pathway's status line and saved scenario
extension Phrase {
    public static func pathwaySearchStatus(_ share: some CustomStringConvertible, _ searchCount: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Đang tìm lộ trình chắc chắn \(share) trên \(searchCount) kịch bản",
               en: "Searching the pathway \(share) sure on \(searchCount) scenarios")
    }
    public static func pathwayCheckStatus(_ share: some CustomStringConvertible, _ check: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Đang kiểm chứng lộ trình \(share) trên \(check) kịch bản mới",
               en: "Checking the \(share) pathway on \(check) fresh scenarios")
    }
    public static func writtenBy(_ command: String) -> Phrase {
        Phrase(vi: "Tạo bởi: \(command)", en: "Written by: \(command)")
    }
    public static let pathwayReplacesMeasures = Phrase(
        vi: "Các biện pháp của lộ trình thay cho biện pháp riêng của tỉnh; biện pháp của các tỉnh khác được giữ nguyên.",
        en: "The pathway's measures replace the province's own; the other provinces' are kept.")
    public static func searchAndCheck(_ successes: Int, of trials: Int, fresh freshSuccesses: Int, of freshTrials: Int) -> Phrase {
        Phrase(vi: "Tìm kiếm: \(successes)/\(trials) kịch bản; kiểm tra lại: \(freshSuccesses)/\(freshTrials).",
               en: "Search: \(successes) of \(trials) scenarios; fresh check: \(freshSuccesses) of \(freshTrials).")
    }
    public static func pathwayName(_ probability: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "lộ trình \(probability) %",
               en: "pathway \(probability) %")
    }
}

// pii gap
extension Phrase {
    public static func medianForecastBasis(_ forecast: some CustomStringConvertible, _ scenarios: some CustomStringConvertible, _ scenarioFile: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "dự báo trung vị \(forecast) (\(scenarios) kịch bản, \(scenarioFile))",
               en: "median forecast for \(forecast) (\(scenarios) scenarios, \(scenarioFile))")
    }
}

// pii optimize's status line
extension Phrase {
    public static func portfolioSearchStatus(_ evaluations: some CustomStringConvertible, _ scenarios: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Đang tìm danh mục: đã đánh giá \(evaluations) danh mục trên \(scenarios) kịch bản",
               en: "Searching: \(evaluations) portfolios evaluated on \(scenarios) scenarios")
    }
    public static let frontierStatus = Phrase(vi: "Đang vẽ đường biên chi phí – xác suất", en: "Tracing the cost–probability frontier")
    public static let targetsStatus = Phrase(vi: "Đang tính giá trị cần đạt mỗi năm", en: "Computing the yearly targets")
    public static func verifyStatus(_ verify: some CustomStringConvertible) -> Phrase {
        Phrase(vi: "Đang kiểm chứng trên \(verify) kịch bản mới",
               en: "Checking on \(verify) fresh scenarios")
    }
}
// Sentences whose parts differ by language.
extension Phrase {
    public static let othersHeld = Phrase(
        vi: "Các tỉnh khác giữ nguyên giá trị; mọi kết quả đã được tính lại bằng bộ tính điểm đầy đủ (chuẩn hóa min–max, xử lý ngoại lai, xếp hạng).",
        en: "The other provinces' values are held; every answer is re-scored by the full scorer (min–max, outlier treatment, ranks).")
    public static let costsFromFile = Phrase(vi: "Chi phí theo tệp chi phí.", en: "Costs from the cost file.")
    public static let defaultCost = Phrase(
        vi: "Chi phí mặc định: mỗi điểm chuẩn hóa (1/100 khoảng min–max) như nhau.",
        en: "Default cost: every normalised point (1/100 of the min–max range) the same.")
    public static let defaultCostLatest = Phrase(
        vi: "Chi phí mặc định: mỗi điểm chuẩn hóa (1/100 khoảng min–max năm gần nhất) như nhau.",
        en: "Default cost: every normalised point (1/100 of the latest min–max range) the same.")
    public static let requiredMeans = Phrase(
        vi: "Cần đạt = trung vị dự báo không có biện pháp + mức cải thiện, đạt trước năm đó và giữ về sau.",
        en: "Required = the no-intervention median forecast plus the improvement, reached by the year and held after it.")
    public static func judgedByEngine(_ evaluations: Int) -> Phrase {
        Phrase(vi: "Mọi lời giải đã được kiểm tra bằng bộ mô phỏng đầy đủ (\(evaluations) lần chạy); phương pháp: docs/pathway.md.",
               en: "Every answer was judged by the full engine (\(evaluations) runs); the method: docs/pathway.md.")
    }
    public static func chosenPortfolio(_ count: Int, _ cost: String, _ objective: String, _ odds: String, _ none: String) -> Phrase {
        Phrase(vi: "Danh mục chọn: \(count) biện pháp, chi phí \(cost); \(objective) = \(odds) trên kịch bản mới (không biện pháp: \(none)).",
               en: "Chosen: \(count) measure\(count == 1 ? "" : "s") costing \(cost); \(objective) = \(odds) on fresh scenarios (no measures: \(none)).")
    }
    public static func missesValues(_ province: String, _ count: Int, year: Int) -> Phrase {
        Phrase(vi: "\(province) thiếu \(count) giá trị năm \(year)",
               en: "\(province) misses \(count) value\(count == 1 ? "" : "s") in \(year)")
    }
    public static let takenAsZero = Phrase(vi: "tính bằng 0", en: "taken as 0")
    public static let leftOutRenormalised = Phrase(vi: "bỏ qua, trọng số chia lại", en: "left out, weights re-normalised")
}
