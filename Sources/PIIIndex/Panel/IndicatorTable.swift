/// One year's raw values: a value per province and indicator, `nil` when missing.
///
/// Stored row-major by province (`values[p * indicatorCount + i]`) with NaN standing for a
/// missing value; NaN never comes from data, since loaders reject it.
public struct IndicatorTable: Sendable, Equatable {
    public let provinceCount: Int
    public let indicatorCount: Int
    public private(set) var values: [Double]

    /// A table with every value missing.
    public init(provinceCount: Int, indicatorCount: Int) {
        self.provinceCount = provinceCount
        self.indicatorCount = indicatorCount
        values = [Double](repeating: .nan, count: provinceCount * indicatorCount)
    }

    /// A table from rows of optional values (`rows[province][indicator]`).
    public init(rows: [[Double?]]) {
        provinceCount = rows.count
        indicatorCount = rows.first?.count ?? 0
        values = rows.flatMap { row in row.map { $0 ?? .nan } }
    }

    public subscript(province: Int, indicator: Int) -> Double? {
        get {
            let value = values[province * indicatorCount + indicator]
            return value.isNaN ? nil : value
        }
        set { values[province * indicatorCount + indicator] = newValue ?? .nan }
    }

    /// The raw value, NaN when missing.
    @inline(__always)
    public func rawValue(province: Int, indicator: Int) -> Double {
        values[province * indicatorCount + indicator]
    }

    /// The indicator's national average (`nationalAverage(provinceCount:_:)`), `nil` when no
    /// province has a value.
    public func nationalAverage(indicator: Int) -> Double? {
        PIIIndex.nationalAverage(provinceCount: provinceCount) { rawValue(province: $0, indicator: indicator) }
    }

    public var missingCount: Int { values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) } }
}
