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

// Writing outputs. `reason` is the system's own words (strerror).
extension Phrase {
    public static func cannotWriteStandardOutput(_ reason: String) -> Phrase {
        Phrase(vi: "không ghi được ra đầu ra chuẩn: \(reason)", en: "cannot write to standard output: \(reason)")
    }
    public static let outNeedsFolder = Phrase(vi: "--out cần một tên thư mục", en: "--out needs a folder name")
    public static let outNeedsFile = Phrase(vi: "--out cần một tên tệp", en: "--out needs a file name")
    public static func outIsAFile(_ folder: String, files: String) -> Phrase {
        Phrase(vi: "\(folder) là một tệp; --out cần một thư mục để ghi \(files) vào",
               en: "\(folder) is a file; --out expects a folder to write \(files) into")
    }
    public static func outLooksLikeAFile(_ folder: String, files: String, json: String) -> Phrase {
        Phrase(vi: "--out \(folder) trông như một tên tệp, nhưng --out ở đây là thư mục để ghi \(files) vào; hãy cho một thư mục (như --out results) hoặc, nếu chỉ cần JSON, --format json > \(json)",
               en: "--out \(folder) looks like a file name, but --out here names a folder to write \(files) into; give a folder (such as --out results) or, for the JSON alone, --format json > \(json)")
    }
    public static func cannotCreateFolder(_ folder: String, _ reason: String) -> Phrase {
        Phrase(vi: "không tạo được thư mục \(folder): \(reason)", en: "cannot create the folder \(folder): \(reason)")
    }
    public static func cannotWrite(_ path: String, _ reason: Phrase) -> Phrase {
        Phrase(vi: "không ghi được \(path): \(reason.vi)", en: "cannot write \(path): \(reason.en)")
    }
    public static func outputIsAFolder(_ path: String) -> Phrase {
        Phrase(vi: "\(path) là một thư mục, cần một tệp", en: "\(path) is a folder, expected a file")
    }
    public static func readOnly(_ path: String) -> Phrase {
        Phrase(vi: "\(path) chỉ đọc; tệp được giữ nguyên (hãy cho phép ghi hoặc chọn tên khác)",
               en: "\(path) is read-only; it was left as it is (make it writable or choose another name)")
    }
    public static let interrupted = Phrase(vi: "đã dừng: không có kết quả nào được ghi", en: "interrupted: no results were written")
}

