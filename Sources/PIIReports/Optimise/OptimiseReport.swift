import Foundation
import PIIData
import PIIIndex
import PIIOptimisation
import PIISimulation

/// The outputs of `pii optimize`: the portfolio chosen, its odds checked on fresh scenarios,
/// the cost–probability frontier, and the task list per department.
public struct OptimiseReport: Sendable {
    public let data: DataSet
    public let study: PortfolioStudy
    public let language: Language
    /// The command that reproduces the result.
    public let command: String
    /// Seconds the whole study took, shown in the table only (the JSON is reproducible).
    public let seconds: Double?

    public init(data: DataSet, study: PortfolioStudy, language: Language, command: String, seconds: Double?) {
        self.data = data
        self.study = study
        self.language = language
        self.command = command
        self.seconds = seconds
    }

    var vi: Bool { language == .vi }
    var plan: SimulationPlan { study.plan }
    var catalogue: MeasureCatalogue { study.catalogue }
    var focusName: String { data.provinces[plan.scenario.province].name }
    var horizon: Int { plan.scenario.horizon }

    func money(_ value: Double) -> String {
        let text = compact(value, in: language)
        return vi ? "\(text) tỷ đồng" : "\(text) billion VND"
    }

    var objectiveText: String {
        switch study.options.objective {
        case .rankMilestones: vi ? "P(đạt mọi mốc xếp hạng)" : "P(every rank milestone)"
        case .everyMilestone: vi ? "P(đạt mọi mốc)" : "P(every milestone)"
        case .topTen: vi ? "P(top 10 năm \(horizon))" : "P(top 10 in \(horizon))"
        }
    }

    var goalText: String {
        switch study.options.goal {
        case .bestOdds(let budget):
            budget.isFinite
                ? (vi ? "cao nhất trong ngân sách \(money(budget))" : "highest within a budget of \(money(budget))")
                : (vi ? "cao nhất, không giới hạn ngân sách" : "highest, with no budget limit")
        case .leastCost(let probability):
            vi ? "≥ \(percent(probability, in: language)) với chi phí thấp nhất" : "≥ \(percent(probability, in: language)) at least cost"
        }
    }

    func interval(_ check: PortfolioStudy.Check) -> String {
        "\(percent(check.probability, in: language)) (95 %: \(percent(check.interval.lower, in: language))–\(percent(check.interval.upper, in: language)))"
    }

    func measures(_ portfolio: Portfolio) -> String {
        portfolio.interventions.map { catalogue.interventions[$0].id }.joined(separator: ", ")
    }

    // MARK: Table

    public func table() -> String {
        let scenario = plan.scenario
        var text = "\(scenario.name.isEmpty ? focusName : scenario.name)\n"
        text += wrapped(vi
            ? "Tối ưu danh mục biện pháp của \(focusName): \(objectiveText) \(goalText). \(catalogue.measureCount) biện pháp (\(catalogue.interventions.count - catalogue.fixed.count) phương án), mỗi danh mục đánh giá trên cùng \(study.options.scenarios) kịch bản; kiểm chứng trên \(study.options.verification) kịch bản mới."
            : "Portfolio of \(focusName)'s measures: \(objectiveText) \(goalText). \(catalogue.measureCount) measures (\(catalogue.interventions.count - catalogue.fixed.count) versions), every portfolio evaluated on the same \(study.options.scenarios) scenarios; checked on \(study.options.verification) fresh scenarios.") + "\n\n"
        if let best = study.result.best, let verified = study.verified {
            text += wrapped(vi
                ? "Danh mục chọn: \(best.count) biện pháp, chi phí \(money(catalogue.cost(best))); \(objectiveText) = \(interval(verified)) trên kịch bản mới (không biện pháp: \(interval(study.verifiedNone)))."
                : "Chosen: \(best.count) measure\(best.count == 1 ? "" : "s") costing \(money(catalogue.cost(best))); \(objectiveText) = \(interval(verified)) on fresh scenarios (no measures: \(interval(study.verifiedNone))).") + "\n"
            text += "\n" + portfolioTable(best)
        } else {
            text += wrapped(infeasibleText()) + "\n"
        }
        text += "\n" + (vi ? "Đường biên chi phí – xác suất" : "Cost–probability frontier") + "\n" + frontierTable()
        if let linear = study.result.linear {
            text += wrapped(linearText(linear)) + "\n"
        }
        if !study.targets.isEmpty {
            text += "\n" + wrapped(vi ? "Nhiệm vụ theo cơ quan (giá trị trung vị mỗi năm với danh mục; trong ngoặc: không biện pháp)"
                                        : "Tasks by department (median value each year with the portfolio; in brackets: no measures)") + "\n"
            text += taskList()
        }
        text += "\n" + wrapped(searchText()) + "\n"
        text += wrapped((vi ? "Tái lập: " : "Reproduce: ") + command) + "\n"
        text += wrapped(data.status(in: language)) + "\n"
        return text
    }

