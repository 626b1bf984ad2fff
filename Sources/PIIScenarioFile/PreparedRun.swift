import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIISimulation

/// A scenario file read, its data loaded and checked, the models fitted: ready to simulate.
public struct PreparedRun {
    public let document: ScenarioDocument
    public let data: DataSet
    public let plan: SimulationPlan
    /// The command line that reproduces the run.
    public let command: String

    /// - Parameter adjust: changes to the scenario the file describes (another horizon, no
    ///   milestones), made before the plan is built.
    public init(path: String, scenarios: Int?, seed: UInt64?, adjust: (inout Scenario) -> Void = { _ in }) throws {
        let document = try ScenarioDocument.load(path: path)
        let data = try DataSet.load(document.paths, valuesAreNormalised: document.normalised)
        // The cost file is read by pii gap only, but a wrong one is named whatever the command.
        if let costs = document.costs {
            _ = try CostFile.load(url: URL(fileURLWithPath: costs), framework: data.framework, file: costs)
        }
        try self.init(document: document, data: data, scenarios: scenarios, seed: seed, adjust: adjust)
    }

    /// A scenario already read, on data already loaded (`pii serve`: a page's scenario on the
    /// session's data); `fit` is the data's forecast fit when it is at hand, so that it is not
    /// estimated again.
    public init(document: ScenarioDocument, data: DataSet, fit: ForecastFit? = nil, scenarios: Int?, seed: UInt64?,
                adjust: (inout Scenario) -> Void = { _ in }) throws {
        self.document = document
        self.data = data
        guard let last = data.panel.latestYear else {
            throw ScenarioFileError.panelWithoutValues(panel: data.panelDescription)
        }
        var scenario = try document.resolve(with: data, lastDataYear: last)
        if let scenarios { scenario.scenarios = scenarios }
        if let seed { scenario.seed = seed }
        adjust(&scenario)
        let fit = try fit ?? ForecastFit(panel: data.panel, framework: data.framework, valuesAreNormalised: data.valuesAreNormalised)
        plan = try SimulationPlan(framework: data.framework, panel: data.panel, scenario: scenario, fit: fit)
        command = "pii run \(document.file) --scenarios \(scenario.scenarios) --seed \(scenario.seed)"
    }
}