// Options of the individual commands.
extension Phrase {
    public static func atLeast(_ option: String, _ least: Int) -> Phrase {
        Phrase(vi: "\(option) phải ít nhất là \(least)", en: "\(option) must be at least \(least)")
    }
    public static func between(_ option: String, _ low: Int, _ high: Int) -> Phrase {
        Phrase(vi: "\(option) phải trong khoảng \(low) đến \(high)", en: "\(option) must be between \(low) and \(high)")
    }
    public static let budgetOrProbability = Phrase(
        vi: "hãy cho --budget (xác suất cao nhất trong ngân sách) hoặc --target-probability (chi phí thấp nhất), không cả hai",
        en: "give --budget (best odds within it) or --target-probability (least cost), not both")
    public static let budgetOption = Phrase(vi: "--budget phải từ 0 trở lên (tỷ đồng)", en: "--budget must be 0 or more (billion VND)")
    public static let targetProbabilityOption = Phrase(
        vi: "--target-probability là một tỉ lệ từ 0 đến 1: viết 0.8 cho 80 %", en: "--target-probability is a share between 0 and 1: write 0.8 for 80 %")
    public static func noMeasureToChoose(_ file: String) -> Phrase {
        Phrase(vi: "\(file) không có biện pháp nào của tỉnh để chọn; hãy thêm interventions (docs/scenario-files.md)",
               en: "\(file) lists no measure of the focus province to choose from; add interventions (docs/scenario-files.md)")
    }
    public static func tooMuchMemory(_ scenarios: Int, gib: Int, most: Int) -> Phrase {
        Phrase(vi: "--scenarios \(scenarios) cần giữ \(gib) GiB dự báo trong bộ nhớ; hãy dùng nhiều nhất \(most)",
               en: "--scenarios \(scenarios) would keep \(gib) GiB of forecasts in memory; use at most \(most)")
    }
    public static func templateYear(_ years: ClosedRange<Int>) -> Phrase {
        Phrase(vi: "--year phải là một năm trong khoảng \(years.lowerBound)–\(years.upperBound)",
               en: "--year must be a year in \(years.lowerBound)–\(years.upperBound)")
    }
    public static let templateOut = Phrase(
        vi: "--out phải là tên một tệp Excel .xlsx hoặc một tệp .csv", en: "--out must name an .xlsx workbook or a .csv file")
    public static let backtestScenarios = Phrase(
        vi: "--scenarios phải ít nhất là 100: một phân bố thứ hạng cần chừng ấy", en: "--scenarios must be at least 100: a rank distribution needs them")
    public static let horizonOption = Phrase(
        vi: "--horizon phải trong khoảng 1 đến 20 kỳ", en: "--horizon must be between 1 and 20 editions")
    public static let topOption = Phrase(vi: "--top phải là một thứ hạng từ 1 trở lên", en: "--top must be a rank of 1 or more")
    public static let originsNeedWindow = Phrase(
        vi: "--origins cần ít nhất một khoảng FIRST-LAST, như 2006-2010", en: "--origins needs at least one window FIRST-LAST, such as 2006-2010")
    public static func notAWindow(_ window: String) -> Phrase {
        Phrase(vi: "--origins: \(window) không phải là một khoảng các kỳ; hãy viết FIRST-LAST, như 2006-2010",
               en: "--origins: \(window) is not a window of editions; write FIRST-LAST, such as 2006-2010")
    }
    public static func unknownModelOption(_ name: String, models: String) -> Phrase {
        Phrase(vi: "--models: không có mô hình \(name); hãy dùng \(models)", en: "--models: unknown model \(name); use \(models)")
    }
    public static func unknownShockKind(_ name: String) -> Phrase {
        Phrase(vi: "--shocks: không có loại \(name); hãy dùng resample hoặc gaussian", en: "--shocks: unknown kind \(name); use resample or gaussian")
    }
    public static let shocksNeeded = Phrase(
        vi: "--shocks cần resample, gaussian hoặc cả hai", en: "--shocks needs resample, gaussian or both")
    public static func tooFewEditions(_ panel: String, years: String) -> Phrase {
        Phrase(vi: "\(panel) có các kỳ \(years); kiểm định ngược cần ít nhất ba kỳ (hai để ước lượng, một để kiểm tra)",
               en: "\(panel) has the editions \(years); a backtest needs at least three (two to fit, one to check)")
    }
    public static func forecastYearProblem(_ year: String, _ problem: Phrase, dataAlternative: Bool) -> Phrase {
        Phrase(vi: "--forecast \(year): \(problem.vi); hãy dự báo một năm sau kỳ số liệu cuối cùng" + (dataAlternative ? ", hoặc dùng --year cho một năm có số liệu" : ""),
               en: "--forecast \(year): \(problem.en); forecast a year after the data's last edition" + (dataAlternative ? ", or use --year for a year of data" : ""))
    }
    public static func noRankMilestone(_ path: String) -> Phrase {
        Phrase(vi: "\(path) không có mốc thứ hạng nào (rank_at_most, better_than_previous_year); hãy dùng --rank k --forecast Y thay cho --milestones",
               en: "\(path) has no rank milestone (rank_at_most, better_than_previous_year); give --rank k --forecast Y instead of --milestones")
    }
    public static func rankBeyond(_ rank: Int, provinces: Int) -> Phrase {
        Phrase(vi: "--rank \(rank) vượt quá số tỉnh (\(provinces))", en: "--rank \(rank) is beyond the \(provinces) provinces")
    }
    public static func provinceWithoutValues(_ province: String, in basis: String) -> Phrase {
        Phrase(vi: "\(province) không có giá trị nào trong \(basis); cần số liệu của tỉnh (pii validate liệt kê những gì còn thiếu)",
               en: "\(province) has no values in \(basis); the gap needs its data (pii validate lists what is missing)")
    }
    public static func differentProvinces(_ first: String, _ a: String, _ second: String, _ b: String) -> Phrase {
        Phrase(vi: "\(first) nói về \(a) còn \(second) nói về \(b); hãy so sánh hai kịch bản của cùng một tỉnh",
               en: "\(first) is about \(a) and \(second) about \(b); compare two scenarios of one province")
    }
    public static func differentData(_ a: String, _ b: String) -> Phrase {
        Phrase(vi: "Lưu ý: A và B đọc hai bộ dữ liệu khác nhau (\(a); \(b)): hiệu số gồm cả phần do dữ liệu.",
               en: "Note: A and B read different data (\(a); \(b)): the difference includes the data's.")
    }
    public static let probabilityNeedsScenario = Phrase(
        vi: "--probability cần tệp kịch bản có dự báo mà nó dựa vào: --scenario FILE",
        en: "--probability needs the scenario file whose forecast it is over: --scenario FILE")
    public static let probabilityNeedsTarget = Phrase(
        vi: "với --probability hãy cho hoặc --rank k --forecast Y, hoặc --milestones (mọi mốc thứ hạng của tệp)",
        en: "with --probability give either --rank k --forecast Y or --milestones (every rank milestone of the file)")
    public static let rankNeedsForecastYear = Phrase(
        vi: "--rank cùng --probability cần năm: --forecast 2030", en: "--rank with --probability needs the year: --forecast 2030")
    public static let milestonesWithoutForecast = Phrase(
        vi: "--milestones lấy các năm từ các mốc của tệp; hãy bỏ --forecast", en: "--milestones takes the years from the file's milestones; drop --forecast")
    public static let pathwayOptionsNeedProbability = Phrase(
        vi: "--milestones, --seed, --save-scenario và --report đi cùng --probability p",
        en: "--milestones, --seed, --save-scenario and --report go with --probability p")
    public static let giveRank = Phrase(vi: "hãy cho thứ hạng cần đạt: --rank 10", en: "give the rank to reach: --rank 10")
    public static let rankAtLeastOne = Phrase(vi: "--rank phải từ 1 trở lên", en: "--rank must be 1 or more")
    public static let saveOnePathway = Phrase(
        vi: "--save-scenario lưu một lộ trình: hãy cho một --probability", en: "--save-scenario saves one pathway: give one --probability")
    public static let forecastWithScenario = Phrase(
        vi: "--forecast và --scenario đi cùng nhau: --forecast 2030 --scenario FILE", en: "--forecast and --scenario go together: --forecast 2030 --scenario FILE")
    public static let yearOrForecast = Phrase(
        vi: "hãy cho --year (một năm có số liệu) hoặc --forecast (một năm dự báo), không cả hai",
        en: "give --year (a year of data) or --forecast (a forecast year), not both")
    public static let dataFromScenario = Phrase(
        vi: "với --scenario các tệp số liệu lấy từ tệp kịch bản; hãy bỏ --framework, --provinces, --data và --normalised",
        en: "with --scenario the data files come from the scenario file; drop --framework, --provinces, --data and --normalised")
    public static let methodFromScenario = Phrase(
        vi: "với --scenario phương pháp lấy từ tệp kịch bản (mục `method:`); hãy bỏ --skewness-threshold, --kurtosis-threshold và --max-winsorisation-steps, hoặc đặt chúng trong tệp",
        en: "with --scenario the method comes from the scenario file (its `method:`); drop --skewness-threshold, --kurtosis-threshold and --max-winsorisation-steps, or set them in the file")
    public static let forecastUpTo2100 = Phrase(
        vi: "--forecast là một năm công bố PII, không quá 2100", en: "--forecast is a PII edition year up to 2100")
    public static let nameTheProvince = Phrase(vi: "hãy nêu tỉnh: --province \"Ninh Bình\"", en: "name the province: --province \"Ninh Bình\"")
    public static func probabilityList(_ text: String) -> Phrase {
        Phrase(vi: "--probability là một hoặc nhiều xác suất từ 0 đến 1, như 0.8 hoặc 0.5,0.8,0.9; \(text) không phải",
               en: "--probability is one or more probabilities between 0 and 1, such as 0.8 or 0.5,0.8,0.9; \(text) is not")
    }
    public static let benchWidth = Phrase(
        vi: "--width phải là bội số của 8, như 8 hoặc 16", en: "--width must be a multiple of 8, such as 8 or 16")
}

