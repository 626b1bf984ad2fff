import Foundation
import PIIData
import PIIForecast
import PIIIndex
import PIISimulation
import Yams

/// A scenario file as written, before its names are looked up in the data: every field
/// checked for its type, with the node kept for messages. `docs/scenario-files.md` documents
/// every field.
public struct ScenarioDocument {
    public let file: String
    public var name = ""
    var province: YAMLNode?
    public var paths = DataPaths()
    /// The cost CSV `pii gap` prices indicators with (`costs:`), if any.
    public var costs: String?
    /// The budget `pii optimize` spends by default (billion VND), if any.
    public var budget: Double?
    public var normalised = false
    var horizon: YAMLNode?
    public var model: ForecastModel = .localLevel
    public var shocks: ShockDistribution = .resample
    var mixture: [ForecastModel: Double]?
    var scenarios: YAMLNode?
    public var seed = Scenario.defaultSeed
    public var shockScale = 1.0
    public var parameterUncertainty = true
    public var settings = MethodSettings.standard
    var milestones: [YAMLNode] = []
    var interventions: [YAMLNode] = []

    static let keys = [
        "name", "province", "data", "framework", "provinces", "costs", "normalised", "horizon", "model", "mixture",
        "scenarios", "seed", "shocks", "shock_scale", "parameter_uncertainty", "method", "milestones", "interventions", "budget",
    ]

    /// Reads a scenario file.
    public static func load(path: String) throws -> ScenarioDocument {
        let text: String
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw InputError(file: path, message: .scenarioIsAFolder)
        }
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError(file: path, message: .cannotReadScenario)
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try parse(text: text, file: path, directory: directory)
    }

    /// Parses a scenario; relative data paths are taken from `directory`.
    public static func parse(text: String, file: String, directory: URL? = nil) throws -> ScenarioDocument {
        try YAMLLimits.check(text, file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw InputError(file: file, message: .emptyScenario)
            }
            root = node
        } catch let error as YamlError {
            throw Self.describe(error, file: file)
        }
        var document = ScenarioDocument(file: file)
        let top = YAMLNode(node: root, file: file, path: "")
        func path(_ node: YAMLNode) throws -> String {
            let value = try node.string()
            guard let directory, !value.hasPrefix("/") else { return value }
            return directory.appendingPathComponent(value).path
        }
        for (key, value) in try top.mapping(allowed: keys) {
            switch key {
            case "name": document.name = try value.string()
            case "province": document.province = value
            case "data": document.paths.panel = try path(value)
            case "framework": document.paths.framework = try path(value)
            case "provinces": document.paths.provinces = try path(value)
            case "costs": document.costs = try path(value)
            case "normalised": document.normalised = try value.boolean()
            case "horizon": document.horizon = value
            case "model": document.model = try Self.model(value)
            case "mixture":
                var weights: [ForecastModel: Double] = [:]
                for (name, weight) in try value.mapping(allowed: ForecastModel.components.map(\.rawValue)) {
                    let share = try weight.number()
                    guard share >= 0, share.isFinite else { throw weight.error(.mixtureWeight) }
                    weights[ForecastModel(rawValue: name)!] = share
                }
                // Divided by the largest first, so that huge weights cannot overflow the sum.
                let largest = weights.values.max() ?? 0
                guard largest > 0 else { throw value.error(.positiveModelWeight) }
                let total = weights.values.reduce(0) { $0 + $1 / largest }
                document.mixture = weights.mapValues { $0 / largest / total }
            case "scenarios": document.scenarios = value
            case "budget":
                let budget = try value.number()
                guard budget >= 0 else { throw value.error(.negativeBudget) }
                document.budget = budget
            case "seed":
                let seed = try value.integer()
                guard seed >= 0 else { throw value.error(.seedRange(RunLimits.describe(RunLimits.seeds))) }
                document.seed = UInt64(seed)
            case "shocks":
                let name = try value.string()
                guard let shocks = ShockDistribution(rawValue: name) else {
                    throw value.error(.unknownShocks(quoted(name)))
                }
                document.shocks = shocks
            case "shock_scale":
                document.shockScale = try value.number()
                guard document.shockScale >= 0 else { throw value.error(.negativeShockScale) }
            case "parameter_uncertainty": document.parameterUncertainty = try value.boolean()
            case "method": document.settings = try Self.method(value)
            case "milestones": document.milestones = try value.sequence()
            case "interventions": document.interventions = try value.sequence()
            default: break
            }
        }
        guard document.province != nil else {
            throw InputError(file: file, line: 1, field: "province", message: .needsProvince)
        }
        return document
    }

    private static func model(_ node: YAMLNode) throws -> ForecastModel {
        let name = try node.string()
        guard let model = ForecastModel(rawValue: name) else {
            let names = ForecastModel.allCases.map(\.rawValue)
            let hint = closestMatch(to: name, among: names).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
            throw node.error(.unknownModel(quoted(name), hint: hint, models: names.joined(separator: ", ")))
        }
        return model
    }

    private static func method(_ node: YAMLNode) throws -> MethodSettings {
        var settings = MethodSettings.standard
        for (key, value) in try node.mapping(allowed: ["skewness_threshold", "kurtosis_threshold", "max_winsorisation_steps", "missing_values"]) {
            switch key {
            case "missing_values":
                let name = try value.string()
                guard let rule = MissingValueRule(rawValue: name) else {
                    throw value.error(.unknownMissingRule(quoted(name)))
                }
                settings.missingValues = rule
            case "skewness_threshold":
                settings.skewnessThreshold = try value.number()
                guard settings.skewnessThreshold >= 0 else { throw value.error(.negativeSkewness) }
            case "kurtosis_threshold": settings.kurtosisThreshold = try value.number()
            default:
                settings.maxWinsorisationSteps = try value.integer()
                guard settings.maxWinsorisationSteps >= 0 else { throw value.error(.negativeSteps) }
            }
        }
        return settings
    }

    static func describe(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return InputError(file: file, line: mark.line, message: .invalidYAML(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams's own text quotes the whole file; one line says what to fix.
            let keys = duplicates.sorted().map(quoted).joined(separator: ", ")
            return InputError(file: file, line: context.mark.line,
                              message: .keysTwice(keys, count: duplicates.count))
        default:
            return InputError(file: file, message: .invalidYAML(nil))
        }
    }
}
