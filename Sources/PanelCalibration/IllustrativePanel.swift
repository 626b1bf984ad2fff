import Foundation
import PIIData
import PIIForecast
import PIIIndex

/// Builds the illustrative 2023–2025 panel from the anchors, deterministically.
///
/// 2025 is designed in normalised space and calibrated: every province gets a score on every
/// indicator from its total, its pillar profile and seeded noise; each indicator's leader
/// scores 100 and its lowest province 0; then each province's free scores are shifted until
/// its published figures (or assumed total) come out exactly. Scores map linearly to raw
/// values between the indicator's realistic `low` and `high`, so that min–max normalisation
/// gives them back; a leader that is far ahead gets a raw value above `high` that the outlier
/// rule winsorises back to its runner-up's. After rounding to published precision, the real
/// scorer re-checks every target and the finest free value of each province absorbs what
/// rounding moved. 2024 and 2023 are then walked back from 2025 with each indicator's
/// typical movement and each province's recent rise.
public struct IllustrativePanel {
    public let framework: Framework
    public let provinces: ProvinceSet
    public let anchors: PanelAnchors
    public let seed: UInt64

    public static let years = [2023, 2024, 2025]

    public init(framework: Framework, provinces: ProvinceSet, anchors: PanelAnchors, seed: UInt64 = 2025) {
        self.framework = framework
        self.provinces = provinces
        self.anchors = anchors
        self.seed = seed
    }

    /// A value the calibration could not reach, or a treatment that did not come out as
    /// designed: the anchors need tuning.
    public struct CalibrationError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The panel as CSV text (`year,province,indicator,value`).
    public func csv() throws -> String {
        let values = try generate()
        var text = "year,province,indicator,value\n"
        for year in Self.years {
            for (p, province) in provinces.provinces.enumerated() {
                for (i, indicator) in framework.indicators.enumerated() {
                    text += "\(year),\(province.id),\(indicator.code),\(format(values[year]![p, i]!, i))\n"
                }
            }
        }
        return text
    }

    /// The raw values per year.
    public func generate() throws -> [Int: IndicatorTable] {
        var random = SplitMix64(seed: seed)
        let design = try Design(panel: self, random: &random)
        var latest = design.rawValues()
        try calibrate(&latest, design: design)
        var tables = [2025: latest]
        var later = latest
        for year in [2024, 2023] {
            later = backcast(later, into: year, random: &random)
            tables[year] = later
        }
        return tables
    }

    // MARK: Anchors by number

    func indicatorAnchor(_ i: Int) -> PanelAnchors.IndicatorAnchor {
        anchors.indicators.first { $0.code == framework.indicators[i].code }!
    }

    func provinceAnchor(_ p: Int) -> PanelAnchors.ProvinceAnchor {
        anchors.provinces.first { $0.id == provinces[p].id }!
    }

    // MARK: Rounding

    /// The value as published: rounded to the indicator's decimals, then read back exactly as
    /// the panel loader will read it.
    func rounded(_ value: Double, _ indicator: Int) -> Double {
        Double(format(value, indicator))!
    }

