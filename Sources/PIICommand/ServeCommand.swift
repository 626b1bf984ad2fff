import ArgumentParser
import Dispatch
import Foundation
import PIIData
import PIIIndex
import PIIServer
import PIIText
import Synchronization

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Help.serve.text,
        discussion: Help.serveDiscussion.text
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp(.serveHost, valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp(.servePort))
    var port = 8080

    @Option(help: ArgumentHelp(.serveToken, valueName: "text"))
    var token: String?

    @Option(help: ArgumentHelp(.serveScenarios, valueName: "folder"))
    var scenarios = "Scenarios"

    @Option(help: ArgumentHelp(.serveSlots))
    var slots = 2

    /// The language of what the server prints; each page chooses its own.
    @Option(help: ArgumentHelp(.language))
    var lang: Language = .current

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError(Phrase.between("--port", 0, 65535).description) }
        guard (1...64).contains(slots) else { throw ValidationError(Phrase.between("--slots", 1, 64).description) }
        if let token, token.count < 8 || !token.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            throw ValidationError(Phrase.tokenShape.description)
        }
    }

    mutating func run() throws {
        useSingleThreadedBLAS()
        var settings = ServerSettings()
        settings.host = host
        settings.port = port
        settings.simulationSlots = slots
        settings.threadsPerSimulation = max(1, ProcessInfo.processInfo.activeProcessorCount / slots)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: scenarios, isDirectory: &isFolder), isFolder.boolValue {
            settings.scenariosFolder = URL(fileURLWithPath: scenarios).standardizedFileURL
        }
        settings.token = token
        if token == nil && !settings.isLoopback {
            settings.token = ServerSettings.generatedToken()
            printNote(Phrase.serveTokenGenerated.text(lang))
        }
        let room = try PlanningRoom(settings: settings, data: data.load())
        let host = settings.host.contains(":") ? "[\(settings.host)]" : settings.host
        let query = settings.token.map { "/?token=\($0)" } ?? "/"
        let language = lang
        let application = room.application { port in
            // Written at once, unbuffered: a script that started the server waits for this line.
            let line = Phrase.serveListening("http://\(host):\(port)\(query)").text(language) + "\n"
            try? FileHandle.standardOutput.write(contentsOf: Data(line.utf8))
        }
        let failure = Mutex<(any Error)?>(nil)
        let stopped = DispatchSemaphore(value: 0)
        Task {
            do { try await application.runService() } catch { failure.withLock { $0 = error } }
            stopped.signal()
        }
        stopped.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }
}
