import Foundation
import Hummingbird
import Logging
import PIIData
import PIIForecast
import PIIIndex
import PIIText

/// `pii serve`: the pages and the JSON API of a province's planning room. Every answer comes
/// from the library calls the commands make; this module only routes, guards and queues them.
public struct PlanningRoom: Sendable {
    let settings: ServerSettings
    /// The server's data (`--data`, `--framework`, `--provinces`, or the embedded default) and
    /// its forecast fit, estimated once.
    let data: DataSet
    let fit: ForecastFit
    let sessions: SessionStore
    let pool: SimulationPool
    let site: Site

    public init(settings: ServerSettings, data: DataSet) throws {
        self.settings = settings
        self.data = data
        fit = try ForecastFit(panel: data.panel, framework: data.framework, valuesAreNormalised: data.valuesAreNormalised)
        sessions = SessionStore(limit: settings.sessionLimit)
        pool = SimulationPool(slots: settings.simulationSlots, waitingLimit: settings.waitingLimit)
        site = try Site()
    }

    /// The server, listening where the settings say; `onRunning` gets the port it listens on
    /// (the one the system chose for port 0).
    public func application(onRunning: @escaping @Sendable (Int) -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "pii"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? settings.port) },
            logger: {
                var logger = Logger(label: "pii serve")
                logger.logLevel = .warning
                return logger
            }())
    }

    func router() -> Router<RoomContext> {
        let router = Router(context: RoomContext.self)
        router.add(middleware: FrontDoor(token: settings.token))
        router.get("/") { _, _ in site.page("index.html") }
        router.get("/site/{file}") { _, context in
            site.page(try context.parameters.require("file"))
        }
        router.get("/openapi.json") { _, _ in site.page("openapi.json") }
        router.get("/api/strings") { request, _ in strings(request.language) }
        router.get("/api/meta") { request, context in try await meta(request, context) }
        router.get("/api/ranking") { request, context in try await ranking(request, context) }
        router.get("/api/profile") { request, context in try await profile(request, context) }
        router.get("/api/scenarios") { _, _ in try scenarioList() }
        router.get("/api/scenarios/{file}") { request, context in
            try scenarioFile(try context.parameters.require("file"), request.language)
        }
        router.post("/api/whatif") { request, context in try await whatIf(request, context) }
        router.post("/api/report") { request, context in try await report(request, context) }
        router.post("/api/optimise") { request, context in try await optimise(request, context) }
        router.post("/api/pathway") { request, context in try await pathway(request, context) }
        router.post("/api/gap") { request, context in try await gap(request, context) }
        router.post("/api/data") { request, context in try await upload(request, context) }
        router.delete("/api/data") { _, context in
            await sessions.update(context.session) { $0 = Session(current: $0.current) }
            return Response.json(.object([("data", .string(data.panelDescription))]))
        }
        return router
    }

    /// The data a session works on: its upload, or the server's.
    func sessionData(_ context: RoomContext) async -> (data: DataSet, fit: ForecastFit) {
        let session = await sessions.session(context.session)
        if let uploaded = session.uploaded { return (uploaded.data, uploaded.fit) }
        return (data, fit)
    }

    func strings(_ language: Language) -> Response {
        .json(.object(PageText.allCases.map { ($0.rawValue, .string($0.text(language))) }))
    }
}
