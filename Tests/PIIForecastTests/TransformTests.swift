import Foundation
import PIIIndex
import Testing
@testable import PIIForecast

@Suite struct TransformTests {
    @Test func vectorExpMatchesLibm() {
        var worst = 0.0
        var x = -700.0
        while x < 700 {
            let values = SIMD8<Double>((0..<8).map { x + Double($0) * 0.137 })
            let fast = vectorExp(values)
            for l in 0..<8 {
                let exact = exp(values[l])
                worst = max(worst, abs(fast[l] - exact) / exact)
            }
            x += 1.37
        }
        #expect(worst < 1e-14)
        #expect(vectorExp(SIMD8(repeating: 0))[0] == 1)
    }

    @Test(arguments: [
        IndicatorTransform.identity, .log(offset: 0.01), .logit(low: 0, high: 100), .logit(low: 0, high: 10),
    ])
    func inverseUndoesForward(transform: IndicatorTransform) {
        for x in [0.5, 3.2, 7.9, 9.9] {
            #expect(abs(transform.inverse(transform.forward(x)) - x) < 1e-9 * max(1, x))
        }
    }

    @Test func theDomainChoosesTheScale() {
        #expect(IndicatorTransform.choose(domain: Domain(min: 0, max: 100), typical: 40) == .logit(low: 0, high: 100))
        #expect(IndicatorTransform.choose(domain: Domain(min: 0, max: 100), typical: 40, resolution: 0.1) == .logit(low: 0, high: 100, edge: 0.0005))
        #expect(IndicatorTransform.choose(domain: Domain(min: 0), typical: 2) == .log(offset: 0.02))
        #expect(IndicatorTransform.choose(domain: .unbounded, typical: 5) == .identity)
    }

    @Test func logitValuesStayInsideTheDomain() {
        let transform = IndicatorTransform.logit(low: 0, high: 10)
        for y in [-1000.0, -30, 0, 30, 1000] {
            let x = transform.inverse(y)
            #expect(x >= 0 && x <= 10)
        }
    }
}
