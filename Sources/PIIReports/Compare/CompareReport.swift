import Foundation
import PIIData
import PIIIndex
import PIISimulation

/// The outputs of `pii compare`: two scenarios of one province side by side — the odds of
/// every milestone, the median rank by year, each difference with its interval from the
/// scenario-by-scenario pairing, and what each of the second file's own measures adds.
public struct CompareReport: Sendable {
    public let data: DataSet
    public let comparison: ScenarioComparison
    /// The two files' names as the user gave them.
    public let names: (first: String, second: String)
    public let language: Language
    public let command: String

    public init(data: DataSet, comparison: ScenarioComparison, names: (String, String), language: Language, command: String) {
        self.data = data
        self.comparison = comparison
        self.names = names
        self.language = language
        self.command = command
    }

    var focusName: String { data.provinces[comparison.first.plan.scenario.province].name }

    func title(_ side: ScenarioComparison.Side, _ file: String) -> String {
        side.plan.scenario.name.isEmpty ? file : side.plan.scenario.name
    }

    /// A difference in percentage points, signed, with its interval.
    func points(_ difference: ScenarioComparison.Difference) -> String {
        "\(signed(difference.difference * 100, digits: 1)) (\(signed(difference.lower * 100, digits: 1)) … \(signed(difference.upper * 100, digits: 1)))"
    }

    func signed(_ value: Double, digits: Int) -> String {
        let rounded = (value * pow(10, Double(digits))).rounded() / pow(10, Double(digits))
        return readable(String(format: "%+.\(digits)f", rounded == 0 ? 0 : rounded), language)
    }

    // MARK: Table

    public func table() -> String {
        let vi = language == .vi, a = comparison.first, b = comparison.second
        let pillars = data.framework.pillars
        var text = (vi ? "So sánh hai kịch bản — \(focusName)" : "Two scenarios compared — \(focusName)") + "\n"
        text += wrapped("A: \(title(a, names.first))") + "\n" + wrapped("B: \(title(b, names.second))") + "\n"
        text += wrapped(vi
            ? "\(a.scenarios) kịch bản chung (cùng seed \(a.plan.scenario.seed), cùng số thứ tự kịch bản): hiệu số B − A tính theo từng cặp kịch bản, khoảng tin cậy 95 % trong ngoặc, đơn vị điểm phần trăm."
            : "\(a.scenarios) common scenarios (one seed, \(a.plan.scenario.seed), the same scenario numbers): B − A is taken scenario by scenario; 95 % interval in brackets, in percentage points.") + "\n\n"
        var milestones = TextTable([
            .init(Label.year.text(language)), .init(vi ? "Mục tiêu" : "Milestone"),
            .init("A", .right), .init("B", .right), .init(vi ? "B − A (điểm %)" : "B − A (points)", .right),
        ])
        for row in comparison.milestones {
            let pa = row.first.map { percent(share(a.tally.milestoneHits[$0], a), in: language) } ?? "–"
            let pb = row.second.map { percent(share(b.tally.milestoneHits[$0], b), in: language) } ?? "–"
            milestones.add([String(row.milestone.year), RunReport.describe(row.milestone, pillars: pillars, language: language),
                            pa, pb, row.difference.map(points) ?? (vi ? "chỉ một bên" : "one side only")])
        }
        let every = comparison.everyRankMilestone
        milestones.add(["", vi ? "Mọi mục tiêu thứ hạng cùng đạt" : "Every rank milestone together",
                        percent(every.first, in: language), percent(every.second, in: language), points(every)])
        text += (vi ? "Xác suất đạt mục tiêu" : "Odds of the milestones") + "\n" + milestones.render()

        var years = TextTable([
            .init(Label.year.text(language)), .init(vi ? "Hạng trung vị A" : "Median rank A", .right),
            .init(vi ? "Hạng trung vị B" : "Median rank B", .right),
            .init(vi ? "Hạng TB: B − A" : "Mean rank: B − A", .right),
        ])
        for row in comparison.years {
            years.add([String(row.year), row.firstMedian.map(String.init) ?? "–", row.secondMedian.map(String.init) ?? "–",
                       "\(signed(row.meanRank.difference, digits: 2)) (\(signed(row.meanRank.lower, digits: 2)) … \(signed(row.meanRank.upper, digits: 2)))"])
        }
        text += "\n" + (vi ? "Thứ hạng của \(focusName) (âm: B xếp hạng cao hơn)" : "Rank of \(focusName) (negative: B ranks it better)") + "\n" + years.render()

        text += "\n" + measuresText()
        text += wrapped(data.status(in: language)) + "\n"
        text += wrapped((vi ? "Chạy lại: " : "Reproduce: ") + command) + "\n"
        return text
    }

