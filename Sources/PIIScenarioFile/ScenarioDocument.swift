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
    public var seed: UInt64 = 2026
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
            throw InputError(file: path, message: "is a folder, expected a scenario file (YAML)")
        }
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError(file: path, message: "cannot read the scenario file; check the path")
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
                throw InputError(file: file, message: "the scenario file is empty; it needs at least `province:`")
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
                    guard share >= 0, share.isFinite else { throw weight.error("a mixture weight must be a finite number, 0 or more") }
                    weights[ForecastModel(rawValue: name)!] = share
                }
                // Divided by the largest first, so that huge weights cannot overflow the sum.
                let largest = weights.values.max() ?? 0
                guard largest > 0 else { throw value.error("give at least one model a positive weight") }
                let total = weights.values.reduce(0) { $0 + $1 / largest }
                document.mixture = weights.mapValues { $0 / largest / total }
            case "scenarios": document.scenarios = value
            case "budget":
                let budget = try value.number()
                guard budget >= 0 else { throw value.error("a budget cannot be negative (billion VND)") }
                document.budget = budget
            case "seed":
                let seed = try value.integer()
                guard seed >= 0 else { throw value.error("the seed must be a whole number \(RunLimits.describe(RunLimits.seeds))") }
                document.seed = UInt64(seed)
            case "shocks":
                let name = try value.string()
                guard let shocks = ShockDistribution(rawValue: name) else {
                    throw value.error("unknown shock distribution \(quoted(name)); use resample (whole residual vectors of the history) or gaussian (their fitted covariance)")
                }
                document.shocks = shocks
            case "shock_scale":
                document.shockScale = try value.number()
                guard document.shockScale >= 0 else { throw value.error("shock_scale must be 0 or more (1 = the observed shocks)") }
            case "parameter_uncertainty": document.parameterUncertainty = try value.boolean()
            case "method": document.settings = try Self.method(value)
            case "milestones": document.milestones = try value.sequence()
            case "interventions": document.interventions = try value.sequence()
            default: break
            }
        }
        guard document.province != nil else {
            throw InputError(file: file, line: 1, field: "province", message: "the scenario needs `province:` (an id such as ninh-binh or a name)")
        }
        document.settings.valuesAreNormalised = document.normalised
        return document
    }

    private static func model(_ node: YAMLNode) throws -> ForecastModel {
        let name = try node.string()
        guard let model = ForecastModel(rawValue: name) else {
            let names = ForecastModel.allCases.map(\.rawValue)
            let hint = closestMatch(to: name, among: names).map { " (did you mean \($0)?)" } ?? ""
            throw node.error("unknown model \(quoted(name))\(hint); use \(names.joined(separator: ", "))")
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
                    throw value.error("unknown rule \(quoted(name)); use renormalise, lowest or zero")
                }
                settings.missingValues = rule
            case "skewness_threshold":
                settings.skewnessThreshold = try value.number()
                guard settings.skewnessThreshold >= 0 else { throw value.error("the skewness threshold must be 0 or more") }
            case "kurtosis_threshold": settings.kurtosisThreshold = try value.number()
            default:
                settings.maxWinsorisationSteps = try value.integer()
                guard settings.maxWinsorisationSteps >= 0 else { throw value.error("the number of steps must be 0 or more") }
            }
        }
        return settings
    }

    private static func describe(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return InputError(file: file, line: mark.line, message: "this is not valid YAML (\(problem)); check the indentation and the colons")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams's own text quotes the whole file; one line says what to fix.
            let keys = duplicates.sorted().map(quoted).joined(separator: ", ")
            return InputError(file: file, line: context.mark.line,
                              message: "the key\(duplicates.count == 1 ? "" : "s") \(keys) appear\(duplicates.count == 1 ? "s" : "") twice in one mapping; keep one")
        default:
            return InputError(file: file, message: "this is not valid YAML; check the indentation and the colons")
        }
    }
}
