import PIIIndex

/// The solver's steps: standing and slopes measured by the scorer, the greedy fills, and
/// the passes that trim, exchange and drop slivers until the answer is minimal.
extension GapSolver {
    // MARK: Pieces

    /// A tie within the scorer's tolerance already shares the rank; this margin keeps the
    /// fill just clear of the threshold so that rounding cannot lose it.
    static let tieMargin = 1e-9

    /// Re-scored rounds of fills before the solver gives up: each either closes the gap on its
    /// linear pieces or pushes a tenth of some room, so a reachable rank takes far fewer.
    static let fillLimit = 200

    func reaches(_ scores: YearScores, _ p: Int, _ k: Int) -> Bool {
        (scores.ranks[p] ?? .max) <= k
    }

    /// The province's index minus the score it must beat: the k-th best rival's.
    func standing(_ scores: YearScores, _ p: Int, _ k: Int) -> Double {
        var rivals = scores.index.enumerated().filter { $0.offset != p && !$0.element.isNaN }.map(\.element)
        rivals.sort(by: >)
        return scores.index[p] - (k - 1 < rivals.count ? rivals[k - 1] : -.infinity)
    }

    package static func range(of i: Int, in table: IndicatorTable) -> Double {
        let values = (0..<table.provinceCount).compactMap { table[$0, i] }
        guard let low = values.min(), let high = values.max() else { return 0 }
        return high - low
    }

    /// The cost of one raw unit of each indicator: the cost file's, or by default one per
    /// point of the province's normalised score on it, as the year's values (and treatment)
    /// convert them at the province's own value; where the province already stands at the
    /// top (its score cannot rise), one per hundredth of the provinces' range.
    package func unitCosts(_ table: IndicatorTable, province p: Int, costs: [IndicatorCost?]) -> [Double] {
        let movable = (0..<table.indicatorCount).filter { table[p, $0] != nil }
        let before = scorer.score(table).scores[.indicator]!
        var slopes = [Double](repeating: 0, count: table.indicatorCount)
        for (i, step, scores) in trialMoves(table, province: p, indicators: movable) {
            slopes[i] = (scores.scores[.indicator]![i][p] - before[i][p]) / step
        }
        return slopes.indices.map { i in
            if let price = costs[i]?.costPerUnit { return price }
            return slopes[i] > 1e-9 && slopes[i].isFinite ? slopes[i] : 100 / max(Self.range(of: i, in: table), 1e-12)
        }
    }

    /// Each indicator moved alone by a millionth of the provinces' range in its good
    /// direction, all scored in one batch: the scorer's own derivatives.
    func trialMoves(
        _ table: IndicatorTable, province p: Int, indicators: [Int]
    ) -> [(indicator: Int, step: Double, scores: YearScores)] {
        let steps = indicators.map { max(Self.range(of: $0, in: table), 1e-9) * 1e-6 }
        let trials = zip(indicators, steps).map { i, step in
            var trial = table
            move(&trial, i, p, by: step)
            return trial
        }
        return Array(zip(zip(indicators, steps), scorer.score(trials)).map { ($0.0, $0.1, $1) })
    }

    /// Raw units the province may gain on an indicator: to its domain bound, at most
    /// `max_change`; a missing value cannot move. An indicator with no bound at all may move
    /// up to twice the provinces' spread.
    package func roomToMove(indicator i: Int, province p: Int, table: IndicatorTable, cost: IndicatorCost?) -> Double {
        guard let x = table[p, i] else { return 0 }
        let node = scorer.framework.indicators[i]
        var room = node.direction > 0 ? node.domain.max.map { $0 - x } : node.domain.min.map { x - $0 }
        if let limit = cost?.maxChange { room = min(room ?? limit, limit) }
        return max(0, room ?? 2 * max(Self.range(of: i, in: table), abs(x)))
    }

    /// Room below the best rival value, where the index is linear in the province's value.
    func interior(room: Double, _ i: Int, _ p: Int, _ table: IndicatorTable) -> Double {
        let direction = Double(scorer.framework.indicators[i].direction)
        guard let x = table[p, i],
              let best = (0..<table.provinceCount).filter({ $0 != p }).compactMap({ table[$0, i] }).map({ $0 * direction }).max()
        else { return 0 }
        return max(0, min(room, best - x * direction))
    }

