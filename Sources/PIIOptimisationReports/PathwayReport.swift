import Foundation
import PIIData
import PIIIndex
import PIIOptimisation
import PIIReports
import PIISimulation

/// The outputs of `pii gap --probability`: for each probability, the pathway of yearly
/// indicator targets, its cost, and its probability on the search sample and on fresh
/// scenarios; the task list per department.
public struct PathwayReport: Sendable {
    public struct Result: Sendable {
        public var pathway: Pathway
        /// Fresh scenarios meeting every targeted milestone, of `freshTrials`.
        public var freshSuccesses: Int
        public var freshTrials: Int

        public init(pathway: Pathway, freshSuccesses: Int, freshTrials: Int) {
            self.pathway = pathway
            self.freshSuccesses = freshSuccesses
            self.freshTrials = freshTrials
        }

        public var freshProbability: Double { Double(freshSuccesses) / Double(max(freshTrials, 1)) }
        public var interval: WilsonInterval { WilsonInterval(successes: freshSuccesses, trials: freshTrials) }
    }

    public let data: DataSet
    public let province: Int
    /// The milestones the pathway meets together.
    public let milestones: [Milestone]
    public let results: [Result]
    /// The focus province's median no-intervention value, `[indicator][milestone year]`.
    public let medians: [[Double?]]
    /// Price per unit of each indicator.
    public let unitCost: [Double]
    /// +1 or −1 per indicator: the good direction the changes are in (`SimulationPlan.directions`).
    public let directions: [Double]
    public let priced: Bool
    /// Where the forecast comes from, such as "Scenarios/ninh-binh-2030.yaml, local-level".
    public let basis: String
    public let searchScenarios: Int
    public let seed: UInt64
    public let evaluations: Int
    /// Whether CBC's seconds limit (a safety net) stopped a selection: the answer may then
    /// depend on the machine's speed.
    public let stoppedByTime: Bool
    /// The method of the run (recorded in the JSON).
    public let settings: MethodSettings
    public let language: Language

    public init(
        data: DataSet, province: Int, milestones: [Milestone], results: [Result], medians: [[Double?]], unitCost: [Double],
        directions: [Double], priced: Bool, basis: String, searchScenarios: Int, seed: UInt64, evaluations: Int, stoppedByTime: Bool = false,
        settings: MethodSettings = .standard, language: Language
    ) {
        self.settings = settings
        self.data = data
        self.province = province
        self.milestones = milestones
        self.results = results
        self.medians = medians
        self.unitCost = unitCost
        self.directions = directions
        self.priced = priced
        self.basis = basis
        self.searchScenarios = searchScenarios
        self.seed = seed
        self.evaluations = evaluations
        self.stoppedByTime = stoppedByTime
        self.language = language
    }

    var framework: Framework { data.framework }
    var name: String { data.provinces[province].name }
    var costUnit: String { priced ? (Phrase.costLower.text(language)) : (Phrase.normalisedPoints.text(language)) }

    /// "2027 ≤ 13", "2028: +1 bậc".
    func describe(_ milestone: Milestone) -> String {
        switch milestone.condition {
        case .rankAtMost(let k): "\(milestone.year) ≤ \(k)"
        case .betterThanPreviousYear(let k): Phrase.climbAtLeast(milestone.year, k).text(language)
        default: "\(milestone.year)"
        }
    }

    /// One row of a pathway: an indicator in a year whose target rises.
    struct Step {
        var indicator: Int
        var year: Int
        var median: Double?
        var required: Double?
        var change: Double
        var cost: Double
    }

    func steps(_ pathway: Pathway) -> [Step] {
        framework.indicators.indices.flatMap { i -> [Step] in
            var reached = 0.0
            return pathway.years.enumerated().compactMap { j, year in
                let change = pathway.changes[i][j]
                // A rise of less than a millionth of the change is no step of its own.
                guard change > reached * (1 + 1e-6) else { return nil }
                reached = change
                let node = framework.indicators[i]
                let signed = change * directions[i]
                let required = medians[i][j].map { value in node.domain.clamp(value + signed) }
                return Step(indicator: i, year: year, median: medians[i][j], required: required, change: signed,
                            cost: change * unitCost[i])
            }
        }
    }

