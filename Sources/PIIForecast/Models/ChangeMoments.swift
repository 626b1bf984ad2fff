import CBLAS
import Foundation

/// The moments of the yearly changes of `z` (a province's gap to the cross-province mean)
/// that the local-level model is fitted from, pooled over provinces: what a transient noise
/// and a persistent level leave in a short panel.
///
/// With `Δz[t] = z[t+1] − z[t]`, a level walking by `η ~ N(0, q)` with persistence `ρ`, and
/// noise `ε ~ N(0, c[t]·e)` in edition `t`:
///
///     Var Δz[t]                = f₀·q + e·(c[t] + c[t+1])
///     Cov(Δz[t+1], Δz[t])      = −f₁·q − e·c[t+1]
///     Cov(Δz[t+k], Δz[t]), k≥2 = −f₁·ρ^(k−1)·q
///
/// with `f₀ = 2/(1+ρ)` and `f₁ = (1−ρ)/(1+ρ)` (for `ρ = 1`: `f₀ = 1`, `f₁ = 0`, the local
/// level of Harvey 1989). Missing values drop the pairs they belong to.
struct ChangeMoments {
    let editions: Int
    let indicators: Int
    let provinces: Int
    /// `changes[t][i][p]`, NaN where either edition misses the value.
    let changes: [[[Double]]]
    /// The mean squared change per transition, `[t][i]`, NaN when no province has one.
    let transitionVariance: [[Double]]
    /// `lagged[k − 1][t][i]`: the mean of `Δz[t+k]·Δz[t]` over provinces.
    let lagged: [[[Double]]]
    /// The variogram `E(z[t+k] − z[t])²`, `[k − 1][i]`, and how many pairs each holds.
    let variogram: [[Double]]
    let variogramPairs: [[Int]]

    init(_ z: [[[Double]]]) {
        editions = z.count
        indicators = z[0].count
        provinces = z[0][0].count
        let provinces = self.provinces, indicators = self.indicators
        func meanOfProducts(_ a: [Double], _ b: [Double]) -> (mean: Double, pairs: Int) {
            var sum = 0.0, pairs = 0
            for p in 0..<provinces where !a[p].isNaN && !b[p].isNaN {
                sum += a[p] * b[p]
                pairs += 1
            }
            return (pairs == 0 ? .nan : sum / Double(pairs), pairs)
        }
        var changes: [[[Double]]] = []
        for t in 0..<(editions - 1) {
            var transition: [[Double]] = []
            for i in 0..<indicators {
                var row = [Double](repeating: .nan, count: provinces)
                for p in 0..<provinces { row[p] = z[t + 1][i][p] - z[t][i][p] }
                transition.append(row)
            }
            changes.append(transition)
        }
        self.changes = changes
        transitionVariance = changes.map { transition -> [Double] in transition.map { meanOfProducts($0, $0).mean } }
        var lagged: [[[Double]]] = []
        for k in 1..<max(editions - 1, 1) {
            var byTransition: [[Double]] = []
            for t in 0..<(editions - 1 - k) {
                byTransition.append((0..<indicators).map { i -> Double in meanOfProducts(changes[t + k][i], changes[t][i]).mean })
            }
            lagged.append(byTransition)
        }
        self.lagged = lagged
        var variogram: [[Double]] = [], pairs: [[Int]] = []
        for k in 1..<editions {
            var values = [Double](repeating: 0, count: indicators), counts = [Int](repeating: 0, count: indicators)
            for i in 0..<indicators {
                var sum = 0.0
                for t in 0..<(editions - k) {
                    for p in 0..<provinces {
                        let difference = z[t + k][i][p] - z[t][i][p]
                        if !difference.isNaN {
                            sum += difference * difference
                            counts[i] += 1
                        }
                    }
                }
                values[i] = counts[i] == 0 ? .nan : sum / Double(counts[i])
            }
            variogram.append(values)
            pairs.append(counts)
        }
        self.variogram = variogram
        variogramPairs = pairs
    }

    // MARK: Persistence