    private func infeasibleText() -> String {
        let reachable = study.result.bestReachable
        switch study.options.goal {
        case .bestOdds(let budget):
            return vi
                ? "Ngân sách \(money(budget)) thấp hơn biện pháp rẻ nhất (\(money(catalogue.cheapestVersion))): không tài trợ được biện pháp nào. Không biện pháp: \(objectiveText) = \(interval(study.verifiedNone))."
                : "A budget of \(money(budget)) is below the cheapest measure (\(money(catalogue.cheapestVersion))): nothing can be funded. With no measures, \(objectiveText) = \(interval(study.verifiedNone))."
        case .leastCost(let probability):
            return vi
                ? "Không danh mục nào đạt \(percent(probability, in: language)). Xác suất cao nhất tìm được: \(percent(study.reachableProbability, in: language)) với \(reachable.count) biện pháp, chi phí \(money(catalogue.cost(reachable))) (\(measures(reachable)))."
                : "No portfolio reaches \(percent(probability, in: language)). The best odds found: \(percent(study.reachableProbability, in: language)) with \(reachable.count) measures costing \(money(catalogue.cost(reachable))) (\(measures(reachable)))."
        }
    }

    private func portfolioTable(_ portfolio: Portfolio) -> String {
        var table = TextTable([
            .init(vi ? "Biện pháp" : "Measure", maxWidth: 24),
            .init(Label.name.text(language), maxWidth: 34),
            .init(Label.owner.text(language), maxWidth: 18),
            .init(vi ? "Từ" : "From", .right),
            .init(vi ? "Chi phí" : "Cost", .right),
        ])
        for n in portfolio.interventions {
            let intervention = catalogue.interventions[n]
            table.add([intervention.id, intervention.name, intervention.owner, String(intervention.start), compact(intervention.cost, in: language)])
        }
        return table.render()
    }

    /// One line per budget; the measures as changes from the line above, so that the table
    /// reads as the order in which money buys them.
    private func frontierTable() -> String {
        var table = TextTable([
            .init(vi ? "Ngân sách" : "Budget", .right),
            .init(vi ? "Chi phí" : "Cost", .right),
            .init(vi ? "Số BP" : "Count", .right),
            .init(vi ? "Xác suất" : "Probability", .right),
            .init(vi ? "Thay đổi so với dòng trên" : "Change from the line above", maxWidth: 52),
        ])
        var previous = Portfolio.none(measures: catalogue.measureCount)
        for point in study.frontier {
            let added = point.portfolio.interventions.filter { !previous.interventions.contains($0) }
            let dropped = previous.interventions.filter { !point.portfolio.interventions.contains($0) }
            let change = (added.map { "+" + catalogue.interventions[$0].id } + dropped.map { "−" + catalogue.interventions[$0].id })
                .joined(separator: " ")
            table.add([compact(point.budget, in: language), compact(point.cost, in: language), String(point.portfolio.count), percent(point.probability, in: language),
                       change.isEmpty ? "=" : change])
            previous = point.portfolio
        }
        return table.render()
    }

