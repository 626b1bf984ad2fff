import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIITestSupport
import Testing
@testable import PIISimulation

/// The Monte Carlo engine on cases with known answers, and its reproducibility.
@Suite struct SimulationTests {
    static let data = Fixtures.defaultData

    static func plan(_ scenario: Scenario, data: DataSet = SimulationTests.data) throws -> SimulationPlan {
        let fit = try ForecastFit(panel: data.panel, framework: data.framework)
        return try SimulationPlan(framework: data.framework, panel: data.panel, scenario: scenario, fit: fit)
    }

    static func ninhBinh(_ scenarios: Int = 800, model: ForecastModel = .localLevel) -> Scenario {
        let province = data.provinces.number(of: "ninh-binh")!
        return Scenario(
            name: "test", province: province, horizon: 2030, model: model, scenarios: scenarios, seed: 7,
            milestones: [
                Milestone(year: 2027, condition: .rankAtMost(13)),
                Milestone(year: 2028, condition: .betterThanPreviousYear(1)),
                Milestone(year: 2029, condition: .everyIndicatorAtAverage),
                Milestone(year: 2030, condition: .rankAtMost(10)),
            ])
    }

    @Test(arguments: [ForecastModel.localLevel, .mixture])
    func resultsAreIdenticalForAnyThreadCountAndBatchWidth(model: ForecastModel) throws {
        let plan = try Self.plan(Self.ninhBinh(203, model: model))
        let engine = MonteCarlo(plan: plan)
        let reference = try engine.run(threads: 1, width: 8)
        #expect(reference.scenarios == 203)
        for (threads, width) in [(2, 8), (2, 16), (1, 24), (2, 64)] {
            let other = try engine.run(threads: threads, width: width)
            #expect(other == reference, "threads \(threads), width \(width)")
        }
    }

    @Test func perScenarioOutcomesDoNotDependOnBatching() throws {
        let plan = try Self.plan(Self.ninhBinh(100))
        // Filled with a value the simulator never writes, to see that it writes every one.
        let unwritten = ScenarioOutcome(rawValue: 9)
        var first = [ScenarioOutcome](repeating: unwritten, count: 100), second = first
        for (buffer, threads, width) in [(0, 1, 8), (1, 2, 32)] {
            var options = RunOptions(threads: threads, width: width)
            if buffer == 0 {
                _ = try first.withUnsafeMutableBufferPointer { pointer in
                    options.outputs.outcomes = pointer.baseAddress
                    return try MonteCarlo(plan: plan).run(options)
                }
            } else {
                _ = try second.withUnsafeMutableBufferPointer { pointer in
                    options.outputs.outcomes = pointer.baseAddress
                    return try MonteCarlo(plan: plan).run(options)
                }
            }
        }
        #expect(first == second)
        #expect(!first.contains(unwritten))
    }

    /// With no shocks and no parameter draws every scenario follows the trend path: the
    /// ranks are those of the deterministic path computed here independently.
    @Test func zeroVolatilityReproducesTheTrendPathExactly() throws {
        var scenario = Self.ninhBinh(40, model: .drift)
        scenario.shockScale = 0
        scenario.parameterUncertainty = false
        let plan = try Self.plan(scenario)
        let tally = try MonteCarlo(plan: plan).run(threads: 2, width: 8)
        let fit = plan.fit, data = Self.data
        let provinces = fit.provinceCount, indicators = fit.indicatorCount
        var y = fit.latest
        for (yearIndex, _) in plan.years.enumerated() {
            var table = IndicatorTable(provinceCount: provinces, indicatorCount: indicators)
            for i in 0..<indicators {
                for p in 0..<provinces {
                    y[i * provinces + p] += fit.commonTrend[i] + fit.driftMean![i * provinces + p]
                    let domain = fit.domains[i]
                    table[p, i] = domain.clamp(fit.transforms[i].inverse(y[i * provinces + p]))
                }
            }
            let expected = BatchScorer(framework: data.framework).score(table).ranks
            for p in 0..<provinces {
                let counts = tally.rankDistribution(year: yearIndex, province: p)
                #expect(counts[expected[p]!] == 40, "province \(p), year \(yearIndex)")
            }
        }
    }

