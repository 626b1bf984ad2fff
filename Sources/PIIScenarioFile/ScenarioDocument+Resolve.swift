import PIIData
import PIIIndex
import PIISimulation

extension ScenarioDocument {
    static let milestoneKeys = ["year", "rank_at_most", "better_than_previous_year", "score_at_least", "pillar",
                                "every_indicator_at_or_above_average"]
    static let interventionKeys = ["id", "name", "owner", "province", "effects", "start", "ramp_years", "cost", "levels", "start_options"]
    static let effectKeys = ["indicator", "change", "reach", "uncertainty"]

    /// Looks every name up in `data` and checks what needs the data: years against the
    /// panel's last edition, provinces, indicators, pillars, and milestones that contradict
    /// each other.
    public func resolve(with data: DataSet, lastDataYear: Int) throws -> Scenario {
        let provinces = data.provinces
        let focus = try Self.province(province!, in: provinces)
        let horizon = try horizon.map { try $0.integer() } ?? Scenario.defaultHorizon
        if horizon <= lastDataYear || horizon > 2100 {
            throw (self.horizon.map { $0.error(message(horizon: horizon, last: lastDataYear)) }
                ?? InputError(file: file, field: "horizon", message: message(horizon: horizon, last: lastDataYear)))
        }
        let count = try scenarios.map { try $0.integer() } ?? Scenario.defaultScenarioCount
        if !RunLimits.scenarios.contains(count) {
            throw scenarios!.error(.scenarioCountRange(RunLimits.describe(RunLimits.scenarios)))
        }
        // Whether the values are scores comes with the data, read as the file says.
        var settings = settings
        settings.valuesAreNormalised = data.valuesAreNormalised
        var scenario = Scenario(
            name: name, province: focus, horizon: horizon, model: model, mixture: mixture ?? Scenario.equalMixture,
            scenarios: count, seed: seed, shocks: shocks, shockScale: shockScale, parameterUncertainty: parameterUncertainty,
            settings: settings)
        let simulated = (lastDataYear + 1)...horizon
        scenario.milestones = try milestones.map { try milestone($0, framework: data.framework, provinces: provinces.count, years: simulated) }
        try checkConsistency(scenario.milestones, provinces: provinces.count)
        var ids: Set<String> = []
        // The measures first, as the file lists them; then their other versions, which only
        // the optimiser uses.
        var versions: [Intervention] = []
        scenario.interventions = try interventions.enumerated().map { n, node in
            let intervention = try intervention(node, data: data, focus: focus, years: simulated)
            guard ids.insert(intervention.id).inserted else {
                throw node.error(.interventionIDUsed(quoted(intervention.id)))
            }
            versions += try self.versions(of: intervention, number: n, node: node, years: simulated)
            return intervention
        }
        scenario.interventions += versions
        return scenario
    }

    private func message(horizon: Int, last: Int) -> Phrase {
        .badHorizon(horizon, last: last)
    }

    static func province(_ node: YAMLNode, in provinces: ProvinceSet) throws -> Int {
        let name = try node.string()
        guard let number = provinces.number(of: name) else {
            if let former = provinces.formerProvince(named: name) {
                throw node.error(.writeMergedProvince(provinces.merger(former), id: provinces[former.into].id))
            }
            let hint = provinces.suggestion(for: name).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
            throw node.error(.unknownScenarioProvince(quoted(name), hint: hint))
        }
        return number
    }

    private func year(_ node: YAMLNode, in years: ClosedRange<Int>, what: String) throws -> Int {
        let year = try node.integer()
        guard years.contains(year) else {
            throw node.error(.yearOutsideSimulation(what, year, years))
        }
        return year
    }

