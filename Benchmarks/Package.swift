// swift-tools-version: 6.1
import PackageDescription

// The throughput suite, run with `make bench-suite` (swift package benchmark). A package of
// its own so that the engine's build and tests never need the benchmark framework.
let package = Package(
    name: "pii-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "pii", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PIIBench", package: "pii"),
                .product(name: "PIIData", package: "pii"),
                .product(name: "PIIIndex", package: "pii"),
            ],
            path: "EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
