import Testing
@testable import PIIForecast

/// Each forecast model's estimator on a panel small enough to compute by hand (values
/// already on the forecast scale, `y[t][i][p]`).
@Suite struct EstimatorTests {
    /// Two provinces, one indicator, three editions: 0 → 1 → 2 and 0 → 3 → 6. Both
    /// transitions change by 1 and 3 (mean 2), so d = (−1, 1) twice: Var(d) = 2 per transition,
    /// the lag-1 autocovariance τ² = 1, σ² = 2 − 1 = 1; with n = 2 changes each province's
    /// trend is shrunk by B = 1 / (1 + 1/2) = 2/3, to ∓2/3, deviation √(1 · 1/3).
    @Test func driftShrinksEachProvincesTrendByHand() throws {
        let history = TransformedHistory(transformed: [[[0, 0]], [[1, 3]], [[2, 6]]])
        #expect(history.commonTrend == [2])
        #expect(history.demeaned == [[[-1, 1]], [[-1, 1]]])
        let drift = try #require(DriftEstimate(history))
        #expect(drift.trendIndicators == 1)
        #expect(abs(drift.mean[0] + 2.0 / 3) < 1e-15 && abs(drift.mean[1] - 2.0 / 3) < 1e-15)
        #expect(drift.deviation.allSatisfy { abs($0 - (1.0 / 3).squareRoot()) < 1e-15 })
    }

    /// Changes that reverse from one transition to the next have a negative autocovariance:
    /// τ² = 0, no trend anywhere; one transition is too short to tell.
    @Test func driftNeedsPersistentChangesAndTwoTransitions() throws {
        let reversing = TransformedHistory(transformed: [[[0, 0]], [[1, 3]], [[4, 4]]])
        let drift = try #require(DriftEstimate(reversing))
        #expect(drift.trendIndicators == 0)
        #expect(drift.mean == [0, 0] && drift.deviation == [0, 0])
        #expect(DriftEstimate(TransformedHistory(transformed: [[[0, 0]], [[1, 3]]])) == nil)
    }

    /// Four provinces at −3, −1, 1, 3 (mean 0) whose demeaned changes are 1, 1, −1, −1:
    /// Σdz = −8, Σz² = 20, OLS β̂ = −0.4; residuals −0.2, 0.6, −0.6, 0.2 give s² = 0.8/3 and
    /// se² = s²/20 = 1/75; the N(0, 0.1²) prior makes the precision 100 + 75 = 175 and
    /// β = (β̂/se²)/175 = −30/175 = −6/35, deviation √(1/175).
    @Test func meanReversionIsTheShrunkPooledSlopeByHand() {
        let history = TransformedHistory(transformed: [[[-3, -1, 1, 3]], [[-1.5, 0.5, 0.5, 2.5]]])
        #expect(history.commonTrend == [0.5])
        let reversion = ReversionEstimate(history)
        #expect(abs(reversion.beta[0] + 6.0 / 35) < 1e-12)
        #expect(abs(reversion.deviation[0] - (1.0 / 175).squareRoot()) < 1e-12)
        #expect(history.relativeLevel(0, 0, 0) == -3)
    }

    /// Transitions that disagree on the slope's sign keep no reversion.
    @Test func meanReversionNeedsEveryTransitionToAgree() {
        let history = TransformedHistory(transformed: [[[-3, -1, 1, 3]], [[-1.5, 0.5, 0.5, 2.5]], [[-3, -1, 1, 3]]])
        let reversion = ReversionEstimate(history)
        #expect(reversion.beta == [0] && reversion.deviation == [0])
    }

    /// The random walk's residuals are the demeaned changes, one vector per province and
    /// transition with a change; a missing change counts as no shock.
    @Test func randomWalkResidualsAreTheDemeanedChanges() {
        let history = TransformedHistory(transformed: [[[0, 0], [1, .nan]], [[1, 3], [2, 5]]])
        let vectors = history.residualVectors { _, _, _, d in d }
        #expect(vectors == [[-1, 0], [1, 0]])
    }
}
