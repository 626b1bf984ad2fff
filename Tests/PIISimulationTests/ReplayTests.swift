import Foundation
import PIIData
import PIIForecast
import PIIIndex
import Synchronization
import Testing
@testable import PIISimulation

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
        #expect(throws: SimulationError.cancelled) { try MonteCarlo(plan: plan).run(options) }
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
                options.outputs.margins = marginBuffer.baseAddress
                options.outputs.outcomes = outcomeBuffer.baseAddress
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
