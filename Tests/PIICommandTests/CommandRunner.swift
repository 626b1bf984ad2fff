import Foundation

/// Runs the built `pii` executable, as a user would.
struct CommandRunner {
    struct Result {
        var status: Int32
        var output: String
        var error: String
        /// The signal that ended the process, if one did.
        var signal: Int32?
        /// Whether the process was stopped for taking longer than the timeout.
        var timedOut = false
    }

    /// `pii` sits next to the test bundle in the build folder.
    static let executable: URL = {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("pii")
    }()

    /// - Parameter timeout: seconds after which the process is killed (a hang, reported in
    ///   `timedOut`); none by default.
    /// - Parameter environment: variables set for the command on top of the tests' own, from
    ///   which the terminal's width is removed (a CI machine's `COLUMNS` must not change the
    ///   outputs the tests read). Messages and help are English (`PII_LANG=en`) unless a test
    ///   sets `PII_LANG` or passes `--lang`: most tests pin what an error says, and the
    ///   Vietnamese texts have tests of their own.
    /// `run` with the product's own default language, Vietnamese: for the tests that read
    /// what a Vietnamese user sees.
    static func runInVietnamese(_ arguments: [String], in directory: URL? = nil, timeout: Double? = nil,
                                environment: [String: String] = [:]) throws -> Result {
        try run(arguments, in: directory, timeout: timeout, environment: ["PII_LANG": "vi"].merging(environment) { $1 })
    }

    static func run(_ arguments: [String], in directory: URL? = nil, timeout: Double? = nil,
                    environment: [String: String] = [:], executable: URL = CommandRunner.executable) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["COLUMNS"] = nil
        variables["PII_LANG"] = "en"
        process.environment = variables.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let watchdog = timeout.map { seconds in
            let item = DispatchWorkItem { if process.isRunning { process.terminate(); kill(process.processIdentifier, SIGKILL) } }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
            return item
        }
        // Standard error is read on another thread while standard output is read here: a
        // child that fills one pipe while the other is not being read would never finish.
        let errorReader = ErrorReader(error.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errorReader.wait()
        process.waitUntilExit()
        let timedOut = watchdog?.isCancelled == false && process.terminationReason == .uncaughtSignal
            && (process.terminationStatus == SIGKILL || process.terminationStatus == SIGTERM)
        watchdog?.cancel()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self),
            signal: process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil,
            timedOut: timedOut)
    }

    /// A fresh folder for files a test writes.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pii-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// The whole of it, once the pipe is closed; `data` is written before the signal and read
    /// after it.
    func wait() -> Data {
        done.wait()
        return data
    }
}
