import Foundation
import Hummingbird
import NIOCore
import PIIData
import PIIGap
import PIIIndex
import PIIOptimisation
import PIIOptimisationReports
import PIIReports
import PIISimulation
import PIIText

/// The searches that take seconds to minutes — the optimiser's portfolio and the pathway at a
/// probability — on the page's scenario, their progress and answer as server-sent events.
extension PlanningRoom {
    /// `pii optimize`: `?budget=` or `?target_probability=`, `&objective=`, `&scenarios=` (per
    /// evaluation, 2,000 by default) and `&verify=` (10,000), the scenario as the body. The
    /// result is `{"report": pii optimize's JSON, "sections": the report's optimiser markup}`.
    func optimise(_ request: Request, _ context: RoomContext) async throws -> Response {
        let language = request.language
        let budget = try request.number("budget"), probability = try request.number("target_probability")
        guard budget == nil || probability == nil, (budget ?? 0) >= 0, probability.map({ $0 > 0 && $0 <= 1 }) ?? true else {
            throw APIError(.badRequest, .budgetOrProbabilityQuery, language)
        }
        let objectiveName = request.query("objective") ?? PortfolioObjective.rankMilestones.rawValue
        guard let objective = PortfolioObjective(rawValue: objectiveName) else {
            let names = PortfolioObjective.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, .unknownObjective(quoted(objectiveName), names), language)
        }
        let scenarios = try count(request, "scenarios", default: 2_000, most: settings.maximumScenarios)
        let verify = try count(request, "verify", default: 10_000, most: 50_000)
        let (_, prepared) = try await prepare(request, context)
        let plan = prepared.plan, data = prepared.data
        guard MeasureCatalogue(scenario: plan.scenario).measureCount > 0 else {
            throw UserError(.noMeasureToChoose("scenario.yaml"))
        }
        var options = PortfolioStudy.Options(goal: probability.map { .leastCost(probability: $0) }
            ?? .bestOdds(budget: budget ?? prepared.document.budget ?? .infinity))
        options.objective = objective
        options.scenarios = scenarios
        options.verification = verify
        options.threads = settings.threadsPerSimulation
        let command = OptimiseReport.command(file: "scenario.yaml", seed: plan.scenario.seed, options: options)
        let chosen = options
        return await stream(context, language) { isCancelled, progress in
            var options = chosen
            options.isCancelled = isCancelled
            options.progress = { stage, evaluations in
                let line: Phrase = switch stage {
                case .search: .portfolioSearchStatus(evaluations, scenarios)
                case .frontier: .frontierStatus
                case .targets: .targetsStatus
                case .check: .verifyStatus(verify)
                }
                progress(line)
            }
            let study = try PortfolioStudy.run(plan: plan, options: options)
            var sections: [JSONValue] = []
            if let verified = study.verified {
                let run = RunReport(data: data, plan: plan, tally: verified.tally, language: language, command: command)
                sections = study.sections(in: HTMLReport(run: run, supplements: [study])).map { .string($0.content) }
            }
            let report = OptimiseReport(data: data, study: study, language: language, command: command, seconds: nil)
            return .object([("report", report.json()), ("sections", .array(sections))])
        }
    }

    /// `pii gap --milestones --probability`: the cheapest pathway of yearly targets that meets
    /// every rank milestone of the page's scenario with `?probability=` (0.8 by default),
    /// searched on `&scenarios=` (2,000) and checked on `&check=` (10,000) fresh ones. The
    /// result is `{"report": pii gap's JSON, "sections": the report's pathway markup}`.
    func pathway(_ request: Request, _ context: RoomContext) async throws -> Response {
        let language = request.language
        let probability = try request.number("probability") ?? 0.8
        guard probability > 0 && probability < 1 else { throw APIError(.badRequest, .probabilityList(quoted(String(probability))), language) }
        let scenarios = try count(request, "scenarios", default: 2_000, most: settings.maximumScenarios)
        let check = try count(request, "check", default: 10_000, most: 50_000)
        let (_, prepared) = try await prepare(request, context, scenarios: scenarios) { scenario in
            scenario.milestones = scenario.milestones.filter(\.isRankMilestone)
            if let last = scenario.milestones.map(\.year).max() { scenario.horizon = last }
        }
        let plan = prepared.plan, data = prepared.data
        guard !plan.scenario.milestones.isEmpty else { throw UserError(.noRankMilestone("scenario.yaml")) }
        let costs = try prepared.document.costs.map {
            try CostFile.load(url: URL(fileURLWithPath: $0), framework: data.framework, file: $0)
        } ?? [IndicatorCost?](repeating: nil, count: data.framework.indicators.count)
        let threads = settings.threadsPerSimulation
        return await stream(context, language) { isCancelled, progress in
            let study = try PathwayReport.study(
                plan: plan, data: data, costs: costs, probabilities: [probability], searchScenarios: scenarios, check: check,
                threads: threads, tallyFirst: true, basis: "scenario.yaml, \(plan.scenario.model.rawValue)", language: language,
                isCancelled: isCancelled) { progress($0.phrase(searchScenarios: scenarios, check: check)) }
            var sections: [JSONValue] = []
            if let first = study.report.results.first, let tally = study.firstCheck {
                let run = RunReport(data: data, plan: study.search.checkedPlan(first.pathway), tally: tally, language: language,
                                    command: "pii gap --scenario scenario.yaml --milestones --probability \(probability)")
                sections = study.report.sections(in: HTMLReport(run: run, supplements: [study.report])).map { .string($0.content) }
            }
            return .object([("report", study.report.json()), ("sections", .array(sections))])
        }
    }

    /// A count of the query within 100…`most`.
    private func count(_ request: Request, _ name: String, default value: Int, most: Int) throws -> Int {
        let count = try request.integer(name) ?? value
        guard (100...most).contains(count) else { throw APIError(.badRequest, .queryRange(name, 100, most), request.language) }
        return count
    }

    /// Runs `work` in the pool and answers `text/event-stream`: a `progress` event (`{"text"}`)
    /// for each line `work` reports, then one `result` (what `work` returned) or one `error`
    /// (`{"error"}`). The session's newer request, or the client leaving, cancels the work.
    private func stream(
        _ context: RoomContext, _ language: Language,
        _ work: @escaping @Sendable (_ isCancelled: @escaping @Sendable () -> Bool, _ progress: @escaping @Sendable (Phrase) -> Void) throws -> JSONValue
    ) async -> Response {
        let flag = await sessions.startSimulation(context.session)
        let (events, send) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(16))
        send.onTermination = { _ in flag.raise() }
        let pool = self.pool
        Task {
            do {
                let result = try await pool.run {
                    try work({ flag.isRaised }) { line in
                        send.yield(Self.event("progress", .object([("text", .string(line.text(language)))])))
                    }
                }
                send.yield(Self.event(result == nil ? "error" : "result",
                                      result ?? .object([("error", .string(Phrase.serverBusy.text(language)))])))
            } catch {
                let message = (error as? any LocalisedError)?.text(language) ?? Phrase.serverFault.text(language)
                send.yield(Self.event("error", .object([("error", .string(message))])))
            }
            send.finish()
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                        body: ResponseBody(asyncSequence: events))
    }

    private static func event(_ name: String, _ data: JSONValue) -> ByteBuffer {
        ByteBuffer(string: "event: \(name)\ndata: \(data.serialised())\n\n")
    }
}
