import Foundation
import PIIData
import PIIIndex
import PIISimulation

/// The outputs of `pii run`: the focus province's rank distribution per year, the odds of
/// each milestone with their 95 % Wilson intervals, the rivals in the way, and every
/// province's median rank and chance of the top 10.
public struct RunReport: Sendable {
    public let data: DataSet
    public let plan: SimulationPlan
    public let tally: SimulationTally
    public let language: Language
    /// The command that reproduces the run, shown in the table and the HTML report.
    public let command: String
    /// Why the focus province's rank moves from the last edition to the horizon's median
    /// forecast, when the command computed it.
    public var rankChange: RankChange?

    public init(data: DataSet, plan: SimulationPlan, tally: SimulationTally, language: Language, command: String) {
        self.data = data
        self.plan = plan
        self.tally = tally
        self.language = language
        self.command = command
    }

    /// The gaps of the last edition and what they do to its ranks.
    public var missingValueNote: MissingValueNote {
        let year = plan.fit.lastYear
        return MissingValueNote(
            framework: plan.framework,
            table: data.panel[year] ?? IndicatorTable(provinceCount: data.provinces.count, indicatorCount: plan.framework.indicators.count),
            year: year, settings: scenario.settings, ranks: plan.lastRanks)
    }

    var scenario: Scenario { plan.scenario }
    var focus: Int { scenario.province }
    var focusName: String { data.provinces[focus].name }

    // MARK: Numbers

    public struct YearSummary: Sendable {
        public var year: Int
        public var median: Int?
        public var low: Int?
        public var high: Int?
        /// Scenarios per rank, index 0 = no rank.
        public var counts: [Int]
        public func share(atMost k: Int) -> Double {
            let total = counts.reduce(0, +)
            return total == 0 ? 0 : Double(counts.dropFirst().prefix(k).reduce(0, +)) / Double(total)
        }
    }

    public var years: [YearSummary] {
        plan.years.enumerated().map { y, year in
            YearSummary(
                year: year, median: tally.rankQuantile(0.5, year: y, province: focus),
                low: tally.rankQuantile(0.05, year: y, province: focus),
                high: tally.rankQuantile(0.95, year: y, province: focus),
                counts: tally.rankDistribution(year: y, province: focus))
        }
    }

    public struct MilestoneOdds: Sendable {
        public var milestone: Milestone
        public var probability: Double
        public var interval: WilsonInterval
    }

    public var milestoneOdds: [MilestoneOdds] {
        scenario.milestones.enumerated().map { m, milestone in
            MilestoneOdds(
                milestone: milestone, probability: share(tally.milestoneHits[m]),
                interval: WilsonInterval(successes: tally.milestoneHits[m], trials: tally.scenarios))
        }
    }

    func share(_ count: Int) -> Double { tally.scenarios == 0 ? 0 : Double(count) / Double(tally.scenarios) }

    /// The rank the horizon year's rank milestone asks for (10 without one).
    public var horizonTarget: Int { plan.horizonTarget }

    /// The provinces that matter for the horizon year's target, read from the median
    /// forecast: when the focus province's median rank misses the target, the provinces whose
    /// median rank lies from the target to just above it (the ones to overtake); when it meets
    /// the target, none to overtake, and instead the provinces that most often push it out
    /// (stand between the target and it in a scenario where it misses).
    public struct Rivals: Sendable {
        public struct Rival: Sendable {
            public var province: Int
            public var medianRank: Int?
            /// The share of scenarios in which it stood between the target rank and the focus
            /// province in the horizon year.
            public var shareInTheWay: Double
        }
        /// The focus province's median rank in the horizon year meets the target.
        public var focusMeetsTarget: Bool
        public var focusMedian: Int?
        public var provinces: [Rival]
    }

    public var rivals: Rivals {
        let y = plan.years.count - 1
        let focusMedian = tally.rankQuantile(0.5, year: y, province: focus)
        let meets = (focusMedian ?? .max) <= horizonTarget
        func rival(_ q: Int) -> Rivals.Rival {
            Rivals.Rival(province: q, medianRank: tally.rankQuantile(0.5, year: y, province: q), shareInTheWay: share(tally.inTheWay[q]))
        }
        let others = (0..<data.provinces.count).filter { $0 != focus }.map(rival)
        let chosen: [Rivals.Rival]
        if meets {
            chosen = others.filter { $0.shareInTheWay > 0 }
                .sorted { $0.shareInTheWay != $1.shareInTheWay ? $0.shareInTheWay > $1.shareInTheWay : $0.province < $1.province }
        } else {
            let own = focusMedian ?? data.provinces.count + 1
            chosen = others.filter { ($0.medianRank ?? .max) >= horizonTarget && ($0.medianRank ?? .max) <= own }
                .sorted { ($0.medianRank ?? .max, $0.province) < ($1.medianRank ?? .max, $1.province) }
        }
        return Rivals(focusMeetsTarget: meets, focusMedian: focusMedian, provinces: chosen)
    }

