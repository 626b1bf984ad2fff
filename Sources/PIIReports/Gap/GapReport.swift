import Foundation
import PIIData
import PIIIndex
import PIIOptimisation

/// The outputs of `pii gap`: the cheapest improvement that reaches a rank, indicator by
/// indicator, and what the plan's other target (every indicator at the national average) is
/// worth on its own.
public struct GapReport: Sendable {
    public let data: DataSet
    public let province: Int
    public let targetRank: Int
    /// What the values are: "2025", or "median forecast for 2030 (…)".
    public let basis: String
    public let answer: GapSolver.Answer
    public let average: GapSolver.Answer
    /// Whether a cost file priced the indicators (otherwise costs are normalised points).
    public let priced: Bool
    /// On a median forecast: the share of the Monte Carlo scenarios in which the province holds
    /// the rank without any change, which the median path hides.
    public let odds: Double?
    /// The method the answer was computed with (recorded in the JSON).
    public let settings: MethodSettings
    public let language: Language

    public init(
        data: DataSet, province: Int, targetRank: Int, basis: String, answer: GapSolver.Answer,
        average: GapSolver.Answer, priced: Bool, odds: Double? = nil, settings: MethodSettings = .standard, language: Language
    ) {
        self.settings = settings
        self.data = data
        self.province = province
        self.targetRank = targetRank
        self.basis = basis
        self.answer = answer
        self.average = average
        self.priced = priced
        self.odds = odds
        self.language = language
    }

    var vi: Bool { language == .vi }
    var name: String { data.provinces[province].name }
    var framework: Framework { data.framework }
    var costUnit: String {
        priced ? (vi ? "chi phí" : "cost") : (vi ? "điểm chuẩn hóa" : "normalised points")
    }

    private func rank(_ value: Int?) -> String { value.map(String.init) ?? "–" }

    private func treatment(_ indicator: Int) -> String { framework.indicators[indicator].code }

    // MARK: Table

    public func table() -> String {
        var text = (vi ? "Khoảng cách đến hạng \(targetRank) — \(name), \(basis)"
                       : "Gap to rank \(targetRank) — \(name), \(basis)") + "\n"
        text += wrapped(headline()) + "\n"
        if !answer.overtaken.isEmpty {
            let names = answer.overtaken.map { data.provinces[$0].name }.joined(separator: ", ")
            text += wrapped((vi ? "Vượt qua: " : "Overtakes: ") + names) + "\n"
        }
        if answer.changes.isEmpty {
            text += answer.reached
                ? (vi ? "\nĐã đạt hạng mục tiêu: không cần cải thiện.\n" : "\nThe target rank is already held: nothing to improve.\n")
                : ""
        } else {
            text += "\n" + changesTable(answer)
            if answer.changes.contains(where: \.isNewMaximum) {
                text += wrapped(vi
                    ? "* tỉnh trở thành giá trị cao nhất của chỉ số: từ đây mỗi đơn vị thêm chỉ làm các tỉnh khác giảm điểm, hiệu quả giảm dần"
                    : "* the province becomes the indicator's best value: beyond it each further unit only shrinks the others' scores, with falling returns") + "\n"
            }
        }
        text += wrapped(regime(answer)) + "\n"
        text += "\n" + (vi ? "Mục tiêu mọi chỉ số ≥ trung bình cả nước" : "Target: every indicator at or above the national average") + "\n"
        text += wrapped(vi
            ? "\(average.changes.count) chỉ số phải nâng lên mức trung bình; riêng điều đó đưa \(name) từ hạng \(rank(average.rankBefore)) (điểm \(fixed(average.indexBefore, in: language))) lên hạng \(rank(average.rankAfter)) (điểm \(fixed(average.indexAfter, in: language))), \(costUnit) \(fixed(average.cost, in: language))."
            : "\(average.changes.count) indicators must rise to the average; that alone takes \(name) from rank \(rank(average.rankBefore)) (score \(fixed(average.indexBefore, in: language))) to rank \(rank(average.rankAfter)) (score \(fixed(average.indexAfter, in: language))), \(costUnit) \(fixed(average.cost, in: language)).") + "\n"
        if !average.changes.isEmpty { text += changesTable(average) }
        text += "\n" + wrapped(vi
            ? "Các tỉnh khác giữ nguyên giá trị; mọi kết quả đã được tính lại bằng bộ tính điểm đầy đủ (chuẩn hóa min–max, xử lý ngoại lai, xếp hạng). \(priced ? "Chi phí theo tệp chi phí." : "Chi phí mặc định: mỗi điểm chuẩn hóa (1/100 khoảng min–max) như nhau.")"
            : "The other provinces' values are held; every answer is re-scored by the full scorer (min–max, outlier treatment, ranks). \(priced ? "Costs from the cost file." : "Default cost: every normalised point (1/100 of the min–max range) the same.")") + "\n"
        text += wrapped(data.status(in: language)) + "\n"
        return text
    }

