import Foundation
import PIITestSupport
import Testing

/// The modules know only what they need (issue 17): the manifest's graph keeps CBC away from
/// every module but the optimiser's two, the method's module depends on nothing but its words
/// and BLAS, every module imports only what its manifest entry declares (so that the manifest
/// is the whole truth), and every module says in a README what it owns.
@Suite struct ModuleLayoutTests {
    static let root = Repository.root

    /// Each target's direct dependencies by module name, from `swift package dump-package`
    /// (its own scratch folder: the test run holds the package's lock on `.build`).
    static func manifest() throws -> [String: Set<String>] {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "package", "--package-path", root.path, "--scratch-path", scratch.path, "dump-package"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let package = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let targets = try #require(package["targets"] as? [[String: Any]])
        var graph: [String: Set<String>] = [:]
        for target in targets {
            let name = try #require(target["name"] as? String)
            let dependencies = try #require(target["dependencies"] as? [[String: [Any]]])
            graph[name] = Set(dependencies.compactMap { dependency in
                (dependency["byName"] ?? dependency["target"] ?? dependency["product"])?.first as? String
            })
        }
        return graph
    }

    static func closure(of module: String, in graph: [String: Set<String>]) -> Set<String> {
        var seen: Set<String> = []
        var next = Array(graph[module] ?? [])
        while let module = next.popLast() {
            if seen.insert(module).inserted { next += graph[module] ?? [] }
        }
        return seen
    }

    @Test func cbcOnlyWhereTheOptimiserIs() throws {
        let graph = try Self.manifest()
        for module in ["PIIIndex", "PIIConcurrency", "PIIData", "PIIForecast", "PIISimulation", "PIIScenarioFile",
                       "PIIGap", "PIIReports", "PIIBench"] {
            #expect(graph[module] != nil, "\(module) is not in the manifest")
            #expect(!Self.closure(of: module, in: graph).contains("CCBC"), "\(module) reaches CBC")
        }
        #expect(Self.closure(of: "PIIOptimisationReports", in: graph).contains("CCBC"))
        #expect(Self.closure(of: "PIIIndex", in: graph) == ["PIIText", "CBLAS", "CPrefetch"])
        #expect(graph["PIIConcurrency"] == [])
    }

    @Test func everyImportIsDeclared() throws {
        let graph = try Self.manifest()
        let ownModules = Set(graph.keys).union(["CSV", "ArgumentParser", "Yams", "ZIPFoundation", "Hummingbird", "HTTPTypes", "Logging", "NIOCore"])
        let sources = Self.root.appendingPathComponent("Sources")
        var undeclared: [String] = []
        for module in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() where graph[module] != nil {
            let folder = sources.appendingPathComponent(module)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@_exported import ") {
                    let imported = String(line.split(separator: " ").last!)
                    if ownModules.contains(imported), !(graph[module]!.contains(imported)) {
                        undeclared.append("\(module)/\(file) imports \(imported)")
                    }
                }
            }
        }
        #expect(undeclared.isEmpty, "\(undeclared)")
    }

    @Test func everyModuleSaysWhatItOwns() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let modules = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasPrefix("PII") }
        #expect(modules.count >= 13)
        for module in modules {
            let readme = sources.appendingPathComponent(module).appendingPathComponent("README.md")
            let text = try String(contentsOf: readme, encoding: .utf8)
            #expect(text.hasPrefix("# \(module) — "), "\(module)/README.md has no title")
            #expect(text.contains("\nLeaves out: "), "\(module)/README.md says nothing of what it leaves out")
        }
    }
}