    /// The ranks whose odds the table shows per year: those the scenario's rank milestones ask
    /// for (at most four, the horizon's target kept), or the top 10 without any.
    public var rankThresholds: [Int] {
        var ranks: [Int] = []
        for milestone in scenario.milestones {
            if case .rankAtMost(let k) = milestone.condition, !ranks.contains(k) { ranks.append(k) }
        }
        if !ranks.contains(horizonTarget) { ranks.append(horizonTarget) }
        ranks.sort()
        while ranks.count > 4, let drop = ranks.firstIndex(where: { $0 != horizonTarget }) { ranks.remove(at: drop) }
        return ranks
    }

    // MARK: Describing milestones

    public func describe(_ milestone: Milestone) -> String {
        Self.describe(milestone, pillars: plan.framework.pillars, language: language)
    }

    /// A milestone's condition in words ("hạng ≤ 10"), without its year.
    public static func describe(_ milestone: Milestone, pillars: [FrameworkNode], language: Language) -> String {
        switch milestone.condition {
        case .rankAtMost(let k): Label.rankAtMost.filled(language, [String(k)])
        case .betterThanPreviousYear(let k): (k == 1 ? Label.climbOne : .climbMany).filled(language, [String(k)])
        case .scoreAtLeast(let score): Label.scoreAtLeast.filled(language, [readable(formatNumber(score), language)])
        case .pillarRankAtMost(let pillar, let k): "\(pillars[pillar].code): " + Label.rankAtMost.filled(language, [String(k)])
        case .pillarScoreAtLeast(let pillar, let score):
            "\(pillars[pillar].code): " + Label.scoreAtLeast.filled(language, [readable(formatNumber(score), language)])
        case .everyIndicatorAtAverage: Label.everyIndicatorAtAverage.text(language)
        }
    }

    // MARK: Table

    public func table() -> String {
        func label(_ label: Label, _ arguments: String...) -> String { label.filled(language, arguments) }
        var text = "\(scenario.name.isEmpty ? focusName : scenario.name)\n"
        text += wrapped(label(.runSetup, Phrase.model(scenario.model.rawValue).text(language), String(tally.scenarios), String(scenario.seed), focusName,
                              plan.lastRanks[focus].map(String.init) ?? "–", String(plan.fit.lastYear))) + "\n\n"
        let thresholds = rankThresholds
        var ranks = TextTable([
            .init(Label.year.text(language)), .init(Label.median.text(language), .right), .init("5–95 %", .right),
        ] + thresholds.map { .init("P(≤ \($0))", .right) })
        for summary in years {
            ranks.add([
                String(summary.year), summary.median.map(String.init) ?? "–",
                "\(summary.low.map(String.init) ?? "–")–\(summary.high.map(String.init) ?? "–")",
            ] + thresholds.map { percent(summary.share(atMost: $0), in: language) })
        }
        text += label(.rankOf, focusName) + "\n" + ranks.render()
        if !scenario.milestones.isEmpty {
            var milestones = TextTable([
                .init(Label.year.text(language)), .init(label(.milestone), maxWidth: 52),
                .init(label(.probability), .right), .init(label(.intervalShort), .right),
            ])
            for odds in milestoneOdds {
                milestones.add([
                    String(odds.milestone.year), describe(odds.milestone), percent(odds.probability, in: language),
                    "\(percent(odds.interval.lower, in: language))–\(percent(odds.interval.upper, in: language))",
                ])
            }
            text += "\n" + label(.milestones) + "\n" + milestones.render()
            let every = WilsonInterval(successes: tally.everyRankMilestone, trials: tally.scenarios)
            text += label(.everyRankMilestoneTogether) + ": "
                + "\(percent(share(tally.everyRankMilestone), in: language)) (\(percent(every.lower, in: language))–\(percent(every.upper, in: language)))\n"
        }
        text += "\n" + rivalLines()
        if let rankChange { text += "\n" + rankChangeText(rankChange) }
        text += "\n" + provincesTable()
        for warning in plan.warnings { text += wrapped("! \(warning.text(language))") + "\n" }
        for note in plan.notes { text += wrapped("· \(note.text(language))") + "\n" }
        text += wrapped(data.status(in: language)) + "\n"
        for line in missingValueNote.lines(data.provinces, language: language) { text += wrapped("⚠ " + line) + "\n" }
        text += wrapped(label(.reproduceShort) + ": " + command) + "\n"
        return text
    }