// The engine's refusals.
extension Phrase {
    public static func twoEditionsNeeded(_ years: String) -> Phrase {
        Phrase(vi: "dự báo cần ít nhất hai kỳ số liệu; bảng số liệu có \(years)",
               en: "forecasting needs at least two editions of data; the panel has \(years)")
    }
    public static let noConsecutiveEditions = Phrase(
        vi: "không tỉnh nào có hai kỳ số liệu liên tiếp: không có gì để học biến động",
        en: "no province has two consecutive editions of data: nothing to learn movements from")
    public static let noValuesAtAll = Phrase(vi: "bảng số liệu không có giá trị nào", en: "the panel holds no values")
    public static func originGap(_ origin: String, first: Int, last: Int, gap: String) -> Phrase {
        Phrase(vi: "gốc \(origin) cần mọi kỳ từ \(first) đến \(last); bảng số liệu không có số liệu năm \(gap)",
               en: "the origin \(origin) needs every edition from \(first) to \(last); the panel has no data for \(gap)")
    }
    public static func originOneEdition(_ origin: String, first: Int) -> Phrase {
        Phrase(vi: "gốc \(origin) chỉ có một kỳ; ước lượng cần ít nhất hai (ví dụ \(first)–\(first + 1))",
               en: "the origin \(origin) has one edition; a fit needs at least two (for example \(first)–\(first + 1))")
    }
    public static func originNothingLater(_ origin: String, latest: Int) -> Phrase {
        Phrase(vi: "gốc \(origin) không để lại kỳ nào sau nó để dự báo (bảng số liệu kết thúc năm \(latest))",
               en: "the origin \(origin) leaves no later edition to forecast (the panel ends in \(latest))")
    }
    public static func horizonAfterData(_ horizon: Int, last: Int) -> Phrase {
        Phrase(vi: "năm cuối \(horizon) phải sau kỳ số liệu cuối cùng (\(last))",
               en: "the horizon \(horizon) must come after the last edition of data (\(last))")
    }
    public static func noDataFor(_ year: Int) -> Phrase {
        Phrase(vi: "bảng số liệu không có số liệu năm \(year)", en: "the panel has no data for \(year)")
    }
    public static let comparedProvincesDiffer = Phrase(
        vi: "hai kịch bản thuộc hai tỉnh khác nhau; hãy so sánh hai kịch bản của cùng một tỉnh",
        en: "the two scenarios are for different provinces; compare two scenarios of one province")
    public static let comparedSeedsDiffer = Phrase(
        vi: "hai kế hoạch được dựng với hai hạt giống khác nhau; hãy dựng cả hai với một hạt giống để chúng dùng chung các lần rút",
        en: "the two plans were built with different seeds; build both with one seed, so that they share their draws")
    public static let noCommonYear = Phrase(
        vi: "hai kịch bản không có năm mô phỏng nào chung", en: "the two scenarios simulate no year in common")
}
