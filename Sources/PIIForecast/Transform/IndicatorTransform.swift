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
    /// position between the bounds. A value on a bound is taken `edge` (a share of the range)
    /// inside it, since the logit of a bound is infinite.
    case logit(low: Double, high: Double, edge: Double = IndicatorTransform.defaultEdge)

    /// The edge of a logit when nothing better is known.
    public static let defaultEdge = 1e-6

    /// Chooses by the domain: bounded on both sides → logit; bounded below → log; otherwise
    /// identity. `typical` is a typical positive value, which sets the log's offset;
    /// `resolution` the smallest step between the data's distinct values, which sets how far
    /// inside its bounds a logit puts a value on them (`boundEdge`).
    public static func choose(domain: Domain, typical: Double, resolution: Double? = nil) -> IndicatorTransform {
        switch (domain.min, domain.max) {
        case let (low?, high?) where high > low:
            return .logit(low: low, high: high, edge: boundEdge(resolution: resolution, range: high - low))
        case let (low?, nil): return low == 0 ? .log(offset: max(abs(typical), 1e-12) * 0.01) : .identity
        default: return .identity
        }
    }

    /// Half the data's resolution as a share of the range, within 10⁻⁶…10⁻²: a share reported
    /// as 100 % to one decimal is read as 99.95 %, one logit step beyond the nearest value the
    /// data could hold, instead of 1 − 10⁻⁶ (a jump of a dozen logits that every resampled
    /// change would carry).
    public static func boundEdge(resolution: Double?, range: Double) -> Double {
        guard let resolution, resolution > 0, range > 0 else { return defaultEdge }
        return Swift.min(Swift.max(resolution / 2 / range, defaultEdge), 0.01)
    }

    public func forward(_ x: Double) -> Double {
        switch self {
        case .identity: return x
        case .log(let offset): return _log(Swift.max(x + offset, offset * 1e-3))
        case .logit(let low, let high, let edge):
            let u = Swift.min(Swift.max((x - low) / (high - low), edge), 1 - edge)
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
        case .log(let offset): return Self.fromLog(y, offset: offset)
        case .logit(let low, let high, _): return Self.fromLogit(y, low: low, high: high)
        }
    }

    /// The raw values of `rows` groups of eight transformed values, `stride` apart, from
    /// `source` into `target` (which may be the same), kept inside `low…high`: the inverse
    /// over a column of the simulator's state, the kind of transform chosen once for the
    /// column rather than for every group.
    @inlinable
    package func inverse(rows: Int, stride: Int, from source: UnsafePointer<Double>, into target: UnsafeMutablePointer<Double>,
                        within low: SIMD8<Double>, _ high: SIMD8<Double>) {
        @inline(__always) func each(_ inverse: (SIMD8<Double>) -> SIMD8<Double>) {
            for row in 0..<rows {
                let x = inverse(SIMD8<Double>.load(source + row * stride))
                x.replacing(with: low, where: x .< low).replacing(with: high, where: x .> high).store(to: target + row * stride)
            }
        }
        switch self {
        case .identity: each { $0 }
        case .log(let offset): each { Self.fromLog($0, offset: offset) }
        case .logit(let low, let high, _): each { Self.fromLogit($0, low: low, high: high) }
        }
    }

    @inlinable @inline(__always)
    static func fromLog(_ y: SIMD8<Double>, offset: Double) -> SIMD8<Double> {
        vectorExp(y) - SIMD8(repeating: offset)
    }

    @inlinable @inline(__always)
    static func fromLogit(_ y: SIMD8<Double>, low: Double, high: Double) -> SIMD8<Double> {
        SIMD8(repeating: low) + SIMD8(repeating: high - low) / (1 + vectorExp(-y))
    }
}
