import Foundation

/// Distributions drawn from a generator's bits, kept apart from the generators (as numpy keeps
/// `Generator` apart from `BitGenerator`), so that SplitMix64 and a test's generator give the
/// same draws from the same bits.
extension RandomNumberGenerator {
    /// Uniform on (0, 1): the 53 high bits, centred in their step, so never 0 or 1 and its
    /// logarithm always finite.
    public mutating func nextOpenUnit() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// Standard normal by Box–Muller, the cosine branch: the radius from the first uniform,
    /// the angle from the second.
    public mutating func nextNormal() -> Double {
        let radius = (-2 * Foundation.log(nextOpenUnit())).squareRoot()
        return radius * Foundation.cos(2 * Double.pi * nextOpenUnit())
    }
}