    /// What the rival list says, in words that say what its percentages are.
    func rivalLines() -> String {
        func label(_ label: Label, _ arguments: String...) -> String { label.filled(language, arguments) }
        let rivals = self.rivals, year = String(scenario.horizon), k = String(horizonTarget)
        let median = rivals.focusMedian.map(String.init) ?? "–"
        let list = rivals.provinces.prefix(8).map { rival in
            let name = unbroken(data.provinces[rival.province].name), share = percent(rival.shareInTheWay, in: language)
            return rivals.focusMeetsTarget ? "\(name) \(share)" : label(.rivalWithRank, name, rival.medianRank.map(String.init) ?? "–", share)
        }.joined(separator: ", ")
        guard rivals.focusMeetsTarget else { return wrapped(label(.rivalsToOvertake, year, k, median, focusName, list)) + "\n" }
        var text = label(.rivalsAheadReading, year, focusName, median, k)
        if !list.isEmpty { text += " " + label(.rivalsThreatList, focusName, k, list) }
        return wrapped(text) + "\n"
    }

    /// What "why the rank moves" says, for the terminal and the HTML report alike: a
    /// sentence, a row per pillar (code, name, contribution, the indicators carrying most of
    /// it) and, when missing values leave one, a note on the remainder.
    public struct RankChangeContent: Sendable {
        public var summary: String
        public var columns: [String]
        public var rows: [[String]]
        public var remainderNote: String?
    }

    public func rankChangeContent(_ change: RankChange) -> RankChangeContent {
        let framework = plan.framework
        func text(_ label: Label, _ arguments: String...) -> String { label.filled(language, arguments) }
        func rank(_ value: Int?) -> String { value.map(String.init) ?? "–" }
        func points(_ value: Double) -> String { signed(value, digits: 2, in: language) }
        func places(_ delta: Int) -> String {
            delta == 0 ? text(.noRankChange) : text(delta < 0 ? .placesUp : .placesDown, String(abs(delta)))
        }
        let own = (change.ownOnlyRank ?? 0) - (change.fromRank ?? 0), total = (change.toRank ?? 0) - (change.fromRank ?? 0)
        let summary = text(
            .rankChangeSummary, String(change.fromYear), String(change.toYear), focusName, fixed(change.fromIndex, 2, in: language),
            fixed(change.toIndex, 2, in: language), points(change.toIndex - change.fromIndex), rank(change.fromRank),
            rank(change.toRank), rank(change.ownOnlyRank), places(own), places(total - own))
        let rows = framework.pillars.enumerated().map { k, pillar -> [String] in
            let members = framework.indicators.indices.filter { change.pillarOfIndicator[$0] == k }
            let leading = members.filter { abs(change.indicatorContributions[$0]) >= 0.005 }
                .sorted { abs(change.indicatorContributions[$0]) > abs(change.indicatorContributions[$1]) }.prefix(3)
                .map { "\(framework.indicators[$0].code) \(points(change.indicatorContributions[$0]))" }.joined(separator: ", ")
            return [pillar.code, pillar.name(in: language), points(change.pillarContributions[k]), leading]
        }
        return RankChangeContent(
            summary: summary,
            columns: [Label.code.text(language), Label.name.text(language), text(.contributionPoints), text(.leadingIndicators)],
            rows: rows,
            remainderNote: abs(change.remainder) >= 0.005 ? text(.rankChangeRemainder, points(change.remainder)) : nil)
    }

    func rankChangeText(_ change: RankChange) -> String {
        let content = rankChangeContent(change)
        var table = TextTable(content.columns.enumerated().map { .init($1, $0 == 2 ? .right : .left) })
        for row in content.rows { table.add(row) }
        return wrapped(content.summary) + "\n" + table.render() + (content.remainderNote.map { wrapped($0) + "\n" } ?? "")
    }

    /// Every province in the horizon year, two to a line.
    func provincesTable() -> String {
        let y = plan.years.count - 1
        let order = (0..<data.provinces.count).sorted {
            let a = tally.rankQuantile(0.5, year: y, province: $0) ?? .max
            let b = tally.rankQuantile(0.5, year: y, province: $1) ?? .max
            return a != b ? a < b : data.provinces[$0].id < data.provinces[$1].id
        }
        var table = TextTable([
            .init(Label.province.text(language), keepsWhole: true), .init(Label.median.text(language), .right), .init("P(≤ 10)", .right),
            .init(Label.province.text(language), keepsWhole: true), .init(Label.median.text(language), .right), .init("P(≤ 10)", .right),
        ])
        let half = (order.count + 1) / 2
        for row in 0..<half {
            var cells: [String] = []
            for p in [order[row], row + half < order.count ? order[row + half] : nil] {
                guard let p else {
                    cells += ["", "", ""]
                    continue
                }
                cells += [data.provinces[p].name, tally.rankQuantile(0.5, year: y, province: p).map(String.init) ?? "–",
                          percent(tally.shareRankAtMost(10, year: y, province: p), in: language)]
            }
            table.add(cells)
        }
        return Label.everyProvinceIn.filled(language, [String(scenario.horizon)]) + "\n" + table.render()
    }
}
