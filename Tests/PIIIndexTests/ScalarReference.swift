import Foundation
import PIIIndex

/// A plain, literal implementation of `methodology.md` §2–§3 over arrays of optionals, kept
/// only to check the batched scorer. It follows the text step by step — z-scores for the
/// shape, value replacement for winsorisation, the division formulas of min–max — and cares
/// nothing for speed.
struct ScalarReference {
    let framework: Framework
    var settings = MethodSettings.standard

    struct Result {
        var index: [Double?]
        var ranks: [Int?]
        /// Scores by node code, per province.
        var nodes: [String: [Double?]]
        var treatments: [String: AppliedTreatment]
    }

    func score(_ rows: [[Double?]]) -> Result {
        let provinces = rows.count
        var nodes: [String: [Double?]] = [:]
        var treatments: [String: AppliedTreatment] = [:]
        for (i, indicator) in framework.indicators.enumerated() {
            var raw = rows.map { $0[i] }
            let reported = raw.contains { $0 != nil }
            // `zero`: an unreported value is the raw value 0, before anything else.
            if settings.missingValues == .zero && reported { raw = raw.map { $0 ?? 0 } }
            var (scores, treatment) = normalise(raw, indicator)
            // `lowest`: an unreported value scores 0, the bottom of the scale.
            if settings.missingValues == .lowest && reported { scores = scores.map { $0 ?? 0 } }
            nodes[indicator.code] = scores
            treatments[indicator.code] = treatment
        }
        for level in [NodeLevel.group, .pillar, .block] {
            for node in framework.nodes(at: level) {
                let children = framework.nodes.filter { $0.parent == node.code }
                nodes[node.code] = (0..<provinces).map { p in
                    weightedMean(children.map { (nodes[$0.code]![p], $0.weight) })
                }
            }
        }
        let index = (0..<provinces).map { p in
            weightedMean(framework.blocks.map { (nodes[$0.code]![p], $0.weight) })
        }
        let ranks = index.map { own -> Int? in
            guard let own else { return nil }
            return 1 + index.filter { other in other.map { $0 > own + 1e-9 } ?? false }.count
        }
        return Result(index: index, ranks: ranks, nodes: nodes, treatments: treatments)
    }

    private func weightedMean(_ children: [(Double?, Double)]) -> Double? {
        var numerator = 0.0, denominator = 0.0
        for (score, weight) in children {
            if let score {
                numerator += weight * score
                denominator += weight
            }
        }
        return denominator > 0 ? numerator / denominator : nil
    }

    private func normalise(_ raw: [Double?], _ indicator: FrameworkNode) -> ([Double?], AppliedTreatment) {
        let normalised = settings.valuesAreNormalised
        let direction = normalised ? 1.0 : Double(indicator.direction)
        if !normalised, let goalposts = indicator.goalposts {
            return (raw.map { x in
                x.map { x in
                    let z = direction > 0
                        ? 100 * (x - goalposts.low) / (goalposts.high - goalposts.low)
                        : 100 * (goalposts.high - x) / (goalposts.high - goalposts.low)
                    return min(100, max(0, z))
                }
            }, .none)
        }
        var values = raw
        var treatment = AppliedTreatment.none
        if !normalised && indicator.treatment == .gii {
            (values, treatment) = treat(raw)
        }
        let present = values.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else { return (values, treatment) }
        return (values.map { x in
            x.map { x in
                if high == low { return 50 }
                return direction > 0 ? 100 * (x - low) / (high - low) : 100 * (high - x) / (high - low)
            }
        }, treatment)
    }

    /// Excel SKEW and KURT, or nil when undefined.
    static func shape(_ values: [Double]) -> (Double, Double)? {
        let n = Double(values.count)
        guard values.count >= 4, let low = values.min(), let high = values.max(), high > low else { return nil }
        let mean = values.reduce(0, +) / n
        let s = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)).squareRoot()
        let z = values.map { ($0 - mean) / s }
        let skew = n / ((n - 1) * (n - 2)) * z.map { $0 * $0 * $0 }.reduce(0, +)
        let kurt = n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * z.map { $0 * $0 * $0 * $0 }.reduce(0, +)
            - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3))
        return (skew, kurt)
    }

    private func flagged(_ shape: (Double, Double)?) -> Bool {
        guard let (skew, kurt) = shape else { return false }
        return abs(skew) > settings.skewnessThreshold && kurt > settings.kurtosisThreshold
    }

    private func treat(_ raw: [Double?]) -> ([Double?], AppliedTreatment) {
        var values = raw
        var shape = Self.shape(values.compactMap { $0 })
        guard flagged(shape) else { return (raw, .none) }
        let originalSkew = shape!.0
        var steps = 0
        while flagged(shape) && steps < settings.maxWinsorisationSteps {
            let present = values.compactMap { $0 }
            if shape!.0 > 0 {
                let top = present.max()!
                let next = present.filter { $0 < top }.max()!
                values = values.map { $0 == top ? next : $0 }
            } else {
                let bottom = present.min()!
                let next = present.filter { $0 > bottom }.min()!
                values = values.map { $0 == bottom ? next : $0 }
            }
            steps += 1
            shape = Self.shape(values.compactMap { $0 })
        }
        if !flagged(shape) { return (values, .winsorised(steps: steps)) }
        let present = raw.compactMap { $0 }
        let m = present.min()!, big = present.max()!
        return (raw.map { x in
            x.map { x in
                originalSkew > 0
                    ? log(1 + 99 * (x - m) / (big - m))
                    : log(100) - log(1 + 99 * (big - x) / (big - m))
            }
        }, .log)
    }
}
