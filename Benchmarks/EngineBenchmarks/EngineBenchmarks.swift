import Benchmark
import PIIBench
import PIIData
import PIIIndex

// The same measurements as `pii bench`:
// - the batched scorer on random panels of the default shape (34 provinces × 52 indicators,
//   lognormal σ = 0.8), generated in setup, before any clock starts; one iteration scores all
//   S scenarios once on two threads: scenario-years per second = S / wall-clock time;
// - the full simulation of Ninh Bình's business-as-usual scenario to 2030 (local-level model):
//   one iteration runs S scenarios × 5 years: scenario-years per second = 5 S / wall-clock time.
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
    let data = try! DataSet.load()
    for scenarios in [10_000, 100_000] {
        Benchmark(
            "simulation S=\(scenarios) years=5 threads=2",
            configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 10)
        ) { benchmark, workload in
            for _ in benchmark.scaledIterations {
                blackHole(try! workload.run(threads: 2))
            }
        } setup: {
            try SimulationWorkload.ninhBinhPlan(data: data, model: .localLevel, scenarios: scenarios)
        }
    }
}