    // MARK: Table

    public func table() -> String {
        let targets = milestones.map(describe).joined(separator: ", ")
        var text = wrapped(Phrase.pathwayTitle(name, targets).text(language)) + "\n"
        text += wrapped(Phrase.pathwaySetup(basis, searchScenarios, seed, results.first?.freshTrials ?? 0).text(language)) + "\n"
        if results.count > 1 { text += "\n" + summaryTable() }
        for result in results {
            text += "\n" + section(result)
        }
        text += "\n" + wrapped(Phrase.requiredMeans.text(language) + " " + (priced ? Phrase.costsFromFile : Phrase.defaultCostLatest).text(language)
                                + " " + Phrase.judgedByEngine(evaluations).text(language)) + "\n"
        if stoppedByTime {
            text += wrapped(Phrase.cbcTimeLimitNote.text(language)) + "\n"
        }
        text += wrapped(data.status(in: language)) + "\n"
        return text
    }

    private func summaryTable() -> String {
        var table = TextTable([
            .init(Phrase.targetProbabilityHeading.text(language), .right),
            .init(Phrase.totalOf(costUnit).text(language), .right),
            .init(Phrase.searchHeading.text(language), .right),
            .init(Phrase.freshCheckHeading.text(language), .right),
            .init(Phrase.indicatorCount.text(language), .right),
        ])
        for result in results {
            let pathway = result.pathway
            table.add([
                percent(pathway.probability, in: language), fixed(pathway.cost, in: language), percent(pathway.searchProbability, in: language),
                "\(percent(result.freshProbability, in: language)) [\(percent(result.interval.lower, in: language))–\(percent(result.interval.upper, in: language))]",
                String(Set(steps(pathway).map(\.indicator)).count),
            ])
        }
        return table.render()
    }

    private func section(_ result: Result) -> String {
        let pathway = result.pathway
        let fresh = "\(percent(result.freshProbability, in: language)) [\(percent(result.interval.lower, in: language))–\(percent(result.interval.upper, in: language))]"
        var text = (Phrase.probabilityAtLeast(percent(pathway.probability, in: language)).text(language)) + "\n"
        if pathway.alreadyMet {
            text += wrapped(Phrase.pathwayNotNeeded(percent(pathway.searchProbability, in: language), fresh).text(language)) + "\n"
            return text
        }
        if !pathway.reachable && steps(pathway).isEmpty {
            text += wrapped(Phrase.pathwayNothingMovable(percent(pathway.searchProbability, in: language), fresh).text(language)) + "\n"
            return text
        }
        if !pathway.reachable {
            text += wrapped(Phrase.pathwayOutOfReach(percent(pathway.probability, in: language), percent(pathway.searchProbability, in: language), fresh).text(language)) + "\n"
        } else {
            text += wrapped(Phrase.pathwayCostAndOdds(costUnit, fixed(pathway.cost, in: language), percent(pathway.searchProbability, in: language), fresh).text(language)) + "\n"
            let shortfall = pathway.probability - result.freshProbability
            if result.interval.upper < pathway.probability {
                text += wrapped(Phrase.freshCheckShortfall(fixed(shortfall * 100, 1, in: language)).text(language)) + "\n"
            }
        }
        var table = TextTable([
            .init(Label.code.text(language)),
            .init(Label.name.text(language), maxWidth: 22),
            .init(Label.year.text(language), .right),
            .init(Phrase.noMeasuresHeading.text(language), .right),
            .init(Phrase.requiredHeading.text(language), .right),
            .init(Phrase.changeHeading.text(language), .right),
            .init(Label.unit.text(language), maxWidth: 10),
            .init(Phrase.costToDate.text(language), .right),
        ])
        for step in steps(pathway) {
            let node = framework.indicators[step.indicator]
            table.add([
                node.code, node.name(in: language), String(step.year), compact(step.median, in: language), compact(step.required, in: language),
                signed(step.change, in: language), node.unit(in: language), fixed(step.cost, in: language),
            ])
        }
        text += table.render()
        text += "\n" + (Phrase.tasksByDepartment.text(language)) + "\n"
        for (owner, tasks) in tasksByOwner(pathway) {
            text += "  " + owner + "\n"
            for task in tasks { text += wrapped("    " + task, indent: 6) + "\n" }
        }
        return text
    }

