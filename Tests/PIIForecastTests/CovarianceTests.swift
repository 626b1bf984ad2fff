import Foundation
import Testing
@testable import PIIForecast

/// The covariance helpers over LAPACK and BLAS, and the correlated table.
@Suite struct CovarianceTests {
    @Test func theNearestSemidefiniteMatrixDropsTheNegativeEigenvalue() {
        // [[1, 2], [2, 1]] has eigenvalues 3 and −1; without the −1 it is 1.5·[[1, 1], [1, 1]].
        let projected = SymmetricMatrix(size: 2, elements: [1, 2, 2, 1]).nearestPositiveSemidefinite()
        for value in projected.elements { #expect(abs(value - 1.5) < 1e-12) }
    }

    @Test func choleskyFactorsByHand() {
        let factor = SymmetricMatrix(size: 2, elements: [4, 2, 2, 3]).choleskyFactor()
        #expect(abs(factor[0] - 2) < 1e-15 && factor[1] == 0)
        #expect(abs(factor[2] - 1) < 1e-15 && abs(factor[3] - 2.0.squareRoot()) < 1e-15)
    }

    @Test func ledoitWolfShrinksNoiseMoreThanSignal() {
        // Three variables: one pair correlated 0.8, the third independent — the entries differ
        // from their mean by much more than their sampling noise; with all three independent
        // they differ by noise alone.
        let philox = Philox(seed: 3)
        func samples(correlated: Bool, count: Int) -> [Double] {
            (0..<count).flatMap { row -> [Double] in
                let (a, b) = philox.normals(Philox.counter(scenario: row, purpose: .table))
                let (c, _) = philox.normals(Philox.counter(scenario: row, purpose: .shocks))
                return correlated ? [a, 0.8 * a + 0.6 * b, c] : [a, b, c]
            }
        }
        let signal = SymmetricMatrix.ledoitWolfIntensity(samples: samples(correlated: true, count: 400), count: 400, size: 3)
        let noise = SymmetricMatrix.ledoitWolfIntensity(samples: samples(correlated: false, count: 400), count: 400, size: 3)
        #expect(signal < 0.05)
        #expect(noise > signal && noise <= 1)
    }

    @Test func theTableHasExactlyTheTargetCorrelations() {
        let first = SymmetricMatrix(size: 3, elements: [1, 0.5, -0.2, 0.5, 1, 0.3, -0.2, 0.3, 1])
        let table = CorrelatedNormalTable(correlations: [first, .identity(3)], philox: Philox(seed: 9))
        let rows = CorrelatedNormalTable.rows
        func column(_ i: Int, block: Int) -> [Double] { (0..<rows).map { table.values[($0 * 3 + i) * 2 + block] } }
        func moment(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).map { $0 * $1 }.reduce(0, +) / Double(rows) }
        for i in 0..<3 {
            #expect(abs(column(i, block: 0).reduce(0, +)) < 1e-9)
            for j in 0..<3 {
                #expect(abs(moment(column(i, block: 0), column(j, block: 0)) - first[i, j]) < 1e-9)
                #expect(abs(moment(column(i, block: 1), column(j, block: 1)) - (i == j ? 1 : 0)) < 1e-9)
                #expect(abs(moment(column(i, block: 0), column(j, block: 1))) < 1e-9)
            }
        }
    }
}
