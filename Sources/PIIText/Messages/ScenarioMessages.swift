// What a scenario file that cannot be run says: its YAML, its keys and values, milestones and
// interventions. `range` arrives as `RunLimits.describe` writes it; `hint` is a `didYouMean`
// or empty.

extension Phrase {
    public static func range(_ low: String, _ high: String) -> Phrase {
        Phrase(vi: "từ \(low) đến \(high)", en: "from \(low) to \(high)")
    }

    // Reading the file.
    public static let scenarioIsAFolder = Phrase(
        vi: "là một thư mục, cần một tệp kịch bản (YAML)", en: "is a folder, expected a scenario file (YAML)")
    public static let cannotReadScenario = Phrase(
        vi: "không đọc được tệp kịch bản; hãy kiểm tra đường dẫn", en: "cannot read the scenario file; check the path")
    public static let emptyScenario = Phrase(
        vi: "tệp kịch bản trống; ít nhất cần có `province:`", en: "the scenario file is empty; it needs at least `province:`")
    public static let notAScenarioMapping = Phrase(vi: "không phải là một kịch bản (một ánh xạ khoá: giá trị)", en: "is not a scenario mapping")
    /// `problem` is the YAML parser's own English, left out of the Vietnamese.
    public static func invalidYAML(_ problem: String?) -> Phrase {
        let detail = problem.map { " (\($0))" } ?? ""
        return Phrase(vi: "đây không phải YAML hợp lệ; hãy kiểm tra thụt lề và dấu hai chấm ở dòng này",
                      en: "this is not valid YAML\(detail); check the indentation and the colons")
    }
    public static func keysTwice(_ keys: String, count: Int) -> Phrase {
        Phrase(vi: "khoá \(keys) xuất hiện hai lần trong một ánh xạ; hãy giữ một",
               en: "the key\(count == 1 ? "" : "s") \(keys) appear\(count == 1 ? "s" : "") twice in one mapping; keep one")
    }
    public static func indentTooDeep(_ spaces: Int) -> Phrase {
        Phrase(vi: "dòng thụt lề quá \(spaces) khoảng trắng; một tệp kịch bản chỉ cần vài cấp",
               en: "the line is indented more than \(spaces) spaces; a scenario file needs a few levels only")
    }
    public static func nestingTooDeep(_ levels: Int) -> Phrase {
        Phrase(vi: "các dấu ngoặc lồng nhau quá \(levels) cấp; một tệp kịch bản chỉ cần vài cấp",
               en: "the brackets nest deeper than \(levels) levels; a scenario file needs a few")
    }
    public static func anchorsUnsupported(_ character: String) -> Phrase {
        Phrase(vi: "tệp kịch bản không hỗ trợ neo và bí danh (\(character)tên); hãy viết đầy đủ giá trị (hoặc đặt trong ngoặc kép văn bản bắt đầu bằng \(character))",
               en: "anchors and aliases (\(character)name) are not supported in scenario files; write the value out (or quote text that starts with \(character))")
    }

    // Values.
    public static let aMapping = Phrase(vi: "một ánh xạ", en: "a mapping")
    public static let aList = Phrase(vi: "một danh sách", en: "a list")
    public static let anAlias = Phrase(vi: "một bí danh", en: "an alias")
    public static func expectedMapping(found: Phrase) -> Phrase {
        Phrase(vi: "cần một ánh xạ các khoá (như `key: value`), nhưng gặp \(found.vi)",
               en: "expected a mapping of keys (such as `key: value`), found \(found.en)")
    }
    public static let keyMustBeText = Phrase(vi: "khoá phải là văn bản", en: "a key must be text")
    public static func unknownKey(_ key: String, hint: Phrase, allowed: String) -> Phrase {
        Phrase(vi: "không có khoá \(key)\(hint.vi); các khoá ở đây là \(allowed)",
               en: "unknown key \(key)\(hint.en); the keys here are \(allowed)")
    }
    public static func keyTwice(_ key: String) -> Phrase {
        Phrase(vi: "khoá \(key) xuất hiện hai lần", en: "the key \(key) appears twice")
    }
    public static func expectedList(found: Phrase) -> Phrase {
        Phrase(vi: "cần một danh sách (các dòng bắt đầu bằng `- `), nhưng gặp \(found.vi)",
               en: "expected a list (lines starting with `- `), found \(found.en)")
    }
    public static func expectedText(found: Phrase) -> Phrase {
        Phrase(vi: "cần văn bản, nhưng gặp \(found.vi)", en: "expected text, found \(found.en)")
    }
    public static func expectedWholeNumber(found: Phrase) -> Phrase {
        Phrase(vi: "cần một số nguyên, nhưng gặp \(found.vi)", en: "expected a whole number, found \(found.en)")
    }
    public static func expectedNumber(found: Phrase) -> Phrase {
        Phrase(vi: "cần một số, nhưng gặp \(found.vi)", en: "expected a number, found \(found.en)")
    }
    public static func expectedBoolean(found: Phrase) -> Phrase {
        Phrase(vi: "cần true hoặc false, nhưng gặp \(found.vi)", en: "expected true or false, found \(found.en)")
    }

