import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PIIServer
import Testing

@Suite struct OverviewAPITests {
    @Test func metaRankingAndProfileOfTheServersData() async throws {
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/api/meta", method: .get, headers: Harness.headers()) { response in
                let meta = try Harness.object(response)
                #expect((meta["provinces"] as? [Any])?.count == 34)
                #expect((meta["indicators"] as? [Any])?.count == 52)
            }
            try await client.execute(uri: "/api/ranking?year=2025", method: .get) { response in
                let ranking = try Harness.object(response)
                let provinces = ranking["provinces"] as? [[String: Any]] ?? []
                #expect(provinces.count == 34)
                #expect(provinces.compactMap { $0["rank"] as? Int }.sorted() == Array(1...34))
            }
            // A name without its diacritics finds the province, and names come in the page's language.
            try await client.execute(uri: "/api/profile?province=Ninh%20Binh&lang=en", method: .get) { response in
                let profile = try Harness.object(response)
                #expect((profile["province"] as? [String: Any])?["name"] as? String == "Ninh Bình")
                let nodes = profile["nodes"] as? [[String: Any]] ?? []
                #expect(nodes.contains { $0["name"] as? String == "Institutions" })
            }
        }
    }

    @Test func aWrongQueryIsRefusedWithWhatToFix() async throws {
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/api/ranking?year=abc&lang=en", method: .get) { response in
                #expect(response.status == .badRequest)
                try #expect(Harness.error(response) == "year must be a whole number, not 'abc'")
            }
            try await client.execute(uri: "/api/ranking?year=1990&lang=en", method: .get) { response in
                #expect(response.status == .badRequest)
                try #expect(Harness.error(response).contains("2025"))
            }
            try await client.execute(uri: "/api/profile?province=Ninh%20Bin", method: .get) { response in
                #expect(response.status == .badRequest)
                try #expect(Harness.error(response).contains("Ninh Bình"))
            }
        }
    }
}
