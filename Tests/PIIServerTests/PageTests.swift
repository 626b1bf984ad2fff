import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PIIServer
import PIITestSupport
import PIIText
import Testing

@Suite struct PageTests {
    @Test func pageAndAssetsComeFromTheServerOnlyUnderItsPolicy() async throws {
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy] == FrontDoor.contentSecurityPolicy)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                let page = String(buffer: response.body)
                #expect(page.contains("/site/app.js") && !page.contains("http://") && !page.contains("https://"))
                // A first visit opens a session.
                #expect(response.headers[.setCookie]?.hasPrefix("pii_session=") == true)
            }
            for asset in ["app.js", "app.css", "report.css"] {
                try await client.execute(uri: "/site/\(asset)", method: .get) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/site/..%2FPackage.swift", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                let document = try Harness.object(response)
                #expect(document["openapi"] as? String == "3.0.3")
            }
        }
    }

    @Test func everyWordOfThePagesInBothLanguages() async throws {
        try await Harness.test(try Harness.room()) { client in
            for language in Language.allCases {
                try await client.execute(uri: "/api/strings?lang=\(language.rawValue)", method: .get) { response in
                    let words = try Harness.object(response) as? [String: String] ?? [:]
                    #expect(words.count == PageText.allCases.count)
                    #expect(words["tabWhatIf"] == (language == .vi ? "Kịch bản" : "What-if"))
                }
            }
        }
    }

    /// Every key the page and its script look up is in the string table.
    @Test func thePageLooksUpOnlyWordsOfTheTable() throws {
        let site = Repository.sources.appendingPathComponent("PIIServer/Site")
        let page = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        let script = try String(contentsOf: site.appendingPathComponent("app.js"), encoding: .utf8)
        let keys = Set(PageText.allCases.map(\.rawValue))
        let inPage = page.matches(of: /data-text="([A-Za-z]+)"/).map { String($0.1) }
        let inScript = script.matches(of: /word\("([A-Za-z]+)"/).map { String($0.1) }
        #expect(!inPage.isEmpty && !inScript.isEmpty)
        for key in inPage + inScript { #expect(keys.contains(key), "\(key) is not in PageText") }
    }
}