    private func milestone(_ node: YAMLNode, framework: Framework, provinces: Int, years: ClosedRange<Int>) throws -> Milestone {
        let entries = try node.mapping(allowed: Self.milestoneKeys)
        let values = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.value) })
        guard let yearNode = values["year"] else { throw node.error(.milestoneNeedsYear) }
        let year = try year(yearNode, in: years, what: "milestone")
        func rank(_ node: YAMLNode) throws -> Int {
            let k = try node.integer()
            guard (1...provinces).contains(k) else { throw node.error(.rankBetween(provinces)) }
            return k
        }
        var pillar: Int?
        if let pillarNode = values["pillar"] {
            let code = try pillarNode.string()
            guard let number = framework.pillars.firstIndex(where: { $0.code == code }) else {
                let hint = closestMatch(to: code, among: framework.pillars.map(\.code)).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
                throw pillarNode.error(.unknownPillar(quoted(code), hint: hint))
            }
            pillar = number
        }
        let conditions = entries.filter { $0.key != "year" && $0.key != "pillar" }
        guard conditions.count == 1, let (key, value) = conditions.first else {
            throw node.error(.oneCondition)
        }
        let condition: Milestone.Condition
        switch (key, pillar) {
        case ("rank_at_most", nil): condition = .rankAtMost(try rank(value))
        case ("rank_at_most", let pillar?): condition = .pillarRankAtMost(pillar: pillar, rank: try rank(value))
        case ("score_at_least", nil): condition = .scoreAtLeast(try value.number())
        case ("score_at_least", let pillar?): condition = .pillarScoreAtLeast(pillar: pillar, score: try value.number())
        case ("better_than_previous_year", nil):
            let k = try value.integer()
            guard k >= 1, k < provinces else { throw value.error(.climbBetween(provinces - 1)) }
            condition = .betterThanPreviousYear(k)
        case ("every_indicator_at_or_above_average", nil):
            guard try value.boolean() else { throw value.error(.writeEveryIndicatorTrue) }
            condition = .everyIndicatorAtAverage
        default:
            throw node.error(.pillarWithRankOrScore)
        }
        return Milestone(year: year, condition: condition, label: node.path)
    }

    /// Rejects milestones no scenario can meet together: a year that must be at most rank U
    /// followed by a year that must climb k places needs U ≥ 1 + k, and so on along the path.
    private func checkConsistency(_ milestones: [Milestone], provinces: Int) throws {
        var bound: [Int: Int] = [:]
        for milestone in milestones {
            if case .rankAtMost(let k) = milestone.condition { bound[milestone.year] = min(bound[milestone.year] ?? provinces, k) }
        }
        // The best rank each year can have given later climbs: climbing k places into year y
        // needs rank ≥ 1 + k in year y − 1.
        var needed: [Int: Int] = [:]
        for milestone in milestones.sorted(by: { $0.year > $1.year }) {
            if case .betterThanPreviousYear(let k) = milestone.condition {
                let floor = (needed[milestone.year] ?? 1) + k
                needed[milestone.year - 1] = max(needed[milestone.year - 1] ?? 1, floor)
            }
        }
        for (year, best) in needed {
            if let upper = bound[year], upper < best {
                let node = self.milestones.first { $0.path == milestones.first { $0.year == year + 1 }?.label }
                throw (node ?? self.milestones[0]).error(
                    .contradictoryMilestones(rank: upper, year: year))
            }
        }
    }

    private func intervention(_ node: YAMLNode, data: DataSet, focus: Int, years: ClosedRange<Int>) throws -> Intervention {
        let entries = try node.mapping(allowed: Self.interventionKeys)
        let values = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.value) })
        guard let idNode = values["id"] else { throw node.error(.interventionNeedsID) }
        let id = try idNode.string()
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw idNode.error(.emptyInterventionID)
        }
        guard let startNode = values["start"] else { throw node.error(.interventionNeedsStart(quoted(id))) }
        let start = try year(startNode, in: years, what: "start")
        let province = try values["province"].map { try Self.province($0, in: data.provinces) } ?? focus
        let ramp = try values["ramp_years"].map { try $0.integer() } ?? 1
        if ramp < 1 { throw values["ramp_years"]!.error(.rampAtLeastOne) }
        if ramp > years.upperBound - start + 1 {
            throw values["ramp_years"]!.error(.rampPastHorizon(ramp, start: start, horizon: years.upperBound))
        }
        let cost = try values["cost"].map { try $0.number() } ?? 0
        if cost < 0 { throw values["cost"]!.error(.negativeCost) }
        guard let effectsNode = values["effects"] else { throw node.error(.interventionNeedsEffects(quoted(id))) }
        let effects = try effectsNode.sequence().map { try effect($0, framework: data.framework, provinces: data.provinces) }
        guard !effects.isEmpty else { throw effectsNode.error(.atLeastOneEffect) }
        return Intervention(
            id: id, name: try values["name"]?.string() ?? id, owner: try values["owner"]?.string() ?? "",
            province: province, effects: effects, start: start, rampYears: ramp, cost: cost)
    }

    /// The other versions of a measure the optimiser may choose instead: every level
    /// (`levels: [{scale: 0.5, cost: 40}, …]`, scaling its `change:` effects) from every start
    /// year (`start_options: [2027, 2028]`), the measure's own level and start included.
    private func versions(of measure: Intervention, number: Int, node: YAMLNode, years: ClosedRange<Int>) throws -> [Intervention] {
        let entries = try node.mapping(allowed: Self.interventionKeys)
        let values = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.value) })
        var levels: [(scale: Double, cost: Double)] = [(1, measure.cost)]
        if let levelsNode = values["levels"] {
            for levelNode in try levelsNode.sequence() {
                let level = Dictionary(uniqueKeysWithValues: try levelNode.mapping(allowed: ["scale", "cost"]).map { ($0.key, $0.value) })
                guard let scaleNode = level["scale"], let costNode = level["cost"] else {
                    throw levelNode.error(.levelNeedsScaleAndCost)
                }
                let scale = try scaleNode.number(), cost = try costNode.number()
                guard scale > 0 else { throw scaleNode.error(.scaleAboveZero) }
                guard cost >= 0 else { throw costNode.error(.negativeCost) }
                guard !levels.contains(where: { $0.scale == scale }) else {
                    throw scaleNode.error(.scaleTwice("\(scale)"))
                }
                if measure.effects.contains(where: { $0.change.scaled(by: 2) == nil }) {
                    throw levelNode.error(.reachCannotScale(quoted(measure.id)))
                }
                levels.append((scale, cost))
            }
        }
        var starts = [measure.start]
        if let startsNode = values["start_options"] {
            for yearNode in try startsNode.sequence() {
                let start = try year(yearNode, in: years, what: "start_options")
                if start + measure.rampYears - 1 > years.upperBound {
                    throw yearNode.error(.startPastHorizon(start, ramp: measure.rampYears, horizon: years.upperBound))
                }
                if !starts.contains(start) { starts.append(start) }
            }
        }
        var versions: [Intervention] = []
        for start in starts {
            for level in levels where !(start == measure.start && level.scale == 1) {
                var version = measure
                version.id = measure.id + (level.scale == 1 ? "" : "×" + String(format: "%g", level.scale)) + (start == measure.start ? "" : "@\(start)")
                version.start = start
                version.cost = level.cost
                version.versionOf = number
                // Only other levels scale the effects (a `reach:` effect cannot be scaled, and
                // levels reject it); another start year keeps them as written.
                if level.scale != 1 {
                    version.effects = measure.effects.map { effect in
                        var scaled = effect
                        scaled.change = effect.change.scaled(by: level.scale)!
                        return scaled
                    }
                }
                versions.append(version)
            }
        }
        return versions
    }

    private func effect(_ node: YAMLNode, framework: Framework, provinces: ProvinceSet) throws -> Intervention.Effect {
        let entries = try node.mapping(allowed: Self.effectKeys)
        let values = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.value) })
        guard let indicatorNode = values["indicator"] else { throw node.error(.effectNeedsIndicator) }
        let code = try indicatorNode.string()
        guard let indicator = framework.indicatorNumber(code: code) else {
            let hint = closestMatch(to: code, among: framework.indicators.map(\.code)).map(Phrase.didYouMean) ?? Phrase(verbatim: "")
            throw indicatorNode.error(.unknownEffectIndicator(quoted(code), hint: hint))
        }
        let uncertainty = try values["uncertainty"].map { try $0.number() } ?? 0
        if uncertainty < 0 { throw values["uncertainty"]!.error(.negativeUncertainty) }
        let change: Intervention.Change
        switch (values["change"], values["reach"]) {
        case (let changeNode?, nil): change = try Self.change(changeNode)
        case (nil, let reachNode?): change = try Self.reach(reachNode, provinces: provinces)
        default: throw node.error(.changeOrReach)
        }
        return Intervention.Effect(indicator: indicator, change: change, uncertainty: uncertainty)
    }

    static func change(_ node: YAMLNode) throws -> Intervention.Change {
        if let number = node.node.float, node.node.string.map({ !$0.contains("%") }) ?? true {
            guard number.isFinite, abs(number) < 1e15 else {
                throw node.error(.changeNotFinite(node.node.string))
            }
            return .absolute(number)
        }
        var text = try node.string().replacingOccurrences(of: " ", with: "")
        let percent = text.hasSuffix("%")
        if percent { text.removeLast() }
        guard let value = Double(text), value.isFinite, abs(value) < 1e15 else {
            throw node.error(.writeChange)
        }
        return percent ? .relative(value / 100) : .absolute(value)
    }

    static func reach(_ node: YAMLNode, provinces: ProvinceSet) throws -> Intervention.Change {
        if let text = node.node.scalar?.string {
            switch text {
            case "national-average": return .reachNationalAverage
            case "best": return .reachBest
            default: throw node.error(.reachValues)
            }
        }
        let entries = try node.mapping(allowed: ["province"])
        guard let target = entries.first?.value else { throw node.error(.writeReachProvince) }
        return .reachProvince(try province(target, in: provinces))
    }
}
