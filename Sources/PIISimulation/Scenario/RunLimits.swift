import PIIIndex

/// The ranges of the numbers a user gives a run, whether in a scenario file or as an option:
/// one home, so that `scenarios: N` and `--scenarios N` can never disagree.
public enum RunLimits {
    /// Scenarios per run.
    public static let scenarios = 1...100_000_000
    /// Random seeds: every seed is written back into JSON as an integer, so it fits one.
    public static let seeds: ClosedRange<UInt64> = 0...UInt64(Int.max)
    /// Scenarios simulated side by side in a batch (a multiple of 8): beyond a few thousand a
    /// batch only takes memory.
    public static let batchWidths = 8...4_096

    /// Memory the optimiser and the pathway search may keep for their scenarios' forecasts.
    public static let forecastMemory = 8.0 * 1_073_741_824

    /// Why `scenarios` whose kept forecasts take `bytes` are too many, with the count that
    /// would fit; nil when they fit in `forecastMemory`.
    public static func memoryRefusal(bytes: Double, scenarios: Int) -> Phrase? {
        guard bytes > forecastMemory else { return nil }
        return .tooMuchMemory(scenarios, gib: Int(bytes / 1_073_741_824), most: Int(Double(scenarios) * forecastMemory / bytes))
    }

    /// What to write instead of a number outside these ranges, for messages.
    public static func describe<T>(_ range: ClosedRange<T>) -> Phrase {
        .range("\(range.lowerBound)", "\(range.upperBound)")
    }
}
