import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PIIServer
import Testing

@Suite struct GuardTests {
    static let token = "department-token-1"

    @Test func withATokenNothingIsServedWithoutIt() async throws {
        try await Harness.test(try Harness.room(token: Self.token)) { client in
            for uri in ["/", "/site/app.js", "/api/meta", "/openapi.json"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.contentSecurityPolicy] != nil)
                }
            }
            try await client.execute(uri: "/api/meta", method: .get, headers: [.authorization: "Bearer wrong-token-00"]) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(uri: "/api/meta", method: .get, headers: [.authorization: "Bearer \(Self.token)"]) {
                #expect($0.status == .ok)
            }
            // The address the server prints sets the cookie the page's later requests carry.
            try await client.execute(uri: "/?token=\(Self.token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[values: .setCookie].contains { $0.hasPrefix("pii_token=\(Self.token);") })
            }
            try await client.execute(uri: "/api/meta", method: .get, headers: [.cookie: "pii_token=\(Self.token)"]) {
                #expect($0.status == .ok)
            }
        }
    }

    @Test func onlyLoopbackGoesWithoutAToken() {
        var settings = ServerSettings()
        #expect(settings.isLoopback)
        settings.host = "0.0.0.0"
        #expect(!settings.isLoopback)
        #expect(ServerSettings.generatedToken().count == 32)
    }
}
