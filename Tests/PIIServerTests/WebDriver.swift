import AsyncHTTPClient
import Foundation
import NIOCore

/// A W3C WebDriver client for chromedriver, as much as the browser test needs: open a page,
/// find, click and type, read text, run a script, take a screenshot.
struct WebDriver {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let chromedriver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let base: URL
    let session: String
    let process: Process

    /// Starts chromedriver and a headless Chromium with a 1366×768 window.
    static func start() async throws -> WebDriver {
        guard let chromium, let chromedriver else { throw Failure(description: "chromium and chromedriver are needed") }
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromedriver)
        process.arguments = ["--port=\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let base = URL(string: "http://127.0.0.1:\(port)")!
        for _ in 0..<100 {
            if (try? await request(base, "GET", "status", nil)) != nil { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": ["binary": chromium,
                                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,768", "--lang=vi"]],
        ]]]
        let answer = try await request(base, "POST", "session", capabilities)
        guard let session = (answer as? [String: Any])?["sessionId"] as? String else {
            process.terminate()
            throw Failure(description: "no WebDriver session: \(String(describing: answer))")
        }
        return WebDriver(base: base, session: session, process: process)
    }

    func quit() async {
        _ = try? await Self.request(base, "DELETE", "session/\(session)", nil)
        process.terminate()
    }

    @discardableResult
    func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        try await Self.request(base, method, "session/\(session)/\(path)", body ?? (method == "POST" ? [:] : nil))
    }

    func open(_ url: String) async throws {
        try await command("POST", "url", ["url": url])
    }

    func element(_ css: String) async throws -> String {
        let found = try await command("POST", "element", ["using": "css selector", "value": css])
        guard let id = (found as? [String: Any])?[Self.elementKey] as? String else { throw Failure(description: "no element \(css)") }
        return id
    }

    func click(_ css: String) async throws {
        try await command("POST", "element/\(try await element(css))/click")
    }

    /// Replaces the field's text and leaves it with Tab, so that it reports its change.
    func type(_ css: String, _ text: String) async throws {
        let id = try await element(css)
        try await command("POST", "element/\(id)/clear")
        try await command("POST", "element/\(id)/value", ["text": text + "\u{E004}"])
    }

    func script(_ source: String, _ arguments: [Any] = []) async throws -> Any? {
        try await command("POST", "execute/sync", ["script": source, "args": arguments])
    }

    func text(_ css: String) async throws -> String {
        try await script("const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", [css]) as? String ?? ""
    }

    func screenshot() async throws -> Data {
        guard let encoded = try await command("GET", "screenshot") as? String, let data = Data(base64Encoded: encoded) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    /// Waits until `condition` holds, up to `seconds`; false when it never did.
    func wait(seconds: Double = 30, _ condition: () async throws -> Bool) async throws -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(25))
        }
        return false
    }

    private static func request(_ base: URL, _ method: String, _ path: String, _ body: [String: Any]?) async throws -> Any? {
        var request = HTTPClientRequest(url: base.appendingPathComponent(path).absoluteString)
        request.method = .init(rawValue: method)
        if let body {
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
            request.headers.add(name: "Content-Type", value: "application/json")
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let data = Data(buffer: try await response.body.collect(upTo: 64 << 20))
        let answer = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any]
        if let value = answer?["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure(description: "\(method) \(path): \(error): \(value["message"] as? String ?? "")")
        }
        return answer?["value"] ?? nil
    }
}
