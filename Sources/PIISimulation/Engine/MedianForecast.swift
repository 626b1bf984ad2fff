import PIIIndex

extension MonteCarlo {
    /// Every province's median raw value of every indicator in the horizon year, over
    /// `scenarios` scenarios: the point forecast `pii gap --forecast` inverts. Missing values
    /// stay missing. The tally of the same run comes with it: the odds the median hides.
    public func medianHorizonValues(scenarios: Int, threads: Int) throws -> (values: IndicatorTable, tally: SimulationTally) {
        let provinces = plan.fit.provinceCount, indicators = plan.fit.indicatorCount
        let cells = provinces * indicators
        let values = UnsafeMutablePointer<Double>.allocate(capacity: scenarios * cells)
        defer { values.deallocate() }
        var options = RunOptions(threads: threads, scenarios: scenarios)
        options.outputs.finalValues = values
        let tally = try run(options)
        var table = IndicatorTable(provinceCount: provinces, indicatorCount: indicators)
        var column = [Double](repeating: 0, count: scenarios)
        for i in 0..<indicators {
            for p in 0..<provinces {
                let cell = i * provinces + p
                for s in 0..<scenarios { column[s] = values[s * cells + cell] }
                column.sort()
                let middle = median(ofSorted: column)!
                table[p, i] = middle.isNaN ? nil : middle
            }
        }
        return (table, tally)
    }
}
