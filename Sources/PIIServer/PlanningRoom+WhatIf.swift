import Foundation
import Hummingbird
import PIIData
import PIIForecast
import PIIReports
import PIIScenarioFile
import PIISimulation
import PIIText

/// The what-if page: a scenario from the page, simulated as `pii run` simulates the same
/// file, in the pool.
extension PlanningRoom {
    func whatIf(_ request: Request, _ context: RoomContext) async throws -> Response {
        let language = request.language
        let (yaml, report) = try await simulate(request, context, explained: false)
        let html = HTMLReport(run: report)
        let milestones: [JSONValue] = report.milestoneOdds.map { odds in
            .object([("year", .integer(odds.milestone.year)), ("text", .string(report.describe(odds.milestone))), ("probability", .number(odds.probability)),
                     ("interval", .array([.number(odds.interval.lower), .number(odds.interval.upper)]))])
        }
        return .json(.object([
            ("yaml", .string(yaml)),
            ("run", report.json()),
            ("view", .object([
                ("milestones", .array(milestones)),
                ("fan_svg", .string(html.fanChart())),
                ("rivals_svg", .string(html.rivalChart())),
                ("setup", .string(PageText.refinedEstimate.text(language)
                    .replacingOccurrences(of: "{0}", with: String(report.tally.scenarios))
                    .replacingOccurrences(of: "{1}", with: String(report.plan.scenario.seed)))),
            ])),
        ]))
    }

    /// The HTML report `pii run --report` writes for the same file, as a download.
    func report(_ request: Request, _ context: RoomContext) async throws -> Response {
        let (_, report) = try await simulate(request, context, explained: true)
        return .text(HTMLReport(run: report).html(), type: "text/html; charset=utf-8", download: "pii-report.html")
    }

    /// The page's scenario (JSON, the fields of a scenario file) written as the YAML file it
    /// stands for, read back as `pii run` reads a file, on the session's data (or the files
    /// it names in the scenarios folder), ready to simulate.
    ///
    /// - Parameters:
    ///   - scenarios: the scenario count instead of the file's (a search's sample).
    ///   - adjust: changes made before the plan is built (a search's milestones).
    func prepare(_ request: Request, _ context: RoomContext, scenarios: Int? = nil,
                 adjust: (inout Scenario) -> Void = { _ in }) async throws -> (yaml: String, run: PreparedRun) {
        let language = request.language
        let body = try await request.body.collect(upTo: settings.bodyLimit)
        let yaml = try ScenarioDocument.yaml(fromJSON: String(buffer: body), file: "scenario.json",
                                             comment: [Phrase.savedFromPage.text(language)])
        let document = try ScenarioDocument.parse(text: yaml, file: "scenario.yaml", directory: settings.scenariosFolder)
        try checkFiles(of: document, language)
        let namesData = document.paths != DataPaths() || document.normalised
        let (data, fit): (DataSet, ForecastFit?) = namesData
            ? (try DataSet.load(document.paths, valuesAreNormalised: document.normalised), nil)
            : await sessionData(context)
        let prepared = try PreparedRun(document: document, data: data, fit: fit, scenarios: scenarios, seed: nil, adjust: adjust)
        guard prepared.plan.scenario.scenarios <= settings.maximumScenarios else {
            throw UserError(.tooManyScenarios(prepared.plan.scenario.scenarios, limit: settings.maximumScenarios))
        }
        return (yaml, prepared)
    }

    /// Simulates the page's scenario in the pool. A newer request of the same session cancels
    /// this one.
    ///
    /// - Parameter explained: also computes why the rank moves (the report's section).
    private func simulate(_ request: Request, _ context: RoomContext, explained: Bool) async throws -> (String, RunReport) {
        let language = request.language
        let (yaml, prepared) = try await prepare(request, context)
        let data = prepared.data, plan = prepared.plan, command = prepared.command
        let flag = await sessions.startSimulation(context.session)
        let threads = settings.threadsPerSimulation
        let queued: RunReport?
        do {
            queued = try await pool.run { () throws -> RunReport in
                guard !flag.isRaised else { throw SimulationError.cancelled }
                var options = RunOptions(threads: threads)
                options.isCancelled = { flag.isRaised }
                let tally = try MonteCarlo(plan: plan).run(options)
                var report = RunReport(data: data, plan: plan, tally: tally, language: language, command: command)
                if explained {
                    let count = min(2001, plan.scenario.scenarios)
                    let median = try MonteCarlo(plan: plan).medianHorizonValues(scenarios: count, threads: threads)
                    report.rankChange = RankChange(plan: plan, forecast: median.values, year: plan.scenario.horizon)
                }
                return report
            }
        } catch SimulationError.cancelled {
            throw APIError(.conflict, .superseded, language)
        }
        guard let report = queued else { throw APIError(.serviceUnavailable, .serverBusy, language) }
        return (yaml, report)
    }
}
