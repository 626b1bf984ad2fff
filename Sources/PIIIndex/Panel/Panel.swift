/// Raw indicator values for several years: one `IndicatorTable` per year, every table over
/// the same provinces and indicators (in the provinces file's and framework's order).
public struct Panel: Sendable {
    public let provinceCount: Int
    public let indicatorCount: Int
    private var tables: [Int: IndicatorTable]

    public init(provinceCount: Int, indicatorCount: Int, tables: [Int: IndicatorTable] = [:]) {
        precondition(tables.values.allSatisfy {
            $0.provinceCount == provinceCount && $0.indicatorCount == indicatorCount
        })
        self.provinceCount = provinceCount
        self.indicatorCount = indicatorCount
        self.tables = tables
    }

    /// The years with data, ascending.
    public var years: [Int] { tables.keys.sorted() }

    public var latestYear: Int? { tables.keys.max() }

    public subscript(year: Int) -> IndicatorTable? {
        get { tables[year] }
        set {
            precondition(newValue.map { $0.provinceCount == provinceCount && $0.indicatorCount == indicatorCount } ?? true)
            tables[year] = newValue
        }
    }
}
