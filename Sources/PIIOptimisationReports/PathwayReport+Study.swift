import Foundation
import PIIData
import PIIGap
import PIIOptimisation
import PIIReports
import PIISimulation
import PIIText

extension PathwayReport {
    /// What `pii gap --probability` and the pathway page find: for each probability the
    /// cheapest pathway of yearly targets, checked on `check` fresh scenarios.
    public struct Study {
        public let report: PathwayReport
        public let search: PathwaySearch
        /// The first pathway's check, when `tallyFirst` asked for its tally (the HTML report's).
        public let firstCheck: SimulationTally?
    }

    /// A step of the study, for a progress line.
    public enum StudyStep: Sendable {
        case search(probability: Double), check(probability: Double)
    }

    /// Searches and checks the pathways of `plan`'s rank milestones.
    ///
    /// - Throws: `UserError` when the search would not fit in memory; `SimulationError` when
    ///   cancelled.
    public static func study(
        plan: SimulationPlan, data: DataSet, costs: [IndicatorCost?], probabilities: [Double], searchScenarios: Int, check: Int,
        threads: Int, tallyFirst: Bool, basis: String, language: Language, isCancelled: (@Sendable () -> Bool)?,
        progress: (StudyStep) -> Void = { _ in }
    ) throws -> Study {
        // The search keeps every scenario's forecasts and slopes in memory.
        if let refusal = RunLimits.memoryRefusal(bytes: PathwaySearch.bytes(plan: plan, scenarios: searchScenarios), scenarios: searchScenarios) {
            throw UserError(refusal)
        }
        let search = PathwaySearch(plan: plan, costs: costs, scenarios: searchScenarios, threads: threads, isCancelled: isCancelled)
        var results: [Result] = []
        var firstCheck: SimulationTally?
        for p in probabilities {
            progress(.search(probability: p))
            let pathway = try search.solve(probability: p)
            progress(.check(probability: p))
            let fresh = try search.check(pathway, first: searchScenarios, count: check, tallying: tallyFirst && results.isEmpty)
            if results.isEmpty { firstCheck = fresh.tally }
            results.append(.init(pathway: pathway, freshSuccesses: fresh.successes, freshTrials: check))
        }
        let report = PathwayReport(
            data: data, province: plan.scenario.province, milestones: search.plan.scenario.milestones, results: results,
            medians: try search.medians(), unitCost: search.unitCost, directions: plan.directions,
            priced: costs.contains { $0?.costPerUnit != nil }, basis: basis, searchScenarios: searchScenarios,
            seed: plan.scenario.seed, evaluations: search.evaluations, stoppedByTime: search.stoppedByTime,
            settings: plan.scenario.settings, language: language)
        return Study(report: report, search: search, firstCheck: firstCheck)
    }
}

extension PathwayReport.StudyStep {
    /// The progress line of the step.
    public func phrase(searchScenarios: Int, check: Int) -> Phrase {
        switch self {
        case .search(let p): .pathwaySearchStatus(Self.share(p), searchScenarios)
        case .check(let p): .pathwayCheckStatus(Self.share(p), check)
        }
    }

    private static func share(_ p: Double) -> String {
        "\((p * 100).formatted(.number.precision(.fractionLength(0...1)))) %"
    }
}
