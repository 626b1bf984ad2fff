import Foundation
import PIIData
import PIIIndex
import PIIOptimisation
import PIIReports
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

    /// The command line that reproduces a study of the scenario file `file`.
    public static func command(file: String, seed: UInt64, options: PortfolioStudy.Options) -> String {
        var command = "pii optimize \(file) --seed \(seed) --objective \(options.objective.rawValue)"
            + " --scenarios \(options.scenarios) --verify \(options.verification)"
        switch options.goal {
        case .bestOdds(let amount) where amount.isFinite: command += " --budget \(amount.formatted(.number.grouping(.never)))"
        case .leastCost(let probability): command += " --target-probability \(probability)"
        default: break
        }
        return command
    }

    public init(data: DataSet, study: PortfolioStudy, language: Language, command: String, seconds: Double?) {
        self.data = data
        self.study = study
        self.language = language
        self.command = command
        self.seconds = seconds
    }

    var plan: SimulationPlan { study.plan }
    var catalogue: MeasureCatalogue { study.catalogue }
    var focusName: String { data.provinces[plan.scenario.province].name }
    var horizon: Int { plan.scenario.horizon }

    func money(_ value: Double) -> String {
        let text = compact(value, in: language)
        return Phrase.billionVND(text).text(language)
    }

    var objectiveText: String {
        switch study.options.objective {
        case .rankMilestones: Phrase.everyRankMilestoneOdds.text(language)
        case .everyMilestone: Phrase.everyMilestoneOdds.text(language)
        case .topTen: Phrase.topTenOdds(horizon).text(language)
        }
    }

    var goalText: String {
        switch study.options.goal {
        case .bestOdds(let budget):
            budget.isFinite
                ? (Phrase.highestWithinBudget(money(budget)).text(language))
                : (Phrase.highestNoBudgetLimit.text(language))
        case .leastCost(let probability):
            Phrase.leastCostGoal(percent(probability, in: language)).text(language)
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
        text += wrapped(Phrase.optimiserSetup(focusName, objectiveText, goalText, catalogue.measureCount, catalogue.interventions.count - catalogue.fixed.count, study.options.scenarios, study.options.verification).text(language)) + "\n\n"
        if let best = study.result.best, let verified = study.verified {
            text += wrapped(Phrase.chosenPortfolio(best.count, money(catalogue.cost(best)), objectiveText, interval(verified), interval(study.verifiedNone)).text(language)) + "\n"
            text += "\n" + portfolioTable(best)
        } else {
            text += wrapped(infeasibleText()) + "\n"
        }
        text += "\n" + (Label.frontierTitle.text(language)) + "\n" + frontierTable()
        if let linear = study.result.linear {
            text += wrapped(linearText(linear)) + "\n"
        }
        if !study.targets.isEmpty {
            text += "\n" + wrapped(Phrase.portfolioTasksHeading.text(language)) + "\n"
            text += taskList()
        }
        text += "\n" + wrapped(searchText()) + "\n"
        text += wrapped((Phrase.reproduceLine.text(language)) + command) + "\n"
        text += wrapped(data.status(in: language)) + "\n"
        return text
    }

    private func infeasibleText() -> String {
        let reachable = study.result.bestReachable
        switch study.options.goal {
        case .bestOdds(let budget):
            return Phrase.budgetIsBelowCheapest(money(budget), money(catalogue.cheapestVersion), objectiveText, interval(study.verifiedNone)).text(language)
        case .leastCost(let probability):
            return Phrase.noPortfolioReachesBest(percent(probability, in: language), percent(study.reachableProbability, in: language), reachable.count, money(catalogue.cost(reachable)), measures(reachable)).text(language)
        }
    }

    private func portfolioTable(_ portfolio: Portfolio) -> String {
        var table = TextTable([
            .init(Label.measure.text(language), maxWidth: 24),
            .init(Label.name.text(language), maxWidth: 34),
            .init(Label.owner.text(language), maxWidth: 18),
            .init(Phrase.fromYear.text(language), .right),
            .init(Phrase.costHeading.text(language), .right),
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
            .init(Phrase.budgetHeading.text(language), .right),
            .init(Phrase.costHeading.text(language), .right),
            .init(Phrase.measureCount.text(language), .right),
            .init(Label.probability.text(language), .right),
            .init(Phrase.changeFromLineAbove.text(language), maxWidth: 52),
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
        case .bestOdds: bound = Phrase.oddsUpperBound(percent(linear.bound, in: language)).text(language)
        case .leastCost: bound = Phrase.costLowerBound(money(linear.bound)).text(language)
        }
        let proof = linear.isOptimal ? "" : (Phrase.optimalityNotProven.text(language))
        let time = linear.stoppedByTime
            ? (Phrase.cbcTimeLimit.text(language)) : ""
        return Phrase.linearisedStart(linear.sampleSize, percent(linear.linearShare, in: language), bound, proof, time).text(language)
    }

    private func searchText() -> String {
        let method = study.result.method == "enumeration"
            ? (Phrase.everyPortfolioEnumerated.text(language))
            : (Phrase.greedyGainPerCost.text(language))
        var text = Phrase.searchSummary(method, study.evaluations).text(language)
        if let seconds {
            let rate = study.searchSeconds > 0 ? Double(study.evaluations) / study.searchSeconds : 0
            text += Phrase.searchTiming(fixed(study.searchSeconds, 1, in: language), fixed(rate, 1, in: language), fixed(seconds, 1, in: language)).text(language)
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
            // Each indicator heads its two rows, whole: in a column of its own a long name
            // wrapped into a narrow tower beside its numbers.
            var table = TextTable([.init("")] + years.map { .init(String($0), .right) })
            for target in study.targets where target.owner == owner {
                let node = data.framework.indicators[target.indicator]
                let unit = node.unit(in: language)
                table.addSpanning("\(node.code) \(node.name(in: language))" + (unit.isEmpty ? "" : " (\(unit))")
                                  + " · " + catalogue.interventions[target.intervention].id)
                table.add(["  " + Label.withPortfolio.text(language)] + years.indices.map { compact(target.withPortfolio[$0], in: language) })
                table.add(["  " + Label.withoutMeasures.text(language)]
                          + years.indices.map { "(\(compact(target.withoutMeasures[$0], in: language)))" })
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
