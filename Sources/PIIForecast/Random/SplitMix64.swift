/// SplitMix64 (Steele, Lea & Flood 2014): the seeded generator for data that must be the same
/// on every machine and needs no counter addressing — the illustrative panel, benchmark
/// panels, test data, fuzz cases. The Monte Carlo draws come from Philox, which is addressed
/// by scenario, year and purpose. Its bits only: the distributions drawn from them are in
/// `RandomNumberGenerator+Draws.swift`, for any generator.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
