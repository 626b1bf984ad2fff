import Foundation
import PIIData
import PIIForecast
import PIISimulation
import PIITestSupport
import Testing
@testable import PIIScenarioFile

/// Scenario files: what they mean, and one clear message with its line for every mistake.
@Suite struct ScenarioFileTests {
    static let data = Fixtures.defaultData

    func resolve(_ text: String) throws -> Scenario {
        try ScenarioDocument.parse(text: text, file: "test.yaml").resolve(with: Self.data, lastDataYear: 2025)
    }

    func failure(_ text: String) -> InputError? {
        refusal { _ = try resolve(text) }
    }

    @Test func theShippedScenariosResolve() throws {
        let folder = Repository.scenarios
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 3)
        for file in files {
            let document = try ScenarioDocument.load(path: folder.appendingPathComponent(file).path)
            let scenario = try document.resolve(with: Self.data, lastDataYear: 2025)
            #expect(!scenario.milestones.isEmpty, "\(file)")
        }
        let plan = try ScenarioDocument.load(path: folder.appendingPathComponent("ninh-binh-plan.yaml").path)
            .resolve(with: Self.data, lastDataYear: 2025)
        #expect(plan.interventions.count >= 20)
        #expect(plan.interventions.allSatisfy { !$0.owner.isEmpty })
    }

    /// `pii gap --save-scenario`: the province's measures replaced, the rivals' kept, read back
    /// exactly (amounts to the last bit).
    @Test func aSavedPathwayReadsBackAsItsMeasures() throws {
        let folder = Repository.scenarios
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pii-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let source = directory.appendingPathComponent("plan.yaml")
        let rival = """

              - id: rival-plan
                province: Hải Phòng
                effects: [{indicator: "6.1.4", change: "+50%"}]
                start: 2026
            """
        try (String(contentsOf: folder.appendingPathComponent("ninh-binh-plan.yaml"), encoding: .utf8) + rival)
            .write(to: source, atomically: true, encoding: .utf8)
        let focus = Self.data.provinces.number(of: "ninh-binh")!
        let indicator = Self.data.framework.indicatorNumber(code: "2.2.1")!
        let measures = [
            Intervention(id: "pathway-2.2.1-2027", name: "2.2.1: +1.25", owner: "Sở Nội vụ", province: focus,
                         effects: [.init(indicator: indicator, change: .absolute(1.0 / 3))], start: 2027, cost: 0.1 + 0.2),
            Intervention(id: "pathway-2.2.1-2029", name: "2.2.1: +2", owner: "Sở Nội vụ", province: focus,
                         effects: [.init(indicator: indicator, change: .absolute(2))], start: 2029, cost: 5),
        ]
        let text = try ScenarioDocument.replacingMeasures(
            in: source.path, focus: focus, data: Self.data, name: "lộ trình", measures: measures,
            milestones: (2029, [Milestone(year: 2029, condition: .rankAtMost(11))]), comment: ["written by a test"])
        #expect(text.hasPrefix("# written by a test\n"))
        let saved = try ScenarioDocument.parse(text: text, file: "saved.yaml").resolve(with: Self.data, lastDataYear: 2025)
        #expect(saved.name == "lộ trình" && saved.horizon == 2029 && saved.province == focus)
        #expect(saved.milestones.map(\.condition) == [.rankAtMost(11)])
        let own = saved.interventions.filter { $0.province == focus }
        #expect(own.map(\.id) == measures.map(\.id))
        #expect(own.map(\.effects) == measures.map(\.effects))
        #expect(own.map(\.cost) == measures.map(\.cost) && own.map(\.start) == [2027, 2029] && own.allSatisfy { $0.owner == "Sở Nội vụ" })
        #expect(saved.interventions.filter { $0.province != focus }.map(\.id) == ["rival-plan"])
    }

    @Test func theMissingValueRuleIsAMethodSetting() throws {
        #expect(try resolve("province: ninh-binh\n").settings.missingValues == .renormalise)
        #expect(try resolve("province: ninh-binh\nmethod:\n  missing_values: lowest\n").settings.missingValues == .lowest)
        #expect(try resolve("province: ninh-binh\nmethod: {missing_values: zero}\n").settings.missingValues == .zero)
    }

    @Test func levelsAndStartYearsBecomeVersionsTheOptimiserMayChoose() throws {
        let scenario = try resolve("""
            province: ninh-binh
            budget: 300
            interventions:
              - id: fund
                effects: [{indicator: "4.2.3", change: "+40%"}, {indicator: "2.3.2", change: "+0.1"}]
                start: 2027
                cost: 100
                levels: [{scale: 0.5, cost: 45}, {scale: 1.5, cost: 160}]
                start_options: [2028]
              - id: other
                effects: [{indicator: "6.1.1", change: "+10%"}]
                start: 2026
            """)
        // The measures first, in the file's order; then the five other versions of `fund`.
        #expect(scenario.interventions.map(\.id) == ["fund", "other", "fund×0.5", "fund×1.5", "fund@2028", "fund×0.5@2028", "fund×1.5@2028"])
        #expect(scenario.interventions.prefix(2).allSatisfy { !$0.isVersion })
        let versions = scenario.interventions.dropFirst(2)
        #expect(versions.allSatisfy { $0.versionOf == 0 })
        #expect(versions.map(\.cost) == [45, 160, 100, 45, 160])
        #expect(versions.map(\.start) == [2027, 2027, 2028, 2028, 2028])
        #expect(scenario.interventions[3].effects.map(\.change) == [.relative(0.4 * 1.5), .absolute(0.1 * 1.5)])
        let document = try ScenarioDocument.parse(text: "province: ninh-binh\nbudget: 300\n", file: "test.yaml")
        #expect(document.budget == 300)
    }

    @Test func fieldsMeanWhatTheDocsSay() throws {
        let scenario = try resolve("""
            name: test
            province: Ninh Binh
            horizon: 2029
            model: drift
            scenarios: 500
            seed: 9
            milestones:
              - {year: 2027, rank_at_most: 13}
              - {year: 2028, better_than_previous_year: 2}
              - {year: 2029, pillar: P3, rank_at_most: 5}
              - {year: 2029, score_at_least: 45.5}
            interventions:
              - id: fund
                province: hung-yen
                effects:
                  - {indicator: "4.2.3", change: "+40%", uncertainty: 0.3}
                  - {indicator: "2.2.1", change: 2.5}
                  - {indicator: "3.1.3", reach: national-average}
                  - {indicator: "7.1.2", reach: {province: quang-ninh}}
                start: 2027
                ramp_years: 2
                cost: 120
            """)
        #expect(scenario.province == Self.data.provinces.number(of: "ninh-binh"))
        #expect(scenario.horizon == 2029 && scenario.model == .drift && scenario.scenarios == 500 && scenario.seed == 9)
        #expect(scenario.milestones.map(\.condition) == [
            .rankAtMost(13), .betterThanPreviousYear(2), .pillarRankAtMost(pillar: 2, rank: 5), .scoreAtLeast(45.5),
        ])
        let fund = try #require(scenario.interventions.first)
        #expect(fund.province == Self.data.provinces.number(of: "hung-yen"))
        #expect(fund.effects.map(\.change) == [
            .relative(0.4), .absolute(2.5), .reachNationalAverage,
            .reachProvince(Self.data.provinces.number(of: "quang-ninh")!),
        ])
        #expect(fund.ramp(in: 2026) == 0 && fund.ramp(in: 2027) == 0.5 && fund.ramp(in: 2028) == 1)
    }

    @Test(arguments: [
        // (file, line, message fragment)
        ("province: ninh-binh\nhorzion: 2030\n", 2, "unknown key 'horzion' (did you mean horizon?)"),
        ("province: ninh-binh\nscenarios: many\n", 2, "expected a whole number"),
        ("province: ninh-binh\nmilestones:\n  - {year: 2025, rank_at_most: 13}\n", 3, "outside the simulated years 2026–2030"),
        ("province: ninh-binh\nmilestones:\n  - {year: 2031, rank_at_most: 13}\n", 3, "outside the simulated years"),
        ("province: ninh-binh\nmilestones:\n  - {year: 2027, rank_at_most: 40}\n", 3, "between 1 and 34"),
        ("province: Ninh Bihn\n", 1, "did you mean Ninh Bình?"),
        ("province: ninh-binh\nmodel: drfit\n", 2, "did you mean drift?"),
        ("province: ninh-binh\ninterventions:\n  - id: x\n    effects: [{indicator: \"4.2.9\", change: \"+1%\"}]\n    start: 2027\n", 4, "unknown indicator '4.2.9'"),
        ("province: ninh-binh\ninterventions:\n  - id: x\n    effects: [{indicator: \"4.2.3\", change: \"+1%\"}]\n    start: 2027\n    cost: -5\n", 6, "cannot be negative"),
        ("province: ninh-binh\ninterventions:\n  - id: x\n    effects: [{indicator: \"4.2.3\", change: \"+1%\"}]\n    start: 2029\n    ramp_years: 3\n", 6, "runs past the horizon 2030"),
        ("province: ninh-binh\ninterventions:\n  - id: x\n    effects: [{indicator: \"4.2.3\", change: \"lots\"}]\n    start: 2027\n", 4, "\"+40%\""),
        ("province: ninh-binh\nmilestones:\n  - {year: 2029, rank_at_most: 1}\n  - {year: 2030, better_than_previous_year: 1}\n", 4, "contradict"),
        ("province: ninh-binh\n  horizon: 2030\n", 2, "not valid YAML"),
        ("province: ninh-binh\nmilestones:\n  - {year: 2027}\n", 3, "one condition"),
        ("province: ninh-binh\nbudget: -1\n", 2, "cannot be negative"),
        ("province: ninh-binh\nmethod:\n  missing_values: lowes\n", 3, "unknown rule 'lowes'; use renormalise, lowest or zero"),
        ("province: ninh-binh\ninterventions:\n  - id: x\n    effects: [{indicator: \"4.2.3\", reach: best}]\n    start: 2027\n    levels: [{scale: 2, cost: 9}]\n", 6, "cannot be scaled"),
        ("province: ninh-binh\ninterventions:\n  - id: x\n    effects: [{indicator: \"4.2.3\", change: \"+1%\"}]\n    start: 2027\n    levels: [{scale: 2}]\n", 6, "needs `scale:`"),
        ("province: ninh-binh\ninterventions:\n  - id: x\n    effects: [{indicator: \"4.2.3\", change: \"+1%\"}]\n    start: 2027\n    levels: [{scale: 1, cost: 3}]\n", 6, "listed twice"),
        ("province: ninh-binh\ninterventions:\n  - id: x\n    effects: [{indicator: \"4.2.3\", change: \"+1%\"}]\n    start: 2027\n    ramp_years: 2\n    start_options: [2030]\n", 7, "runs past the horizon"),
    ])
    func everyMistakeIsNamedWithItsLine(text: String, line: Int, fragment: String) throws {
        let error = try #require(failure(text))
        #expect(error.file == "test.yaml")
        #expect(error.line == line, "\(error)")
        #expect(error.text(.en).contains(fragment), "\(error)")
    }
}
