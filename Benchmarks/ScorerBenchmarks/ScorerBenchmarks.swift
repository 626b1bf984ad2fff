import Benchmark
import PIIBench
import PIIData
import PIIIndex

// The same measurement as `pii bench`: the batched scorer on random panels of the default
// shape (34 provinces × 52 indicators, lognormal σ = 0.8), generated in setup, before any
// clock starts. One iteration scores all S scenarios once on two threads, so scenario-years
// per second = S / wall-clock time of an iteration.
let benchmarks: @Sendable () -> Void = {
    useSingleThreadedBLAS()
    let framework = try! DataSet.defaultFramework()
    for scenarios in [1_000, 10_000, 100_000] {
        Benchmark(
            "scorer S=\(scenarios) threads=2",
            configuration: .init(
                metrics: [.wallClock, .peakMemoryResident],
                maxDuration: .seconds(10),
                maxIterations: scenarios >= 100_000 ? 5 : 25
            )
        ) { benchmark, workload in
            for _ in benchmark.scaledIterations {
                blackHole(workload.run(threads: 2))
            }
        } setup: {
            ScorerWorkload(framework: framework, scenarios: scenarios)
        }
    }
}
