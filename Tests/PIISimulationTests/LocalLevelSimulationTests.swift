import Foundation
import PIIData
import PIIForecast
import PIIIndex
import Testing
@testable import PIISimulation

/// The local-level model in the engine.
@Suite struct LocalLevelSimulationTests {
    /// With no shocks and no draws of the filtered state, a scenario's path is the
    /// deterministic one of its value of ρ: `x = h⁻¹(ȳ + h·μ + α + ρʰ·a)`; each scenario's
    /// horizon values match one component's, and the components' shares their weights.
    @Test func zeroVolatilityFollowsEachComponentsDeterministicPath() throws {
        var scenario = SimulationTests.ninhBinh(400)
        scenario.shockScale = 0
        scenario.parameterUncertainty = false
        let plan = try SimulationTests.plan(scenario)
        let fit = plan.fit, model = fit.localLevel
        let provinces = fit.provinceCount, indicators = fit.indicatorCount, cells = provinces * indicators
        let horizon = Double(plan.years.count)
        var values = [Double](repeating: .nan, count: 400 * cells)
        _ = try values.withUnsafeMutableBufferPointer { buffer in
            var options = RunOptions(threads: 2, width: 16)
            options.outputs.finalValues = buffer.baseAddress
            return try MonteCarlo(plan: plan).run(options)
        }
        let paths: [[Double]] = model.persistences.map { component in
            (0..<cells).map { cell in
                let i = cell / provinces
                let y = model.commonLevel[i] + horizon * fit.commonTrend[i] + component.persistentLevel[cell]
                    + pow(component.rho, horizon) * component.departure[cell]
                return fit.domains[i].clamp(fit.transforms[i].inverse(y))
            }
        }
        var counts = [Int](repeating: 0, count: paths.count)
        for s in 0..<400 {
            let match = paths.firstIndex { path in
                (0..<cells).allSatisfy { abs(values[s * cells + $0] - path[$0]) <= 1e-9 * max(1, abs(path[$0])) }
            }
            let found = try #require(match, "scenario \(s) follows no component's path")
            counts[found] += 1
        }
        for (component, count) in zip(model.persistences, counts) {
            let expected = 400 * component.weight, spread = (400 * component.weight * (1 - component.weight)).squareRoot()
            #expect(abs(Double(count) - expected) <= 4 * spread + 1, "ρ = \(component.rho): \(count)")
        }
    }

    @Test func aMissingLastValueStaysMissing() throws {
        let data = SimulationTests.data
        var panel = data.panel
        var last = panel[2025]!
        let focus = data.provinces.number(of: "ninh-binh")!
        last[focus, 3] = nil
        panel[2025] = last
        let altered = DataSet(framework: data.framework, provinces: data.provinces, panel: panel)
        let plan = try SimulationTests.plan(SimulationTests.ninhBinh(16), data: altered)
        var values = [Double](repeating: 0, count: 16 * 52 * 34)
        _ = try values.withUnsafeMutableBufferPointer { buffer in
            var options = RunOptions(threads: 1)
            options.outputs.finalValues = buffer.baseAddress
            return try MonteCarlo(plan: plan).run(options)
        }
        for s in 0..<16 {
            #expect(values[s * 52 * 34 + 3 * 34 + focus].isNaN)
            #expect(!values[s * 52 * 34 + 4 * 34 + focus].isNaN)
        }
    }
}
