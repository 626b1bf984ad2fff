import Foundation
import PIIData
import PIIForecast
import PIIIndex
import Synchronization
import Testing
@testable import PIISimulation

/// The Monte Carlo engine on cases with known answers, and its reproducibility.
@Suite struct SimulationTests {
    static let data = try! DataSet.load()

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
                    options.outcomes = pointer.baseAddress
                    return try MonteCarlo(plan: plan).run(options)
                }
            } else {
                _ = try second.withUnsafeMutableBufferPointer { pointer in
                    options.outcomes = pointer.baseAddress
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


@Suite struct ReplayTests {
    static func planWithMeasures() throws -> SimulationPlan {
        let data = SimulationTests.data
        var scenario = SimulationTests.ninhBinh(96)
        let focus = scenario.province
        scenario.interventions = [
            Intervention(id: "a", province: focus, effects: [.init(indicator: 10, change: .relative(0.3), uncertainty: 0.3)], start: 2026),
            Intervention(id: "b", province: focus, effects: [.init(indicator: 40, change: .reachNationalAverage)], start: 2027, rampYears: 2),
            Intervention(id: "c", province: focus, effects: [.init(indicator: 20, change: .absolute(500), uncertainty: 0.5)], start: 2028),
        ]
        return try SimulationTests.plan(scenario, data: data)
    }

    /// Replaying recorded no-intervention values gives exactly what forecasting again gives,
    /// for any subset of the measures.
    @Test func replayedBaselinesGiveTheSameResults() throws {
        let plan = try Self.planWithMeasures()
        let engine = MonteCarlo(plan: plan)
        let cache = BaselineCache(scenarios: 96, years: plan.years.count, cells: 52 * 34)
        var recording = RunOptions(threads: 2)
        recording.baseline = cache
        recording.activeInterventions = [true, false, true]
        let recorded = try engine.run(recording)
        #expect(cache.isRecorded)
        for active in [[true, false, true], [false, false, false], [true, true, true], [false, true, false]] {
            var fresh = RunOptions(threads: 2)
            fresh.activeInterventions = active
            var replayed = fresh
            replayed.baseline = cache
            let expected = try engine.run(fresh)
            #expect(try engine.run(replayed) == expected, "\(active)")
            if active == [true, false, true] { #expect(recorded == expected) }
            // The cache is kept by lane group; wider batches and a partial last batch read it too.
            for (width, scenarios) in [(24, 96), (16, 93)] {
                var wide = replayed, freshWide = fresh
                wide.width = width
                wide.scenarios = scenarios
                freshWide.scenarios = scenarios
                #expect(try engine.run(wide) == engine.run(freshWide), "\(active), width \(width)")
            }
        }
    }

    /// A recording stopped part way is not marked recorded (issue 14, case 19), so nothing
    /// replays a cache that holds only some batches; a full one records what it covered.
    @Test func aCancelledRecordingIsNeverReplayed() throws {
        let plan = try Self.planWithMeasures()
        let cache = BaselineCache(scenarios: 96, years: plan.years.count, cells: 52 * 34)
        var options = RunOptions(threads: 1)
        options.baseline = cache
        let batches = Mutex(0)
        options.isCancelled = { batches.withLock { $0 += 1; return $0 > 3 } }
        #expect(throws: MonteCarlo.Cancelled.self) { try MonteCarlo(plan: plan).run(options) }
        #expect(!cache.isRecorded && cache.recording == nil)
        options.isCancelled = nil
        _ = try MonteCarlo(plan: plan).run(options)
        #expect(cache.recording?.first == 0 && cache.recording?.count == 96)
    }

    /// Another level of a measure draws its uncertainty with the measure's numbers, and only
    /// the optimiser turns it on: `pii run` applies the measures as written.
    @Test func versionsShareTheirMeasuresDrawsAndAreOffByDefault() throws {
        let data = SimulationTests.data
        var scenario = SimulationTests.ninhBinh(96)
        let focus = scenario.province
        let measure = Intervention(id: "a", province: focus, effects: [.init(indicator: 10, change: .relative(0.3), uncertainty: 0.3)], start: 2026)
        var doubled = measure
        doubled.id = "a×2"
        doubled.effects[0].change = .relative(0.6)
        var version = doubled
        version.versionOf = 0
        let other = Intervention(id: "b", province: focus, effects: [.init(indicator: 20, change: .absolute(300), uncertainty: 0.5)], start: 2027)
        scenario.interventions = [measure, other, version]
        let withVersion = MonteCarlo(plan: try SimulationTests.plan(scenario, data: data))
        scenario.interventions = [measure, other]
        let asWritten = MonteCarlo(plan: try SimulationTests.plan(scenario, data: data))
        #expect(try withVersion.run(threads: 2) == asWritten.run(threads: 2))
        scenario.interventions = [doubled, other]
        let doubledAlone = MonteCarlo(plan: try SimulationTests.plan(scenario, data: data))
        var versionOn = RunOptions(threads: 2)
        versionOn.activeInterventions = [false, true, true]
        #expect(try withVersion.run(versionOn) == doubledAlone.run(threads: 2))
        // And the draws matter: without shared numbers the version would differ.
        var unshared = version
        unshared.versionOf = nil
        scenario.interventions = [other, unshared]
        #expect(try MonteCarlo(plan: try SimulationTests.plan(scenario, data: data)).run(threads: 2) != doubledAlone.run(threads: 2))
    }

    /// A rank milestone is met exactly when the focus province's margin over the k-th best
    /// rival is at least −1e-9 (the tie tolerance).
    @Test func marginsAgreeWithRankMilestones() throws {
        let plan = try Self.planWithMeasures()
        // ninhBinh() has two rank_at_most milestones: rank ≤ 13 in 2027 and rank ≤ 10 in 2030.
        var margins = [Double](repeating: .nan, count: 96 * 2)
        var outcomes = [ScenarioOutcome](repeating: [], count: 96)
        var options = RunOptions(threads: 2)
        let tally = try margins.withUnsafeMutableBufferPointer { marginBuffer in
            try outcomes.withUnsafeMutableBufferPointer { outcomeBuffer in
                options.margins = marginBuffer.baseAddress
                options.outcomes = outcomeBuffer.baseAddress
                return try MonteCarlo(plan: plan).run(options)
            }
        }
        for (position, milestone) in [(0, 0), (1, 3)] {
            let met = (0..<96).filter { margins[$0 * 2 + position] >= -1e-9 }.count
            #expect(met == tally.milestoneHits[milestone])
        }
        #expect(!margins.contains { $0.isNaN })
    }
}

/// The rank the horizon year asks for has one home (issue 14, case 17): the engine counts the
/// rivals in the way from it and the report names it.
@Suite struct HorizonTargetTests {
    @Test func theLastRankAtMostOfTheHorizonYearIsTheTarget() throws {
        var scenario = SimulationTests.ninhBinh(16)
        scenario.milestones = [
            Milestone(year: 2030, condition: .rankAtMost(8)),
            Milestone(year: 2030, condition: .betterThanPreviousYear(1)),
        ]
        #expect(try SimulationTests.plan(scenario).horizonTarget == 8)
        scenario.milestones = [Milestone(year: 2029, condition: .rankAtMost(5))]
        #expect(try SimulationTests.plan(scenario).horizonTarget == 10)
    }
}
