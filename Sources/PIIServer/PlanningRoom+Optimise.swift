import Foundation
import Hummingbird
import NIOCore
import PIIIndex
import PIIOptimisation
import PIIOptimisationReports
import PIIReports
import PIISimulation
import PIIText

/// The optimiser page: `pii optimize` on the page's scenario, its progress and its answer as
/// server-sent events.
extension PlanningRoom {
    /// `?budget=` or `?target_probability=`, `&objective=`, `&scenarios=` (per evaluation, 2,000
    /// by default) and `&verify=` (10,000), with the scenario as the body. Answers
    /// `text/event-stream`: `progress` events (`{"text"}`), then one `result` (`{"report":
    /// pii optimize's JSON, "sections": the report's optimiser sections}`) or one `error`
    /// (`{"error"}`). A client that leaves cancels the search.
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
        let scenarios = try request.integer("scenarios") ?? 2_000, verify = try request.integer("verify") ?? 10_000
        guard (100...settings.maximumScenarios).contains(scenarios) else {
            throw APIError(.badRequest, .queryRange("scenarios", 100, settings.maximumScenarios), language)
        }
        guard (100...50_000).contains(verify) else { throw APIError(.badRequest, .queryRange("verify", 100, 50_000), language) }
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
        let flag = await sessions.startSimulation(context.session)
        options.isCancelled = { flag.isRaised }
        let (events, send) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(16))
        send.onTermination = { _ in flag.raise() }
        options.progress = { stage, evaluations in
            let text: Phrase = switch stage {
            case .search: .portfolioSearchStatus(evaluations, scenarios)
            case .frontier: .frontierStatus
            case .targets: .targetsStatus
            case .check: .verifyStatus(verify)
            }
            send.yield(Self.event("progress", .object([("text", .string(text.text(language)))])))
        }
        let command = OptimiseReport.command(file: "scenario.yaml", seed: plan.scenario.seed, options: options)
        let pool = self.pool, study = options
        Task {
            do {
                if let study = try await pool.run({ try PortfolioStudy.run(plan: plan, options: study) }) {
                    let report = OptimiseReport(data: data, study: study, language: language, command: command, seconds: nil)
                    var sections: [JSONValue] = []
                    if let verified = study.verified {
                        let run = RunReport(data: data, plan: plan, tally: verified.tally, language: language, command: command)
                        sections = study.sections(in: HTMLReport(run: run, supplements: [study])).map { .string($0.content) }
                    }
                    send.yield(Self.event("result", .object([("report", report.json()), ("sections", .array(sections))])))
                } else {
                    send.yield(Self.event("error", .object([("error", .string(Phrase.serverBusy.text(language)))])))
                }
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