    func move(_ table: inout IndicatorTable, _ i: Int, _ p: Int, by step: Double) {
        let direction = Double(scorer.framework.indicators[i].direction)
        table[p, i] = table[p, i]! + step * direction
    }

    /// How much each raw unit of each indicator narrows the gap to the threshold, measured by
    /// the scorer at this point (all trial moves in one batch): the province's own gain plus
    /// the threshold's fall when the province leaves a minimum.
    func slopes(
        _ table: IndicatorTable, province p: Int, targetRank k: Int, base: YearScores, room: [Double]
    ) -> [Double] {
        let movable = room.indices.filter { room[$0] > 0 && table[p, $0] != nil }
        let here = standing(base, p, k)
        var slopes = [Double](repeating: 0, count: room.count)
        for (i, step, scores) in trialMoves(table, province: p, indicators: movable) {
            slopes[i] = (standing(scores, p, k) - here) / step
        }
        return slopes
    }

    /// For each indicator at or past the rivals' best value with room left: the gain per
    /// raw unit of a push of a tenth of that room, measured by the scorer (all in one batch).
    func pushSlopes(
        _ table: IndicatorTable, province p: Int, targetRank k: Int, room: [Double], base: YearScores
    ) -> [(indicator: Int, slope: Double)] {
        let movable = room.indices.filter {
            room[$0] > 1e-12 && table[p, $0] != nil && interior(room: room[$0], $0, p, table) <= 1e-12
        }
        let trials = movable.map { i in
            var trial = table
            move(&trial, i, p, by: room[i] / 10)
            return trial
        }
        let here = standing(base, p, k)
        return zip(movable, scorer.score(trials)).compactMap { i, scores in
            let slope = (standing(scores, p, k) - here) / (room[i] / 10)
            return slope > 1e-12 ? (i, slope) : nil
        }
    }

    /// Cuts every change to the least that still reaches the rank, the last filled (the most
    /// expensive per point) first: the fills overshoot where a kink (a winsorisation cap, a
    /// rival's maximum) flattened the slope, and the rank's threshold is met exactly. Cutting
    /// one change can give another room again (through a range or a winsorisation cap), so the
    /// pass repeats until every change is needed in full.
    func trimmed(
        _ solved: IndicatorTable, original: IndicatorTable, province p: Int, targetRank k: Int, lastFilled: Int?
    ) -> IndicatorTable {
        var current = solved
        var changed = (0..<original.indicatorCount).filter { current[p, $0] != original[p, $0] }
        if let last = lastFilled, let position = changed.firstIndex(of: last) {
            changed.remove(at: position)
            changed.insert(last, at: 0)
        }
        for pass in 0..<4 {
            var cut = false
            for i in changed where current[p, i] != original[p, i] {
                let from = original[p, i]!, to = current[p, i]!
                let share = leastShare(current, province: p, indicator: i, from: from, to: to, targetRank: k,
                                       upTo: pass == 0 ? 1 : 1 - Self.slack)
                if share < 1 {
                    current[p, i] = share == 0 ? from : from + share * (to - from)
                    cut = true
                }
            }
            if !cut { break }
        }
        return current
    }

