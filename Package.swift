// swift-tools-version: 6.1
import PackageDescription

// A plain manifest: no compiler flags, so that the package builds for any target and can be
// depended on by version. The numeric core is compiled for the machine's vector instructions
// by the Makefile (`TARGET_CPU`), an explicit choice documented there and in the README.
let package = Package(
    name: "pii",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pii", targets: ["PIICommand"]),
        .executable(name: "pii-panel-generator", targets: ["PanelGenerator"]),
        .library(name: "PIIIndex", targets: ["PIIIndex"]),
        .library(name: "PIIData", targets: ["PIIData"]),
        .library(name: "PIIBench", targets: ["PIIBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // pii serve. swift-configuration's trait is left out: the server reads its settings from
        // the command line.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // The browser test's WebDriver client (hummingbird's testing module builds it anyway).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CCBC",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"])]
        ),
        // A software prefetch for the scorer's statistics pass, which Swift cannot express.
        .target(name: "CPrefetch"),
        // Every word a user reads, in Vietnamese and English.
        .target(name: "PIIText", exclude: ["README.md"]),
        // Threads for the parallel kernels, and the pointers they share.
        .target(name: "PIIConcurrency", exclude: ["README.md"]),
        .target(
            name: "PIIIndex",
            dependencies: ["PIIText", "CBLAS", "CPrefetch"],
            exclude: ["README.md"]
        ),
        .target(
            name: "PIIData",
            dependencies: ["PIIIndex", "PIIGap", .product(name: "CSV", package: "CSV.swift"), "ZIPFoundation"],
            exclude: ["README.md"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "PIIForecast",
            dependencies: ["PIIIndex", "CBLAS"],
            exclude: ["README.md"]
        ),
        .target(
            name: "PIISimulation",
            dependencies: ["PIIIndex", "PIIForecast", "PIIConcurrency"],
            exclude: ["README.md"]
        ),
        .target(
            name: "PIIScenarioFile",
            dependencies: ["PIIIndex", "PIIData", "PIIForecast", "PIISimulation", .product(name: "Yams", package: "Yams")],
            exclude: ["README.md"]
        ),
        // The deterministic inverse: what the indicators must reach for a rank. No CBC.
        .target(name: "PIIGap", dependencies: ["PIIIndex"], exclude: ["README.md"]),
        .target(
            name: "PIIOptimisation",
            dependencies: ["PIIIndex", "PIIGap", "PIISimulation", "CCBC"],
            exclude: ["README.md"]
        ),
        .target(
            name: "PIIBench",
            dependencies: ["PIIIndex", "PIIData", "PIIForecast", "PIISimulation", "PIIConcurrency"],
            exclude: ["README.md"]
        ),
        // Every table, JSON document and report but the optimiser's and the pathway's: no CBC.
        .target(
            name: "PIIReports",
            dependencies: ["PIIIndex", "PIIData", "PIIForecast", "PIISimulation", "PIIGap"],
            exclude: ["README.md"]
        ),
        .target(
            name: "PIIOptimisationReports",
            dependencies: ["PIIIndex", "PIIData", "PIISimulation", "PIIGap", "PIIOptimisation", "PIIReports", "PIIText"],
            exclude: ["README.md"]
        ),
        // pii serve: the pages and the JSON API over the same library calls as the commands.
        .target(
            name: "PIIServer",
            dependencies: [
                "PIIIndex", "PIIData", "PIIReports", "PIIForecast", "PIISimulation", "PIIScenarioFile", "PIIGap",
                "PIIOptimisation", "PIIOptimisationReports", "PIIText", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["README.md"],
            resources: [.copy("Site")]
        ),
        .executableTarget(
            name: "PIICommand",
            dependencies: [
                "PIIIndex", "PIIData", "PIIReports", "PIIBench", "PIIForecast", "PIISimulation", "PIIScenarioFile",
                "PIIGap", "PIIOptimisation", "PIIOptimisationReports", "PIIServer", "PIIText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .target(
            name: "PanelCalibration",
            dependencies: ["PIIIndex", "PIIData", "PIIForecast"],
            resources: [.copy("Anchors")]
        ),
        .executableTarget(
            name: "PanelGenerator",
            dependencies: ["PanelCalibration", "PIIData"]
        ),
        // What the test targets share: the repository's folders, the embedded data loaded once,
        // how a refusal is read.
        .target(name: "PIITestSupport", dependencies: ["PIIData"], path: "Tests/PIITestSupport"),
        .testTarget(name: "PIITextTests", dependencies: ["PIIText", "PIITestSupport"]),
        .testTarget(name: "PIIIndexTests", dependencies: ["PIIIndex", "PIIForecast"]),
        .testTarget(name: "PIIDataTests", dependencies: ["PIIData", "PIITestSupport"]),
        .testTarget(name: "PIIForecastTests", dependencies: ["PIIForecast"]),
        .testTarget(name: "PIISimulationTests", dependencies: ["PIISimulation", "PIIData", "PIITestSupport"]),
        .testTarget(name: "PIIScenarioFileTests", dependencies: ["PIIScenarioFile", "PIITestSupport"]),
        .testTarget(name: "PIIGapTests", dependencies: ["PIIGap", "PIIData", "PIIForecast", "PIITestSupport"]),
        .testTarget(name: "PIIOptimisationTests", dependencies: ["PIIOptimisation", "PIIGap", "PIIData", "PIIForecast", "PIISimulation", "PIITestSupport"]),
        .testTarget(name: "PanelCalibrationTests", dependencies: ["PanelCalibration"]),
        .testTarget(name: "PIIServerTests", dependencies: [
            "PIIServer", "PIITestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        .testTarget(name: "PIICommandTests", dependencies: ["PIICommand", "PIIText", "PIITestSupport"]),
    ]
)
