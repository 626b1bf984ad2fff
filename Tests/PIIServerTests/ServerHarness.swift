import Foundation
import Hummingbird
import HummingbirdTesting
import PIIData
@testable import PIIServer
import PIITestSupport

/// A planning room on the embedded data and the repository's scenarios, tested through the
/// framework's router client (no socket), and what its answers read as.
enum Harness {
    static let session = "0123456789abcdef0123456789abcdef"

    static func room(token: String? = nil, uploadLimit: Int? = nil, port: Int = 8080) throws -> PlanningRoom {
        var settings = ServerSettings()
        settings.port = port
        settings.scenariosFolder = Repository.scenarios
        settings.token = token
        if let uploadLimit { settings.uploadLimit = uploadLimit }
        return try PlanningRoom(settings: settings, data: Fixtures.defaultData)
    }

    /// Runs `body` against a room's router.
    static func test(_ room: PlanningRoom, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await Application(router: room.router()).test(.router) { client in try await body(client) }
    }

    /// Where the tests keep what a person would look at: beside the test bundle.
    static let artefacts = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()

    static func headers(session: String = session, json: Bool = false) -> HTTPFields {
        var headers: HTTPFields = [.cookie: "pii_session=\(session)"]
        if json { headers[.contentType] = "application/json" }
        return headers
    }

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    static func error(_ response: TestResponse) throws -> String {
        try object(response)["error"] as? String ?? ""
    }

    /// A what-if body: the fields of a scenario file.
    static func scenario(province: String = "ninh-binh", scenarios: Int = 1000, extra: String = "") -> ByteBuffer {
        ByteBuffer(string: """
            {"name":"thử","province":"\(province)","horizon":2028,"model":"local-level","scenarios":\(scenarios),"seed":7,\
            "milestones":[{"year":2027,"rank_at_most":13},{"year":2028,"better_than_previous_year":1}],\
            "interventions":[{"id":"m1","name":"Quỹ <b>đổi mới</b>","start":2027,"cost":5,"effects":[{"indicator":"4.1.1","change":"+40%"}]}]\(extra)}
            """)
    }
}
