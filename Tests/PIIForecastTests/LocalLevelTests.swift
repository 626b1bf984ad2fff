import Foundation
import Testing
@testable import PIIForecast

/// The local-level model: its filter against a hand computation, its moment fit against
/// panels simulated with known parameters, and what it says it cannot estimate.
@Suite struct LocalLevelTests {
    /// `z[edition][indicator][province]` from a generator: a persistent level `α`, a departure
    /// `a ← ρ·a + √q·η` and noise `√(c[t]·e)·ε`, one indicator.
    static func simulate(provinces: Int, editions: Int, rho: Double, q: Double, e: Double, persistent: Double = 0,
                         noiseScales: [Double]? = nil, seed: UInt64 = 11) -> [[[Double]]] {
        let philox = Philox(seed: seed)
        func normal(_ p: Int, _ t: Int, _ which: Int) -> Double {
            philox.normals(Philox.counter(scenario: p, purpose: .shocks, t, which)).0
        }
        var z = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: provinces), count: 1), count: editions)
        for p in 0..<provinces {
            let alpha = persistent.squareRoot() * normal(p, 0, 9)
            var a = (rho < 1 ? (q / (1 - rho * rho)).squareRoot() : 0.3) * normal(p, 0, 8)
            for t in 0..<editions {
                if t > 0 { a = rho * a + q.squareRoot() * normal(p, t, 0) }
                z[t][0][p] = alpha + a + ((noiseScales?[t] ?? 1) * e).squareRoot() * normal(p, t, 1)
            }
        }
        return z
    }

    @Test func theFilterMatchesAHandComputation() {
        // Two provinces at ±1, then ±0.5 and ±0.8; q = 0.1, e = 0.2, every edition of average
        // noise. The first edition's spread is 1, so the level's prior variance is 1 − 0.2.
        let z: [[[Double]]] = [[[1, -1]], [[0.5, -0.5]], [[0.8, -0.8]]]
        let variances = ChangeMoments.Variances(level: [0.1], noise: [0.2], yearScales: [1, 1, 1])
        let state = LocalLevelFit.filter(z, rho: 1, variances: variances, moments: ChangeMoments(z))
        // By hand: P 0.8 → gain 0.8, level 0.8, P 0.16; P 0.26 → gain 0.26/0.46, level
        // 0.630435, P 0.113043; P 0.213043 → gain 0.515789, level 0.717895, P 0.103158.
        #expect(abs(state.departure[0] - 0.717_895) < 1e-6)
        #expect(abs(state.departure[1] + 0.717_895) < 1e-6)
        #expect(abs(state.factor22[0] * state.factor22[0] - 0.103_158) < 1e-6)
        #expect(state.persistentLevel[0] == 0 && state.factor11[0] == 0)
    }

    @Test func aMissingEditionIsSkippedByTheFilter() {
        let z: [[[Double]]] = [[[1, -1]], [[.nan, -0.5]], [[0.8, -0.8]]]
        let variances = ChangeMoments.Variances(level: [0.1], noise: [0.2], yearScales: [1, 1, 1])
        let state = LocalLevelFit.filter(z, rho: 1, variances: variances, moments: ChangeMoments(z))
        // P 0.16 + 0.1 + 0.1 = 0.36 before the third edition: gain 0.36/0.56.
        let expected = 0.8 + 0.36 / 0.56 * (0.8 - 0.8)
        #expect(abs(state.departure[0] - expected) < 1e-12)
        #expect(abs(state.factor22[0] * state.factor22[0] - 0.36 * 0.2 / 0.56) < 1e-12)
    }

    @Test func theMomentsRecoverAWalkingLevelUnderNoise() {
        // q is a difference of moments, so it needs many provinces: its standard error here
        // is about 5 %.
        let z = Self.simulate(provinces: 20_000, editions: 6, rho: 1, q: 0.01, e: 0.04)
        let moments = ChangeMoments(z)
        let variances = moments.variances(rho: 1)
        #expect(abs(variances.level[0] / 0.01 - 1) < 0.15, "q = \(variances.level[0])")
        #expect(abs(variances.noise[0] / 0.04 - 1) < 0.06, "e = \(variances.noise[0])")
        #expect(variances.yearScales.allSatisfy { abs($0 - 1) < 0.15 }, "\(variances.yearScales)")
        let weights = moments.persistenceWeights(grid: LocalLevelFit.persistenceGrid)
        #expect(weights.last! == weights.max()!, "\(weights)")
    }

    @Test func theVariogramTellsFadingDeparturesFromALastingLevel() {
        let z = Self.simulate(provinces: 4_000, editions: 8, rho: 0.5, q: 0.03, e: 0.02, persistent: 0.05)
        let weights = ChangeMoments(z).persistenceWeights(grid: LocalLevelFit.persistenceGrid)
        let fading = zip(LocalLevelFit.persistenceGrid, weights).filter { $0.0 <= 0.7 }.map(\.1).reduce(0, +)
        #expect(fading > 0.9, "\(weights)")
    }

    @Test func aNoisyEditionGetsALargerNoiseScale() {
        let z = Self.simulate(provinces: 4_000, editions: 5, rho: 1, q: 0.01, e: 0.04, noiseScales: [1, 1, 1, 2.5, 1])
        let scales = ChangeMoments(z).variances(rho: 1).yearScales
        #expect(scales[3] == scales.max()! && scales[3] > 1.5, "\(scales)")
    }

    @Test func twoEditionsTakeEveryChangeAsLasting() {
        let z = Self.simulate(provinces: 50, editions: 2, rho: 1, q: 0.01, e: 0.04)
        let fit = LocalLevelFit(transformed: z)
        #expect(fit.persistences.count == 1 && fit.persistences[0].rho == 1)
        #expect(fit.persistences[0].noiseVariance == [0])
        #expect(fit.notes.first?.en.contains("two editions") == true)
    }

    @Test func threeEditionsSayThePersistenceIsUnknown() {
        let z = Self.simulate(provinces: 60, editions: 3, rho: 1, q: 0.01, e: 0.04)
        let fit = LocalLevelFit(transformed: z)
        #expect(fit.notes.first?.en.contains("three editions cannot tell") == true)
        #expect(abs(fit.persistences.map(\.weight).reduce(0, +) - 1) < 1e-12)
    }

    @Test func nonNegativeLeastSquaresStaysInTheQuadrant() {
        var squares = TwoVariableLeastSquares()
        // y ≈ 2·a − 1·b has a negative b: the best with b = 0 fits a alone.
        for (a, b) in [(1.0, 0.0), (0.0, 1.0), (1.0, 1.0)] { squares.add(a, b, 2 * a - b) }
        let solution = squares.nonNegativeSolution()
        #expect(solution.y == 0)
        #expect(abs(solution.x - 1.5) < 1e-12)  // minimises (x−2)² + 1 + (x−1)²
    }
}