    private func measuresText() -> String {
        let vi = language == .vi, b = comparison.second
        var text = ""
        if comparison.measureEffects.isEmpty {
            text += wrapped(vi ? "B không có biện pháp nào mà A không có." : "B has no measure that A does not have.") + "\n"
        } else {
            var table = TextTable([
                .init(vi ? "Biện pháp riêng của B" : "B's own measure"), .init(Label.owner.text(language)),
                .init(vi ? "Chi phí (tỷ đồng)" : "Cost (billion VND)", .right),
                .init(vi ? "Nếu bỏ (điểm %)" : "Without it (points)", .right),
            ])
            // The measures whose removal costs most first.
            let effects = comparison.measureEffects.sorted {
                ($1.everyRankMilestone.difference, $0.intervention) < ($0.everyRankMilestone.difference, $1.intervention)
            }
            for effect in effects {
                let measure = b.plan.scenario.interventions[effect.intervention]
                var dropped = effect.everyRankMilestone
                (dropped.difference, dropped.lower, dropped.upper) = (-dropped.difference, -dropped.upper, -dropped.lower)
                table.add([measure.name.isEmpty ? measure.id : measure.name, measure.owner,
                           measure.cost == 0 ? "–" : formatNumber(measure.cost), points(dropped)])
            }
            text += wrapped(vi
                ? "Biện pháp tạo nên khác biệt: xác suất mọi mục tiêu thứ hạng cùng đạt thay đổi bao nhiêu nếu B bỏ riêng biện pháp đó (các biện pháp khác giữ nguyên)"
                : "The measures that make the difference: how the odds of every rank milestone together change when B goes without that measure alone (the others kept)") + "\n" + table.render()
        }
        if !comparison.onlyFirst.isEmpty {
            text += wrapped((vi ? "Biện pháp chỉ có ở A: " : "Measures only in A: ") + comparison.onlyFirst.joined(separator: ", ")) + "\n"
        }
        return text
    }

    private func share(_ count: Int, _ side: ScenarioComparison.Side) -> Double {
        side.scenarios == 0 ? 0 : Double(count) / Double(side.scenarios)
    }

    // MARK: JSON

    public func json() -> JSONValue {
        let a = comparison.first, b = comparison.second, pillars = data.framework.pillars
        func difference(_ d: ScenarioComparison.Difference) -> JSONValue {
            .object([("first", .number(d.first)), ("second", .number(d.second)), ("difference", .number(d.difference)),
                     ("interval", .array([.number(d.lower), .number(d.upper)]))])
        }
        let milestones: [JSONValue] = comparison.milestones.map { row in
            .object([
                ("year", .integer(row.milestone.year)),
                ("condition", .string(RunReport.describe(row.milestone, pillars: pillars, language: .en))),
                ("first", row.first.map { .number(share(a.tally.milestoneHits[$0], a)) } ?? .null),
                ("second", row.second.map { .number(share(b.tally.milestoneHits[$0], b)) } ?? .null),
                ("difference", row.difference.map(difference) ?? .null),
            ])
        }
        let years: [JSONValue] = comparison.years.map { row in
            .object([("year", .integer(row.year)), ("first_median", .integer(row.firstMedian)),
                     ("second_median", .integer(row.secondMedian)), ("mean_rank", difference(row.meanRank))])
        }
        let measures: [JSONValue] = comparison.measureEffects.map { effect in
            let measure = b.plan.scenario.interventions[effect.intervention]
            return .object([("id", .string(measure.id)), ("name", .string(measure.name)), ("cost", .number(measure.cost)),
                            ("every_rank_milestone_without_and_with", difference(effect.everyRankMilestone))])
        }
        return .object([
            ("province", .string(data.provinces[a.plan.scenario.province].id)),
            ("first", .object([("file", .string(names.first)), ("name", .string(a.plan.scenario.name))])),
            ("second", .object([("file", .string(names.second)), ("name", .string(b.plan.scenario.name))])),
            ("scenarios", .integer(a.scenarios)),
            ("seed", .integer(Int(exactly: a.plan.scenario.seed))),
            ("milestones", .array(milestones)),
            ("every_rank_milestone", difference(comparison.everyRankMilestone)),
            ("years", .array(years)),
            ("measures_only_in_second", .array(measures)),
            ("measures_only_in_first", .array(comparison.onlyFirst.map { .string($0) })),
            ("data", .object([("illustrative", .bool(data.panelIsIllustrative))])),
        ])
    }
}
