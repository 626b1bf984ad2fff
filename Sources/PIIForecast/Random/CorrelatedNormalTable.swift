import CBLAS

/// A fixed table of correlated standard normal vectors, drawn once per run: a simulation picks
/// one row per province and year with a single counter word instead of drawing 52 Gaussian
/// numbers (Box–Muller costs more than scoring; design card, "Performance shape").
///
/// Each row holds `blocks.count` vectors over the indicators, one per correlation matrix
/// given (for the local-level model: level changes and noise); the blocks of a row are
/// independent. The raw normals are whitened before the factors are applied (their sample
/// covariance is made exactly the identity), so the table's own correlations are exactly the
/// fitted ones rather than a sample of them; with more than `rows / 2` columns that is not
/// possible and the columns are only centred and scaled.
///
/// Layout `[row][indicator][block]`: a simulation reads a picked row indicator after
/// indicator, one province at a time, so that a row's values stream from one place.
public struct CorrelatedNormalTable: Sendable {
    /// A power of two, so that a few random bits pick a row exactly uniformly.
    public static let rows = 512
    public let indicators: Int
    public let blocks: Int
    public let values: [Double]

    public init(correlations: [SymmetricMatrix], philox: Philox) {
        let indicators = correlations.first?.size ?? 0
        let blocks = correlations.count
        self.indicators = indicators
        self.blocks = blocks
        let rows = Self.rows, columns = indicators * blocks
        var normals = [Double](repeating: 0, count: rows * columns)
        for row in 0..<rows {
            for pair in stride(from: 0, to: columns, by: 2) {
                let (a, b) = philox.normals(Philox.counter(scenario: row, purpose: .normalTable, pair / 2))
                normals[row * columns + pair] = a
                if pair + 1 < columns { normals[row * columns + pair + 1] = b }
            }
        }
        Self.whiten(&normals, rows: rows, columns: columns)
        var values = [Double](repeating: 0, count: rows * columns)
        var block = [Double](repeating: 0, count: rows * indicators)
        for (b, correlation) in correlations.enumerated() {
            let factor = correlation.choleskyFactor()
            // block = normals[:, b·n ..< (b+1)·n] · Lᵀ
            normals.withUnsafeBufferPointer { source in
                cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(indicators), Int32(indicators),
                            1, source.baseAddress! + b * indicators, Int32(columns), factor, Int32(indicators),
                            0, &block, Int32(indicators))
            }
            for row in 0..<rows {
                for i in 0..<indicators { values[(row * indicators + i) * blocks + b] = block[row * indicators + i] }
            }
        }
        self.values = values
    }

    /// Centres each column and makes the sample covariance the identity: `U ← U·M⁻ᵀ` with
    /// `M·Mᵀ` the sample covariance (`dsyrk`, `dpotrf`, `dtrsm`).
    private static func whiten(_ u: inout [Double], rows: Int, columns: Int) {
        for column in 0..<columns {
            var mean = 0.0
            for row in 0..<rows { mean += u[row * columns + column] }
            mean /= Double(rows)
            for row in 0..<rows { u[row * columns + column] -= mean }
        }
        var covariance = [Double](repeating: 0, count: columns * columns)
        cblas_dsyrk(CblasRowMajor, CblasLower, CblasTrans, Int32(columns), Int32(rows),
                    1 / Double(rows), u, Int32(columns), 0, &covariance, Int32(columns))
        guard columns * 2 <= rows else {
            for column in 0..<columns {
                let scale = 1 / max(covariance[column * columns + column], 1e-300).squareRoot()
                for row in 0..<rows { u[row * columns + column] *= scale }
            }
            return
        }
        for i in 0..<columns {
            for j in 0..<i { covariance[j * columns + i] = covariance[i * columns + j] }
        }
        let factor = SymmetricMatrix(size: columns, elements: covariance).choleskyFactor()
        cblas_dtrsm(CblasRowMajor, CblasRight, CblasLower, CblasTrans, CblasNonUnit, Int32(rows), Int32(columns),
                    1, factor, Int32(columns), &u, Int32(columns))
    }
}