    private func headline() -> String {
        let before = "\(rank(answer.rankBefore)) (\(fixed(answer.indexBefore, in: language)))"
        let after = "\(rank(answer.rankAfter)) (\(fixed(answer.indexAfter, in: language)))"
        let marginal = answer.marginalCost.map {
            vi ? "; chi phí biên \(fixed($0, in: language)) cho mỗi điểm PII" : "; marginal cost \(fixed($0, in: language)) per PII point"
        } ?? ""
        if answer.reached && answer.changes.isEmpty {
            guard let odds else {
                return vi ? "Hạng hiện tại \(before) đã đạt mục tiêu." : "Current rank \(before) already meets the target."
            }
            return vi
                ? "Trên đường dự báo trung vị, hạng \(before) đã đạt mục tiêu — nhưng chỉ trong \(percent(odds, in: language)) số kịch bản Monte Carlo; để chắc chắn hơn: pii gap --probability 0.8."
                : "On the median forecast path rank \(before) meets the target — but only in \(percent(odds, in: language)) of the Monte Carlo scenarios; to be surer: pii gap --probability 0.8."
        }
        if answer.reached {
            return vi
                ? "Hạng (điểm) \(before) → \(after); tổng \(costUnit) \(fixed(answer.cost, in: language))\(marginal)."
                : "Rank (score) \(before) → \(after); total \(costUnit) \(fixed(answer.cost, in: language))\(marginal)."
        }
        return vi
            ? "Không thể đạt hạng \(targetRank) với các mức cải thiện cho phép (miền giá trị, max_change). Hạng tốt nhất đạt được: \(after), từ \(before), với \(costUnit) \(fixed(answer.cost, in: language))."
            : "Rank \(targetRank) cannot be reached with the allowed improvements (domains, max_change). The best reachable rank is \(after), from \(before), at \(costUnit) \(fixed(answer.cost, in: language))."
    }

    private func regime(_ answer: GapSolver.Answer) -> String {
        guard !answer.treatmentSwitched.isEmpty else {
            return vi ? "Chế độ xử lý ngoại lai không đổi: lời giải là tối thiểu." : "The outlier treatment did not switch: the answer is minimal."
        }
        let codes = answer.treatmentSwitched.map(treatment).joined(separator: ", ")
        return vi
            ? "Lưu ý: cách xử lý ngoại lai của \(codes) thay đổi sau khi cải thiện; kết quả đã tính lại với cách xử lý mới."
            : "Note: the outlier treatment of \(codes) switches after the move; the answer is re-scored with the new treatment."
    }

    private func changesTable(_ answer: GapSolver.Answer) -> String {
        var table = TextTable([
            .init(Label.code.text(language)),
            .init(Label.name.text(language), maxWidth: 20),
            .init(Label.owner.text(language), maxWidth: 17),
            .init(vi ? "Hiện tại" : "Current", .right),
            .init(vi ? "Cần đạt" : "Required", .right),
            .init(vi ? "Thay đổi" : "Change", .right),
            .init(Label.unit.text(language), maxWidth: 14),
            .init(vi ? "Điểm CH" : "Norm. pts", .right),
            .init(Label.weightShort.text(language), .right),
            .init(vi ? "Chi phí" : "Cost", .right),
        ])
        for change in answer.changes {
            let node = framework.indicators[change.indicator]
            table.add([
                node.code + (change.isNewMaximum ? "*" : ""), node.name(in: language), node.owner,
                compact(change.from, in: language), compact(change.to, in: language), signed(change.to - change.from, in: language),
                node.unit(in: language), signed(change.scoreTo - change.scoreFrom, digits: 1, in: language), fixed(change.effectiveWeight * 100, 2, in: language), fixed(change.cost, in: language),
            ])
        }
        return table.render()
    }

    // MARK: JSON and CSV

    public func json() -> JSONValue {
        .object([
            ("province", .string(data.provinces[province].id)),
            ("name", .string(name)),
            ("target_rank", .integer(targetRank)),
            ("basis", .string(basis)),
            ("cost_unit", .string(priced ? "cost file" : "normalised points")),
            ("probability_without_changes", .number(odds)),
            ("answer", json(answer)),
            ("national_average_target", json(average)),
            ("settings", ScoreReport.json(settings)),
            ("data", .object([("illustrative", .bool(data.panelIsIllustrative))])),
        ])
    }

    private func json(_ answer: GapSolver.Answer) -> JSONValue {
        .object([
            ("reached", .bool(answer.reached)),
            ("rank_before", .integer(answer.rankBefore)),
            ("rank_after", .integer(answer.rankAfter)),
            ("score_before", .number(answer.indexBefore)),
            ("score_after", .number(answer.indexAfter)),
            ("cost", .number(answer.cost)),
            ("marginal_cost_per_point", .number(answer.marginalCost)),
            ("treatment_switched", .array(answer.treatmentSwitched.map { .string(treatment($0)) })),
            ("overtaken", .array(answer.overtaken.map { .string(data.provinces[$0].id) })),
            ("changes", .array(answer.changes.map { change in
                let node = framework.indicators[change.indicator]
                return .object([
                    ("indicator", .string(node.code)),
                    ("name", .string(node.name(in: language))),
                    ("owner", .string(node.owner)),
                    ("unit", .string(node.unit)),
                    ("current", .number(change.from)),
                    ("required", .number(change.to)),
                    ("change", .number(change.to - change.from)),
                    ("score_before", .number(change.scoreFrom)),
                    ("score_after", .number(change.scoreTo)),
                    ("effective_weight", .number(change.effectiveWeight)),
                    ("cost", .number(change.cost)),
                    ("new_maximum", .bool(change.isNewMaximum)),
                ])
            })),
        ])
    }

    /// The changes of both targets, one row each.
    public func csv() -> String {
        var csv = CSVText(header: [
            "target", "indicator", "name", "owner", "unit", "current", "required", "change",
            "score_before", "score_after", "effective_weight", "cost", "new_maximum",
        ])
        for (target, answer) in [("rank_\(targetRank)", answer), ("national_average", average)] {
            for change in answer.changes {
                let node = framework.indicators[change.indicator]
                csv.append([
                    target, node.code, node.name(in: language), node.owner, node.unit, csvNumber(change.from),
                    csvNumber(change.to), csvNumber(change.to - change.from), csvNumber(change.scoreFrom),
                    csvNumber(change.scoreTo), csvNumber(change.effectiveWeight), csvNumber(change.cost),
                    change.isNewMaximum ? "yes" : "no",
                ])
            }
        }
        return csv.text
    }
}
