import PIIData
import PIIForecast
import PIIIndex
import PIISimulation
import PIITestSupport
import Testing
@testable import PIIOptimisation

/// The portfolio search against exhaustive enumeration on small instances, the frontier, and
/// the answers to goals that cannot be met.
@Suite struct PortfolioOptimiserTests {
    static let data = Fixtures.defaultData
    static let fit = try! ForecastFit(panel: data.panel, framework: data.framework)

    /// Ninh Bình to 2027 with ten measures of different sizes, costs and timing; a rival's
    /// measure is in force throughout.
    static func plan(scenarios: Int = 120, seed: UInt64 = 11) throws -> SimulationPlan {
        let focus = data.provinces.number(of: "ninh-binh")!, rival = data.provinces.number(of: "dong-nai")!
        func measure(_ id: String, _ indicator: String, _ change: Double, start: Int, cost: Double) -> Intervention {
            Intervention(
                id: id, province: focus,
                effects: [.init(indicator: data.framework.indicatorNumber(code: indicator)!, change: .relative(change), uncertainty: 0.3)],
                start: start, cost: cost)
        }
        var interventions = [
            measure("policy", "1.1.1", 0.15, start: 2026, cost: 5),
            measure("rd-budget", "2.3.2", 0.8, start: 2026, cost: 100),
            measure("skills", "2.2.1", 0.2, start: 2026, cost: 60),
            measure("broadband", "3.1.2", 0.3, start: 2027, cost: 90),
            measure("credit", "4.1.1", 0.2, start: 2026, cost: 40),
            measure("startups", "4.2.3", 0.6, start: 2027, cost: 120),
            measure("patents", "6.1.1", 1.0, start: 2026, cost: 30),
            measure("ocop", "7.1.2", 1.5, start: 2027, cost: 25),
            measure("trademarks", "6.1.4", 0.4, start: 2027, cost: 20),
            measure("exports", "7.1.3", 0.1, start: 2026, cost: 50),
        ]
        interventions.append(Intervention(
            id: "rival-plan", province: rival,
            effects: [.init(indicator: data.framework.indicatorNumber(code: "6.1.4")!, change: .relative(0.5))], start: 2026))
        let scenario = Scenario(
            province: focus, horizon: 2027, scenarios: scenarios, seed: seed,
            milestones: [Milestone(year: 2026, condition: .rankAtMost(13)), Milestone(year: 2027, condition: .rankAtMost(11))],
            interventions: interventions)
        return try SimulationPlan(framework: data.framework, panel: data.panel, scenario: scenario, fit: fit)
    }

    /// The best portfolio for the goal among all of them, on the same scenarios.
    static func exhaustive(_ optimiser: PortfolioOptimiser, goal: PortfolioGoal) throws -> Portfolio? {
        let measures = optimiser.catalogue.measureCount
        var all: [Portfolio] = []
        for mask in 0..<(1 << measures) {
            all.append(Portfolio(choice: (0..<measures).map { mask >> $0 & 1 == 1 ? optimiser.catalogue.versions[$0][0] : nil }))
        }
        return try optimiser.bestFor(goal, among: all)
    }

    @Test(arguments: [
        (PortfolioObjective.rankMilestones, PortfolioGoal.bestOdds(budget: 100), 11 as UInt64),
        (.rankMilestones, .bestOdds(budget: 150), 11),
        (.rankMilestones, .bestOdds(budget: 260), 12),
        (.rankMilestones, .bestOdds(budget: 400), 13),
        (.topTen, .bestOdds(budget: 200), 14),
        (.topTen, .bestOdds(budget: 90), 15),
        (.rankMilestones, .leastCost(probability: 0.3), 16),
        (.rankMilestones, .leastCost(probability: 0.4), 17),
        (.topTen, .leastCost(probability: 0.3), 18),
    ])
    func theSearchFindsWhatEnumerationFinds(objective: PortfolioObjective, goal: PortfolioGoal, seed: UInt64) throws {
        let plan = try Self.plan(seed: seed)
        var settings = PortfolioOptimiser.Settings()
        settings.enumerationLimit = 0
        let search = PortfolioOptimiser(
            evaluator: PortfolioEvaluator(plan: plan, scenarios: 120, threads: 2, objective: objective), goal: goal, settings: settings)
        let found = try search.run()
        #expect(found.method == "search")
        let enumeration = PortfolioOptimiser(
            evaluator: PortfolioEvaluator(plan: plan, scenarios: 120, threads: 2, objective: objective), goal: goal)
        let best = try Self.exhaustive(enumeration, goal: goal)
        let best2 = try enumeration.run()
        #expect(best2.method == "enumeration")
        #expect(best2.best == best)
        let foundBest = try #require(found.best), bestAll = try #require(best)
        #expect(try search.probability(foundBest) == enumeration.probability(bestAll), "\(objective) \(goal)")
        #expect(abs(search.cost(foundBest) - enumeration.cost(bestAll)) < 1e-9, "\(objective) \(goal): ties go to the cheaper")
        // The search evaluated a fraction of the 1024 portfolios.
        #expect(search.evaluator.evaluations < 1024 / 2)
    }