    /// The linearised model's answer, said as what it is: a starting point whose odds count a
    /// scenario as met when its margins, linear in the measures, are positive — which the
    /// exact engine (every figure above) does not confirm, so the two differ.
    private func linearText(_ linear: LinearisedPortfolio.Solution) -> String {
        let bound: String
        switch study.options.goal {
        case .bestOdds: bound = vi ? "cận trên của xác suất đó \(percent(linear.bound, in: language))" : "an upper bound on those odds of \(percent(linear.bound, in: language))"
        case .leastCost: bound = vi ? "cận dưới của chi phí \(money(linear.bound))" : "a lower bound on the cost of \(money(linear.bound))"
        }
        let proof = linear.isOptimal ? "" : (vi ? " (chưa chứng minh tối ưu)" : " (optimality not proven)")
        let time = linear.stoppedByTime
            ? (vi ? "; CBC dừng vì giới hạn thời gian, kết quả có thể khác trên máy khác" : "; CBC stopped at its time limit, so the result may differ on another machine") : ""
        return vi
            ? "Điểm xuất phát của tìm kiếm: mô hình tuyến tính hóa (CBC, \(linear.sampleSize) kịch bản, chỉ các mốc hạng ≤ k) coi một kịch bản là đạt khi biên độ xấp xỉ tuyến tính theo các biện pháp dương; danh mục của nó đạt \(percent(linear.linearShare, in: language)) theo phép xấp xỉ này, \(bound)\(proof)\(time). Xấp xỉ bỏ qua việc các tỉnh khác cũng thay đổi điểm chuẩn hóa, nên nó khác kết quả của mô hình đầy đủ ở trên; mọi danh mục đều được chấm lại bằng mô hình đầy đủ."
            : "The search's starting point: a linearised model (CBC, \(linear.sampleSize) scenarios, rank ≤ k targets only) counts a scenario as met when its margins, linear in the measures, are positive; its portfolio scores \(percent(linear.linearShare, in: language)) by that approximation, with \(bound)\(proof)\(time). The approximation ignores how the measures move the min–max of every province, so it differs from the exact engine's figures above; every portfolio is re-scored by the exact engine."
    }

    private func searchText() -> String {
        let method = study.result.method == "enumeration"
            ? (vi ? "liệt kê mọi danh mục" : "every portfolio enumerated")
            : (vi ? "tham lam theo lợi ích/chi phí, quy hoạch nguyên (CBC), tìm kiếm cục bộ" : "greedy by gain per cost, integer programme (CBC), local search")
        var text = vi
            ? "Cách tìm: \(method); \(study.evaluations) lần đánh giá danh mục bằng mô hình đầy đủ"
            : "Search: \(method); \(study.evaluations) portfolio evaluations with the exact engine"
        if let seconds {
            let rate = study.searchSeconds > 0 ? Double(study.evaluations) / study.searchSeconds : 0
            text += vi
                ? "; tìm kiếm \(fixed(study.searchSeconds, 1, in: language)) giây (\(fixed(rate, 1, in: language)) lần đánh giá/giây), tổng \(fixed(seconds, 1, in: language)) giây"
                : "; search \(fixed(study.searchSeconds, 1, in: language)) s (\(fixed(rate, 1, in: language)) evaluations/s), \(fixed(seconds, 1, in: language)) s in all"
        }
        return text + "."
    }

    private func taskList() -> String {
        let years = plan.years
        var text = ""
        var owners: [String] = []
        for target in study.targets where !owners.contains(target.owner) { owners.append(target.owner) }
        for owner in owners {
            text += "\n\(owner.isEmpty ? Label.noOwner.text(language) : owner)\n"
            var table = TextTable([
                .init(vi ? "Biện pháp" : "Measure", maxWidth: 22),
                .init(Label.indicator.text(language), maxWidth: 26),
            ] + years.map { .init(String($0), .right) })
            for target in study.targets where target.owner == owner {
                let node = data.framework.indicators[target.indicator]
                let unit = node.unit(in: language)
                table.add([catalogue.interventions[target.intervention].id,
                           "\(node.code) \(node.name(in: language))" + (unit.isEmpty ? "" : " (\(unit))")]
                          + years.indices.map { compact(target.withPortfolio[$0], in: language) })
                table.add(["", ""] + years.indices.map { "(\(compact(target.withoutMeasures[$0], in: language)))" })
            }
            text += table.render()
        }
        return text
    }

    // MARK: JSON and CSV

    func json(_ portfolio: Portfolio) -> JSONValue {
        .array(portfolio.interventions.map { n in
            let intervention = catalogue.interventions[n]
            return .object([
                ("id", .string(intervention.id)), ("name", .string(intervention.name)), ("owner", .string(intervention.owner)),
                ("start", .integer(intervention.start)), ("cost", .number(intervention.cost)),
            ])
        })
    }