    // The scenario's settings.
    public static let needsProvince = Phrase(
        vi: "kịch bản cần `province:` (một mã như ninh-binh hoặc một tên)",
        en: "the scenario needs `province:` (an id such as ninh-binh or a name)")
    public static func unknownScenarioProvince(_ name: String, hint: Phrase) -> Phrase {
        Phrase(vi: "không có tỉnh \(name)\(hint.vi); hãy dùng một mã như ninh-binh hoặc một tên",
               en: "unknown province \(name)\(hint.en); use an id such as ninh-binh or a name")
    }
    public static let mixtureWeight = Phrase(
        vi: "trọng số của hỗn hợp mô hình phải là một số hữu hạn, từ 0 trở lên", en: "a mixture weight must be a finite number, 0 or more")
    public static let positiveModelWeight = Phrase(
        vi: "hãy cho ít nhất một mô hình một trọng số dương", en: "give at least one model a positive weight")
    public static let negativeBudget = Phrase(
        vi: "ngân sách không được âm (tỷ đồng)", en: "a budget cannot be negative (billion VND)")
    public static func seedRange(_ range: Phrase) -> Phrase {
        Phrase(vi: "hạt giống phải là một số nguyên \(range.vi)", en: "the seed must be a whole number \(range.en)")
    }
    public static func scenarioCountRange(_ range: Phrase) -> Phrase {
        Phrase(vi: "số kịch bản phải \(range.vi)", en: "the number of scenarios must be \(range.en)")
    }
    public static func unknownShocks(_ name: String) -> Phrase {
        Phrase(vi: "không có phân phối cú sốc \(name); hãy dùng resample (lấy lại nguyên các véc-tơ phần dư của lịch sử) hoặc gaussian (hiệp phương sai ước lượng của chúng)",
               en: "unknown shock distribution \(name); use resample (whole residual vectors of the history) or gaussian (their fitted covariance)")
    }
    public static let negativeShockScale = Phrase(
        vi: "shock_scale phải từ 0 trở lên (1 = các cú sốc quan sát được)", en: "shock_scale must be 0 or more (1 = the observed shocks)")
    public static func unknownModel(_ name: String, hint: Phrase, models: String) -> Phrase {
        Phrase(vi: "không có mô hình \(name)\(hint.vi); hãy dùng \(models)", en: "unknown model \(name)\(hint.en); use \(models)")
    }
    public static func unknownMissingRule(_ name: String) -> Phrase {
        Phrase(vi: "không có quy tắc \(name); hãy dùng renormalise, lowest hoặc zero", en: "unknown rule \(name); use renormalise, lowest or zero")
    }
    public static let negativeSkewness = Phrase(vi: "ngưỡng độ lệch phải từ 0 trở lên", en: "the skewness threshold must be 0 or more")
    public static let negativeSteps = Phrase(vi: "số bước phải từ 0 trở lên", en: "the number of steps must be 0 or more")
    public static func badHorizon(_ horizon: Int, last: Int) -> Phrase {
        Phrase(vi: "năm cuối \(horizon) phải sau kỳ số liệu cuối cùng (\(last)) và không quá 2100",
               en: "the horizon \(horizon) must come after the last edition of data (\(last)) and not after 2100")
    }

