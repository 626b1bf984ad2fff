import Foundation
import PIIData
import PIIForecast
import PIIIndex
import Testing
@testable import PIISimulation

/// The backtest's scores and its runs.
@Suite struct BacktestTests {
    @Test func rankScoresByHand() {
        let even = RankForecast(probabilities: [0.5, 0.5, 0])
        // F = (0.5, 1, 1); actual 1: only (0.5 − 1)²; actual 3: 0.5² + 1².
        #expect(abs(even.crps(actual: 1) - 0.25) < 1e-15)
        #expect(abs(even.crps(actual: 3) - 1.25) < 1e-15)
        let peaked = RankForecast(probabilities: [0.1, 0.8, 0.1])
        let half = peaked.centralInterval(0.5)
        #expect(half.low == 2 && half.high == 2 && abs(half.mass - 0.8) < 1e-15)
        let most = peaked.centralInterval(0.9)
        #expect(most.low == 1 && most.high == 3 && abs(most.mass - 1) < 1e-15)
        #expect(abs(peaked.probability(atMost: 2) - 0.9) < 1e-15)
        #expect(RankForecast(counts: [5, 0, 0]) == nil)
        #expect(RankForecast(counts: [7, 1, 3]) == RankForecast(probabilities: [0.25, 0.75]))
    }

    @Test func aNaiveRuleAddsTheChangesAndStaysOnTheRanks() {
        let rule = RankForecast(base: 2.4, changes: [-1, 0, 2], ranks: 3)
        for p in rule.probabilities { #expect(abs(p - 1.0 / 3) < 1e-15) }
        #expect(RankForecast(base: 1, changes: [-3, -2], ranks: 5).probabilities == [1, 0, 0, 0, 0])
    }

    @Test func theDefaultOriginsExpandFromTheFirstEdition() {
        let origins = Backtest.defaultOrigins(years: Array(2006...2011))
        #expect(origins.map(\.description) == ["2006–2008", "2006–2009", "2006–2010"])
        #expect(Backtest.defaultOrigins(years: [2023, 2024, 2025]).map(\.description) == ["2023–2024"])
        #expect(Backtest.defaultOrigins(years: [2024, 2025]).isEmpty)
    }

    @Test func theDefaultDataBacktestsEveryForecasterOnTheSameCases() throws {
        let data = SimulationTests.data
        let forecasters: [Forecaster] = [.model(.localLevel, .resample), .model(.randomWalk, .gaussian), .persistence, .historyMean]
        let settings = Backtest.Settings(
            origins: Backtest.defaultOrigins(years: data.panel.years), horizon: 3, forecasters: forecasters,
            scenarios: 300, seed: 1, threads: 2, top: 10, method: .standard)
        let result = try Backtest.run(framework: data.framework, panel: data.panel, settings: settings)
        #expect(result.horizons == 1)
        for forecaster in forecasters {
            let score = result.scores[forecaster]![0]
            #expect(score.cases == 34, "\(forecaster)")
            #expect(score.crps >= 0 && score.crps.isFinite)
            #expect(score.coverage90 >= 0 && score.coverage90 <= 1 && score.mass90 >= 0.9)
        }
        #expect(result.notes.contains { $0.en.contains("two editions") })
        var later = settings
        later.origins = [Backtest.Origin(first: 2024, last: 2025)]
        // A window ending at the last edition leaves nothing to forecast.
        #expect {
            try Backtest.run(framework: data.framework, panel: data.panel, settings: later)
        } throws: { error in
            guard case .originNothingLater(_, latest: 2025) = error as? SimulationError else { return false }
            return true
        }
    }
}
