import Foundation
import Hummingbird
import PIIData
import PIIReports
import PIIScenarioFile
import PIIIndex
import PIIText
import Yams

/// The server's scenarios folder: the only files a request may name.
extension PlanningRoom {
    func scenarioList() throws -> Response {
        let files = scenarioFiles()
        let entries: [JSONValue] = files.map { name in
            let title = (try? ScenarioDocument.load(path: settings.scenariosFolder!.appendingPathComponent(name).path).name) ?? ""
            return .object([("file", .string(name)), ("name", .string(title))])
        }
        return .json(.object([("scenarios", .array(entries))]))
    }

    /// A scenario file of the folder as the JSON the pages edit: the file's own fields.
    func scenarioFile(_ name: String, _ language: Language) throws -> Response {
        guard scenarioFiles().contains(name), let folder = settings.scenariosFolder else {
            throw APIError(.notFound, .unknownScenarioFile(quoted(name)), language)
        }
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        _ = try ScenarioDocument.parse(text: text, file: name, directory: folder)
        let value = try Yams.load(yaml: text) ?? [String: Any]()
        return .json(.object([("file", .string(name)), ("scenario", Self.json(value))]))
    }

    /// The `.yaml` files directly in the folder; a name from a request is only ever compared
    /// with these, never joined to a path first.
    private func scenarioFiles() -> [String] {
        guard let folder = settings.scenariosFolder,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    }

    /// Refuses a scenario that names a file outside the scenarios folder (its data, its costs).
    func checkFiles(of document: ScenarioDocument, _ language: Language) throws {
        let named = [("data", document.paths.panel), ("framework", document.paths.framework),
                     ("provinces", document.paths.provinces), ("costs", document.costs)]
        for case let (field, path?) in named {
            guard let folder = settings.scenariosFolder?.resolvingSymlinksInPath().standardizedFileURL.path,
                  URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(folder + "/") else {
                throw APIError(.badRequest, .fileOutsideScenarios(field), language)
            }
        }
    }

    private static func json(_ value: Any) -> JSONValue {
        switch value {
        case let value as Bool: .bool(value)
        case let value as Int: .integer(value)
        case let value as Double: .number(value)
        case let value as String: .string(value)
        case let value as [Any]: .array(value.map(json))
        case let value as [String: Any]: .object(value.keys.sorted().map { ($0, json(value[$0]!)) })
        default: .null
        }
    }
}