    // Milestones.
    /// `what` is the key that holds the year (`year`, `start`, `start_options`).
    public static func yearOutsideSimulation(_ what: String, _ year: Int, _ years: ClosedRange<Int>) -> Phrase {
        Phrase(vi: "năm \(year) của \(what == "milestone" ? "mốc" : what) nằm ngoài các năm được mô phỏng \(years.lowerBound)–\(years.upperBound) (sau kỳ số liệu cuối cùng, đến năm cuối)",
               en: "the \(what) year \(year) is outside the simulated years \(years.lowerBound)–\(years.upperBound) (after the last edition of data, up to the horizon)")
    }
    public static let milestoneNeedsYear = Phrase(vi: "một mốc cần có `year:`", en: "a milestone needs `year:`")
    public static func rankBetween(_ provinces: Int) -> Phrase {
        Phrase(vi: "thứ hạng nằm trong khoảng 1 đến \(provinces)", en: "a rank lies between 1 and \(provinces)")
    }
    public static func unknownPillar(_ code: String, hint: Phrase) -> Phrase {
        Phrase(vi: "không có trụ cột \(code)\(hint.vi); hãy dùng một mã trụ cột như P3", en: "unknown pillar \(code)\(hint.en); use a pillar code such as P3")
    }
    public static let oneCondition = Phrase(
        vi: "mỗi mốc có một điều kiện: rank_at_most, better_than_previous_year, score_at_least hoặc every_indicator_at_or_above_average",
        en: "a milestone has one condition: rank_at_most, better_than_previous_year, score_at_least or every_indicator_at_or_above_average")
    public static func climbBetween(_ most: Int) -> Phrase {
        Phrase(vi: "số bậc tăng nằm trong khoảng 1 đến \(most)", en: "climb between 1 and \(most) places")
    }
    public static let writeEveryIndicatorTrue = Phrase(
        vi: "hãy viết `every_indicator_at_or_above_average: true`, hoặc bỏ mốc này",
        en: "write `every_indicator_at_or_above_average: true`, or leave the milestone out")
    public static let pillarWithRankOrScore = Phrase(
        vi: "`pillar:` chỉ đi cùng rank_at_most hoặc score_at_least", en: "`pillar:` goes with rank_at_most or score_at_least only")
    public static func contradictoryMilestones(rank: Int, year: Int) -> Phrase {
        Phrase(vi: "các mốc mâu thuẫn nhau: hạng \(rank) hoặc cao hơn năm \(year) không còn chỗ để tăng hạng như yêu cầu năm \(year + 1)",
               en: "the milestones contradict each other: rank \(rank) or better in \(year) leaves no room to climb as required in \(year + 1)")
    }