    func format(_ value: Double, _ indicator: Int) -> String {
        let text = String(format: "%.\(indicatorAnchor(indicator).digits)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    // MARK: Calibration with the real scorer

    /// One published or assumed figure: a linear function of the province's normalised
    /// scores (an index, block or pillar), and the value it must take.
    struct Target {
        var province: Int
        var name: String
        var shares: [Double]
        var value: Double
    }

    func targets() -> [Target] {
        var targets: [Target] = []
        let tree = ShareTree(framework: framework)
        for p in 0..<provinces.count {
            let anchor = provinceAnchor(p)
            var hasDetail = false
            for (k, pillar) in framework.pillars.enumerated() {
                if let value = anchor.pillars[k] {
                    targets.append(Target(province: p, name: "\(anchor.id) \(pillar.code)", shares: tree.shares(of: pillar.code), value: value))
                    hasDetail = true
                }
            }
            if !hasDetail {
                for (b, value) in [anchor.input, anchor.output].enumerated() {
                    guard let value else { continue }
                    let block = framework.blocks[b].code
                    targets.append(Target(province: p, name: "\(anchor.id) \(block)", shares: tree.shares(of: block), value: value))
                    hasDetail = true
                }
            }
            if !hasDetail {
                targets.append(Target(province: p, name: "\(anchor.id) index", shares: tree.shares(of: Framework.rootCode), value: anchor.total))
            }
        }
        return targets
    }

    /// Re-scores with the real scorer and nudges each province's finest free value, in whole
    /// published units, until every target is met to within 0.0005.
    func calibrate(_ table: inout IndicatorTable, design: Design) throws {
        let scorer = BatchScorer(framework: framework)
        let tree = ShareTree(framework: framework)
        let targets = targets()
        for _ in 0..<200 {
            let scores = scorer.score(table)
            var worst = 0.0
            for target in targets {
                let actual = tree.value(of: target.shares, province: target.province, scores: scores)
                let residual = target.value - actual
                worst = max(worst, abs(residual))
                guard abs(residual) > 0.0002 else { continue }
                nudge(&table, target: target, residual: residual, design: design)
            }
            if worst <= 0.0005 { return try verify(table, targets: targets) }
        }
        throw CalibrationError(description: "the 2025 targets could not be met after rounding; loosen the anchors' digits")
    }

    private func nudge(_ table: inout IndicatorTable, target: Target, residual: Double, design: Design) {
        // Index points moved by one published unit of each free indicator in the target. Units
        // are coarse, so the move may combine two indicators (say +2 units of one, −1 of
        // another); the combination that leaves the smallest remainder wins.
        let candidates = (0..<framework.indicators.count).filter { i in
            target.shares[i] > 0 && !design.isPinned(province: target.province, indicator: i)
        }
        let step = candidates.map { i -> Double in
            let anchor = indicatorAnchor(i)
            return target.shares[i] * 100 / (anchor.high - anchor.low) * pow(10, -Double(anchor.digits))
        }
        var best: (moves: [(Int, Double)], remainder: Double) = ([], abs(residual))
        for a in candidates.indices {
            let units = (residual / step[a]).rounded()
            let remainder = abs(residual - units * step[a])
            if units != 0 && remainder < best.remainder { best = ([(a, units)], remainder) }
            for b in candidates.indices where b > a {
                for u in -5...5 {
                    let rest = residual - Double(u) * step[a]
                    let v = (rest / step[b]).rounded()
                    let remainder = abs(rest - v * step[b])
                    if remainder < best.remainder && (u != 0 || v != 0) && abs(v) <= 5 {
                        best = ([(a, Double(u)), (b, v)], remainder)
                    }
                }
            }
        }
        for (a, units) in best.moves where units != 0 {
            let i = candidates[a]
            let anchor = indicatorAnchor(i)
            let moved = table[target.province, i]! + units * pow(10, -Double(anchor.digits))
            // Stay strictly inside the range, so that the indicator's minimum and maximum hold.
            let margin = (anchor.high - anchor.low) * 0.005
            table[target.province, i] = rounded(min(max(moved, anchor.low + margin), anchor.high - margin), i)
        }
    }

    /// The published figures, the rank order of the anchors and the designed treatments,
    /// checked on the final values by the real scorer.
    private func verify(_ table: IndicatorTable, targets: [Target]) throws {
        let scores = BatchScorer(framework: framework).score(table)
        let tree = ShareTree(framework: framework)
        for target in targets {
            let actual = tree.value(of: target.shares, province: target.province, scores: scores)
            guard abs(actual - target.value) <= 0.0005 else {
                throw CalibrationError(description: "\(target.name) is \(actual), not \(target.value)")
            }
        }
        let byTotal = (0..<provinces.count).sorted { provinceAnchor($0).total > provinceAnchor($1).total }
        for (position, p) in byTotal.enumerated() where scores.ranks[p] != position + 1 {
            throw CalibrationError(description: "\(provinces[p].id) ranks \(scores.ranks[p] ?? 0), not \(position + 1)")
        }
        for (i, treatment) in scores.treatments.enumerated() {
            let designedOutlier = indicatorAnchor(i).outlierFactor != nil
            switch (treatment, designedOutlier) {
            case (.winsorised, true), (.none, false): continue
            default:
                throw CalibrationError(description: "\(framework.indicators[i].code) is treated \(treatment), not as designed")
            }
        }
    }

    // MARK: Earlier years

    /// The year before `later`: each value moved back by its indicator's typical yearly
    /// movement and its province's recent rise, with seeded noise, kept in the domain.
    func backcast(_ later: IndicatorTable, into year: Int, random: inout SplitMix64) -> IndicatorTable {
        var earlier = later
        for i in 0..<framework.indicators.count {
            let anchor = indicatorAnchor(i)
            let node = framework.indicators[i]
            let range = anchor.high - anchor.low
            for p in 0..<provinces.count {
                let province = provinceAnchor(p)
                let rise = year == 2024 ? province.change2024 : province.change2023
                // The province stood lower by about its rise, in normalised points.
                var value = later[p, i]! - range * rise * (1 + 0.5 * random.nextNormal()) / 100
                switch anchor.kind {
                case .growth: value /= 1 + anchor.change + anchor.noise * random.nextNormal()
                case .level, .survey: value -= anchor.change + anchor.noise * random.nextNormal()
                case .rate: value += anchor.noise * random.nextNormal()
                }
                value = node.domain.clamp(value)
                if anchor.kind == .growth { value = max(value, anchor.low * 0.5) }
                earlier[p, i] = rounded(value, i)
            }
        }
        return earlier
    }
}

/// The normalised 2025 design before rounding: who leads, who trails, everyone's score.
struct Design {
    let panel: IllustrativePanel
    /// `scores[p][i]`, 0…100.
    private(set) var scores: [[Double]]
    private var pinned: Set<Int> = []

    func isPinned(province p: Int, indicator i: Int) -> Bool {
        pinned.contains(p * panel.framework.indicators.count + i)
    }

    init(panel: IllustrativePanel, random: inout SplitMix64) throws {
        self.panel = panel
        let framework = panel.framework
        let count = panel.provinces.count
        let pillarOfIndicator = framework.indicators.map { indicator -> Int in
            let group = framework.node(code: indicator.parent)!
            return framework.pillars.firstIndex { $0.code == group.parent }!
        }
        scores = Array(repeating: Array(repeating: 0, count: framework.indicators.count), count: count)
        for (i, _) in framework.indicators.enumerated() {
            let anchor = panel.indicatorAnchor(i)
            let k = pillarOfIndicator[i]
            let offset = panel.anchors.pillarOffsets[framework.pillars[k].code] ?? 0
            var latent = (0..<count).map { p in
                let province = panel.provinceAnchor(p)
                return province.total + offset + province.tilts[k] + 14 * random.nextNormal()
            }
            guard let leader = panel.provinces.number(of: anchor.leader) else {
                throw IllustrativePanel.CalibrationError(description: "unknown leader \(anchor.leader) for \(anchor.code)")
            }
            var top = [leader]
            if let runnerUp = anchor.runnerUp {
                guard let number = panel.provinces.number(of: runnerUp) else {
                    throw IllustrativePanel.CalibrationError(description: "unknown runner-up \(runnerUp) for \(anchor.code)")
                }
                top.append(number)
            }
            for p in top { latent[p] = .infinity }
            // Behind a leader that is far ahead, a graded tail (82, then 68) keeps the scores
            // after one winsorisation step from being flagged again.
            var tail: [Int: Double] = [:]
            if anchor.runnerUp != nil {
                let next = (0..<count).filter { !top.contains($0) }.sorted { latent[$0] > latent[$1] }
                tail = [next[0]: 82, next[1]: 68]
            }
            let last = (0..<count).filter { !top.contains($0) }.min { latent[$0] < latent[$1] }!
            for p in 0..<count {
                if top.contains(p) {
                    scores[p][i] = 100
                } else if let score = tail[p] {
                    scores[p][i] = score
                } else if p == last {
                    scores[p][i] = 0
                } else {
                    scores[p][i] = min(max(latent[p], 2), 98)
                    continue
                }
                pinned.insert(p * framework.indicators.count + i)
            }
        }
        calibrate()
    }

    /// Shifts each province's free scores until its targets hold exactly (before rounding).
    private mutating func calibrate() {
        let targets = panel.targets()
        for _ in 0..<200 {
            var worst = 0.0
            for target in targets {
                let free = (0..<panel.framework.indicators.count).filter {
                    target.shares[$0] > 0 && !isPinned(province: target.province, indicator: $0)
                }
                let value = zip(scores[target.province], target.shares).reduce(0) { $0 + $1.0 * $1.1 }
                let residual = target.value - value
                worst = max(worst, abs(residual))
                let weight = free.reduce(0) { $0 + target.shares[$1] }
                guard weight > 0 else { continue }
                for i in free {
                    scores[target.province][i] = min(max(scores[target.province][i] + residual / weight, 1), 99)
                }
            }
            if worst < 1e-10 { return }
        }
    }

    /// Scores mapped to raw values in each indicator's unit, rounded as published.
    func rawValues() -> IndicatorTable {
        var table = IndicatorTable(provinceCount: panel.provinces.count, indicatorCount: panel.framework.indicators.count)
        for i in 0..<panel.framework.indicators.count {
            let anchor = panel.indicatorAnchor(i)
            let leader = panel.provinces.number(of: anchor.leader)!
            for p in 0..<panel.provinces.count {
                var value = anchor.low + (anchor.high - anchor.low) * scores[p][i] / 100
                if p == leader, let factor = anchor.outlierFactor { value = anchor.high * factor }
                table[p, i] = panel.rounded(value, i)
            }
        }
        return table
    }
}

/// Each node's share of each indicator (the product of normalised weights down the tree),
/// to express a pillar, block or the index as a weighted sum of indicator scores.
struct ShareTree {
    let framework: Framework

    func shares(of code: String) -> [Double] {
        if let number = framework.indicatorNumber(code: code) {
            var unit = [Double](repeating: 0, count: framework.indicators.count)
            unit[number] = 1
            return unit
        }
        let children = framework.nodes.filter { $0.parent == code }
        let total = children.reduce(0) { $0 + $1.weight }
        var result = [Double](repeating: 0, count: framework.indicators.count)
        for child in children {
            for (i, share) in shares(of: child.code).enumerated() { result[i] += share * child.weight / total }
        }
        return result
    }

    func value(of shares: [Double], province p: Int, scores: YearScores) -> Double {
        zip(scores.scores[.indicator]!, shares).reduce(0) { $0 + $1.0[p] * $1.1 }
    }
}