    /// Shifts the answer from its dearest change at the margin to the cheapest way of adding a
    /// point, while that lowers the cost: the greedy fills in coarse pieces past a rival's best
    /// value, and its trimming cuts the last piece, not the dearest. A shift raises the cheap
    /// indicator by a quarter of the points the dear one gives, cuts the dear one to the least
    /// that still reaches the rank, and is kept only if the total cost falls.
    func exchanged(
        _ solved: IndicatorTable, original: IndicatorTable, province p: Int, targetRank k: Int, costs: [IndicatorCost?],
        unitCost: [Double]
    ) -> IndicatorTable {
        var current = solved
        func cost(_ table: IndicatorTable) -> Double {
            (0..<table.indicatorCount).reduce(0) { total, i in
                guard let from = original[p, i], let to = table[p, i] else { return total }
                return total + abs(to - from) * unitCost[i]
            }
        }
        for _ in 0..<Self.exchangeRounds {
            guard let add = increments(current, original: original, province: p, targetRank: k, costs: costs, unitCost: unitCost).first
            else { break }
            let here = standing(scorer.score(current), p, k)
            let changed = (0..<original.indicatorCount).filter { $0 != add.indicator && current[p, $0] != original[p, $0] }
            let steps = changed.map { max(Self.range(of: $0, in: current), 1e-9) * 1e-6 }
            let trials = zip(changed, steps).map { i, step in
                var trial = current
                move(&trial, i, p, by: -min(step, abs(current[p, i]! - original[p, i]!)))
                return trial
            }
            // Cost saved per index point given back, for each change.
            let gives = zip(zip(changed, steps), scorer.score(trials)).compactMap { pair, scores -> (Int, Double, Double)? in
                let (i, step) = pair
                let slope = (here - standing(scores, p, k)) / min(step, abs(current[p, i]! - original[p, i]!))
                return slope > 1e-12 ? (i, unitCost[i] / slope, slope) : nil
            }
            guard let give = gives.max(by: { $0.1 < $1.1 }), give.1 > add.costPerPoint * (1 + 1e-3) else { break }
            let (j, _, slope) = give
            let points = slope * abs(current[p, j]! - original[p, j]!) / 4
            var trial = current
            let addSlope = unitCost[add.indicator] / add.costPerPoint
            move(&trial, add.indicator, p, by: min(add.room, points / addSlope))
            let from = original[p, j]!, to = trial[p, j]!
            guard reaches(scorer.score(trial), p, k) else { break }
            let share = leastShare(trial, province: p, indicator: j, from: from, to: to, targetRank: k, upTo: 1)
            trial[p, j] = share == 0 ? from : from + share * (to - from)
            guard reaches(scorer.score(trial), p, k), cost(trial) < cost(current) * (1 - 1e-4) else { break }
            current = trial
        }
        return current
    }

    /// Shifts tried before the answer is taken as it is.
    static let exchangeRounds = 40

    /// Moves slivers (changes worth less than a thousandth of a cost unit, left where several
    /// indicators cost the same per point) into the cheapest other change that can take them,
    /// so that the answer does not ask a department for a change too small to act on.
    func withoutSlivers(
        _ solved: IndicatorTable, original: IndicatorTable, province p: Int, targetRank k: Int, costs: [IndicatorCost?],
        unitCost: [Double]
    ) -> IndicatorTable {
        var current = solved
        for i in 0..<original.indicatorCount where isSliver(i, current, original, p, unitCost) {
            let takers = increments(current, original: original, province: p, targetRank: k, costs: costs, unitCost: unitCost)
                .filter { $0.indicator != i && current[p, $0.indicator] != original[p, $0.indicator] }
            for taker in takers {
                var trial = current
                trial[p, i] = original[p, i]
                let start = current[p, taker.indicator]!
                let end = start + taker.room * Double(scorer.framework.indicators[taker.indicator].direction)
                let share = leastShare(trial, province: p, indicator: taker.indicator, from: start, to: end, targetRank: k, upTo: 1)
                trial[p, taker.indicator] = start + share * (end - start)
                if reaches(scorer.score(trial), p, k) {
                    current = trial
                    break
                }
            }
        }
        return current
    }

    func isSliver(_ i: Int, _ table: IndicatorTable, _ original: IndicatorTable, _ p: Int, _ unitCost: [Double]) -> Bool {
        guard let from = original[p, i], let to = table[p, i], to != from else { return false }
        return abs(to - from) * unitCost[i] < 1e-3
    }

    /// What one more PII point costs at this point through each indicator that can still
    /// move, cheapest first. The first is the linear programme's dual at the answer: the
    /// marginal cost per point.
    func increments(
        _ table: IndicatorTable, original: IndicatorTable, province p: Int, targetRank k: Int, costs: [IndicatorCost?],
        unitCost: [Double]
    ) -> [(indicator: Int, costPerPoint: Double, room: Double)] {
        let room = (0..<table.indicatorCount).map { i -> Double in
            guard let from = original[p, i], let to = table[p, i] else { return 0 }
            return max(0, roomToMove(indicator: i, province: p, table: original, cost: costs[i]) - abs(to - from))
        }
        let slopes = slopes(table, province: p, targetRank: k, base: scorer.score(table), room: room)
        return room.indices.filter { room[$0] > 1e-12 && slopes[$0] > 1e-12 }
            .map { (indicator: $0, costPerPoint: unitCost[$0] / slopes[$0], room: room[$0]) }
            .sorted { $0.costPerPoint < $1.costPerPoint }
    }

