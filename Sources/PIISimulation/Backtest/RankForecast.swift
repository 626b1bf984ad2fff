/// A forecast of one province's rank in one year: the probability of each rank 1…N.
/// Whatever made it (a Monte Carlo run, a naive rule), it is scored the same way.
public struct RankForecast: Sendable, Equatable {
    /// `probabilities[k − 1]` = P(rank = k); they sum to 1.
    public let probabilities: [Double]

    public init(probabilities: [Double]) {
        self.probabilities = probabilities
    }

    /// From scenario counts per rank (`counts[0]`: scenarios that left the province unranked,
    /// which are left out); nil when no scenario ranked it.
    public init?(counts: [Int]) {
        let ranked = counts.dropFirst()
        let total = ranked.reduce(0, +)
        guard total > 0 else { return nil }
        probabilities = ranked.map { Double($0) / Double(total) }
    }

    /// The empirical distribution of `base + change` over `changes`, each rounded to a rank
    /// and held within 1…`ranks`: a naive rule's forecast.
    public init(base: Double, changes: [Int], ranks: Int) {
        var probabilities = [Double](repeating: 0, count: ranks)
        for change in changes {
            let rank = min(max(Int((base + Double(change)).rounded()), 1), ranks)
            probabilities[rank - 1] += 1 / Double(changes.count)
        }
        self.probabilities = probabilities
    }

    /// P(rank ≤ k).
    public func probability(atMost k: Int) -> Double {
        probabilities.prefix(max(k, 0)).reduce(0, +)
    }

    /// The continuous ranked probability score of the discrete distribution,
    /// `Σₖ (F(k) − 1{actual ≤ k})²` (in ranks; 0 for a sure, right forecast).
    public func crps(actual: Int) -> Double {
        var cumulative = 0.0, score = 0.0
        for (k, p) in probabilities.enumerated() {
            cumulative += p
            let outcome: Double = actual <= k + 1 ? 1 : 0
            score += (cumulative - outcome) * (cumulative - outcome)
        }
        return score
    }

    /// The smallest rank whose cumulative probability reaches `share`.
    public func quantile(_ share: Double) -> Int {
        var cumulative = 0.0
        for (k, p) in probabilities.enumerated() {
            cumulative += p
            if cumulative >= share - 1e-12 { return k + 1 }
        }
        return probabilities.count
    }

    /// The central interval `[q((1 − level)/2), q((1 + level)/2)]` and the probability it
    /// holds, which for ranks is more than `level` (whole ranks); coverage is judged against it.
    public func centralInterval(_ level: Double) -> (low: Int, high: Int, mass: Double) {
        let low = quantile((1 - level) / 2), high = quantile((1 + level) / 2)
        return (low, high, probabilities[(low - 1)..<high].reduce(0, +))
    }
}
