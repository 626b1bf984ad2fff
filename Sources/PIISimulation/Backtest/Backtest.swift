import PIIForecast
import PIIIndex

/// Who makes a rank forecast in a backtest: a forecast model run through the Monte Carlo
/// engine as `pii run` runs it, or one of two naive rules it has to beat.
public enum Forecaster: Hashable, Sendable, CustomStringConvertible {
    case model(ForecastModel, ShockDistribution)
    /// The last rank of the fit window plus a rank change drawn from the window's own.
    case persistence
    /// The mean rank over the fit window plus the same changes.
    case historyMean

    public var description: String {
        switch self {
        case .model(let model, let shocks):
            return model == .localLevel || shocks == .resample ? model.rawValue : "\(model.rawValue) (gaussian)"
        case .persistence: return "persistence"
        case .historyMean: return "history-mean"
        }
    }

    public var isBaseline: Bool {
        if case .model = self { return false }
        return true
    }
}

/// Rolling-origin backtest of rank forecasts (`pii backtest`): for each origin, every model is
/// fitted on the editions of its window only and run forward; each later edition's real
/// ranks score the forecasts at that horizon, province by province, beside the naive rules
/// computed from the same window. Nothing after the window is seen by a fit.
public enum Backtest {
    /// A fit window: the editions `first…last`.
    public struct Origin: Hashable, Sendable, CustomStringConvertible {
        public let first: Int
        public let last: Int

        public init(first: Int, last: Int) {
            self.first = first
            self.last = last
        }

        public var description: String { "\(first)–\(last)" }
    }

    public struct Settings: Sendable {
        public var origins: [Origin]
        public var horizon: Int
        public var forecasters: [Forecaster]
        public var scenarios: Int
        public var seed: UInt64
        public var threads: Int
        /// P(rank ≤ top) is what the Brier score and the reliability table judge.
        public var top: Int
        public var method: MethodSettings

        public init(origins: [Origin], horizon: Int, forecasters: [Forecaster], scenarios: Int, seed: UInt64,
                    threads: Int, top: Int, method: MethodSettings) {
            self.origins = origins
            self.horizon = horizon
            self.forecasters = forecasters
            self.scenarios = scenarios
            self.seed = seed
            self.threads = threads
            self.top = top
            self.method = method
        }
    }

    public struct Result: Sendable {
        public let settings: Settings
        /// `scores[forecaster][h − 1]`, pooled over origins and provinces.
        public let scores: [Forecaster: [ForecastScore]]
        /// The furthest horizon any origin reached.
        public let horizons: Int
        /// What each origin's local-level fit could and could not estimate, and what went wrong.
        public let notes: [Phrase]
        public let warnings: [Phrase]

        /// `forecaster`'s mean rank CRPS at horizon `h` over the better naive rule's (below 1:
        /// better than both).
        public func crpsRatio(_ forecaster: Forecaster, horizon h: Int) -> Double {
            let baseline = min(scores[.persistence]![h - 1].crps, scores[.historyMean]![h - 1].crps)
            return scores[forecaster]![h - 1].crps / baseline
        }

        /// `forecaster`'s scores over horizons `range` together.
        public func pooled(_ forecaster: Forecaster, horizons range: ClosedRange<Int>) -> ForecastScore {
            var total = ForecastScore(top: settings.top)
            for h in range where h <= horizons { total.merge(scores[forecaster]![h - 1]) }
            return total
        }
    }

    /// The expanding windows from the panel's first edition that leave a later edition to
    /// forecast: at least three editions each when the panel has four or more, else the
    /// first two.
    public static func defaultOrigins(years: [Int]) -> [Origin] {
        guard let first = years.first, years.count >= 3 else { return [] }
        let shortest = years.count >= 4 ? 2 : 1
        return years.dropLast().dropFirst(shortest).map { Origin(first: first, last: $0) }
    }

