/// `exp` for eight values at once, branch-free, for turning simulated log-values back into
/// raw values (the simulation does this for every province, indicator and year, where the
/// scalar libm call would cost more than scoring). Range reduction by ln 2 and a degree-11
/// polynomial: relative error below 1e-14 for arguments in −700…700 (clamped outside).
@inlinable @inline(__always)
public func vectorExp(_ x: SIMD8<Double>) -> SIMD8<Double> {
    let floor = SIMD8<Double>(repeating: -700), ceiling = SIMD8<Double>(repeating: 700)
    var v = x.replacing(with: floor, where: x .< floor)
    v = v.replacing(with: ceiling, where: v .> ceiling)
    // Adding 1.5·2⁵² rounds v·log₂e to the nearest integer n, which then sits in the low bits.
    let magic = SIMD8<Double>(repeating: 6_755_399_441_055_744.0)
    let shifted = v * 1.442_695_040_888_963_4 + magic
    let n = shifted - magic
    let r = v - n * 6.931_457_519_531_25e-1 - n * 1.428_606_820_309_417_232_1e-6
    // Estrin's scheme: pairs of terms first, so that the chain of dependent operations is
    // four deep instead of eleven.
    let r2 = r * r, r4 = r2 * r2, r8 = r4 * r4
    var low = SIMD8<Double>(repeating: 1)                             // 1 + r
    low.addProduct(SIMD8(repeating: 1), r)
    var term = SIMD8<Double>(repeating: 0.5)                           // r²/2 + r³/6
    term.addProduct(SIMD8(repeating: 1.0 / 6), r)
    low.addProduct(term, r2)
    var middle = SIMD8<Double>(repeating: 1.0 / 24)                    // r⁴/24 + r⁵/120
    middle.addProduct(SIMD8(repeating: 1.0 / 120), r)
    var next = SIMD8<Double>(repeating: 1.0 / 720)                     // r⁶/720 + r⁷/5040
    next.addProduct(SIMD8(repeating: 1.0 / 5_040), r)
    middle.addProduct(next, r2)
    low.addProduct(middle, r4)
    var high = SIMD8<Double>(repeating: 1.0 / 40_320)                  // r⁸/8! + r⁹/9!
    high.addProduct(SIMD8(repeating: 1.0 / 362_880), r)
    var top = SIMD8<Double>(repeating: 1.0 / 3_628_800)                // r¹⁰/10! + r¹¹/11!
    top.addProduct(SIMD8(repeating: 1.0 / 39_916_800), r)
    high.addProduct(top, r2)
    low.addProduct(high, r8)
    let p = low
    let integer = unsafeBitCast(shifted, to: SIMD8<Int64>.self) &- unsafeBitCast(magic, to: SIMD8<Int64>.self)
    // 2ⁿ built in the exponent field (a multiply: SIMD shifts by a scalar compile poorly).
    let scale = unsafeBitCast((integer &+ 1023) &* (1 << 52), to: SIMD8<Double>.self)
    return p * scale
}
