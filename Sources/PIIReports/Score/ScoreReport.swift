import Foundation
import PIIData
import PIIIndex

/// The outputs of `pii score`: the year's ranking as a table, JSON or CSV.
public struct ScoreReport: Sendable {
    public let data: DataSet
    public let year: Int
    public let scores: YearScores
    public let settings: MethodSettings
    public let language: Language

    public init(data: DataSet, year: Int, scores: YearScores, settings: MethodSettings, language: Language) {
        self.data = data
        self.year = year
        self.scores = scores
        self.settings = settings
        self.language = language
    }

    /// The gaps of the year and the ranks they would give under `lowest`.
    public var missingValueNote: MissingValueNote {
        MissingValueNote(framework: data.framework, table: data.panel[year] ?? IndicatorTable(
            provinceCount: data.provinces.count, indicatorCount: data.framework.indicators.count),
            year: year, settings: settings, ranks: scores.ranks)
    }

    var order: [Int] { scores.provincesByRank(ids: data.provinces.provinces.map(\.id)) }

    func blockScore(_ block: Int, _ province: Int) -> Double? {
        let blocks = scores.scores[.block]!
        guard block < blocks.count else { return nil }
        return present(blocks[block][province])
    }

    // MARK: Table

    public func table() -> String {
        let pillars = data.framework.pillars
        var table = TextTable([
            .init(Label.rank.text(language), .right),
            .init(Label.province.text(language), keepsWhole: true),
            .init(Label.score.text(language), .right),
            .init(Label.input.text(language), .right, maxWidth: 7),
            .init(Label.output.text(language), .right, maxWidth: 7),
            .init(Label.outputOverInput.text(language), .right),
        ] + pillars.map { .init($0.code, .right) })
        for p in order {
            table.add([
                scores.ranks[p].map(String.init) ?? "–",
                data.provinces[p].name,
                fixed(present(scores.index[p]), in: language),
                fixed(blockScore(0, p), in: language),
                fixed(blockScore(1, p), in: language),
                fixed(present(scores.efficiency[p]), in: language),
            ] + pillars.indices.map { fixed(present(scores.scores[.pillar]![$0][p]), 1, in: language) })
        }
        var text = "\(Label.ranking.text(language)) \(year)\n\n" + table.render()
        text += "\n" + legend(pillars)
        text += footer()
        return text
    }

    private func legend(_ pillars: [FrameworkNode]) -> String {
        wrapped(pillars.map { "\($0.code) \($0.name(in: language))" }.joined(separator: " · ")) + "\n"
    }

    /// Treatments, constant indicators, settings and the data's status, below every table.
    func footer() -> String {
        var lines: [String] = []
        let treated = treatmentEntries()
        if !treated.isEmpty {
            lines.append("\(Label.treatedIndicators.text(language)): " + treated.map { entry in
                let steps = entry.steps > 0 ? " (\(Phrase.steps(entry.steps).text(language)))" : ""
                return "\(entry.code) \(Phrase.treatment(entry.method).text(language))\(steps)"
            }.joined(separator: ", "))
        }
        for i in scores.constantIndicators {
            lines.append("\(Label.constantIndicator.text(language)): \(data.framework.indicators[i].code)")
        }
        lines.append("\(Label.settings.text(language)): " + Phrase.methodSettings(
            skewness: readable("\(settings.skewnessThreshold)", language), kurtosis: readable("\(settings.kurtosisThreshold)", language),
            steps: settings.maxWinsorisationSteps, normalised: settings.valuesAreNormalised,
            missingValues: settings.missingValues.rawValue).text(language))
        lines += missingValueNote.lines(data.provinces, language: language).map { "⚠ " + $0 }
        lines.append(wrapped(data.status(in: language)))
        return "\n" + lines.map { wrapped($0) }.joined(separator: "\n") + "\n"
    }

    struct TreatmentEntry {
        var code: String
        var method: String
        var steps: Int
    }

    func treatmentEntries() -> [TreatmentEntry] {
        scores.treatments.enumerated().compactMap { i, treatment in
            let code = data.framework.indicators[i].code
            switch treatment {
            case .none: return nil
            case .winsorised(let steps): return TreatmentEntry(code: code, method: "winsorised", steps: steps)
            case .log: return TreatmentEntry(code: code, method: "log", steps: 0)
            }
        }
    }

    // MARK: JSON

    /// The machine contract: provinces by rank, then id; every node's score; `null` where
    /// missing; numbers at full precision.
    public func json() -> JSONValue {
        let framework = data.framework
        let provinces: [JSONValue] = order.map { p in
            var nodes: [(String, JSONValue)] = []
            for level in NodeLevel.allCases {
                for (k, node) in framework.nodes(at: level).enumerated() {
                    nodes.append((node.code, .number(present(scores.scores[level]![k][p]))))
                }
            }
            return .object([
                ("id", .string(data.provinces[p].id)),
                ("name", .string(data.provinces[p].name)),
                ("rank", .integer(scores.ranks[p])),
                ("score", .number(present(scores.index[p]))),
                ("input", .number(blockScore(0, p))),
                ("output", .number(blockScore(1, p))),
                ("efficiency", .number(present(scores.efficiency[p]))),
                ("nodes", .object(nodes)),
            ])
        }
        return .object([
            ("year", .integer(year)),
            ("provinces", .array(provinces)),
            ("treatments", .array(treatmentEntries().map {
                .object([("indicator", .string($0.code)), ("method", .string($0.method)), ("steps", .integer($0.steps))])
            })),
            ("constant_indicators", .array(scores.constantIndicators.map { .string(framework.indicators[$0].code) })),
            ("settings", Self.json(settings)),
            ("missing_values", missingValueNote.json(data.provinces)),
            ("data", .object([
                ("panel", .string(data.panelDescription)),
                ("illustrative", .bool(data.panelIsIllustrative)),
            ])),
        ])
    }

    package static func json(_ settings: MethodSettings) -> JSONValue {
        .object([
            ("skewness_threshold", .number(settings.skewnessThreshold)),
            ("kurtosis_threshold", .number(settings.kurtosisThreshold)),
            ("max_winsorisation_steps", .integer(settings.maxWinsorisationSteps)),
            ("values_are_normalised", .bool(settings.valuesAreNormalised)),
            ("missing_values", .string(settings.missingValues.rawValue)),
        ])
    }

    // MARK: CSV

    /// One line per province, by rank: rank, id, name, score, input, output, efficiency,
    /// then one column per node code.
    public func csv() -> String {
        let framework = data.framework
        let nodes = NodeLevel.allCases.flatMap { level in framework.nodes(at: level).enumerated().map { (level, $0.offset, $0.element.code) } }
        var csv = CSVText(header: ["rank", "id", "name", "score", "input", "output", "efficiency"] + nodes.map(\.2))
        for p in order {
            csv.append([
                scores.ranks[p].map(String.init) ?? "",
                data.provinces[p].id,
                data.provinces[p].name,
                csvNumber(present(scores.index[p])),
                csvNumber(blockScore(0, p)),
                csvNumber(blockScore(1, p)),
                csvNumber(present(scores.efficiency[p])),
            ] + nodes.map { csvNumber(present(scores.scores[$0.0]![$0.1][p])) })
        }
        return csv.text
    }
}

func present(_ value: Double) -> Double? { value.isNaN ? nil : value }
