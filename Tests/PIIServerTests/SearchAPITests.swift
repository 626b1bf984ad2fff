import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PIIServer
import Testing

@Suite struct SearchAPITests {
    /// Two measures of the page's scenario, one affordable within the budget.
    static let scenario = ByteBuffer(string: """
        {"province":"ninh-binh","horizon":2028,"seed":3,"milestones":[{"year":2028,"rank_at_most":12}],\
        "interventions":[{"id":"a","start":2026,"cost":40,"effects":[{"indicator":"1.1.1","change":"+40%"}]},\
        {"id":"b","start":2026,"cost":90,"effects":[{"indicator":"4.1.1","change":"+60%"}]}]}
        """)

    @Test func progressThenThePortfolioAsServerSentEvents() async throws {
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/api/optimise?budget=50&scenarios=300&verify=500&lang=en", method: .post,
                                     headers: Harness.headers(json: true), body: Self.scenario) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
                let events = String(buffer: response.body).components(separatedBy: "\n\n").filter { !$0.isEmpty }
                #expect(events.first?.hasPrefix("event: progress\ndata: ") == true)
                let last = try #require(events.last)
                #expect(last.hasPrefix("event: result\ndata: "))
                let result = try JSONSerialization.jsonObject(with: Data(last.dropFirst("event: result\ndata: ".count).utf8)) as? [String: Any]
                let report = try #require(result?["report"] as? [String: Any])
                let chosen = try #require(report["chosen"] as? [String: Any])
                // Only measure a fits a budget of 50.
                #expect((chosen["measures"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a"])
                #expect((result?["sections"] as? [String])?.first?.contains("<svg") == true)
            }
        }
    }

    @Test func thePathwayAtAProbability() async throws {
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/api/pathway?probability=0.6&scenarios=300&check=500&lang=en", method: .post,
                                     headers: Harness.headers(json: true), body: Self.scenario) { response in
                #expect(response.status == .ok)
                let events = String(buffer: response.body).components(separatedBy: "\n\n").filter { !$0.isEmpty }
                #expect(events.first?.hasPrefix("event: progress\ndata: ") == true)
                let last = try #require(events.last)
                #expect(last.hasPrefix("event: result\ndata: "))
                let result = try JSONSerialization.jsonObject(with: Data(last.dropFirst("event: result\ndata: ".count).utf8)) as? [String: Any]
                let pathway = try #require(((result?["report"] as? [String: Any])?["pathways"] as? [[String: Any]])?.first)
                #expect(pathway["probability"] as? Double == 0.6)
                #expect(pathway["fresh_scenarios"] as? Int == 500)
                #expect((result?["sections"] as? [String])?.isEmpty == false)
            }
            for query in ["probability=1", "probability=x", "check=50"] {
                try await client.execute(uri: "/api/pathway?\(query)", method: .post, headers: Harness.headers(json: true),
                                         body: Self.scenario) { #expect($0.status == .badRequest, "\(query)") }
            }
        }
    }

    @Test func aWrongRequestIsRefusedBeforeAnySearch() async throws {
        try await Harness.test(try Harness.room()) { client in
            for query in ["budget=50&target_probability=0.5", "budget=-1", "objective=fastest", "scenarios=10", "verify=abc"] {
                try await client.execute(uri: "/api/optimise?\(query)", method: .post, headers: Harness.headers(json: true),
                                         body: Self.scenario) { #expect($0.status == .badRequest, "\(query)") }
            }
            try await client.execute(uri: "/api/optimise?lang=en", method: .post, headers: Harness.headers(json: true),
                                     body: Harness.scenario().withoutMeasures()) { response in
                #expect(response.status == .badRequest)
                try #expect(Harness.error(response).contains("no measure"))
            }
        }
    }
}

extension ByteBuffer {
    /// The harness's scenario with no measures.
    func withoutMeasures() -> ByteBuffer {
        let text = String(buffer: self)
        return ByteBuffer(string: String(text[..<text.range(of: ",\"interventions\"")!.lowerBound]) + "}")
    }
}
