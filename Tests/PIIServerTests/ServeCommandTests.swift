import AsyncHTTPClient
import Foundation
import Testing

/// `pii serve` itself: on the network it has a token, prints it with the address, and refuses
/// every request without it.
@Suite struct ServeCommandTests {
    static let pii = Harness.artefacts.appendingPathComponent("pii")

    @Test func onTheNetworkWithoutATokenItMakesOneAndRefusesEveryoneElse() async throws {
        let process = Process(), output = Pipe(), notes = Pipe()
        process.executableURL = Self.pii
        process.arguments = ["serve", "--host", "0.0.0.0", "--port", "0", "--lang", "en"]
        process.standardOutput = output
        process.standardError = notes
        try process.run()
        defer { process.terminate() }
        // The server's first line: the address to open.
        var bytes: [UInt8] = []
        while bytes.last != UInt8(ascii: "\n"), let byte = try output.fileHandleForReading.read(upToCount: 1)?.first {
            bytes.append(byte)
        }
        let line = String(decoding: bytes, as: UTF8.self)
        let address = try #require(line.firstMatch(of: /http:\/\/0\.0\.0\.0:(\d+)\/\?token=([0-9a-f]{32})/))
        let port = String(address.1), token = String(address.2)
        let base = "http://127.0.0.1:\(port)"
        func status(_ path: String, bearer: String? = nil) async throws -> UInt {
            var request = HTTPClientRequest(url: base + path)
            if let bearer { request.headers.add(name: "Authorization", value: "Bearer \(bearer)") }
            return try await HTTPClient.shared.execute(request, timeout: .seconds(30)).status.code
        }
        for path in ["/", "/api/meta", "/openapi.json", "/site/app.js"] {
            #expect(try await status(path) == 401)
        }
        #expect(try await status("/api/meta", bearer: "0123456789abcdef0123456789abcdef") == 401)
        #expect(try await status("/api/meta", bearer: token) == 200)
        #expect(try await status("/?token=\(token)") == 200)
    }

    @Test func aShortTokenIsRefusedBeforeAnythingListens() throws {
        let process = Process(), notes = Pipe()
        process.executableURL = Self.pii
        process.arguments = ["serve", "--token", "abc", "--lang", "en"]
        process.standardError = notes
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: notes.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(message.contains("--token must be at least 8 characters"))
    }
}