    /// Two provinces with the same history, far ahead of the rest, with symmetric shocks:
    /// each leads about half the time.
    @Test func twoIdenticalProvincesEachLeadAboutHalfTheTime() throws {
        let framework = try Framework(nodes: [
            FrameworkNode(code: "I", level: .block, parent: "PII", nameVI: "I"),
            FrameworkNode(code: "O", level: .block, parent: "PII", nameVI: "O"),
            FrameworkNode(code: "P1", level: .pillar, parent: "I", nameVI: "P1"),
            FrameworkNode(code: "P2", level: .pillar, parent: "O", nameVI: "P2"),
            FrameworkNode(code: "G1", level: .group, parent: "P1", nameVI: "G1"),
            FrameworkNode(code: "G2", level: .group, parent: "P2", nameVI: "G2"),
            FrameworkNode(code: "a", level: .indicator, parent: "G1", nameVI: "a", treatment: .none),
            FrameworkNode(code: "b", level: .indicator, parent: "G2", nameVI: "b", treatment: .none),
        ])
        let count = 24
        let provinces = try ProvinceSet((0..<count).map { Province(id: "p\($0)", name: "P\($0)") })
        let random = Philox(seed: 11)
        var tables: [Int: IndicatorTable] = [:]
        for (t, year) in [2023, 2024, 2025].enumerated() {
            var table = IndicatorTable(provinceCount: count, indicatorCount: 2)
            for p in 0..<count {
                for i in 0..<2 {
                    // Provinces 0 and 1 share one history; the others trail far behind.
                    let words = random.block(Philox.counter(scenario: p, purpose: .table, t, i))
                    table[p, i] = p < 2 ? 100 + Double(t) : 10 + Philox.uniform(words[0], words[1]) * 20
                }
            }
            tables[year] = table
        }
        let panel = Panel(provinceCount: count, indicatorCount: 2, tables: tables)
        let data = DataSet(framework: framework, provinces: provinces, panel: panel)
        let scenario = Scenario(province: 0, horizon: 2026, model: .randomWalk, scenarios: 4000, seed: 3)
        let tally = try MonteCarlo(plan: Self.plan(scenario, data: data)).run(threads: 2)
        for p in 0..<2 {
            let leads = tally.rankDistribution(year: 0, province: p)[1]
            let interval = WilsonInterval(successes: leads, trials: 4000)
            // Exact ties (same shock vector and sign) give both rank 1, so the share sits a
            // hair above one half.
            #expect(interval.lower <= 0.5 + 0.5 / 96 && 0.5 <= interval.upper, "\(leads)")
        }
    }

    @Test func liftingEveryIndicatorToTheBestGivesRankOneInEveryScenario() throws {
        let data = Self.data
        let laiChau = data.provinces.number(of: "lai-chau")!
        let lift = Intervention(
            id: "everything", province: laiChau,
            effects: (0..<data.framework.indicators.count).map { Intervention.Effect(indicator: $0, change: .reachBest) },
            start: 2026)
        let scenario = Scenario(province: laiChau, horizon: 2028, scenarios: 200, seed: 5, interventions: [lift])
        let tally = try MonteCarlo(plan: Self.plan(scenario)).run(threads: 2)
        for year in 0..<3 {
            #expect(tally.rankDistribution(year: year, province: laiChau)[1] == 200)
        }
    }

    @Test func aRivalsAnnouncedPlanLowersTheOdds() throws {
        let data = Self.data
        var scenario = Self.ninhBinh(600)
        let baseline = try MonteCarlo(plan: Self.plan(scenario)).run(threads: 2)
        let rival = data.provinces.number(of: "hung-yen")!
        scenario.interventions = [Intervention(
            id: "rival", province: rival,
            effects: (0..<data.framework.indicators.count).map { Intervention.Effect(indicator: $0, change: .relative(0.25)) },
            start: 2026, rampYears: 2)]
        let withRival = try MonteCarlo(plan: Self.plan(scenario)).run(threads: 2)
        #expect(withRival.milestoneHits[0] < baseline.milestoneHits[0])
        #expect(withRival.everyRankMilestone <= baseline.everyRankMilestone)
    }

    @Test func valuesStayInsideTheirDomains() throws {
        var scenario = Self.ninhBinh(16)
        scenario.shockScale = 25
        let plan = try Self.plan(scenario)
        let simulator = BatchSimulator(plan: plan, width: 16)
        var tally = SimulationTally(years: plan.years.count, provinces: 34, pillars: 7, milestones: 4)
        simulator.simulate(batchStart: 0, count: 16, options: RunOptions(threads: 1, width: 16), into: &tally)
        #expect(tally.scenarios == 16)
        // The horizon year's raw values, after shocks 25 times the observed ones.
        let framework = Self.data.framework
        var outside = 0
        for (i, indicator) in framework.indicators.enumerated() {
            for p in 0..<34 {
                for l in 0..<16 where !indicator.domain.contains(simulator.values[(i * 34 + p) * 16 + l]) {
                    outside += 1
                }
            }
        }
        #expect(outside == 0)
    }
}