    /// Levels and start years: the search chooses among versions as enumeration does.
    @Test(arguments: [PortfolioGoal.bestOdds(budget: 260), .leastCost(probability: 0.35)])
    func versionsAreChosenAsEnumerationWould(goal: PortfolioGoal) throws {
        var scenario = try Self.plan().scenario
        let measures = scenario.interventions.count
        for (measure, scale, start, cost) in [(1, 2.0, 2026, 170.0), (1, 0.5, 2027, 40), (2, 1.0, 2027, 60), (4, 1.5, 2026, 55)] {
            var version = scenario.interventions[measure]
            version.id += "-v\(scenario.interventions.count)"
            version.effects = version.effects.map { effect in
                var scaled = effect
                scaled.change = effect.change.scaled(by: scale)!
                return scaled
            }
            version.start = start
            version.cost = cost
            version.versionOf = measure
            scenario.interventions.append(version)
        }
        #expect(scenario.interventions.count == measures + 4)
        let plan = try SimulationPlan(framework: Self.data.framework, panel: Self.data.panel, scenario: scenario, fit: Self.fit)
        var settings = PortfolioOptimiser.Settings()
        settings.enumerationLimit = 0
        let search = PortfolioOptimiser(
            evaluator: PortfolioEvaluator(plan: plan, scenarios: 80, threads: 2, objective: .rankMilestones), goal: goal, settings: settings)
        var everything = PortfolioOptimiser.Settings()
        everything.enumerationLimit = 4 * 3 * 3 * 128
        let enumeration = PortfolioOptimiser(
            evaluator: PortfolioEvaluator(plan: plan, scenarios: 80, threads: 2, objective: .rankMilestones),
            goal: goal, settings: everything)
        let found = try #require(try search.run().best)
        let result = try enumeration.run()
        #expect(result.method == "enumeration")
        #expect(enumeration.evaluated.count == 4 * 3 * 3 * 128)
        let best = try #require(result.best)
        #expect(try search.probability(found) == enumeration.probability(best), "\(goal)")
        #expect(abs(search.cost(found) - enumeration.cost(best)) < 1e-9, "\(goal)")
    }

    @Test func theFrontierNeverGoesDownAsTheBudgetRises() throws {
        let optimiser = PortfolioOptimiser(
            evaluator: PortfolioEvaluator(plan: try Self.plan(), scenarios: 120, threads: 2, objective: .rankMilestones),
            goal: .bestOdds(budget: 200))
        _ = try optimiser.run()
        let frontier = try optimiser.frontier(budgets: stride(from: 0.0, through: 400, by: 20).map { $0 })
        #expect(frontier.count == 21)
        for (a, b) in zip(frontier, frontier.dropFirst()) {
            #expect(b.probability >= a.probability)
            #expect(a.cost <= a.budget + 1e-9)
        }
        #expect(frontier.last!.probability > frontier.first!.probability)
    }

    @Test func aBudgetBelowEveryMeasureFundsNothingAndSaysSo() throws {
        let optimiser = PortfolioOptimiser(
            evaluator: PortfolioEvaluator(plan: try Self.plan(), scenarios: 80, threads: 1, objective: .rankMilestones),
            goal: .bestOdds(budget: 4))
        let result = try optimiser.run()
        #expect(result.best == nil)
        #expect(result.bestReachable.count > 0)
    }

    @Test func anUnreachableProbabilityShowsTheBestReachable() throws {
        let optimiser = PortfolioOptimiser(
            evaluator: PortfolioEvaluator(plan: try Self.plan(), scenarios: 80, threads: 1, objective: .rankMilestones),
            goal: .leastCost(probability: 1))
        let result = try optimiser.run()
        let reachable = try optimiser.probability(result.bestReachable)
        if reachable < 1 {
            #expect(result.best == nil)
        }
        #expect(reachable >= (try optimiser.probability(result.none)))
    }

    @Test func theRivalsMeasureIsAlwaysInForceAndNeverChosen() throws {
        let plan = try Self.plan()
        let catalogue = MeasureCatalogue(scenario: plan.scenario)
        #expect(catalogue.measureCount == 10)
        #expect(catalogue.fixed == [10])
        #expect(catalogue.active(.none(measures: 10)) == (0..<11).map { $0 == 10 })
    }

    @Test func theStudyIsTheSameForAnyThreadCount() throws {
        let plan = try Self.plan(scenarios: 48)
        var options = PortfolioStudy.Options(goal: .bestOdds(budget: 150))
        options.scenarios = 48
        options.verification = 96
        options.targetScenarios = 21
        options.threads = 1
        let one = try PortfolioStudy.run(plan: plan, options: options)
        options.threads = 2
        let two = try PortfolioStudy.run(plan: plan, options: options)
        #expect(one.result.best == two.result.best)
        #expect(one.verified?.successes == two.verified?.successes)
        #expect(one.frontier.map(\.portfolio) == two.frontier.map(\.portfolio))
        #expect(one.evaluations == two.evaluations)
        #expect(!one.targets.isEmpty)
        // Targets: every funded measure's indicators, its values at least the no-measure ones.
        for target in one.targets {
            for (with, without) in zip(target.withPortfolio, target.withoutMeasures) {
                #expect((with ?? 0) >= (without ?? 0) - 1e-12)
            }
        }
    }
}
