import Foundation
import SluiceConfig

/// A pipeline file (`pipelines/*.toml`): the single source of endpoints, worker counts,
/// delivery settings and where rules and policies live. Every key has a documented default
/// except the endpoints; see pipelines/README.md.
package struct PipelineConfiguration: Sendable, Hashable {
    /// A stage boundary served by the relay: upstream stages PUSH to `front`, downstream
    /// workers PULL from `back`.
    package struct Boundary: Decodable, Sendable, Hashable {
        package var front: String
        package var back: String
    }

    package var name: String
    /// The file this was read from (absolute), or "" when built in code.
    package var file: String
    /// Folder for the store, logs and process state.
    package var dataDirectory: String
    package var rulesDirectory: String
    package var policiesDirectory: String
    /// Address servers bind to when they bind; "" binds to each address's own host.
    package var bindHost: String

    package var intake: String
    package var recorder: String
    package var boundaries: [String: Boundary]
    package var workers: [String: Int]

    package var storeFile: String
    package var maxTextBytes: Int
    package var redeliverAfterSeconds: Double
    package var maxAttempts: Int
    package var workerHighWaterMark: Int32
    package var lingerMilliseconds: Int32
    package var recorderBatch: Int
    package var notifyOutboxFile: String
    package var notifyWebhook: String

    /// The stages in pipeline order, with the boundary each one reads from.
    package static let stageOrder = ["detect", "score", "penalise", "notify"]

    package var storePath: String { (dataDirectory as NSString).appendingPathComponent(storeFile) }

    /// The boundary a stage reads from (nil for ingest and recorder).
    package func inputBoundary(of stage: String) -> Boundary? { boundaries[stage] }

    /// The boundary a stage writes to; notify writes to the recorder.
    package func outputBoundary(of stage: String) -> Boundary? {
        switch stage {
        case "ingest": boundaries["detect"]
        case "detect": boundaries["score"]
        case "score": boundaries["penalise"]
        case "penalise": boundaries["notify"]
        default: nil
        }
    }

    /// Reads and checks a pipeline file. Relative folders are resolved against the file's folder,
    /// except `data_dir`, which is relative to the current directory.
    package static func load(path: String) throws(ConfigurationError) -> PipelineConfiguration {
        let file = TOMLFile.self
        let raw = try file.decode(RawPipeline.self, path: path)
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let folder = (absolute as NSString).deletingLastPathComponent
        func resolve(_ p: String) -> String {
            p.hasPrefix("/") ? p : ((folder as NSString).appendingPathComponent(p) as NSString).standardizingPath
        }
        var c = PipelineConfiguration(
            name: raw.name ?? ((absolute as NSString).lastPathComponent as NSString).deletingPathExtension,
            file: absolute,
            dataDirectory: raw.data_dir ?? ".sluice",
            rulesDirectory: resolve(raw.rules_dir ?? "rules"),
            policiesDirectory: resolve(raw.policies_dir ?? "policies"),
            bindHost: raw.bind_host ?? "",
            intake: raw.intake.endpoint,
            recorder: raw.recorder.endpoint,
            boundaries: raw.boundaries,
            workers: ["detect": 1, "score": 1, "penalise": 1, "notify": 1].merging(raw.workers ?? [:]) { $1 },
            storeFile: raw.store?.file ?? "sluice.db",
            maxTextBytes: raw.intake.max_text_bytes ?? 65_536,
            redeliverAfterSeconds: raw.delivery?.redeliver_after_seconds?.value ?? 30,
            maxAttempts: raw.delivery?.max_attempts ?? 5,
            workerHighWaterMark: Int32(raw.delivery?.worker_hwm ?? 16),
            lingerMilliseconds: Int32(raw.delivery?.linger_ms ?? 2000),
            recorderBatch: raw.recorder.batch ?? 512,
            notifyOutboxFile: raw.notify?.outbox_file ?? "",
            notifyWebhook: raw.notify?.webhook ?? ""
        )
        c.dataDirectory = (c.dataDirectory as NSString).standardizingPath
        try c.check(file: absolute)
        return c
    }

    private func check(file: String) throws(ConfigurationError) {
        for stage in Self.stageOrder where boundaries[stage] == nil {
            throw ConfigurationError(file: file, key: "boundaries.\(stage)", reason: "missing (every stage needs {front, back})")
        }
        for (stage, count) in workers {
            guard Self.stageOrder.contains(stage) else {
                throw ConfigurationError(file: file, key: "workers.\(stage)", reason: "unknown stage (expected \(Self.stageOrder.joined(separator: ", ")))")
            }
            guard (0...64).contains(count) else {
                throw ConfigurationError(file: file, key: "workers.\(stage)", reason: "must be 0…64")
            }
            if stage == "penalise" && count != 1 {
                throw ConfigurationError(file: file, key: "workers.penalise", reason: "penalise owns the ledger and runs as exactly 1 process")
            }
        }
        guard maxAttempts >= 1 else { throw ConfigurationError(file: file, key: "delivery.max_attempts", reason: "must be ≥ 1") }
        guard redeliverAfterSeconds > 0 else {
            throw ConfigurationError(file: file, key: "delivery.redeliver_after_seconds", reason: "must be > 0")
        }
        guard maxTextBytes > 0 else { throw ConfigurationError(file: file, key: "intake.max_text_bytes", reason: "must be > 0") }
    }
}

// The file's shape, snake_case as written.
// swiftlint:disable identifier_name
private struct RawPipeline: Decodable {
    struct Intake: Decodable { var endpoint: String; var max_text_bytes: Int? }
    struct Recorder: Decodable { var endpoint: String; var batch: Int? }
    struct Store: Decodable { var file: String? }
    struct Delivery: Decodable {
        var redeliver_after_seconds: Number?
        var max_attempts: Int?
        var worker_hwm: Int?
        var linger_ms: Int?
    }
    struct Notify: Decodable { var outbox_file: String?; var webhook: String? }

    var name: String?
    var data_dir: String?
    var rules_dir: String?
    var policies_dir: String?
    var bind_host: String?
    var intake: Intake
    var recorder: Recorder
    var store: Store?
    var delivery: Delivery?
    var boundaries: [String: PipelineConfiguration.Boundary]
    var workers: [String: Int]?
    var notify: Notify?
}