    /// The weight of each value of `ρ`, from how well `E(z[t+k] − z[t])² = 2e + q·(1 + ρ + … +
    /// ρ^(k−1))` fits the variogram indicator by indicator (weighted by pairs, `q, e ≥ 0`).
    ///
    /// With two lags (three editions) every value fits exactly where it fits at all, so a
    /// value's weight is the share of indicators it can fit (a noise cannot be negative);
    /// with more, it is that share times the Gaussian pseudo-likelihood of the residuals,
    /// their scale estimated from the best fit. No value fitting at all leaves `ρ = 1`.
    func persistenceWeights(grid: [Double]) -> [Double] {
        let lags = variogram.count
        var feasible = [Double](repeating: 0, count: grid.count), residual = [Double](repeating: 0, count: grid.count)
        var fitted = 0
        for i in 0..<indicators {
            let values = variogram.map { $0[i] }
            let scale = values.filter { !$0.isNaN }.reduce(0, +) / Double(max(values.filter { !$0.isNaN }.count, 1))
            guard scale > 0 else { continue }
            fitted += 1
            for (g, rho) in grid.enumerated() {
                var squares = TwoVariableLeastSquares()
                var ok = true
                for k in 1...lags where !values[k - 1].isNaN {
                    let level = rho == 1 ? Double(k) : (1 - pow(rho, Double(k))) / (1 - rho)
                    squares.add(2, level, values[k - 1] / scale, weight: Double(variogramPairs[k - 1][i]))
                }
                let free = squares.unconstrainedSolution()
                if let free, free.x < -1e-12 || free.y < -1e-12 { ok = false }
                let solution = squares.nonNegativeSolution()
                residual[g] += squares.residual(solution.x, solution.y) / squares.totalWeight
                if ok { feasible[g] += 1 }
            }
        }
        guard fitted > 0 else { return grid.map { $0 == 1 ? 1 : 0 } }
        var weights = feasible.map { $0 / Double(fitted) }
        if lags >= 3 {
            let best = residual.min()!
            let spread = best / Double(fitted * (lags - 2)) + 1e-12
            weights = zip(weights, residual).map { $0 * exp(-($1 - best) / (2 * spread)) }
        }
        let total = weights.reduce(0, +)
        guard total > 0 else { return grid.map { $0 == 1 ? 1 : 0 } }
        // Weights below half a percent are noise in the fit; dropping them saves a component.
        let kept = weights.map { $0 / total >= 0.005 ? $0 : 0 }
        let keptTotal = kept.reduce(0, +)
        return kept.map { $0 / keptTotal }
    }

    // MARK: Variances

    struct Variances {
        /// `q` and `e` per indicator, in the transformed units squared.
        var level: [Double]
        var noise: [Double]
        /// `c` per edition, mean 1.
        var yearScales: [Double]
    }

    /// `q`, `e` and the editions' noise scales `c` under persistence `ρ`: alternating least
    /// squares over the moment equations above, each indicator's normalised by its mean
    /// squared change; `c` is shared by all indicators and shrunk toward 1 (a ridge of 0.1
    /// per indicator), within 0.2…5. Two editions leave the noise unidentified: `e = 0`.
    func variances(rho: Double) -> Variances {
        let scale = (0..<indicators).map { i -> Double in
            let values = transitionVariance.map { $0[i] }.filter { !$0.isNaN }
            return values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        }
        let f0 = 2 / (1 + rho), f1 = (1 - rho) / (1 + rho)
        guard editions >= 3 else {
            return Variances(level: scale.map { $0 / f0 }, noise: scale.map { _ in 0 }, yearScales: [Double](repeating: 1, count: editions))
        }
        var c = [Double](repeating: 1, count: editions)
        var q = [Double](repeating: 0, count: indicators), e = q
        func fitIndicators() {
            for i in 0..<indicators where scale[i] > 0 {
                var squares = TwoVariableLeastSquares()
                for t in 0..<(editions - 1) where !transitionVariance[t][i].isNaN {
                    squares.add(f0, c[t] + c[t + 1], transitionVariance[t][i] / scale[i])
                }
                for (lag, values) in lagged.enumerated() {
                    for t in values.indices where !values[t][i].isNaN {
                        if lag == 0 {
                            squares.add(-f1, -c[t + 1], values[t][i] / scale[i])
                        } else {
                            squares.add(-f1 * pow(rho, Double(lag)), 0, values[t][i] / scale[i])
                        }
                    }
                }
                let solution = squares.nonNegativeSolution()
                q[i] = max(solution.x, 1e-6)
                e[i] = solution.y
            }
        }
        fitIndicators()
        let ridge = 0.1 * Double(scale.filter { $0 > 0 }.count)
        for _ in 0..<60 {
            var normal = [Double](repeating: 0, count: editions * editions)
            var right = [Double](repeating: 0, count: editions)
            func add(_ coefficients: [(Int, Double)], _ value: Double) {
                for (a, x) in coefficients {
                    right[a] += x * value
                    for (b, y) in coefficients { normal[a * editions + b] += x * y }
                }
            }
            for i in 0..<indicators where scale[i] > 0 {
                for t in 0..<(editions - 1) where !transitionVariance[t][i].isNaN {
                    add([(t, e[i]), (t + 1, e[i])], transitionVariance[t][i] / scale[i] - f0 * q[i])
                }
                for t in lagged.first?.indices ?? 0..<0 where !lagged[0][t][i].isNaN {
                    add([(t + 1, -e[i])], lagged[0][t][i] / scale[i] + f1 * q[i])
                }
            }
            for t in 0..<editions {
                normal[t * editions + t] += ridge
                right[t] += ridge
            }
            guard let solution = solveSymmetric(normal, right, size: editions) else { break }
            let clipped = solution.map { min(max($0, 0.2), 5) }
            let mean = clipped.reduce(0, +) / Double(editions)
            c = clipped.map { $0 / mean }
            fitIndicators()
        }
        return Variances(level: zip(q, scale).map { $0 * $1 }, noise: zip(e, scale).map { $0 * $1 }, yearScales: c)
    }

    // MARK: Correlations

