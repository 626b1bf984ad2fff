import PIIData
import PIIForecast
import PIIIndex
import PIISimulation

/// The simulation benchmark: the full pipeline — forecast step, interventions, outlier
/// treatment, normalisation, aggregation, ranking, tallying — for a scenario on the
/// embedded data, counted in scenario-years (scenarios × simulated years).
public struct SimulationWorkload: Sendable {
    public let plan: SimulationPlan
    public let scenarios: Int

    public init(plan: SimulationPlan, scenarios: Int) {
        self.plan = plan
        self.scenarios = scenarios
    }

    /// Ninh Bình's business-as-usual run against its plan (what
    /// `Scenarios/ninh-binh-2030.yaml` describes), with `model`.
    public static func ninhBinhPlan(data: DataSet, model: ForecastModel, scenarios: Int) throws -> SimulationWorkload {
        let scenario = Scenario(
            name: "Ninh Bình — business as usual", province: data.provinces.number(of: "ninh-binh")!,
            horizon: Scenario.defaultHorizon, model: model, scenarios: scenarios, seed: Scenario.defaultSeed,
            milestones: [
                Milestone(year: 2026, condition: .rankAtMost(15)),
                Milestone(year: 2027, condition: .rankAtMost(13)),
                Milestone(year: 2028, condition: .betterThanPreviousYear(1)),
                Milestone(year: 2029, condition: .betterThanPreviousYear(1)),
                Milestone(year: 2029, condition: .rankAtMost(11)),
                Milestone(year: 2029, condition: .everyIndicatorAtAverage),
                Milestone(year: 2030, condition: .rankAtMost(10)),
            ])
        let fit = try ForecastFit(panel: data.panel, framework: data.framework)
        let plan = try SimulationPlan(framework: data.framework, panel: data.panel, scenario: scenario, fit: fit)
        return SimulationWorkload(plan: plan, scenarios: scenarios)
    }

    /// Scenario-years this workload simulates.
    public var scenarioYears: Int { scenarios * plan.years.count }

    @discardableResult
    public func run(threads: Int, width: Int = 8) throws -> SimulationTally {
        try MonteCarlo(plan: plan).run(scenarios: scenarios, threads: threads, width: width)
    }
}
