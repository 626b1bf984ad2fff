/// Philox4x32-10 (Salmon, Moraes, Dror & Shaw, SC'11): a counter-based generator. Output
/// number N is a keyed bijection of counter N — there is no sequential state — so every
/// random draw of a simulation can be addressed by what it is for (scenario, year, province,
/// purpose) and results are the same whatever the thread count, batch size or order.
public struct Philox: Sendable {
    public typealias Counter = SIMD4<UInt32>

    public let key: SIMD2<UInt32>

    public init(key: SIMD2<UInt32>) {
        self.key = key
    }

    /// A generator keyed by a 64-bit seed.
    public init(seed: UInt64) {
        key = SIMD2(UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32))
    }

    /// The four 32-bit words for `counter`.
    @inline(__always)
    public func block(_ counter: Counter) -> Counter {
        var c = counter
        var k = key
        for round in 0..<10 {
            if round > 0 {
                k &+= SIMD2(0x9E37_79B9, 0xBB67_AE85)
            }
            let product0 = UInt64(0xD251_1F53) &* UInt64(c[0])
            let product1 = UInt64(0xCD9E_8D57) &* UInt64(c[2])
            let hi0 = UInt32(truncatingIfNeeded: product0 >> 32), lo0 = UInt32(truncatingIfNeeded: product0)
            let hi1 = UInt32(truncatingIfNeeded: product1 >> 32), lo1 = UInt32(truncatingIfNeeded: product1)
            c = Counter(hi1 ^ c[1] ^ k[0], lo1, hi0 ^ c[3] ^ k[1], lo0)
        }
        return c
    }
}

/// What a draw is for: part of every counter, so that draws for different purposes never
/// share a counter.
public enum DrawPurpose: UInt32, Sendable {
    case model = 1
    case parameters = 2
    case shocks = 3
    case interventions = 4
    case table = 5
    /// The rows of a `CorrelatedNormalTable`.
    case normalTable = 6
    /// Local-level: each province's draw of its filtered state.
    case levels = 7
}

extension Philox {
    /// The counter of a draw: scenario (64 bits), purpose, and two indices (such as year
    /// and province) of 12 bits each.
    @inline(__always)
    public static func counter(scenario: Int, purpose: DrawPurpose, _ first: Int = 0, _ second: Int = 0) -> Counter {
        let scenario = UInt64(scenario)
        return Counter(
            UInt32(truncatingIfNeeded: scenario),
            UInt32(truncatingIfNeeded: scenario >> 32),
            purpose.rawValue << 24 | UInt32(first & 0xFFF) << 12 | UInt32(second & 0xFFF),
            0)
    }

    /// A double in (0, 1) from two 32-bit words (52 random bits at the centres of 2⁵²
    /// equal intervals, so never 0 or 1).
    @inline(__always)
    public static func uniform(_ high: UInt32, _ low: UInt32) -> Double {
        let bits = (UInt64(high) << 20) ^ UInt64(low >> 12)
        return (Double(bits & ((1 << 52) - 1)) + 0.5) * 0x1p-52
    }

    /// Two standard normal draws from one block (Box–Muller: exactly two uniforms per pair, no
    /// rejection, so counters stay fixed).
    @inline(__always)
    public func normals(_ counter: Counter) -> (Double, Double) {
        let words = block(counter)
        let u1 = Self.uniform(words[0], words[1]), u2 = Self.uniform(words[2], words[3])
        let radius = (-2 * _log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        return (radius * _cos(angle), radius * _sin(angle))
    }
}