    /// The correlations across indicators of the noise and of the level changes: by moments,
    /// `Σ_ε = −Cov(Δz[t+1], Δz[t])` and `Σ_η = Var Δz − 2·Σ_ε`, each made positive
    /// semidefinite, turned into correlations and shrunk toward their own mean correlation
    /// with the Ledoit–Wolf intensity of the changes' correlation (toward none would shrink
    /// the correlation of the composite too, and so its spread). With two editions only the changes' own
    /// correlation exists; it serves both.
    func correlations() -> (level: SymmetricMatrix, noise: SymmetricMatrix) {
        let n = indicators
        func crossMoment(_ lag: Int) -> SymmetricMatrix {
            var sums = [Double](repeating: 0, count: n * n), counts = [Double](repeating: 0, count: n * n)
            for t in 0..<(editions - 1 - lag) {
                for p in 0..<provinces {
                    for i in 0..<n {
                        let a = changes[t + lag][i][p]
                        guard !a.isNaN else { continue }
                        for j in 0..<n {
                            let b = changes[t][j][p]
                            if !b.isNaN {
                                sums[i * n + j] += a * b
                                counts[i * n + j] += 1
                            }
                        }
                    }
                }
            }
            var elements = zip(sums, counts).map { $1 > 0 ? $0 / $1 : 0 }
            for i in 0..<n {
                for j in 0..<i {
                    let mean = (elements[i * n + j] + elements[j * n + i]) / 2
                    elements[i * n + j] = mean
                    elements[j * n + i] = mean
                }
            }
            return SymmetricMatrix(size: n, elements: elements)
        }
        let total = crossMoment(0)
        let intensity = shrinkageIntensity(standardisedBy: total.diagonal)
        guard editions >= 3 else {
            let level = total.correlation().shrunkTowardConstantCorrelation(intensity)
            return (level, level)
        }
        var negatedLag = crossMoment(1)
        for i in 0..<n {
            for j in 0..<n { negatedLag[i, j] = -negatedLag[i, j] }
        }
        let noise = negatedLag.nearestPositiveSemidefinite()
        var remainder = total
        for i in 0..<n {
            for j in 0..<n { remainder[i, j] -= 2 * noise[i, j] }
        }
        let level = remainder.nearestPositiveSemidefinite()
        return (level.correlation().shrunkTowardConstantCorrelation(intensity),
                noise.correlation().shrunkTowardConstantCorrelation(intensity))
    }

    /// The Ledoit–Wolf intensity of the changes of provinces that have every indicator.
    private func shrinkageIntensity(standardisedBy variances: [Double]) -> Double {
        let n = indicators
        var samples: [Double] = []
        var count = 0
        for transition in changes {
            for p in 0..<provinces {
                let row = (0..<n).map { transition[$0][p] / max(variances[$0], 1e-300).squareRoot() }
                guard !row.contains(where: \.isNaN) else { continue }
                samples += row
                count += 1
            }
        }
        return SymmetricMatrix.ledoitWolfIntensity(samples: samples, count: count, size: n)
    }
}

/// `minimise Σ w·(a·x + b·y − c)²`, with or without `x, y ≥ 0`, from its normal equations.
struct TwoVariableLeastSquares {
    private var aa = 0.0, ab = 0.0, bb = 0.0, ac = 0.0, bc = 0.0, cc = 0.0
    private(set) var totalWeight = 0.0

    mutating func add(_ a: Double, _ b: Double, _ c: Double, weight: Double = 1) {
        aa += weight * a * a
        ab += weight * a * b
        bb += weight * b * b
        ac += weight * a * c
        bc += weight * b * c
        cc += weight * c * c
        totalWeight += weight
    }

    func residual(_ x: Double, _ y: Double) -> Double {
        max(0, cc - 2 * (x * ac + y * bc) + x * x * aa + 2 * x * y * ab + y * y * bb)
    }

    func unconstrainedSolution() -> (x: Double, y: Double)? {
        let determinant = aa * bb - ab * ab
        guard determinant > 1e-12 * max(aa * bb, 1e-300) else { return nil }
        return ((bb * ac - ab * bc) / determinant, (aa * bc - ab * ac) / determinant)
    }

    /// The best `x, y ≥ 0`: the unconstrained solution when it is inside, otherwise the best
    /// point on an edge.
    func nonNegativeSolution() -> (x: Double, y: Double) {
        if let free = unconstrainedSolution(), free.x >= 0, free.y >= 0 { return free }
        let candidates = [
            (x: aa > 0 ? max(0, ac / aa) : 0, y: 0.0),
            (x: 0.0, y: bb > 0 ? max(0, bc / bb) : 0),
            (x: 0.0, y: 0.0),
        ]
        return candidates.min { residual($0.x, $0.y) < residual($1.x, $1.y) }!
    }
}

/// Solves the symmetric positive definite system `A·x = b` (LAPACK's `dposv`); nil if `A`
/// is not positive definite.
func solveSymmetric(_ matrix: [Double], _ right: [Double], size: Int) -> [Double]? {
    var a = matrix, b = right
    let status = LAPACKE_dposv(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "L")), pii_lapack_int(size), 1,
                               &a, pii_lapack_int(size), &b, 1)
    return status == 0 ? b : nil
}
