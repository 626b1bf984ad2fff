/// Eight scenarios side by side: the unit every kernel of the batched scorer works on.
///
/// A batch's width is a multiple of 8, and each step of the method runs on one `Lanes`
/// value per province at a time, so that accumulators stay in registers. With AVX2 one
/// `Lanes` operation is two instructions.
typealias Lanes = SIMD8<Double>

extension SIMD8 where Scalar == Double {
    @inline(__always)
    @usableFromInline package static func load(_ pointer: UnsafePointer<Double>) -> SIMD8<Double> {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    @usableFromInline package static func load(_ pointer: UnsafeMutablePointer<Double>) -> SIMD8<Double> {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    @inline(__always)
    @usableFromInline package func store(to pointer: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: self, as: Lanes.self)
    }

    /// The values' bit patterns as integers, which order like the values as long as none is
    /// negative, −0 or NaN.
    @inline(__always)
    var bitPatterns: SIMD8<Int64> { unsafeBitCast(self, to: SIMD8<Int64>.self) }

    @inline(__always)
    init(bitPatterns: SIMD8<Int64>) { self = unsafeBitCast(bitPatterns, to: Lanes.self) }

    /// `self` where `mask` holds, 0 elsewhere.
    @inline(__always)
    func kept(where mask: SIMDMask<SIMD8<Int64>>) -> Lanes {
        Lanes(repeating: 0).replacing(with: self, where: mask)
    }

    @inline(__always)
    func isPresent() -> SIMDMask<SIMD8<Int64>> { self .== self }
}

extension SIMDMask where Storage == SIMD8<Int64> {
    /// Whether any lane holds.
    ///
    /// Swift's `any(_:)` reduces with a generic `min()` that the optimiser leaves as a call in
    /// the larger kernels, and every call spills all vector registers; OR-ing the halves
    /// stays inline.
    @inline(__always)
    var any: Bool {
        let lanes = unsafeBitCast(self, to: SIMD8<Int64>.self)
        let four = lanes.lowHalf | lanes.highHalf
        let two = four.lowHalf | four.highHalf
        return two[0] | two[1] != 0
    }

    /// Whether every lane holds.
    @inline(__always)
    var allHold: Bool { (.!self).any == false }

    /// The lanes that hold, as bits (lane `l` is bit `l`), to loop over them cheaply.
    @inline(__always)
    var bits: Int {
        let weights = Lanes(1, 2, 4, 8, 16, 32, 64, 128)
        return Int(weights.kept(where: self).sum())
    }
}

/// The lanes whose bits are set in `bits`, lowest first.
@inline(__always)
func forEachLane(in bits: Int, _ body: (Int) -> Void) {
    var remaining = bits
    while remaining != 0 {
        body(remaining.trailingZeroBitCount)
        remaining &= remaining - 1
    }
}
