import PIISimulation

/// Which version of each measure of a scenario is funded: the measure as the file writes it,
/// another level or start year of it, or none.
public struct Portfolio: Hashable, Sendable, Comparable {
    /// Per measure: the position of the chosen version among the scenario's interventions,
    /// or nil when the measure is not funded.
    public var choice: [Int?]

    public init(choice: [Int?]) {
        self.choice = choice
    }

    public static func none(measures: Int) -> Portfolio {
        Portfolio(choice: [Int?](repeating: nil, count: measures))
    }

    /// The funded interventions, by their position in the scenario.
    public var interventions: [Int] { choice.compactMap { $0 } }

    public var count: Int { interventions.count }

    /// Orders portfolios for deterministic tie-breaking: fewer measures first, then by positions.
    public static func < (a: Portfolio, b: Portfolio) -> Bool {
        if a.count != b.count { return a.count < b.count }
        return a.interventions.lexicographicallyPrecedes(b.interventions)
    }
}

/// The focus province's measures in a scenario, with their versions, and what portfolios of
/// them cost. Other provinces' measures (a rival's announced plan) are not the province's to
/// fund: they are in force in every portfolio, as in `pii run`.
public struct MeasureCatalogue: Sendable {
    public let interventions: [Intervention]
    /// Per measure: its versions' positions, the measure itself first.
    public let versions: [[Int]]
    /// Other provinces' measures, always in force.
    public let fixed: [Int]

    public init(scenario: Scenario) {
        let all = scenario.interventions
        interventions = all
        let measures = all.indices.filter { !all[$0].isVersion }
        versions = measures.filter { all[$0].province == scenario.province }
            .map { m in [m] + all.indices.filter { all[$0].versionOf == m } }
        fixed = measures.filter { all[$0].province != scenario.province }
    }

    public var measureCount: Int { versions.count }

    public func cost(_ portfolio: Portfolio) -> Double {
        portfolio.interventions.reduce(0) { $0 + interventions[$1].cost }
    }

    /// The engine's switch per intervention.
    public func active(_ portfolio: Portfolio) -> [Bool] {
        var active = [Bool](repeating: false, count: interventions.count)
        for n in portfolio.interventions + fixed { active[n] = true }
        return active
    }

    /// The number of distinct portfolios: every measure off or at one of its versions.
    public var portfolioCount: Double {
        versions.reduce(1) { $0 * Double($1.count + 1) }
    }

    /// The cost of the cheapest version of any measure: a budget below it funds nothing.
    public var cheapestVersion: Double {
        versions.joined().map { interventions[$0].cost }.min() ?? 0
    }

    /// The cost of every measure at its dearest version.
    public var fullCost: Double {
        versions.reduce(0) { total, versions in total + (versions.map { interventions[$0].cost }.max() ?? 0) }
    }
}
