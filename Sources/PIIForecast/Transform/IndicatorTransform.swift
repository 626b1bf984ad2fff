import PIIIndex

/// The scale on which an indicator is forecast: changes there are what the models treat as
/// comparable across provinces and years (methodology notes, `forecast-and-optimisation-methods.md`
/// §1.1), and the back-transform keeps simulated values inside the indicator's domain.
public enum IndicatorTransform: Sendable, Equatable {
    /// Rates and scores that can take any value.
    case identity
    /// Positive, skewed counts and money values: `ln(x + offset)`; the small offset keeps
    /// zeros finite.
    case log(offset: Double)
    /// Values bounded on both sides (shares, PCI sub-indices, HDI): the logit of the value's
    /// position between the bounds.
    case logit(low: Double, high: Double)

    /// Chooses by the domain: bounded on both sides → logit; bounded below → log; otherwise
    /// identity. `typical` is a typical positive value, which sets the log's offset.
    public static func choose(domain: Domain, typical: Double) -> IndicatorTransform {
        switch (domain.min, domain.max) {
        case let (low?, high?) where high > low: return .logit(low: low, high: high)
        case let (low?, nil): return low == 0 ? .log(offset: max(abs(typical), 1e-12) * 0.01) : .identity
        default: return .identity
        }
    }

    /// How close to a bound a logit value may come (as a share of the range).
    static let edge = 1e-6

    public func forward(_ x: Double) -> Double {
        switch self {
        case .identity: return x
        case .log(let offset): return _log(Swift.max(x + offset, offset * 1e-3))
        case .logit(let low, let high):
            let u = Swift.min(Swift.max((x - low) / (high - low), Self.edge), 1 - Self.edge)
            return _log(u / (1 - u))
        }
    }

    public func inverse(_ y: Double) -> Double {
        inverse(SIMD8(repeating: y))[0]
    }

    /// The raw values of eight transformed values.
    @inlinable @inline(__always)
    public func inverse(_ y: SIMD8<Double>) -> SIMD8<Double> {
        switch self {
        case .identity: return y
        case .log(let offset): return vectorExp(y) - SIMD8(repeating: offset)
        case .logit(let low, let high):
            return SIMD8(repeating: low) + SIMD8(repeating: high - low) / (1 + vectorExp(-y))
        }
    }
}
