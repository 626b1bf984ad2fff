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
        abstract: Help.bench.text,
        discussion: Help.benchDiscussion.text
    )

    @Option(help: ArgumentHelp(.benchScenarios))
    var scenarios: [Int] = []

    @Option(help: ArgumentHelp(.benchThreads))
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp(.benchWidth))
    var width: Int = 8

    @Option(help: ArgumentHelp(.benchKernel))
    var kernel: AggregationKernel = .fused

    @Flag(help: ArgumentHelp(.benchKeepScores))
    var keepIndicatorScores = false

    @Option(help: ArgumentHelp(.benchOnly))
    var only: BenchTarget = .all

    @Option(help: ArgumentHelp(.benchModel))
    var model: ForecastModel = .localLevel

    @Option(help: ArgumentHelp(.benchRuns))
    var runs: Int?

    @Flag(help: ArgumentHelp(.benchJSON))
    var json = false

    func validate() throws {
        guard threads >= 1 else { throw ValidationError(Phrase.atLeast("--threads", 1).description) }
        guard width >= 8, width % 8 == 0 else { throw ValidationError(Phrase.benchWidth.description) }
        guard scenarios.allSatisfy({ $0 >= 1 }) else { throw ValidationError(Phrase.atLeast("--scenarios", 1).description) }
        guard (runs ?? 1) >= 1 else { throw ValidationError(Phrase.atLeast("--runs", 1).description) }
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
