import Dispatch
import Foundation
import PIIConcurrency
import PIIForecast
import PIIIndex
import PIISimulation

/// The scorer benchmark of `pii bench` and `Benchmarks/`: random panels of the default
/// framework's shape (34 provinces, lognormal values with σ = 0.8), generated before any
/// clock starts and laid out batch by batch as the scorer reads them.
public final class ScorerWorkload: @unchecked Sendable {
    public let scenarios: Int
    public let width: Int
    public let provinceCount: Int
    public let scorer: BatchScorer
    private let batchCount: Int
    private let batchStride: Int
    private let values: UnsafeMutablePointer<Double>

    /// Whether the batches keep the normalised indicator scores, as `pii score` does; a
    /// Monte Carlo run does not (see `ScoreBatch.keepsIndicatorScores`).
    public let keepsIndicatorScores: Bool

    /// Whether batches keep the indicator scores: when asked, and always for the BLAS
    /// aggregation, which reads them.
    public static func keepsIndicatorScores(requested: Bool, aggregation: AggregationKernel) -> Bool {
        requested || aggregation == .blas
    }

    public init(framework: Framework, provinceCount: Int = 34, scenarios: Int, width: Int = 32,
                aggregation: AggregationKernel = .fused, keepsIndicatorScores: Bool = false, seed: UInt64 = Scenario.defaultSeed) {
        self.scenarios = scenarios
        self.width = width
        self.keepsIndicatorScores = Self.keepsIndicatorScores(requested: keepsIndicatorScores, aggregation: aggregation)
        self.provinceCount = provinceCount
        scorer = BatchScorer(framework: framework, aggregation: aggregation)
        batchCount = (scenarios + width - 1) / width
        batchStride = framework.indicators.count * provinceCount * width
        let count = batchCount * batchStride
        values = allocateHugePages(doubles: count)
        let shared = SharedPointer(values)
        let chunks = 64
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var generator = SplitMix64(seed: seed &+ UInt64(chunk) &* 0x9E37_79B9_7F4A_7C15)
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            for index in range { shared.base[index] = generator.nextLognormal(sigma: 0.8) }
        }
    }

    deinit { free(values) }

    /// Scores every scenario once on `threads` workers, each with its own batch; returns a
    /// checksum so that the work cannot be optimised away.
    @discardableResult
    public func run(threads: Int) -> Double {
        let partial = SharedPointer(UnsafeMutablePointer<Double>.allocate(capacity: threads))
        defer { partial.base.deallocate() }
        forEachWorker(threads) { [self] worker in
            let batch = ScoreBatch(
                framework: scorer.framework, provinceCount: provinceCount, width: width,
                keepsIndicatorScores: keepsIndicatorScores)
            var checksum = 0.0
            // Each worker takes one contiguous run of batches, so that it reads memory in
            // address order from start to end and the hardware prefetcher never restarts.
            for b in (batchCount * worker / threads)..<(batchCount * (worker + 1) / threads) {
                scorer.score(values + b * batchStride, into: batch)
                checksum += batch.index[0] + Double(batch.ranks[width])
            }
            partial.base[worker] = checksum
        }
        return (0..<threads).reduce(0) { $0 + partial.base[$1] }
    }
}

/// Memory for a large tensor, on 2 MiB pages where the kernel allows: gigabytes of
/// scenarios on 4 KiB pages spend their time in TLB misses rather than in the scorer.
func allocateHugePages(doubles count: Int) -> UnsafeMutablePointer<Double> {
    let hugePage = 2 << 20
    let bytes = (count * MemoryLayout<Double>.stride + hugePage - 1) / hugePage * hugePage
    var memory: UnsafeMutableRawPointer?
    guard posix_memalign(&memory, hugePage, bytes) == 0, let memory else {
        fatalError("cannot allocate \(bytes) bytes for the benchmark's scenarios")
    }
    #if os(Linux)
    _ = madvise(memory, bytes, MADV_HUGEPAGE)
    #endif
    return memory.bindMemory(to: Double.self, capacity: count)
}

/// Benchmark data only; simulations use the counter-based Philox.
extension SplitMix64 {
    mutating func nextLognormal(sigma: Double) -> Double {
        Foundation.exp(sigma * nextNormal())
    }
}
