// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The numeric core works on eight scenarios at a time (`SIMD8<Double>`); compiled for the
/// machine's vector instructions it runs about twice as fast as for baseline x86-64 (SSE2).
/// The manifest reads the CPU's features, so that every build — `make`, `swift build`, the
/// benchmark suite — gets the same code. `PII_TARGET_CPU=generic` (or a CPU name such as
/// `haswell`) overrides the choice. The instruction set changes speed, not results: the
/// arithmetic is the same IEEE operations in the same order.
func targetCPUFlags() -> [String] {
    if let cpu = ProcessInfo.processInfo.environment["PII_TARGET_CPU"] {
        return cpu == "generic" ? [] : ["-target-cpu", cpu]
    }
    #if arch(x86_64) && os(Linux)
    guard let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return [] }
    let features = Set(line.split(separator: " ").map(String.init))
    if features.isSuperset(of: ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]) {
        return ["-target-cpu", "skylake-avx512"]
    }
    if features.isSuperset(of: ["avx2", "fma", "bmi2"]) {
        return ["-target-cpu", "haswell"]
    }
    #endif
    return []
}

// Hot loops in the index core are written over unsafe pointers; exclusivity checks on them
// cost more than the arithmetic, so the numeric modules turn them off in release builds.
// Debug builds optimise the numeric modules too: the tests run the engine on thousands of
// scenario-years (the optimiser's enumeration, the Monte Carlo cases), which unoptimised
// code makes ten times slower, while the code under test is the same.
let numericSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
    .unsafeFlags(["-O"], .when(configuration: .debug)),
    .unsafeFlags(targetCPUFlags()),
]

let package = Package(
    name: "pii",
    platforms: [.macOS(.v13)],
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
        .target(
            name: "PIIIndex",
            dependencies: ["CBLAS", "CPrefetch"],
            swiftSettings: numericSettings
        ),
        .target(
            name: "PIIData",
            dependencies: ["PIIIndex", .product(name: "CSV", package: "CSV.swift"), "ZIPFoundation"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "PIIForecast",
            dependencies: ["PIIIndex", "CBLAS"],
            swiftSettings: numericSettings
        ),
        .target(
            name: "PIISimulation",
            dependencies: ["PIIIndex", "PIIForecast"],
            swiftSettings: numericSettings
        ),
        .target(
            name: "PIIScenarioFile",
            dependencies: ["PIIIndex", "PIIData", "PIIForecast", "PIISimulation", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "PIIOptimisation",
            dependencies: ["PIIIndex", "PIIData", "PIISimulation", "CCBC"]
        ),
        .target(
            name: "PIIBench",
            dependencies: ["PIIIndex", "PIIData", "PIIForecast", "PIISimulation"],
            swiftSettings: numericSettings
        ),
        .target(
            name: "PIIReports",
            dependencies: ["PIIIndex", "PIIData", "PIISimulation", "PIIOptimisation"]
        ),
        .executableTarget(
            name: "PIICommand",
            dependencies: [
                "PIIIndex", "PIIData", "PIIReports", "PIIBench", "PIIForecast", "PIISimulation", "PIIScenarioFile",
                "PIIOptimisation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "PanelCalibration",
            dependencies: ["PIIIndex", "PIIData"],
            resources: [.copy("Anchors")]
        ),
        .executableTarget(
            name: "PanelGenerator",
            dependencies: ["PanelCalibration", "PIIData"]
        ),
        .testTarget(name: "PIIIndexTests", dependencies: ["PIIIndex"]),
        .testTarget(name: "PIIDataTests", dependencies: ["PIIData"]),
        .testTarget(name: "PIIForecastTests", dependencies: ["PIIForecast"]),
        .testTarget(name: "PIISimulationTests", dependencies: ["PIISimulation", "PIIData"]),
        .testTarget(name: "PIIScenarioFileTests", dependencies: ["PIIScenarioFile"]),
        .testTarget(name: "PIIOptimisationTests", dependencies: ["PIIOptimisation", "PIIData", "PIIForecast", "PIISimulation"]),
        .testTarget(name: "PanelCalibrationTests", dependencies: ["PanelCalibration"]),
        .testTarget(name: "PIICommandTests", dependencies: ["PIICommand"]),
    ]
)
