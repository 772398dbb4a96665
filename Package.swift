// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")
let lifecycle: Target.Dependency = .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")

/// The hot processes (stages and the load producer) use TCMalloc instead of glibc's malloc: they
/// make a few hundred small allocations per listing, and glibc's allocator took about a tenth of
/// their CPU; with TCMalloc the pipeline needs about 6 % less CPU per listing (`ops/bench.sh`,
/// measured side by side). `ops/setup.sh` installs Debian's `libtcmalloc-minimal4`, which ships no
/// unversioned `.so` (hence `-l:`); `--no-as-needed` keeps it, as nothing calls it by name.
let fastAllocator: [LinkerSetting] = [.unsafeFlags(["-Xlinker", "--no-as-needed", "-Xlinker", "-l:libtcmalloc_minimal.so.4"])]

/// A stage executable: a thin main over its stage library and the runtime.
func stage(_ name: String, _ library: String) -> Target {
    .executableTarget(name: name, dependencies: [.target(name: library), "SluiceRuntime", "SluiceModel", "ZeroMQ", argumentParser, logging, lifecycle],
                      swiftSettings: strict, linkerSettings: fastAllocator)
}

let package = Package(
    name: "Sluice",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sluice-ingest", targets: ["sluice-ingest"]),
        .executable(name: "sluice-detect", targets: ["sluice-detect"]),
        .executable(name: "sluice-score", targets: ["sluice-score"]),
        .executable(name: "sluice-penalise", targets: ["sluice-penalise"]),
        .executable(name: "sluice-notify", targets: ["sluice-notify"]),
        .executable(name: "sluice-recorder", targets: ["sluice-recorder"]),
        .executable(name: "sluice-relay", targets: ["sluice-relay"]),
        .executable(name: "sluice-loadgen", targets: ["sluice-loadgen"]),
        .executable(name: "pipectl", targets: ["pipectl"]),
        .executable(name: "sluice-bench", targets: ["sluice-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/ordo-one/malloc-interposer", from: "1.6.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CZeroMQ",
            // pkg-config's libzmq.pc drags in krb5 include paths SwiftPM rejects with a
            // warning; the modulemap's `link "zmq"` is all the linker needs.
            providers: [.apt(["libzmq3-dev"])]
        ),
        .target(name: "ZeroMQ", dependencies: ["CZeroMQ"], swiftSettings: strict),
        .target(name: "SluiceModel", swiftSettings: strict),
        .target(name: "SluiceConfig", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")], swiftSettings: strict),
        .target(name: "SluiceDetection", dependencies: ["SluiceModel", "SluiceConfig"], swiftSettings: strict),
        .target(name: "SluicePolicy", dependencies: ["SluiceModel", "SluiceConfig"], swiftSettings: strict),
        .target(name: "SluiceStore", dependencies: ["SluiceModel", grdb, .product(name: "GRDBSQLite", package: "GRDB.swift")], swiftSettings: strict),
        .target(name: "SluiceNotices", dependencies: ["SluiceModel", logging], swiftSettings: strict),
        .target(
            name: "SluiceRuntime",
            dependencies: ["ZeroMQ", "SluiceModel", "SluiceConfig", argumentParser, logging, lifecycle,
                           .product(name: "Histogram", package: "hdrhistogram-swift")],
            swiftSettings: strict
        ),
        // One library per stage: a stage binary links only what its stage uses.
        .target(name: "StageIngest", dependencies: ["SluiceRuntime", "SluiceModel", "SluiceStore", logging], swiftSettings: strict),
        .target(name: "StageDetect", dependencies: ["SluiceRuntime", "SluiceModel", "SluiceDetection", "SluiceConfig"], swiftSettings: strict),
        .target(name: "StageScore", dependencies: ["SluiceRuntime", "SluiceModel", "SluicePolicy"], swiftSettings: strict),
        .target(name: "StagePenalise", dependencies: ["SluiceRuntime", "SluiceModel", "SluicePolicy", "SluiceStore", grdb, logging],
                swiftSettings: strict),
        .target(name: "StageNotify", dependencies: ["SluiceRuntime", "SluiceModel", "SluiceNotices"], swiftSettings: strict),
        .target(name: "StageRecorder", dependencies: ["SluiceRuntime", "SluiceModel", "SluiceStore", "SluiceNotices", logging],
                swiftSettings: strict),
        .target(name: "StageRelay", dependencies: ["SluiceRuntime", "SluiceModel", "ZeroMQ", logging, lifecycle], swiftSettings: strict),
        .target(name: "SluiceControl", dependencies: ["SluiceRuntime", "SluiceStore", "SluiceModel", "ZeroMQ", logging],
                swiftSettings: strict),
        .target(name: "SluiceLoadgen", dependencies: ["SluiceModel"], swiftSettings: strict),
        stage("sluice-ingest", "StageIngest"),
        stage("sluice-detect", "StageDetect"),
        stage("sluice-score", "StageScore"),
        stage("sluice-penalise", "StagePenalise"),
        stage("sluice-notify", "StageNotify"),
        stage("sluice-recorder", "StageRecorder"),
        stage("sluice-relay", "StageRelay"),
        .executableTarget(
            name: "sluice-loadgen",
            dependencies: ["SluiceLoadgen", "SluiceRuntime", "SluiceStore", "SluiceModel", "ZeroMQ", argumentParser,
                           .product(name: "Histogram", package: "hdrhistogram-swift")],
            swiftSettings: strict, linkerSettings: fastAllocator
        ),
        .executableTarget(
            name: "pipectl",
            dependencies: ["SluiceControl", "SluiceStore", "SluiceDetection", "SluicePolicy", "SluiceRuntime", "SluiceModel", "SluiceNotices", "SluiceConfig",
                           "ZeroMQ", argumentParser, logging],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "sluice-bench",
            dependencies: ["SluiceDetection", "SluiceLoadgen", "SluiceModel", argumentParser,
                           .product(name: "MallocInterposerSwift", package: "malloc-interposer")],
            swiftSettings: strict
        ),
        .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"]),
        .testTarget(name: "SluiceModelTests", dependencies: ["SluiceModel", "SluiceLoadgen"]),
        .testTarget(name: "SluiceDetectionTests", dependencies: ["SluiceDetection", "SluiceModel", "SluiceLoadgen"]),
        .testTarget(
            name: "SluicePolicyTests",
            dependencies: ["SluicePolicy", "SluiceModel", "StagePenalise", "SluiceStore", "SluiceRuntime", "SluiceNotices", logging]
        ),
        .testTarget(name: "SluiceStoreTests", dependencies: ["SluiceStore", "SluiceModel"]),
        .testTarget(name: "SluiceRuntimeTests", dependencies: ["SluiceRuntime", "ZeroMQ", "SluiceModel", logging]),
        .testTarget(name: "EndToEndTests", dependencies: ["SluiceModel", "SluiceStore", "SluiceLoadgen", "ZeroMQ"]),
    ]
)
