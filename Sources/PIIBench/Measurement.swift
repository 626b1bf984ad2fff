import Foundation
import PIISimulation

/// Throughput of a repeated workload: the median of several timed runs.
public struct Throughput: Sendable {
    public var seconds: [Double]
    public var units: Int

    public var medianSeconds: Double { median(ofSorted: seconds.sorted()) ?? .nan }

    /// Units (scenario-years) per second at the median run.
    public var perSecond: Double { Double(units) / medianSeconds }

    /// The spread of the runs around the median, as a fraction of it: a measure of noise.
    public var spread: Double {
        guard let low = seconds.min(), let high = seconds.max() else { return 0 }
        return (high - low) / medianSeconds
    }

    /// Times `runs` calls of `body`, after one untimed warm-up call.
    public static func measure(units: Int, runs: Int, _ body: () -> Void) -> Throughput {
        body()
        var seconds: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return Throughput(seconds: seconds, units: units)
    }
}
