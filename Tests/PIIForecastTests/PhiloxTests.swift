import Testing
@testable import PIIForecast

/// Philox4x32-10 against the Random123 known-answer vectors.
@Suite struct PhiloxTests {
    @Test func knownAnswerVectors() {
        let zero = Philox(key: SIMD2(0, 0)).block(SIMD4(0, 0, 0, 0))
        #expect(zero == SIMD4(0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8))
        let pi = Philox(key: SIMD2(0xa409_3822, 0x299f_31d0))
            .block(SIMD4(0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344))
        #expect(pi == SIMD4(0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1))
        let ones = Philox(key: SIMD2(0xffff_ffff, 0xffff_ffff))
            .block(SIMD4(0xffff_ffff, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff))
        #expect(ones == SIMD4(0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd))
    }

    @Test func countersForDifferentPurposesDiffer() {
        let a = Philox.counter(scenario: 5, purpose: .shocks, 3, 7)
        let b = Philox.counter(scenario: 5, purpose: .parameters, 3, 7)
        let c = Philox.counter(scenario: 5, purpose: .shocks, 7, 3)
        #expect(a != b && a != c && b != c)
    }

    @Test func uniformsStayInsideTheOpenInterval() {
        #expect(Philox.uniform(0, 0) > 0)
        #expect(Philox.uniform(.max, .max) < 1)
    }

    @Test func normalsHaveMeanZeroAndUnitVariance() {
        let philox = Philox(seed: 42)
        var sum = 0.0, squares = 0.0
        let count = 50_000
        for i in 0..<count {
            let (a, b) = philox.normals(Philox.counter(scenario: i, purpose: .table))
            sum += a + b
            squares += a * a + b * b
        }
        let n = Double(2 * count)
        #expect(abs(sum / n) < 0.02)
        #expect(abs(squares / n - 1) < 0.02)
    }
}
