import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PIIServer
import PIITestSupport
import Testing

@Suite struct DataAPITests {
    static let other = "fedcba9876543210fedcba9876543210"

    /// The embedded provinces with the first one renamed to `name`.
    static func provinces(renaming name: String) throws -> ByteBuffer {
        let url = Repository.sources.appendingPathComponent("PIIData/Resources/provinces.csv")
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: ",Hà Nội,city", with: ",\(name),city")
        return ByteBuffer(string: lines.joined(separator: "\n"))
    }

    @Test func anUploadIsTheSessionsAloneAndValidatedAsPiiValidateDoes() async throws {
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/api/data?kind=provinces&name=provinces.csv&lang=en", method: .post, headers: Harness.headers(),
                                     body: try Self.provinces(renaming: "<script>alert(1)</script>")) { response in
                #expect(response.status == .ok)
                let answer = try Harness.object(response)
                #expect(answer["used"] as? Bool == true)
            }
            try await client.execute(uri: "/api/meta", method: .get, headers: Harness.headers()) { response in
                let meta = try Harness.object(response)
                let names = (meta["provinces"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                #expect(names.first == "<script>alert(1)</script>")
                #expect((meta["data"] as? [String: Any])?["uploaded"] as? [String] == ["provinces"])
            }
            // Another session still works on the server's data.
            try await client.execute(uri: "/api/meta", method: .get, headers: Harness.headers(session: Self.other)) { response in
                let names = (try Harness.object(response)["provinces"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                #expect(names.first == "Hà Nội")
            }
            // Back to the default.
            try await client.execute(uri: "/api/data", method: .delete, headers: Harness.headers()) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/meta", method: .get, headers: Harness.headers()) { response in
                let names = (try Harness.object(response)["provinces"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                #expect(names.first == "Hà Nội")
            }
        }
    }

    @Test func aPanelWithErrorsIsShownAndNotUsed() async throws {
        try await Harness.test(try Harness.room()) { client in
            let panel = "year,province,indicator,value\n2025,ha-noi,1.1.1,abc\n2025,atlantis,1.1.1,3\n"
            try await client.execute(uri: "/api/data?kind=panel&name=../../etc/panel.csv&lang=en", method: .post, headers: Harness.headers(),
                                     body: ByteBuffer(string: panel)) { response in
                #expect(response.status == .ok)
                let answer = try Harness.object(response)
                #expect(answer["used"] as? Bool == false)
                let text = answer["text"] as? String ?? ""
                // The messages pii validate prints, naming the upload by its name alone.
                #expect(text.contains("panel.csv:2") && text.contains("panel.csv:3") && !text.contains("etc/"))
            }
            try await client.execute(uri: "/api/meta", method: .get, headers: Harness.headers()) { response in
                let data = try Harness.object(response)["data"] as? [String: Any]
                #expect(data?["illustrative"] as? Bool == true)
            }
        }
    }

    /// A workbook is read in memory, with the cell-by-cell messages `pii validate` gives.
    @Test func aWorkbookUploadIsValidatedCellByCell() async throws {
        let workbook = try Data(contentsOf: Repository.fixtures.appendingPathComponent("workbooks/bad-cell.xlsx"))
        try await Harness.test(try Harness.room()) { client in
            try await client.execute(uri: "/api/data?kind=panel&name=bad-cell.xlsx&lang=en", method: .post, headers: Harness.headers(),
                                     body: ByteBuffer(bytes: workbook)) { response in
                let answer = try Harness.object(response)
                #expect(answer["used"] as? Bool == false)
                let text = answer["text"] as? String ?? ""
                #expect(text.contains("bad-cell.xlsx!2025:C14: 1.1.2: 'n/a' is not a number"))
            }
        }
    }

    @Test func uploadsAreCappedAndKindsChecked() async throws {
        try await Harness.test(try Harness.room(uploadLimit: 1000)) { client in
            try await client.execute(uri: "/api/data?kind=panel&lang=en", method: .post, headers: Harness.headers(),
                                     body: ByteBuffer(string: String(repeating: "x", count: 2000))) { response in
                #expect(response.status == .contentTooLarge)
                try #expect(Harness.error(response).contains("at most"))
            }
            try await client.execute(uri: "/api/data?kind=secrets", method: .post, headers: Harness.headers(),
                                     body: ByteBuffer(string: "id,name\n")) { #expect($0.status == .badRequest) }
        }
    }
}
