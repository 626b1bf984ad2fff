import CBLAS

/// A dense symmetric n × n matrix (row-major, which for a symmetric matrix is also LAPACK's
/// column-major) with the operations the forecast's covariances need: the nearest positive
/// semidefinite matrix, correlations, shrinkage toward a structured target and a Cholesky
/// factor.
///
/// The covariances come from a few dozen provinces and two or more transitions, so they are
/// noisy and, estimated by moments, need not be positive semidefinite; these operations turn
/// them into something a simulation can draw from.
public struct SymmetricMatrix: Sendable, Equatable {
    public let size: Int
    public private(set) var elements: [Double]

    public init(size: Int, elements: [Double]) {
        precondition(elements.count == size * size)
        self.size = size
        self.elements = elements
    }

    public static func identity(_ size: Int) -> SymmetricMatrix {
        var elements = [Double](repeating: 0, count: size * size)
        for i in 0..<size { elements[i * size + i] = 1 }
        return SymmetricMatrix(size: size, elements: elements)
    }

    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * size + column] }
        set { elements[row * size + column] = newValue }
    }

    public var diagonal: [Double] { (0..<size).map { self[$0, $0] } }

    /// The nearest positive semidefinite matrix in the Frobenius norm: the eigenvalues below
    /// `floor` raised to it (LAPACK's `dsyevd`).
    public func nearestPositiveSemidefinite(floor: Double = 0) -> SymmetricMatrix {
        guard size > 0 else { return self }
        var vectors = elements
        // Average with the transpose first: moment estimates are symmetric only up to rounding.
        for i in 0..<size {
            for j in 0..<i {
                let mean = (vectors[i * size + j] + vectors[j * size + i]) / 2
                vectors[i * size + j] = mean
                vectors[j * size + i] = mean
            }
        }
        var values = [Double](repeating: 0, count: size)
        let status = LAPACKE_dsyevd(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "V")), Int8(UInt8(ascii: "U")),
                                    pii_lapack_int(size), &vectors, pii_lapack_int(size), &values)
        guard status == 0 else { return SymmetricMatrix.identity(size).scaled(by: diagonal) }
        // V · diag(max(λ, floor)) · Vᵀ, as (V·√Λ)(V·√Λ)ᵀ.
        var scaled = vectors
        for column in 0..<size {
            let root = Swift.max(values[column], floor).squareRoot()
            for row in 0..<size { scaled[row * size + column] *= root }
        }
        var result = [Double](repeating: 0, count: size * size)
        cblas_dsyrk(CblasRowMajor, CblasUpper, CblasNoTrans, Int32(size), Int32(size),
                    1, scaled, Int32(size), 0, &result, Int32(size))
        for i in 0..<size {
            for j in 0..<i { result[i * size + j] = result[j * size + i] }
        }
        return SymmetricMatrix(size: size, elements: result)
    }

    /// The correlation matrix `D^-½ M D^-½`; a row with no variance is uncorrelated with
    /// the others.
    public func correlation() -> SymmetricMatrix {
        let scale = diagonal.map { $0 > 0 ? 1 / $0.squareRoot() : 0 }
        var result = self
        for i in 0..<size {
            for j in 0..<size { result[i, j] = i == j ? 1 : self[i, j] * scale[i] * scale[j] }
        }
        return result
    }

    /// The mean of the off-diagonal entries (0 for a 1 × 1 matrix).
    public var meanOffDiagonal: Double {
        guard size > 1 else { return 0 }
        var sum = 0.0
        for i in 0..<size {
            for j in 0..<size where i != j { sum += self[i, j] }
        }
        return sum / Double(size * (size - 1))
    }

    /// A correlation matrix's off-diagonal entries moved by `k` toward their mean (Ledoit &
    /// Wolf's constant-correlation target): the noise of single entries is damped while the
    /// overall level of correlation, which sets the variance of a composite of them, stays.
    public func shrunkTowardConstantCorrelation(_ k: Double) -> SymmetricMatrix {
        let mean = meanOffDiagonal
        var result = self
        for i in 0..<size {
            for j in 0..<size where i != j { result[i, j] = (1 - k) * self[i, j] + k * mean }
        }
        return result
    }

    /// `D·M·D` with `D = diag(√variances)`: a correlation matrix turned into a covariance.
    public func scaled(by variances: [Double]) -> SymmetricMatrix {
        let roots = variances.map { Swift.max($0, 0).squareRoot() }
        var result = self
        for i in 0..<size {
            for j in 0..<size { result[i, j] = self[i, j] * roots[i] * roots[j] }
        }
        return result
    }

    /// The lower Cholesky factor `L` (row-major, zeros above the diagonal) with `L·Lᵀ = M`
    /// (LAPACK's `dpotrf`). A semidefinite matrix gets a small ridge on the diagonal first,
    /// growing until the factorisation succeeds.
    public func choleskyFactor() -> [Double] {
        guard size > 0 else { return [] }
        let largest = diagonal.max() ?? 0
        var ridge = 0.0
        while true {
            var factor = elements
            for i in 0..<size { factor[i * size + i] += ridge }
            if LAPACKE_dpotrf(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "L")), pii_lapack_int(size),
                              &factor, pii_lapack_int(size)) == 0 {
                for i in 0..<size {
                    for j in (i + 1)..<size { factor[i * size + j] = 0 }
                }
                return factor
            }
            ridge = ridge == 0 ? Swift.max(largest, 1) * 1e-12 : ridge * 10
        }
    }
}

extension SymmetricMatrix {
    /// The Ledoit–Wolf intensity for shrinking a sample correlation matrix toward the
    /// constant-correlation target (Ledoit & Wolf 2003, with standardised variables): the
    /// estimated sampling variance of its off-diagonal entries over their squared distance
    /// from their mean, within 0…1.
    ///
    /// - Parameter samples: `count` rows of `size` standardised values (mean 0, variance 1).
    public static func ledoitWolfIntensity(samples: [Double], count: Int, size: Int) -> Double {
        guard count > 1, size > 1 else { return 1 }
        var sample = [Double](repeating: 0, count: size * size)
        cblas_dsyrk(CblasRowMajor, CblasUpper, CblasTrans, Int32(size), Int32(count),
                    1 / Double(count), samples, Int32(size), 0, &sample, Int32(size))
        var spread = 0.0, sum = 0.0
        for i in 0..<size {
            for j in (i + 1)..<size {
                let mean = sample[i * size + j]
                sum += mean
                var variance = 0.0
                for row in 0..<count {
                    let product = samples[row * size + i] * samples[row * size + j] - mean
                    variance += product * product
                }
                spread += 2 * variance / Double(count)
            }
        }
        let target = sum / Double(size * (size - 1) / 2)
        var distance = 0.0
        for i in 0..<size {
            for j in (i + 1)..<size { distance += 2 * (sample[i * size + j] - target) * (sample[i * size + j] - target) }
        }
        guard distance > 0 else { return 1 }
        return Swift.min(1, Swift.max(0, spread / Double(count) / distance))
    }
}