    /// Each department's targets in words, in the framework's order of owners.
    func tasksByOwner(_ pathway: Pathway) -> [(owner: String, tasks: [String])] {
        var order: [String] = [], tasks: [String: [String]] = [:]
        let steps = steps(pathway)
        for i in Set(steps.map(\.indicator)).sorted() {
            let node = framework.indicators[i]
            let owner = node.owner.isEmpty ? Label.noOwner.text(language) : node.owner
            let path = steps.filter { $0.indicator == i }
                .map { "\(compact($0.required, in: language)) \(Phrase.byYear.text(language)) \($0.year)" }.joined(separator: ", ")
            let start = compact(steps.first { $0.indicator == i }?.median, in: language)
            let task = Phrase.pathwayTask(node.code, node.name(in: language), start, path, node.unit(in: language)).text(language)
            if tasks[owner] == nil { order.append(owner) }
            tasks[owner, default: []].append(task)
        }
        return order.map { ($0, tasks[$0]!) }
    }

    // MARK: JSON and CSV

    public func json() -> JSONValue {
        .object([
            ("province", .string(data.provinces[province].id)),
            ("name", .string(name)),
            ("milestones", .array(milestones.map { .string(describe($0)) })),
            ("basis", .string(basis)),
            ("search_scenarios", .integer(searchScenarios)),
            ("seed", .integer(Int(exactly: seed))),
            ("solver_stopped_by_time", .bool(stoppedByTime)),
            ("cost_unit", .string(priced ? "cost file" : "normalised points")),
            ("evaluations", .integer(evaluations)),
            ("pathways", .array(results.map(json))),
            ("settings", ScoreReport.json(settings)),
            ("data", .object([("illustrative", .bool(data.panelIsIllustrative))])),
        ])
    }

    private func json(_ result: Result) -> JSONValue {
        let pathway = result.pathway
        return .object([
            ("probability", .number(pathway.probability)),
            ("reachable", .bool(pathway.reachable)),
            ("already_met", .bool(pathway.alreadyMet)),
            ("cost", .number(pathway.cost)),
            ("search_probability", .number(pathway.searchProbability)),
            ("fresh_probability", .number(result.freshProbability)),
            ("fresh_interval", .array([.number(result.interval.lower), .number(result.interval.upper)])),
            ("fresh_scenarios", .integer(result.freshTrials)),
            ("steps", .array(steps(pathway).map { step in
                let node = framework.indicators[step.indicator]
                return .object([
                    ("indicator", .string(node.code)),
                    ("name", .string(node.name(in: language))),
                    ("owner", .string(node.owner)),
                    ("unit", .string(node.unit)),
                    ("year", .integer(step.year)),
                    ("no_measure_median", .number(step.median)),
                    ("required", .number(step.required)),
                    ("change", .number(step.change)),
                    ("cost", .number(step.cost)),
                ])
            })),
        ])
    }

    /// Every step of every pathway, one row each.
    public func csv() -> String {
        var csv = CSVText(header: [
            "probability", "indicator", "name", "owner", "unit", "year", "no_measure_median", "required", "change", "cost",
            "search_probability", "fresh_probability",
        ])
        for result in results {
            for step in steps(result.pathway) {
                let node = framework.indicators[step.indicator]
                csv.append([
                    csvNumber(result.pathway.probability), node.code, node.name(in: language), node.owner, node.unit,
                    String(step.year), csvNumber(step.median), csvNumber(step.required), csvNumber(step.change),
                    csvNumber(step.cost), csvNumber(result.pathway.searchProbability), csvNumber(result.freshProbability),
                ])
            }
        }
        return csv.text
    }
}