    // Interventions.
    public static func interventionIDUsed(_ id: String) -> Phrase {
        Phrase(vi: "mã \(id) đã được một biện pháp khác dùng; các mã phải khác nhau", en: "the id \(id) is used by another intervention; ids must differ")
    }
    public static let interventionNeedsID = Phrase(vi: "một biện pháp cần có `id:`", en: "an intervention needs `id:`")
    public static let emptyInterventionID = Phrase(
        vi: "mã của biện pháp không được trống; hãy đặt một tên ngắn như ocop-upgrade",
        en: "an intervention's id cannot be empty; give it a short name such as ocop-upgrade")
    public static func interventionNeedsStart(_ id: String) -> Phrase {
        Phrase(vi: "biện pháp \(id) cần có `start:` (năm công bố đầu tiên mà nó tác động)",
               en: "the intervention \(id) needs `start:` (the first edition year it moves)")
    }
    public static let rampAtLeastOne = Phrase(vi: "ramp_years phải từ 1 trở lên", en: "ramp_years is 1 or more")
    public static func rampPastHorizon(_ ramp: Int, start: Int, horizon: Int) -> Phrase {
        Phrase(vi: "thời gian tăng dần \(ramp) năm từ \(start) vượt quá năm cuối \(horizon); hãy rút xuống nhiều nhất \(horizon - start + 1)",
               en: "a ramp of \(ramp) years from \(start) runs past the horizon \(horizon); shorten it to at most \(horizon - start + 1)")
    }
    public static func startPastHorizon(_ start: Int, ramp: Int, horizon: Int) -> Phrase {
        Phrase(vi: "bắt đầu từ \(start), thời gian tăng dần \(ramp) năm vượt quá năm cuối \(horizon)",
               en: "from \(start) a ramp of \(ramp) years runs past the horizon \(horizon)")
    }
    public static let negativeCost = Phrase(vi: "chi phí không được âm (tỷ đồng)", en: "a cost cannot be negative (billion VND)")
    public static func interventionNeedsEffects(_ id: String) -> Phrase {
        Phrase(vi: "biện pháp \(id) cần có `effects:`", en: "the intervention \(id) needs `effects:`")
    }
    public static let atLeastOneEffect = Phrase(vi: "hãy liệt kê ít nhất một tác động", en: "list at least one effect")
    public static let levelNeedsScaleAndCost = Phrase(
        vi: "một mức cần có `scale:` (tỉ lệ của các tác động đã nêu, ví dụ 1.5) và `cost:`",
        en: "a level needs `scale:` (the share of the stated effects, e.g. 1.5) and `cost:`")
    public static let scaleAboveZero = Phrase(vi: "scale của một mức phải lớn hơn 0", en: "a level's scale must be above 0")
    public static func scaleTwice(_ scale: String) -> Phrase {
        Phrase(vi: "scale \(scale) được liệt kê hai lần (scale 1 là biện pháp như đã viết)",
               en: "the scale \(scale) is listed twice (scale 1 is the measure as written)")
    }
    public static func reachCannotScale(_ id: String) -> Phrase {
        Phrase(vi: "các mức nhân các tác động `change:`; \(id) có một tác động `reach:`, không nhân được",
               en: "levels scale `change:` effects; \(id) has a `reach:` effect, which cannot be scaled")
    }
    public static let effectNeedsIndicator = Phrase(
        vi: "một tác động cần có `indicator:` (một mã như 4.2.3)", en: "an effect needs `indicator:` (a code such as 4.2.3)")
    public static func unknownEffectIndicator(_ code: String, hint: Phrase) -> Phrase {
        Phrase(vi: "không có chỉ số \(code)\(hint.vi); hãy dùng một mã chỉ số của khung",
               en: "unknown indicator \(code)\(hint.en); use an indicator code of the framework")
    }
    public static let negativeUncertainty = Phrase(
        vi: "uncertainty là hệ số biến thiên, từ 0 trở lên", en: "uncertainty is a coefficient of variation, 0 or more")
    public static let changeOrReach = Phrase(
        vi: "một tác động có hoặc `change:` (\"+40%\", \"+2.5\") hoặc `reach:` (national-average, best, hoặc {province: X})",
        en: "an effect has either `change:` (\"+40%\", \"+2.5\") or `reach:` (national-average, best, or {province: X})")
    public static func changeNotFinite(_ value: String?) -> Phrase {
        Phrase(vi: "mức thay đổi phải là một số hữu hạn như \"+2.5\"; \(value ?? "giá trị này") không phải",
               en: "a change must be a finite number such as \"+2.5\"; \(value ?? "this") is not")
    }
    public static let writeChange = Phrase(
        vi: "hãy viết mức thay đổi dạng \"+40%\" (tương đối) hoặc \"+2.5\" (theo đơn vị của chỉ số)",
        en: "write a change as \"+40%\" (relative) or \"+2.5\" (in the indicator's unit)")
    public static let reachValues = Phrase(
        vi: "reach là national-average, best, hoặc {province: X}", en: "reach is national-average, best, or {province: X}")
    public static let writeReachProvince = Phrase(vi: "hãy viết reach: {province: X}", en: "write reach: {province: X}")
}

extension Phrase {
    public static func writeMergedProvince(_ merger: Phrase, id: String) -> Phrase {
        Phrase(vi: "\(merger.vi); hãy viết \(id)", en: "\(merger.en); write \(id)")
    }
}
