import PIIForecast
import PIIIndex

/// Fits on every edition but the last, forecasts the last, and compares: how often the real
/// values fall inside the 90 % forecast intervals, and how well the forecast order of the
/// provinces matches the real one.
public enum Backtest {
    public struct Result: Sendable {
        public var model: ForecastModel
        /// The share of real (province, indicator) values inside the 5–95 % forecast interval.
        public var coverage: Double
        /// Spearman's correlation between the forecast median ranks and the real ranks.
        public var rankCorrelation: Double
        /// How many real values were compared.
        public var values: Int
    }

    public struct BacktestError: Error, CustomStringConvertible {
        public var description: String
    }

    /// One result per model that can be fitted on the shortened history.
    public static func run(
        framework: Framework, panel: Panel, settings: MethodSettings = .standard,
        scenarios: Int, seed: UInt64, threads: Int
    ) throws -> (results: [Result], warnings: [String], heldOut: Int) {
        let years = panel.years
        guard years.count >= 3 else {
            throw BacktestError(description: "a backtest needs at least three editions (two to fit, one to check); the panel has \(years.count)")
        }
        let heldOut = years.last!
        let history = Array(years.dropLast())
        let fit = try ForecastFit(panel: panel, framework: framework, years: history, valuesAreNormalised: settings.valuesAreNormalised)
        let actualTable = panel[heldOut]!
        let actualRanks = BatchScorer(framework: framework, settings: settings).score(actualTable).ranks
        let provinces = panel.provinceCount, indicators = panel.indicatorCount
        var results: [Result] = []
        for model in fit.fittedModels {
            let scenario = Scenario(province: 0, horizon: heldOut, model: model, scenarios: scenarios, seed: seed, settings: settings)
            let plan = try SimulationPlan(framework: framework, panel: panel, scenario: scenario, fit: fit)
            var values = [Double](repeating: .nan, count: scenarios * indicators * provinces)
            let tally = try values.withUnsafeMutableBufferPointer { buffer in
                var options = RunOptions(threads: threads)
                options.finalValues = buffer.baseAddress
                return try MonteCarlo(plan: plan).run(options)
            }
            var inside = 0, compared = 0
            var draws = [Double](repeating: 0, count: scenarios)
            for i in 0..<indicators {
                for p in 0..<provinces {
                    guard let actual = actualTable[p, i] else { continue }
                    for s in 0..<scenarios { draws[s] = values[(s * indicators + i) * provinces + p] }
                    let sorted = draws.filter { !$0.isNaN }.sorted()
                    guard !sorted.isEmpty else { continue }
                    let low = sorted[Int(0.05 * Double(sorted.count - 1))]
                    let high = sorted[Int((0.95 * Double(sorted.count - 1)).rounded(.up))]
                    compared += 1
                    if actual >= low && actual <= high { inside += 1 }
                }
            }
            let forecast = (0..<provinces).map { Double(tally.rankQuantile(0.5, year: 0, province: $0) ?? provinces) }
            let real = actualRanks.map { Double($0 ?? provinces) }
            results.append(Result(
                model: model, coverage: compared == 0 ? 0 : Double(inside) / Double(compared),
                rankCorrelation: spearman(forecast, real), values: compared))
        }
        return (results, fit.warnings, heldOut)
    }

    /// Spearman's rank correlation, ties given their average rank.
    static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        func ranks(_ values: [Double]) -> [Double] {
            let order = values.indices.sorted { values[$0] < values[$1] }
            var result = [Double](repeating: 0, count: values.count)
            var start = 0
            while start < order.count {
                var end = start
                while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
                let average = Double(start + end) / 2 + 1
                for k in start...end { result[order[k]] = average }
                start = end + 1
            }
            return result
        }
        let x = ranks(a), y = ranks(b)
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (u, v) in zip(x, y) {
            sxy += (u - mx) * (v - my)
            sxx += (u - mx) * (u - mx)
            syy += (v - my) * (v - my)
        }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
    }
}
