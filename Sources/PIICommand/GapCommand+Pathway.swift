import Foundation
import PIIData
import PIIIndex
import PIIGap
import PIIOptimisation
import PIIOptimisationReports
import PIIReports
import PIIScenarioFile
import PIISimulation

extension GapCommand {
    /// `--probability`: the cheapest pathway of yearly targets that meets the milestones with
    /// each probability, checked on fresh scenarios (`docs/pathway.md`).
    func runPathway(probabilities: [Double], scenario path: String) throws {
        let searchCount = scenarios ?? 2000
        let prepared: PreparedRun
        do {
            prepared = try PreparedRun(path: path, scenarios: searchCount, seed: seed) { scenario in
                if let rank, let forecast {
                    scenario.horizon = forecast
                    scenario.milestones = [Milestone(year: forecast, condition: .rankAtMost(rank), label: "--rank")]
                } else {
                    scenario.milestones = scenario.milestones.filter(\.isRankMilestone)
                    if let last = scenario.milestones.map(\.year).max() { scenario.horizon = last }
                }
            }
        } catch let error as SimulationError {
            throw UserError(.forecastYearProblem(forecast.map(String.init) ?? "", error.message, dataAlternative: false))
        }
        var plan = prepared.plan
        let data = prepared.data
        guard !plan.scenario.milestones.isEmpty else {
            throw UserError(.noRankMilestone(path))
        }
        if let rank, rank > data.provinces.count {
            throw UserError(.rankBeyond(rank, provinces: data.provinces.count))
        }
        if let province {
            let focus = try lookUpProvince(province, in: data.provinces, language: output.lang)
            if focus != plan.scenario.province {
                var scenario = plan.scenario
                scenario.province = focus
                plan = try SimulationPlan(framework: data.framework, panel: data.panel, scenario: scenario, fit: plan.fit)
            }
        }
        let focus = plan.scenario.province
        guard (0..<data.framework.indicators.count).contains(where: { plan.lastTable[focus, $0] != nil }) else {
            throw UserError(.provinceWithoutValues(data.provinces[focus].name, in: String(plan.fit.lastYear)))
        }
        let costFile = costs ?? prepared.document.costs
        let indicatorCosts = try costFile.map {
            try CostFile.load(url: URL(fileURLWithPath: $0), framework: data.framework, file: $0)
        } ?? [IndicatorCost?](repeating: nil, count: data.framework.indicators.count)
        let interrupt = InterruptFlag()
        let status = StatusLine(), language = output.lang, check = check
        let study: PathwayReport.Study
        do {
            // Cleared when the work ends, before any output or error.
            defer { status.finish() }
            study = try PathwayReport.study(
                plan: plan, data: data, costs: indicatorCosts, probabilities: probabilities, searchScenarios: searchCount,
                check: check, threads: threads, tallyFirst: report != nil, basis: "\(path), \(plan.scenario.model.rawValue)",
                language: language, isCancelled: { interrupt.isRaised }) { step in
                    status.show(step.phrase(searchScenarios: searchCount, check: check).text(language), force: true)
                }
        } catch let error as SimulationError where error == .cancelled {
            throw UserError(error.message)
        }
        let pathways = study.report, results = pathways.results, search = study.search
        if let saveScenario, let result = results.first {
            try save(result, to: saveScenario, from: path, focus: focus, data: data, plan: search.plan)
        }
        if let report, let first = results.first, let tally = study.firstCheck {
            let run = RunReport(data: data, plan: search.checkedPlan(first.pathway), tally: tally, language: output.lang,
                                command: "pii gap --scenario \(path) --probability \(probability(of: results))")
            try writeDocument(HTMLReport(run: run, supplements: [pathways]).html(), to: report)
        }
        try output.emit(table: pathways.table, json: pathways.json, csv: pathways.csv, sheet: "pathway")
    }

    private func probability(of results: [PathwayReport.Result]) -> String {
        results.map { String(format: "%g", $0.pathway.probability) }.joined(separator: ",")
    }

    private func save(_ result: PathwayReport.Result, to file: String, from path: String, focus: Int, data: DataSet, plan: SimulationPlan) throws {
        let pathway = result.pathway
        let probability = String(format: "%g", pathway.probability * 100)
        let command = "pii gap --scenario \(path) --probability \(pathway.probability)"
            + (milestones ? " --milestones" : " --rank \(rank!) --forecast \(forecast!)")
            + " --scenarios \(pathway.searchTrials) --seed \(plan.scenario.seed)"
        let name = "\(data.provinces[focus].name) — " + (Phrase.pathwayName(probability).text(output.lang))
        let text = try ScenarioDocument.replacingMeasures(
            in: path, focus: focus, data: data, name: name, measures: pathway.measures,
            milestones: milestones ? nil : (plan.scenario.horizon, plan.scenario.milestones),
            comment: [
                Phrase.writtenBy(command),
                Phrase.pathwayReplacesMeasures,
                Phrase.searchAndCheck(pathway.searchSuccesses, of: pathway.searchTrials, fresh: result.freshSuccesses, of: result.freshTrials),
            ].map { $0.text(output.lang) })
        try PIICommand.emit(text, to: file)
    }
}
