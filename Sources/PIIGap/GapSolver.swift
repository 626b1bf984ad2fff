import PIIIndex

/// The smallest improvement of one province's indicators that gives it rank `targetRank` or
/// better, the other provinces' values held fixed (`forecast-and-optimisation-methods.md` §2).
///
/// With the ranges and the outlier treatment fixed, the index is linear in the province's
/// values, so the cheapest mix is a fractional knapsack: fill the indicators in order of cost
/// per index point, each up to its cap, until the gap closes. It stops being linear when the
/// province reaches an indicator's maximum (beyond it the province stays at 100 and the
/// others shrink), when it leaves its minimum (it stays at 0 while the others fall), or when
/// its move switches an indicator's treatment. The solver therefore works in pieces: the
/// slopes are measured by the scorer at the current point, each fill is re-scored and the
/// next one starts where the real score landed. With a cost file, pushes past the rivals'
/// best values compete with the fills below them on measured gain per cost (a cheap
/// indicator pushed past the maximum lowers every rival's score and can beat a dear one
/// filled), and the answer is then shifted from its dearest change to the cheapest point
/// while that lowers the cost, so that the marginal costs balance; in normalised points a
/// push gains the province nothing of its own and comes only when no fill is left. Finally
/// every change is cut to the least that still reaches the rank. The scorer is the judge of
/// every answer.
public struct GapSolver: Sendable {
    public let scorer: BatchScorer

    public init(scorer: BatchScorer) {
        self.scorer = scorer
    }

    public struct Change: Sendable {
        public var indicator: Int
        public var from: Double
        public var to: Double
        /// The province's normalised score on the indicator before and after.
        public var scoreFrom: Double
        public var scoreTo: Double
        public var effectiveWeight: Double
        public var cost: Double
        /// Whether the province ends above every other province's value (its new maximum).
        public var isNewMaximum: Bool
    }

    public struct Answer: Sendable {
        /// Whether the target rank is reached (always true for a move without a target).
        public var reached: Bool
        public var rankBefore: Int?
        public var rankAfter: Int?
        public var indexBefore: Double
        public var indexAfter: Double
        public var changes: [Change]
        public var cost: Double
        /// The cost of one more index point at the answer, through the cheapest indicator that
        /// can still move: the linear programme's dual.
        public var marginalCost: Double?
        /// Indicators whose outlier treatment differs after the move.
        public var treatmentSwitched: [Int]
        /// Provinces ranked above the province before and below it after.
        public var overtaken: [Int]
        /// The values after the move.
        public var table: IndicatorTable
    }

    /// The cheapest improvement of province `p` that reaches rank `k`; when no allowed move
    /// reaches it, the answer is not `reached` and shows the best rank found.
    ///
    /// - Parameter costs: per indicator (nil: one unit per point of the province's normalised
    ///   score on the indicator, `unitCosts`).
    public func solve(_ table: IndicatorTable, province p: Int, targetRank k: Int, costs: [IndicatorCost?]) -> Answer {
        let indicators = scorer.framework.indicators.count
        let base = scorer.score(table)
        let unitCost = unitCosts(table, province: p, costs: costs)
        let priced = costs.contains { $0?.costPerUnit != nil }
        guard !reaches(base, p, k) else {
            return answer(original: table, solved: table, base: base, final: base, p: p, targetRank: k, unitCost: unitCost, marginal: nil)
        }
        var current = table
        var scores = base
        // How far each indicator may still move in its good direction, in raw units.
        var room = (0..<indicators).map { roomToMove(indicator: $0, province: p, table: table, cost: costs[$0]) }
        var lastFilled: Int?
        var rounds = 0
        while !reaches(scores, p, k) && rounds < Self.fillLimit {
            rounds += 1
            let shortfall = -standing(scores, p, k)
            let slopes = self.slopes(current, province: p, targetRank: k, base: scores, room: room)
            // Below the rivals' best value a fill runs at its slope up to that value; past it,
            // a push of a tenth of the remaining room at the gain it measurably gives (every
            // rival's score falls as the maximum rises, by less and less). Both compete on cost
            // per point: a cheap indicator pushed past the maximum can beat a dear one filled.
            let fills = (0..<indicators)
                .filter { slopes[$0] > 1e-12 && interior(room: room[$0], $0, p, current) > 1e-12 }
                .map { (indicator: $0, slope: slopes[$0], amount: interior(room: room[$0], $0, p, current), isPush: false) }
            // With prices in normalised points a push gains nothing on the province's own
            // score, so it comes only when no fill is left, as a last resort.
            let pushes = priced || fills.isEmpty
                ? pushSlopes(current, province: p, targetRank: k, room: room, base: scores)
                    .map { (indicator: $0.indicator, slope: $0.slope, amount: room[$0.indicator] / 10, isPush: true) }
                : []
            let order = (fills + pushes).sorted { unitCost[$0.indicator] / $0.slope < unitCost[$1.indicator] / $1.slope }
            guard !order.isEmpty else { break }
            var remaining = shortfall + Self.tieMargin
            for candidate in order where remaining > 0 {
                let i = candidate.indicator
                let step = min(candidate.amount, remaining / candidate.slope)
                move(&current, i, p, by: step)
                room[i] -= step
                remaining -= step * candidate.slope
                lastFilled = i
                // A fill that reached the rivals' best with room left ends the round: its push
                // is priced in the next one, before any dearer fill is bought.
                if !candidate.isPush && step == candidate.amount && room[i] > 1e-12 { break }
            }
            scores = scorer.score(current)
        }
        guard reaches(scores, p, k) else {
            let best = bestReachable(table, province: p, costs: costs, greedy: current)
            return answer(original: table, solved: best, base: base, final: scorer.score(best), p: p, targetRank: k,
                          unitCost: unitCost, marginal: nil)
        }
        current = trimmed(current, original: table, province: p, targetRank: k, lastFilled: lastFilled)
        if priced {
            let exchanged = exchanged(current, original: table, province: p, targetRank: k, costs: costs, unitCost: unitCost)
            // A shift raises one change without cutting it to the least: trim again.
            if exchanged != current { current = trimmed(exchanged, original: table, province: p, targetRank: k, lastFilled: nil) }
        }
        current = withoutSlivers(current, original: table, province: p, targetRank: k, costs: costs, unitCost: unitCost)
        let marginal = increments(current, original: table, province: p, targetRank: k, costs: costs, unitCost: unitCost).first
        return answer(original: table, solved: current, base: base, final: scorer.score(current), p: p, targetRank: k,
                      unitCost: unitCost, marginal: marginal?.costPerPoint)
    }

    /// The province's values with every indicator at the national average where it is below
    /// it (in the indicator's good direction): the plan's other target.
    public static func atNationalAverage(_ table: IndicatorTable, province p: Int, framework: Framework) -> IndicatorTable {
        var lifted = table
        for (i, node) in framework.indicators.enumerated() {
            guard let x = table[p, i], let average = table.nationalAverage(indicator: i) else { continue }
            if Double(node.direction) * (average - x) > 0 { lifted[p, i] = average }
        }
        return lifted
    }

    /// The change set of a table against the original, scored: for the national-average target
    /// and any other move computed elsewhere.
    public func describe(original: IndicatorTable, solved: IndicatorTable, province p: Int, costs: [IndicatorCost?]) -> Answer {
        let unitCost = unitCosts(original, province: p, costs: costs)
        return answer(original: original, solved: solved, base: scorer.score(original), final: scorer.score(solved),
                      p: p, targetRank: nil, unitCost: unitCost, marginal: nil)
    }
}
