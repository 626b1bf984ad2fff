import Foundation

/// How `pii serve` is set up: where it listens, who may ask, and the limits that keep one
/// machine of a department answering whatever the clients do.
public struct ServerSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Required of every request when set; a server on anything but loopback always has one.
    public var token: String?
    /// The only folder a request may name files in (scenario files and their data).
    public var scenariosFolder: URL?
    /// Simulations that run at once; the others wait their turn.
    public var simulationSlots = 2
    /// Requests that may wait for a slot; one more gets 503 rather than holding memory.
    public var waitingLimit = 64
    /// Threads of one simulation: the machine's cores shared between the slots.
    public var threadsPerSimulation = 1
    /// The largest scenario count a page may ask for.
    public var maximumScenarios = 20_000
    /// The largest upload, in bytes (a 34-province panel of 52 indicators and 10 editions is
    /// about 200 kB as CSV).
    public var uploadLimit = 4 << 20
    /// The largest JSON body of any other request.
    public var bodyLimit = 256 << 10
    /// Sessions kept; the least recently used is forgotten beyond it.
    public var sessionLimit = 256

    public init() {}

    /// Whether `host` only accepts connections from this machine.
    public var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }

    /// A random token of 128 bits, in hexadecimal.
    public static func generatedToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
