import ArgumentParser
import Foundation
import PIIBench
import PIIData
import PIIIndex
import PIIForecast
import PIIReports

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine's throughput in scenario-years per second.",
        discussion: """
            The scorer benchmark scores random panels of the default framework's shape (34 provinces, \
            52 indicators, lognormal values with σ = 0.8), generated before the clock starts: outlier \
            check and treatment, normalisation, aggregation and ranking. By default the batches \
            keep what a Monte Carlo run reads (index, ranks, efficiency and every aggregate); \
            --keep-indicator-scores also writes out every normalised indicator score, as `pii score` \
            does. Each case reports the median of several runs after a warm-up.
            """
    )

    @Option(help: "Scenarios per case (default: 1000, 10000 and 100000).")
    var scenarios: [Int] = []

    @Option(help: "Worker threads (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Scenarios scored side by side in one batch (a multiple of 8).")
    var width: Int = 8

    @Option(help: "Group aggregation kernel: fused or blas.")
    var kernel: AggregationKernel = .fused

    @Flag(help: """
        Scorer benchmark: also write out every normalised indicator score, as `pii score` \
        does (by default the batches keep what a Monte Carlo run reads: index, ranks and \
        every aggregate).
        """)
    var keepIndicatorScores = false

    @Option(help: "What to measure: scorer, simulation or all.")
    var only: BenchTarget = .all

    @Option(help: "Forecast model of the simulation benchmark (default: local-level, as the Ninh Bình scenarios).")
    var model: ForecastModel = .localLevel

    @Option(help: "Timed runs per case (default: 25, 11 or 5 by size); the median is reported.")
    var runs: Int?

    @Flag(help: "One JSON object per line instead of a table.")
    var json = false

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard width >= 8, width % 8 == 0 else { throw ValidationError("--width must be a multiple of 8, such as 8 or 16") }
        guard scenarios.allSatisfy({ $0 >= 1 }) else { throw ValidationError("--scenarios must be at least 1") }
        guard (runs ?? 1) >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    mutating func run() throws {
        useSingleThreadedBLAS()
        if only != .simulation { try benchmarkScorer() }
        if only != .scorer { try benchmarkSimulation() }
    }

    private func benchmarkScorer() throws {
        let framework = try DataSet.defaultFramework()
        let cases = scenarios.isEmpty ? [1_000, 10_000, 100_000] : scenarios
        if !json {
            let keeps = ScorerWorkload.keepsIndicatorScores(requested: keepIndicatorScores, aggregation: kernel)
            let kept = keeps ? "indicator scores kept" : "indicator scores not kept"
            print("Scorer: 34 provinces × \(framework.indicators.count) indicators, \(threads) thread\(threads == 1 ? "" : "s"), batches of \(width), \(kernel.rawValue) aggregation, \(kept)")
        }
        for count in cases {
            let workload = ScorerWorkload(
                framework: framework, scenarios: count, width: width, aggregation: kernel,
                keepsIndicatorScores: keepIndicatorScores)
            let runs = self.runs ?? (count <= 1_000 ? 25 : count <= 10_000 ? 11 : 5)
            let throughput = Throughput.measure(units: count, runs: runs) { workload.run(threads: threads) }
            report("scorer", scenarios: count, throughput: throughput, extra: [
                ("kernel", .string(kernel.rawValue)), ("indicator_scores", .bool(workload.keepsIndicatorScores)),
            ])
        }
    }

    private func benchmarkSimulation() throws {
        let data = try DataSet.load()
        let cases = scenarios.isEmpty ? [10_000, 100_000] : scenarios
        if !json {
            print("Simulation: Ninh Bình to 2030 (\(model.rawValue)), forecast + interventions + scoring + tallies, \(threads) thread\(threads == 1 ? "" : "s")")
        }
        for count in cases {
            let workload = try SimulationWorkload.ninhBinhPlan(data: data, model: model, scenarios: count)
            let runs = self.runs ?? (count <= 10_000 ? 7 : 3)
            var failure: Error?
            let throughput = Throughput.measure(units: workload.scenarioYears, runs: runs) {
                do { try workload.run(threads: threads, width: width) } catch { failure = error }
            }
            if let failure { throw failure }
            report("simulation", scenarios: count, throughput: throughput, extra: [("model", .string(model.rawValue))])
        }
    }

    private func report(_ benchmark: String, scenarios count: Int, throughput: Throughput, extra: [(String, JSONValue)]) {
        if json {
            print(JSONValue.object([
                ("benchmark", .string(benchmark)),
                ("scenarios", .integer(count)),
                ("threads", .integer(threads)),
                ("scenario_years_per_second", .number(throughput.perSecond.rounded())),
                ("median_seconds", .number(throughput.medianSeconds)),
                ("fastest_seconds", .number(throughput.seconds.min() ?? 0)),
                ("runs", .integer(throughput.seconds.count)),
                ("spread", .number(throughput.spread)),
                ("width", .integer(width)),
            ] + extra).serialised())
        } else {
            let rate = String(format: "%10.0f", throughput.perSecond)
            print("  S = \(String(count).padding(toLength: 7, withPad: " ", startingAt: 0)) \(rate) scenario-years/s  (\(String(format: "%.3f", throughput.medianSeconds)) s, median of \(throughput.seconds.count) runs, spread \(String(format: "%.1f", throughput.spread * 100)) %)")
        }
    }
}

enum BenchTarget: String, ExpressibleByArgument, CaseIterable {
    case scorer, simulation, all
}

extension ForecastModel: ExpressibleByArgument {}

extension AggregationKernel: ExpressibleByArgument {}
