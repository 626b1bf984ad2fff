import Foundation
import PIIData
import PIIIndex
import PIISimulation
import PIITestSupport
import Testing
@testable import PIIScenarioFile

/// The prepared run that `pii run`, `report`, `compare`, `optimize` and `gap --scenario` start
/// from: the file read, its data loaded, the command line's scenarios and seed applied, the
/// models fitted.
@Suite struct PreparedRunTests {
    static let plan = Repository.scenario("ninh-binh-plan")

    @Test func theCommandLineOverridesTheFileAndIsWrittenBack() throws {
        let given = try PreparedRun(path: Self.plan, scenarios: 120, seed: 9)
        #expect(given.plan.scenario.scenarios == 120 && given.plan.scenario.seed == 9)
        #expect(given.command == "pii run \(Self.plan) --scenarios 120 --seed 9")
        #expect(given.plan.scenario.province == given.data.provinces.number(of: "ninh-binh"))
        #expect(given.plan.years == Array(2026...2030) && !given.data.valuesAreNormalised)
        // Without them, the file's own (scenarios: 20000, seed: 2026).
        let own = try PreparedRun(path: Self.plan, scenarios: nil, seed: nil)
        #expect(own.plan.scenario.scenarios == 20_000 && own.plan.scenario.seed == 2026)
    }

    @Test func theAdjustmentComesBeforeThePlan() throws {
        let shorter = try PreparedRun(path: Self.plan, scenarios: 40, seed: nil) { scenario in
            scenario.horizon = 2027
            scenario.milestones = scenario.milestones.filter { $0.year <= 2027 }
        }
        #expect(shorter.plan.years == [2026, 2027])
        #expect(shorter.plan.scenario.milestones.allSatisfy { $0.year <= 2027 } && !shorter.plan.scenario.milestones.isEmpty)
    }

    @Test func aPanelWithoutAnyValueIsRefusedByName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pii-prepared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let panel = folder.appendingPathComponent("p.csv"), scenario = folder.appendingPathComponent("s.yaml")
        try "year,province,indicator,value\n2025,ninh-binh,1.1.1,\n".write(to: panel, atomically: true, encoding: .utf8)
        try "province: ninh-binh\ndata: \(panel.path)\n".write(to: scenario, atomically: true, encoding: .utf8)
        #expect {
            try PreparedRun(path: scenario.path, scenarios: nil, seed: nil)
        } throws: { error in
            (error as? ScenarioFileError) == .panelWithoutValues(panel: panel.path)
                && (error as? ScenarioFileError)?.text(.en) == "the panel \(panel.path) holds no values"
        }
    }
}
