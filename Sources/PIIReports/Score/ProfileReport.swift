import Foundation
import PIIData
import PIIIndex

/// The outputs of `pii score --province`: one province's standing at every level.
public struct ProfileReport: Sendable {
    public let score: ScoreReport
    public let profile: ProvinceProfile

    public init(score: ScoreReport, province: Int) {
        self.score = score
        profile = ProvinceProfile(
            province: province, scores: score.scores, table: score.data.panel[score.year]!,
            framework: score.data.framework)
    }

    var language: Language { score.language }
    var framework: Framework { score.data.framework }
    var province: Province { score.data.provinces[profile.province] }

    private func status(_ node: FrameworkNode) -> String {
        switch node.status {
        case "known": Label.known.text(language)
        case "assumed": Label.assumed.text(language)
        default: node.status
        }
    }

    // MARK: Table

    public func table() -> String {
        let count = score.data.provinces.count
        var text = "\(Label.profileOf.text(language)) — \(province.name), \(score.year)\n"
        text += "\(Label.rank.text(language)) \(profile.rank.map(String.init) ?? "–")/\(count) · "
        text += "\(Label.score.text(language)) \(fixed(profile.index, in: language)) · "
        text += "\(Label.input.text(language)) \(fixed(score.blockScore(0, profile.province), in: language)) · "
        text += "\(Label.output.text(language)) \(fixed(score.blockScore(1, profile.province), in: language)) · "
        text += "\(Label.efficiency.text(language)) \(fixed(profile.efficiency, in: language))\n"
        for level in [NodeLevel.block, .pillar, .group] {
            var table = TextTable([
                .init(Label.code.text(language)),
                .init(Label.name.text(language), maxWidth: 60),
                .init(Label.score.text(language), .right),
                .init(Label.rank.text(language), .right),
            ])
            for (k, node) in framework.nodes(at: level).enumerated() {
                let standing = profile.standing(level: level, number: k)
                table.add([node.code, node.name(in: language), fixed(standing?.score, in: language), standing?.rank.map(String.init) ?? "–"])
            }
            text += "\n\(Label.level(level).text(language))\n" + table.render()
        }
        var indicators = TextTable([
            .init(Label.code.text(language)),
            .init(Label.name.text(language), maxWidth: 22),
            .init(Label.value.text(language), .right),
            .init(Label.unit.text(language), maxWidth: 12),
            .init(Label.score.text(language), .right),
            .init(Label.rank.text(language), .right),
            .init(Label.averageShort.text(language), .right),
            .init(Label.gap.text(language), .right, maxWidth: 9),
            .init(Label.versusAverage.text(language)),
            .init(Label.weightShort.text(language), .right),
            .init(Label.status.text(language), maxWidth: 8),
        ])
        for standing in profile.indicators {
            let node = framework.indicators[standing.indicator]
            indicators.add([
                node.code, node.name(in: language), compact(standing.value, in: language), node.unit(in: language),
                fixed(standing.score, 1, in: language),
                standing.rank.map(String.init) ?? "–", compact(standing.nationalAverage, in: language),
                compact(standing.gapToAverage, in: language),
                standing.meetsAverage.map { $0 ? Label.atOrAbove.text(language) : Label.below.text(language) } ?? "–",
                fixed(standing.effectiveWeight * 100, 2, in: language), status(node),
            ])
        }
        text += "\n\(Label.indicators.text(language))\n" + indicators.render()
        text += wrapped(Label.weightLegend.text(language)) + "\n"
        text += "\n" + list(Label.strengths, profile.strengths)
        text += list(Label.weaknesses, profile.weaknesses)
        text += score.footer()
        return text
    }

    private func list(_ title: Label, _ indicators: [Int]) -> String {
        var text = "\(title.text(language)):\n"
        for (position, i) in indicators.enumerated() {
            let node = framework.indicators[i]
            let rank = profile.indicators[i].rank.map { "\(Label.rank.text(language).lowercased()) \($0)" } ?? ""
            text += "  \(position + 1). \(node.code) \(node.name(in: language)) (\(rank))\n"
        }
        return text
    }

    // MARK: JSON

    public func json() -> JSONValue {
        var nodes: [JSONValue] = []
        for standing in profile.nodes {
            let node = framework.nodes(at: standing.level)[standing.number]
            nodes.append(.object([
                ("level", .string(standing.level.rawValue)),
                ("code", .string(node.code)),
                ("name", .string(node.name(in: language))),
                ("score", .number(standing.score)),
                ("rank", .integer(standing.rank)),
            ]))
        }
        let indicators: [JSONValue] = profile.indicators.map { standing in
            let node = framework.indicators[standing.indicator]
            return .object([
                ("code", .string(node.code)),
                ("name", .string(node.name(in: language))),
                ("unit", .string(node.unit)),
                ("owner", .string(node.owner)),
                ("status", .string(node.status)),
                ("value", .number(standing.value)),
                ("score", .number(standing.score)),
                ("rank", .integer(standing.rank)),
                ("national_average", .number(standing.nationalAverage)),
                ("gap_to_average", .number(standing.gapToAverage)),
                ("meets_average", standing.meetsAverage.map { .bool($0) } ?? .null),
                ("effective_weight", .number(standing.effectiveWeight)),
            ])
        }
        let p = profile.province
        return .object([
            ("year", .integer(score.year)),
            ("province", .object([
                ("id", .string(province.id)),
                ("name", .string(province.name)),
                ("rank", .integer(profile.rank)),
                ("score", .number(profile.index)),
                ("input", .number(score.blockScore(0, p))),
                ("output", .number(score.blockScore(1, p))),
                ("efficiency", .number(profile.efficiency)),
            ])),
            ("nodes", .array(nodes)),
            ("indicators", .array(indicators)),
            ("strengths", .array(profile.strengths.map { .string(framework.indicators[$0].code) })),
            ("weaknesses", .array(profile.weaknesses.map { .string(framework.indicators[$0].code) })),
            ("settings", ScoreReport.json(score.settings)),
            ("data", .object([
                ("panel", .string(score.data.panelDescription)),
                ("illustrative", .bool(score.data.panelIsIllustrative)),
            ])),
        ])
    }

    // MARK: CSV

    /// One line per node: blocks, pillars and groups with score and rank, then indicators
    /// with their value, national average, gap and effective weight.
    public func csv() -> String {
        var csv = CSVText(header: [
            "level", "code", "name", "unit", "owner", "status", "value", "score", "rank",
            "national_average", "gap_to_average", "meets_average", "effective_weight",
        ])
        for standing in profile.nodes {
            let node = framework.nodes(at: standing.level)[standing.number]
            csv.append([standing.level.rawValue, node.code, node.name(in: language), "", "", node.status, "",
                        csvNumber(standing.score), standing.rank.map(String.init) ?? "", "", "", "", ""])
        }
        for standing in profile.indicators {
            let node = framework.indicators[standing.indicator]
            csv.append([
                "indicator", node.code, node.name(in: language), node.unit, node.owner, node.status,
                csvNumber(standing.value), csvNumber(standing.score), standing.rank.map(String.init) ?? "",
                csvNumber(standing.nationalAverage), csvNumber(standing.gapToAverage),
                standing.meetsAverage.map { $0 ? "yes" : "no" } ?? "", csvNumber(standing.effectiveWeight),
            ])
        }
        return csv.text
    }
}
