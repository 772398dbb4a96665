// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]

let stageDeps: [Target.Dependency] = [
    "SluiceStages", "SluiceRuntime", "SluiceDetection", "SluicePolicy", "ZeroMQ",
    .product(name: "ArgumentParser", package: "swift-argument-parser"),
    .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
]

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
        .target(
            name: "SluiceConfig",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strict
        ),
        .target(name: "SluiceDetection", dependencies: ["SluiceModel", "SluiceConfig"], swiftSettings: strict),
        .target(
            name: "SluicePolicy",
            dependencies: ["SluiceModel", "SluiceConfig"],
            swiftSettings: strict
        ),
        .target(
            name: "SluiceStore",
            dependencies: ["SluiceModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .target(
            name: "SluiceRuntime",
            dependencies: [
                "ZeroMQ", "SluiceModel", "SluiceConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "SluiceStages",
            dependencies: ["SluiceRuntime", "SluiceModel", "SluiceDetection", "SluicePolicy", "SluiceStore", "ZeroMQ",
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
            swiftSettings: strict
        ),
        .target(
            name: "SluiceControl",
            dependencies: ["SluiceRuntime", "SluiceStore", "SluiceModel",
                           .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .target(
            name: "SluiceLoadgen",
            dependencies: ["SluiceModel"],
            swiftSettings: strict
        ),
        .executableTarget(name: "sluice-ingest", dependencies: stageDeps, swiftSettings: strict),
        .executableTarget(name: "sluice-detect", dependencies: stageDeps, swiftSettings: strict),
        .executableTarget(name: "sluice-score", dependencies: stageDeps, swiftSettings: strict),
        .executableTarget(name: "sluice-penalise", dependencies: stageDeps, swiftSettings: strict),
        .executableTarget(name: "sluice-notify", dependencies: stageDeps, swiftSettings: strict),
        .executableTarget(name: "sluice-recorder", dependencies: stageDeps, swiftSettings: strict),
        .executableTarget(name: "sluice-relay", dependencies: stageDeps, swiftSettings: strict),
        .executableTarget(
            name: "sluice-loadgen",
            dependencies: ["SluiceLoadgen", "SluiceRuntime", "SluiceStore", "ZeroMQ",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Histogram", package: "hdrhistogram-swift")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "pipectl",
            dependencies: ["SluiceControl", "SluiceStore", "SluiceDetection", "SluiceRuntime", "SluiceModel", "SluiceStages",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "sluice-bench",
            dependencies: ["SluiceDetection", "SluiceLoadgen", "SluiceModel",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "MallocInterposerSwift", package: "malloc-interposer")],
            swiftSettings: strict
        ),
        .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"]),
        .testTarget(name: "SluiceModelTests", dependencies: ["SluiceModel"]),
        .testTarget(name: "SluiceDetectionTests", dependencies: ["SluiceDetection", "SluiceModel"]),
        .testTarget(
            name: "SluicePolicyTests",
            dependencies: ["SluicePolicy", "SluiceModel", "SluiceStages", "SluiceStore", "SluiceRuntime",
                           .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(name: "SluiceStoreTests", dependencies: ["SluiceStore", "SluiceModel"]),
        .testTarget(name: "SluiceRuntimeTests", dependencies: ["SluiceRuntime", "SluiceStages", "ZeroMQ", "SluiceModel"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["SluiceModel", "SluiceStore", "SluiceLoadgen", "ZeroMQ"]
        ),
    ]
)