    /// The least share of the change `from → to` of indicator `i` that still reaches the rank,
    /// searched eight trial shares per batch; 1 when `upTo` of it (the largest share tried)
    /// already fails.
    func leastShare(
        _ table: IndicatorTable, province p: Int, indicator i: Int, from: Double, to: Double, targetRank k: Int, upTo: Double
    ) -> Double {
        func trials(_ shares: [Double]) -> [Bool] {
            let tables = shares.map { share in
                var trial = table
                trial[p, i] = share == 0 ? from : from + share * (to - from)
                return trial
            }
            return scorer.score(tables).map { reaches($0, p, k) }
        }
        let ends = trials([0, upTo])
        if ends[0] { return 0 }
        guard ends[1] else { return 1 }
        var low = 0.0, high = upTo
        while high - low > 1e-10 {
            let shares = (1...7).map { low + (high - low) * Double($0) / 8 }
            let reached = trials(shares)
            let first = reached.firstIndex(of: true)
            high = first.map { shares[$0] } ?? high
            low = first.map { $0 > 0 ? shares[$0 - 1] : low } ?? shares[6]
        }
        return high
    }

    /// The share of a change a later trimming pass tests for: well inside the 1 % by which a
    /// minimal answer must lose the rank.
    static let slack = 1e-3

    /// The best the allowed moves reach: every indicator at the end of its room, or the
    /// greedy's last point when that ranks better (pushing everything can switch a treatment
    /// against the province).
    func bestReachable(_ table: IndicatorTable, province p: Int, costs: [IndicatorCost?], greedy: IndicatorTable) -> IndicatorTable {
        var full = table
        for i in 0..<table.indicatorCount {
            let room = roomToMove(indicator: i, province: p, table: table, cost: costs[i])
            if room > 0 { move(&full, i, p, by: room) }
        }
        let fullScores = scorer.score(full), greedyScores = scorer.score(greedy)
        return (fullScores.ranks[p] ?? .max, -fullScores.index[p]) <= (greedyScores.ranks[p] ?? .max, -greedyScores.index[p])
            ? full : greedy
    }

    func answer(
        original: IndicatorTable, solved: IndicatorTable, base: YearScores, final: YearScores, p: Int, targetRank: Int?,
        unitCost: [Double], marginal: Double?
    ) -> Answer {
        let framework = scorer.framework
        let weights = framework.effectiveWeights
        let before = base.scores[.indicator]!, after = final.scores[.indicator]!
        let changes = framework.indicators.indices.compactMap { i -> Change? in
            guard let from = original[p, i], let to = solved[p, i], from != to else { return nil }
            let rivalBest = (0..<solved.provinceCount).filter { $0 != p }.compactMap { solved[$0, i] }
                .map { $0 * Double(framework.indicators[i].direction) }.max() ?? -.infinity
            return Change(
                indicator: i, from: from, to: to, scoreFrom: before[i][p], scoreTo: after[i][p],
                effectiveWeight: weights[i], cost: abs(to - from) * unitCost[i],
                isNewMaximum: to * Double(framework.indicators[i].direction) > rivalBest)
        }
        let overtaken = (0..<base.provinceCount).filter { q in
            q != p && (base.ranks[q] ?? .max) < (base.ranks[p] ?? .max) && (final.ranks[q] ?? .max) > (final.ranks[p] ?? .max)
        }
        return Answer(
            reached: (final.ranks[p] ?? .max) <= (targetRank ?? .max),
            rankBefore: base.ranks[p], rankAfter: final.ranks[p], indexBefore: base.index[p], indexAfter: final.index[p],
            changes: changes, cost: changes.reduce(0) { $0 + $1.cost }, marginalCost: marginal,
            treatmentSwitched: framework.indicators.indices.filter { base.treatments[$0] != final.treatments[$0] },
            overtaken: overtaken, table: solved)
    }
}
