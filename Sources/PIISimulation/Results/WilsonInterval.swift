/// The Wilson score interval for a binomial proportion (Brown, Cai & DasGupta 2001): the
/// uncertainty of a probability estimated from a number of scenarios.
public struct WilsonInterval: Sendable, Equatable {
    public let lower: Double
    public let upper: Double

    /// The 95 % interval (z = 1.96) by default.
    public init(successes: Int, trials: Int, z: Double = 1.96) {
        guard trials > 0 else {
            lower = 0
            upper = 1
            return
        }
        let n = Double(trials), p = Double(successes) / n
        let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        lower = max(0, centre - half)
        upper = min(1, centre + half)
    }

    public func contains(_ p: Double) -> Bool { lower <= p && p <= upper }
}
