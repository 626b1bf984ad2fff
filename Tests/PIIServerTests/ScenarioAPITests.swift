import Foundation
import Hummingbird
import HummingbirdTesting
import PIIReports
import PIIScenarioFile
@testable import PIIServer
import PIISimulation
import PIITestSupport
import Testing

@Suite struct ScenarioAPITests {
    @Test func theScenariosFolderAndNothingElse() async throws {
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/api/scenarios", method: .get) { response in
                let files = (try Harness.object(response)["scenarios"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
                #expect(files.contains("ninh-binh-2030.yaml"))
            }
            try await client.execute(uri: "/api/scenarios/ninh-binh-2030.yaml", method: .get) { response in
                let scenario = try Harness.object(response)["scenario"] as? [String: Any] ?? [:]
                #expect(scenario["province"] as? String == "ninh-binh")
                #expect((scenario["milestones"] as? [Any])?.count == 7)
            }
            for name in ["..%2FPackage.swift", "%2Fetc%2Fpasswd", "missing.yaml"] {
                try await client.execute(uri: "/api/scenarios/\(name)", method: .get) { #expect($0.status == .notFound) }
            }
        }
    }

    /// The page's numbers are `pii run`'s on the YAML file it saves, with the same seed and count.
    @Test func aWhatIfEqualsTheRunOfItsSavedFile() async throws {
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/api/whatif?lang=en", method: .post, headers: Harness.headers(json: true),
                                     body: Harness.scenario()) { response in
                #expect(response.status == .ok)
                let answer = try Harness.object(response)
                let yaml = try #require(answer["yaml"] as? String)
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("pii-serve-\(UUID().uuidString).yaml")
                try yaml.write(to: file, atomically: true, encoding: .utf8)
                defer { try? FileManager.default.removeItem(at: file) }
                let prepared = try PreparedRun(path: file.path, scenarios: nil, seed: nil)
                let tally = try MonteCarlo(plan: prepared.plan).run(RunOptions(threads: 2))
                let run = RunReport(data: prepared.data, plan: prepared.plan, tally: tally, language: .en, command: "")
                let served = try JSONSerialization.data(withJSONObject: answer["run"] as Any, options: [.sortedKeys])
                let local = try JSONSerialization.data(
                    withJSONObject: JSONSerialization.jsonObject(with: Data(run.json().serialised().utf8)), options: [.sortedKeys])
                #expect(served == local)
                #expect(tally.scenarios == 1000)
                let view = try #require(answer["view"] as? [String: Any])
                #expect((view["milestones"] as? [Any])?.count == 2)
                #expect((view["fan_svg"] as? String)?.contains("<svg") == true)
                // The measure's name is escaped in the YAML's own way, not as markup.
                #expect(yaml.contains("Quỹ <b>đổi mới</b>"))
            }
        }
    }

    @Test func aWrongScenarioIsRefusedAsAFileWouldBe() async throws {
        try await Harness.test(try Harness.room()) { client in
            let cases: [(ByteBuffer, String)] = [
                (ByteBuffer(string: "{\"province\": \"ninh-binh\", "), "scenario.json:"),
                (Harness.scenario(province: "atlantis"), "atlantis"),
                (Harness.scenario(scenarios: 50_000), "20000"),
                (Harness.scenario(extra: ",\"data\":\"/etc/passwd\""), "data:"),
                (Harness.scenario(extra: ",\"costs\":\"../Package.swift\""), "costs:"),
                (ByteBuffer(string: "[1, 2]"), "scenario"),
            ]
            for (body, expected) in cases {
                try await client.execute(uri: "/api/whatif?lang=en", method: .post, headers: Harness.headers(json: true), body: body) { response in
                    #expect(response.status == .badRequest)
                    let message = try Harness.error(response)
                    #expect(message.contains(expected), "\(message)")
                }
            }
            try await client.execute(uri: "/api/whatif", method: .post, headers: Harness.headers(json: true),
                                     body: ByteBuffer(string: String(repeating: " ", count: 300_000) + "{}")) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test func theReportDownloadAndTheGap() async throws {
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/api/report", method: .post, headers: Harness.headers(json: true),
                                     body: Harness.scenario(scenarios: 500)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"pii-report.html\"")
                let html = String(buffer: response.body)
                #expect(html.contains("<svg") && html.contains("Quỹ &lt;b&gt;đổi mới&lt;/b&gt;"))
            }
            try await client.execute(uri: "/api/gap?lang=en", method: .post, headers: Harness.headers(json: true),
                                     body: ByteBuffer(string: #"{"province": "Ninh Binh", "rank": 10}"#)) { response in
                #expect(response.status == .ok)
                let gap = try Harness.object(response)
                #expect(gap["target_rank"] as? Int == 10)
                #expect(((gap["answer"] as? [String: Any])?["changes"] as? [Any])?.isEmpty == false)
            }
            for body in [#"{"province": "Ninh Binh"}"#, #"{"province": "Ninh Binh", "rank": 99}"#, "nonsense"] {
                try await client.execute(uri: "/api/gap", method: .post, headers: Harness.headers(json: true),
                                         body: ByteBuffer(string: body)) { #expect($0.status == .badRequest) }
            }
        }
    }
}