    public func json() -> JSONValue {
        let goal: JSONValue
        switch study.options.goal {
        case .bestOdds(let budget): goal = .object([("budget", budget.isFinite ? .number(budget) : .null)])
        case .leastCost(let probability): goal = .object([("target_probability", .number(probability))])
        }
        let chosen: JSONValue = study.result.best.map { best in
            .object([
                ("measures", json(best)),
                ("cost", .number(catalogue.cost(best))),
                ("probability_search", .number(study.searchProbability)),
                ("probability", .number(study.verified?.probability)),
                ("interval", .array([.number(study.verified?.interval.lower), .number(study.verified?.interval.upper)])),
            ])
        } ?? .null
        return .object([
            ("scenario", .string(plan.scenario.name)),
            ("province", .string(data.provinces[plan.scenario.province].id)),
            ("objective", .string(study.options.objective.rawValue)),
            ("goal", goal),
            ("scenarios_per_evaluation", .integer(study.options.scenarios)),
            ("verification_scenarios", .integer(study.options.verification)),
            ("seed", .integer(Int(exactly: plan.scenario.seed))),
            ("settings", ScoreReport.json(plan.scenario.settings)),
            ("feasible", .bool(study.result.best != nil)),
            ("chosen", chosen),
            ("no_measures", .object([
                ("probability_search", .number(study.noneProbability)),
                ("probability", .number(study.verifiedNone.probability)),
                ("interval", .array([.number(study.verifiedNone.interval.lower), .number(study.verifiedNone.interval.upper)])),
            ])),
            ("best_reachable", .object([
                ("measures", json(study.result.bestReachable)),
                ("cost", .number(catalogue.cost(study.result.bestReachable))),
                ("probability_search", .number(study.reachableProbability)),
            ])),
            ("frontier", .array(study.frontier.map { point in
                .object([
                    ("budget", .number(point.budget)), ("cost", .number(point.cost)),
                    ("probability_search", .number(point.probability)),
                    ("measures", .array(point.portfolio.interventions.map { .string(catalogue.interventions[$0].id) })),
                ])
            })),
            ("linearised", study.result.linear.map { linear in
                .object([
                    ("sample", .integer(linear.sampleSize)), ("share", .number(linear.linearShare)),
                    ("bound", .number(linear.bound)), ("optimal", .bool(linear.isOptimal)),
                    ("stopped_by_time", .bool(linear.stoppedByTime)),
                    ("measures", .array(linear.portfolio.interventions.map { .string(catalogue.interventions[$0].id) })),
                ])
            } ?? .null),
            ("tasks", .array(study.targets.map { target in
                .object([
                    ("owner", .string(target.owner)),
                    ("measure", .string(catalogue.interventions[target.intervention].id)),
                    ("indicator", .string(data.framework.indicators[target.indicator].code)),
                    ("years", .array(plan.years.indices.map { y in
                        .object([
                            ("year", .integer(plan.years[y])),
                            ("target", .number(target.withPortfolio[y])),
                            ("without_measures", .number(target.withoutMeasures[y])),
                        ])
                    })),
                ])
            })),
            ("method", .string(study.result.method)),
            ("evaluations", .integer(study.evaluations)),
            ("data", .object([("illustrative", .bool(data.panelIsIllustrative))])),
        ])
    }

    /// `frontier.csv` and `tasks.csv`.
    public func csvFiles() -> [(name: String, text: String)] {
        var frontier = CSVText(header: ["budget", "cost", "probability", "measures"])
        for point in study.frontier {
            frontier.append([csvNumber(point.budget), csvNumber(point.cost), csvNumber(point.probability), measures(point.portfolio)])
        }
        var tasks = CSVText(header: ["owner", "measure", "indicator", "name", "unit", "year", "target", "without_measures"])
        for target in study.targets {
            let node = data.framework.indicators[target.indicator]
            for (y, year) in plan.years.enumerated() {
                tasks.append([target.owner, catalogue.interventions[target.intervention].id, node.code, node.name(in: language),
                              node.unit(in: language), String(year), csvNumber(target.withPortfolio[y]), csvNumber(target.withoutMeasures[y])])
            }
        }
        return [("frontier.csv", frontier.text), ("tasks.csv", tasks.text)]
    }
}