    public static func run(framework: Framework, panel: Panel, settings: Settings) throws -> Result {
        let provinces = panel.provinceCount
        let scorer = BatchScorer(framework: framework, settings: settings.method)
        guard let latest = panel.latestYear else { throw SimulationError.panelWithoutValues }
        var ranksByYear: [Int: [Int?]] = [:]
        func ranks(_ year: Int) -> [Int?] {
            if let known = ranksByYear[year] { return known }
            let computed = scorer.score(panel[year]!).ranks
            ranksByYear[year] = computed
            return computed
        }
        var scores = Dictionary(uniqueKeysWithValues: settings.forecasters.map {
            ($0, (0..<settings.horizon).map { _ in ForecastScore(top: settings.top) })
        })
        var notes: [Phrase] = []
        // Each warning once, with the origins whose runs gave it.
        var warned: [Phrase: [String]] = [:], warningOrder: [Phrase] = []
        var reached = 0
        for origin in settings.origins {
            let window = Array(origin.first...origin.last)
            if let gap = window.first(where: { panel[$0] == nil }) {
                throw SimulationError.originGap(origin: "\(origin)", first: origin.first, last: origin.last, gap: gap)
            }
            guard window.count >= 2 else {
                throw SimulationError.originOneEdition(origin: "\(origin)", first: origin.first)
            }
            let end = min(origin.last + settings.horizon, latest)
            guard end > origin.last else {
                throw SimulationError.originNothingLater(origin: "\(origin)", latest: latest)
            }
            let fit = try ForecastFit(panel: panel, framework: framework, years: window, valuesAreNormalised: settings.method.valuesAreNormalised)
            notes += fit.localLevel.notes.map { Phrase(verbatim: "\(origin): ") + $0 }
            let windowRanks = window.map(ranks)
            var forecasts: [Forecaster: [[RankForecast?]]] = [:]
            for forecaster in settings.forecasters {
                guard case .model(let model, let shocks) = forecaster else { continue }
                let scenario = Scenario(
                    province: 0, horizon: end, model: model, scenarios: settings.scenarios, seed: settings.seed,
                    shocks: shocks, settings: settings.method)
                let plan = try SimulationPlan(framework: framework, panel: panel, scenario: scenario, fit: fit)
                for warning in plan.warnings {
                    if !warned.keys.contains(warning) { warningOrder.append(warning) }
                    warned[warning, default: []].append("\(origin)")
                }
                let tally = try MonteCarlo(plan: plan).run(RunOptions(threads: settings.threads))
                forecasts[forecaster] = plan.years.indices.map { y in
                    (0..<provinces).map { RankForecast(counts: tally.rankDistribution(year: y, province: $0)) }
                }
            }
            for year in (origin.last + 1)...end {
                guard panel[year] != nil else { continue }
                let h = year - origin.last
                reached = max(reached, h)
                let actual = ranks(year)
                let lag = min(h, window.count - 1)
                var changes: [Int] = []
                for t in 0..<(window.count - lag) {
                    for p in 0..<provinces {
                        if let later = windowRanks[t + lag][p], let earlier = windowRanks[t][p] { changes.append(later - earlier) }
                    }
                }
                for p in 0..<provinces {
                    guard let truth = actual[p], let last = windowRanks.last![p] else { continue }
                    let history = windowRanks.compactMap { $0[p] }
                    for forecaster in settings.forecasters {
                        let forecast: RankForecast?
                        switch forecaster {
                        case .model: forecast = forecasts[forecaster]![h - 1][p]
                        case .persistence: forecast = RankForecast(base: Double(last), changes: changes, ranks: provinces)
                        case .historyMean:
                            let mean = Double(history.reduce(0, +)) / Double(history.count)
                            forecast = RankForecast(base: mean, changes: changes, ranks: provinces)
                        }
                        if let forecast { scores[forecaster]![h - 1].add(forecast, actual: truth) }
                    }
                }
            }
        }
        let warnings = warningOrder.map { warning in
            var origins: [String] = []
            for origin in warned[warning]! where !origins.contains(origin) { origins.append(origin) }
            return warning + Phrase(verbatim: " (\(origins.joined(separator: ", ")))")
        }
        return Result(settings: settings, scores: scores, horizons: reached, notes: notes, warnings: warnings)
    }
}
