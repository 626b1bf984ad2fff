import PIIConcurrency
import PIIForecast
import PIIIndex

/// Everything fixed for a run, prepared once and shared read-only by the workers: the fitted
/// models in the layout the kernels read, the scorer, the last edition's standing, and the
/// scenario's milestones and measures.
public struct SimulationPlan: Sendable {
    public let framework: Framework
    public private(set) var scenario: Scenario
    public let fit: ForecastFit
    public let scorer: BatchScorer
    /// The simulated edition years, `fit.lastYear + 1 … horizon`.
    public let years: [Int]
    /// The model each mixture component actually runs after falling back (drift → random
    /// walk when it cannot be fitted), and the cumulative probabilities of the components.
    let components: [ForecastModel]
    let cumulative: [Double]
    /// Each indicator's domain bounds, ±∞ where unbounded.
    let lowerBounds: [Double]
    let upperBounds: [Double]
    public let directions: [Double]
    /// The last edition's raw values `[province][indicator]` and its ranks.
    public let lastTable: IndicatorTable
    public let lastRanks: [Int?]
    /// Standard normal vectors for per-scenario parameter draws, `[row][indicator]`.
    let normalTable: PinnedArray<Double>
    /// Each model's shock vectors, indicator-major `[indicator][vector]`: the residual
    /// vectors, or a Gaussian pool with their covariance (`Scenario.shocks`).
    let residualPools: [ForecastModel: PinnedArray<Double>]
    /// How many vectors each pool holds.
    let poolCount: Int
    /// The local-level model's parameters, when the scenario runs it.
    let localLevel: LocalLevelPlan?
    static let normalRows = 4096
    /// The `rankAtMost` milestones, by number in the scenario, and their ranks: the order of
    /// `RunOptions.margins`.
    public let rankTargets: [(milestone: Int, rank: Int)]
    /// The rank the horizon year asks for: its last `rankAtMost` milestone, 10 without one.
    /// Rivals "in the way" stand between this rank and the focus province.
    public let horizonTarget: Int
    /// Per simulated year, whether the outcomes read its scores: the horizon (top 10), a
    /// milestone's year, or the year before a climb.
    public let judgedYears: [Bool]
    /// Warnings to print with the results (fallbacks).
    public let warnings: [Phrase]
    /// What the model could and could not estimate from the history, to print beside the
    /// results.
    public let notes: [Phrase]

    public init(framework: Framework, panel: Panel, scenario: Scenario, fit: ForecastFit) throws {
        self.framework = framework
        self.scenario = scenario
        self.fit = fit
        scorer = BatchScorer(framework: framework, settings: scenario.settings)
        guard scenario.horizon > fit.lastYear else {
            throw SimulationError.horizonNotAfterData(horizon: scenario.horizon, lastYear: fit.lastYear)
        }
        years = Array((fit.lastYear + 1)...scenario.horizon)
        let fitted = Set(fit.fittedModels)
        func runnable(_ model: ForecastModel) -> ForecastModel {
            fitted.contains(model) ? model : .randomWalk
        }
        if scenario.model == .localLevel {
            components = [.localLevel]
            cumulative = [1]
        } else if scenario.model == .mixture {
            let chosen = ForecastModel.components.filter { (scenario.mixture[$0] ?? 0) > 0 }
            components = chosen.map(runnable)
            var total = 0.0
            cumulative = chosen.map { model in
                total += scenario.mixture[model]!
                return total
            }
        } else {
            components = [runnable(scenario.model)]
            cumulative = [1]
        }
        var warnings = fit.warnings(for: scenario.model == .mixture ? ForecastModel.components.filter { (scenario.mixture[$0] ?? 0) > 0 } : [scenario.model])
        if scenario.model != .mixture && !fitted.contains(scenario.model) && fit.modelWarnings[scenario.model] == nil {
            warnings.append(.modelNotFitted(scenario.model.rawValue))
        }
        rankTargets = scenario.milestones.enumerated().compactMap { m, milestone in
            if case .rankAtMost(let k) = milestone.condition { return (m, k) }
            return nil
        }
        horizonTarget = rankTargets.last { scenario.milestones[$0.milestone].year == scenario.horizon }?.rank ?? 10
        judgedYears = years.map { year in
            year == scenario.horizon || scenario.milestones.contains { milestone in
                if milestone.year == year { return true }
                if case .betterThanPreviousYear = milestone.condition { return milestone.year == year + 1 }
                return false
            }
        }
        lowerBounds = fit.domains.map { $0.min ?? -.infinity }
        upperBounds = fit.domains.map { $0.max ?? .infinity }
        directions = framework.indicators.map { scenario.settings.valuesAreNormalised ? 1 : Double($0.direction) }
        guard let last = panel[fit.lastYear] else {
            throw SimulationError.noDataFor(year: fit.lastYear)
        }
        lastTable = last
        lastRanks = scorer.score(last).ranks
        let philox = Philox(seed: scenario.seed)
        var table = [Double](repeating: 0, count: Self.normalRows * fit.indicatorCount)
        for row in 0..<Self.normalRows {
            for i in stride(from: 0, to: fit.indicatorCount, by: 2) {
                let (a, b) = philox.normals(Philox.counter(scenario: row, purpose: .table, i))
                table[row * fit.indicatorCount + i] = a
                if i + 1 < fit.indicatorCount { table[row * fit.indicatorCount + i + 1] = b }
            }
        }
        normalTable = PinnedArray(table)
        switch scenario.shocks {
        case .resample:
            residualPools = fit.residuals.mapValues { PinnedArray($0) }
            poolCount = fit.residualCount
        case .gaussian:
            residualPools = Dictionary(uniqueKeysWithValues: fit.residuals.keys.map { model in
                (model, PinnedArray(fit.gaussianPool(for: model, philox: philox)))
            })
            poolCount = CorrelatedNormalTable.rows
        }
        localLevel = scenario.model == .localLevel ? LocalLevelPlan(fit: fit, shockScale: scenario.shockScale, philox: philox) : nil
        self.warnings = warnings
        notes = scenario.model == .localLevel ? fit.localLevel.notes : []
    }

    /// The same plan with other measures: nothing else that is prepared depends on them, so
    /// candidates that differ only by their measures (a pathway's yearly targets) cost no
    /// refit. Measures are numbered in the list's order for their uncertainty draws.
    public func replacingInterventions(_ interventions: [Intervention]) -> SimulationPlan {
        var plan = self
        plan.scenario.interventions = interventions
        return plan
    }

    /// The component a scenario runs, from its own draw.
    func model(ofScenario scenario: Int, _ philox: Philox) -> ForecastModel {
        guard components.count > 1 else { return components[0] }
        let words = philox.block(Philox.counter(scenario: scenario, purpose: .model))
        let u = Philox.uniform(words[0], words[1])
        return components[cumulative.firstIndex { u < $0 } ?? components.count - 1]
    }
}
