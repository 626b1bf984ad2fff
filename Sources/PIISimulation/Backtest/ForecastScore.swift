/// A forecaster's scores at one horizon, pooled over every origin and province: what
/// `pii backtest` prints and the README quotes.
public struct ForecastScore: Sendable, Equatable {
    /// The rank probability the Brier score and the reliability table are about: P(rank ≤ top).
    public let top: Int
    public private(set) var cases = 0
    private var crpsSum = 0.0
    private var absoluteErrorSum = 0.0
    private var inside50 = 0, inside90 = 0
    private var mass50Sum = 0.0, mass90Sum = 0.0
    private var brierSum = 0.0
    /// Ten bins of forecast P(rank ≤ top): cases, forecast sum, outcomes.
    public private(set) var reliability: [ReliabilityBin]

    public struct ReliabilityBin: Sendable, Equatable {
        public var low: Double
        public var high: Double
        public var cases = 0
        public var forecastSum = 0.0
        public var outcomes = 0
        public var meanForecast: Double { cases == 0 ? 0 : forecastSum / Double(cases) }
        public var observed: Double { cases == 0 ? 0 : Double(outcomes) / Double(cases) }
    }

    public init(top: Int) {
        self.top = top
        reliability = (0..<10).map { ReliabilityBin(low: Double($0) / 10, high: Double($0 + 1) / 10) }
    }

    mutating func add(_ forecast: RankForecast, actual: Int) {
        cases += 1
        crpsSum += forecast.crps(actual: actual)
        absoluteErrorSum += Double(abs(forecast.quantile(0.5) - actual))
        let half = forecast.centralInterval(0.5), most = forecast.centralInterval(0.9)
        if (half.low...half.high).contains(actual) { inside50 += 1 }
        if (most.low...most.high).contains(actual) { inside90 += 1 }
        mass50Sum += half.mass
        mass90Sum += most.mass
        let p = forecast.probability(atMost: top), outcome = actual <= top
        brierSum += (p - (outcome ? 1 : 0)) * (p - (outcome ? 1 : 0))
        let bin = min(Int(p * 10), 9)
        reliability[bin].cases += 1
        reliability[bin].forecastSum += p
        if outcome { reliability[bin].outcomes += 1 }
    }

    mutating func merge(_ other: ForecastScore) {
        cases += other.cases
        crpsSum += other.crpsSum
        absoluteErrorSum += other.absoluteErrorSum
        inside50 += other.inside50
        inside90 += other.inside90
        mass50Sum += other.mass50Sum
        mass90Sum += other.mass90Sum
        brierSum += other.brierSum
        for b in reliability.indices {
            reliability[b].cases += other.reliability[b].cases
            reliability[b].forecastSum += other.reliability[b].forecastSum
            reliability[b].outcomes += other.reliability[b].outcomes
        }
    }

    private func mean(_ sum: Double) -> Double { cases == 0 ? .nan : sum / Double(cases) }
    /// Mean CRPS of the rank distribution (ranks).
    public var crps: Double { mean(crpsSum) }
    /// Mean absolute error of the median rank.
    public var meanAbsoluteError: Double { mean(absoluteErrorSum) }
    /// Share of actual ranks inside the central 50 % and 90 % intervals, and the forecast
    /// probability those intervals held on average (what the coverage should match).
    public var coverage50: Double { mean(Double(inside50)) }
    public var coverage90: Double { mean(Double(inside90)) }
    public var mass50: Double { mean(mass50Sum) }
    public var mass90: Double { mean(mass90Sum) }
    /// Brier score of P(rank ≤ top).
    public var brier: Double { mean(brierSum) }
}
