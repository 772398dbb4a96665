import Foundation
import SluiceConfig
import SluiceModel
import ZeroMQ

/// A pipeline file (`pipelines/*.toml`): the single source of endpoints, worker counts,
/// delivery, security and retention settings, and where rules and policies live. Every key
/// has a documented default except the endpoints; see pipelines/README.md.
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
    /// Folder for the store, keys, logs and process state.
    package var dataDirectory: String
    package var rulesDirectory: String
    package var policiesDirectory: String
    /// Address servers bind to when they bind; "" binds to each address's own host.
    package var bindHost: String

    /// Acknowledged intake (ROUTER): one ack per listing after its journal commit.
    package var intake: String
    /// Fire-and-forget intake (PULL), or "" for none: nothing is acknowledged.
    package var feed: String
    package var recorder: String
    /// Recorder → ingest: terminal records stored.
    package var ingestDone: String
    /// pipectl → ingest (dead-letter re-drive).
    package var ingestControl: String
    /// Recorder → penalise: notices stored.
    package var penaliseNoticed: String
    /// pipectl → penalise (appeals).
    package var penaliseControl: String
    /// pipectl → recorder (dead-letter drop).
    package var recorderControl: String
    package var boundaries: [StageName: Boundary]
    package var workers: [StageName: Int]

    package var maxTextBytes: Int
    package var maxMessageBytes: Int
    package var redeliverAfterSeconds: Double
    package var maxAttempts: Int
    /// Listings sent on and not yet finished, at most (ingest's window).
    package var inFlight: Int
    package var workerHighWaterMark: Int32
    package var lingerMilliseconds: Int32
    /// How often at most a stage that commits per turn reads its main input (see
    /// `StageService.Settings.batchWindow`), in milliseconds.
    package var batchWindowMilliseconds: Int
    package var recorderBatch: Int
    package var notifyOutboxFile: String
    package var notifyWebhook: String
    package var securityMode: Security.Mode?
    /// Whether producers on loopback need no credentials.
    package var openIntake: Bool
    /// Finished outcomes, telemetry and logs older than this are pruned (0 = keep forever).
    package var retentionDays: Double

    /// Every endpoint the pipeline binds, by who binds it.
    package var boundEndpoints: [(owner: StageName, port: String, address: String)] {
        var list: [(StageName, String, String)] = [
            (.ingest, "intake.endpoint", intake), (.ingest, "ingest.done", ingestDone), (.ingest, "ingest.control", ingestControl),
            (.penalise, "penalise.noticed", penaliseNoticed), (.penalise, "penalise.control", penaliseControl),
            (.recorder, "recorder.endpoint", recorder), (.recorder, "recorder.control", recorderControl),
        ]
        if !feed.isEmpty { list.append((.ingest, "intake.feed", feed)) }
        for stage in StageName.pipeline.dropFirst() {
            if let b = boundaries[stage] {
                list.append((.relay, "boundaries.\(stage.rawValue).front", b.front))
                list.append((.relay, "boundaries.\(stage.rawValue).back", b.back))
            }
        }
        return list.map { (owner: $0.0, port: $0.1, address: bindAddress($0.2)) }
    }

    /// Whether every endpoint stays on this host's loopback.
    package var isLoopbackOnly: Bool {
        boundEndpoints.allSatisfy { Self.isLoopback($0.address) } && [intake, recorder].allSatisfy(Self.isLoopback)
    }

    static func isLoopback(_ address: String) -> Bool {
        if address.hasPrefix("ipc://") || address.hasPrefix("inproc://") { return true }
        guard address.hasPrefix("tcp://") else { return false }
        let host = address.dropFirst(6).split(separator: ":").dropLast().joined(separator: ":")
        return host == "127.0.0.1" || host == "localhost" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// The security in force: CURVE when asked or when any endpoint leaves loopback, else PLAIN.
    package var effectiveSecurity: Security.Mode {
        if let securityMode { return securityMode }
        return isLoopbackOnly ? .plain : .curve
    }

    /// Reads and checks a pipeline file. Relative folders are resolved against the file's folder,
    /// except `data_dir`, which is relative to the current directory.
    package static func load(path: String) throws(ConfigurationError) -> PipelineConfiguration {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ConfigurationError(file: path, reason: "no such file (pipeline files live in pipelines/, e.g. pipelines/default.toml)")
        }
        let raw = try TOMLFile.decode(RawPipeline.self, path: path)
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let folder = (absolute as NSString).deletingLastPathComponent
        func resolve(_ p: String) -> String {
            p.hasPrefix("/") ? p : ((folder as NSString).appendingPathComponent(p) as NSString).standardizingPath
        }
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        func fail(_ key: String, _ reason: String) -> ConfigurationError {
            ConfigurationError(file: absolute, key: key, line: TOMLFile.line(of: key, in: text), reason: reason)
        }
        var boundaries: [StageName: Boundary] = [:]
        for (name, b) in raw.boundaries {
            guard let stage = StageName(rawValue: name), StageName.pipeline.dropFirst().contains(stage) else {
                throw fail("boundaries.\(name)", "unknown stage (expected detect, score, penalise, notify)")
            }
            boundaries[stage] = b
        }
        var workers: [StageName: Int] = [.detect: 1, .score: 1, .penalise: 1, .notify: 1]
        for (name, n) in raw.workers ?? [:] {
            guard let stage = StageName(rawValue: name), StageName.pipeline.dropFirst().contains(stage) else {
                throw fail("workers.\(name)", "unknown stage (expected detect, score, penalise, notify)")
            }
            workers[stage] = n
        }
        var mode: Security.Mode?
        if let m = raw.security?.mode, m != "auto" {
            guard let parsed = Security.Mode(rawValue: m), parsed != .off else {
                throw fail("security.mode", "'\(m)' is not one of auto, plain, curve")
            }
            mode = parsed
        }
        var c = PipelineConfiguration(
            name: raw.name ?? ((absolute as NSString).lastPathComponent as NSString).deletingPathExtension,
            file: absolute,
            dataDirectory: raw.data_dir ?? ".sluice",
            rulesDirectory: resolve(raw.rules_dir ?? "rules"),
            policiesDirectory: resolve(raw.policies_dir ?? "policies"),
            bindHost: raw.bind_host ?? "",
            intake: raw.intake.endpoint,
            feed: raw.intake.feed ?? "",
            recorder: raw.recorder.endpoint,
            ingestDone: raw.ingest.done,
            ingestControl: raw.ingest.control,
            penaliseNoticed: raw.penalise.noticed,
            penaliseControl: raw.penalise.control,
            recorderControl: raw.recorder.control,
            boundaries: boundaries,
            workers: workers,
            maxTextBytes: raw.intake.max_text_bytes ?? 65_536,
            maxMessageBytes: raw.intake.max_message_bytes ?? 1_048_576,
            redeliverAfterSeconds: raw.delivery?.redeliver_after_seconds?.value ?? 30,
            maxAttempts: raw.delivery?.max_attempts ?? 5,
            inFlight: raw.delivery?.in_flight ?? 4096,
            workerHighWaterMark: Int32(raw.delivery?.worker_hwm ?? 16),
            lingerMilliseconds: Int32(raw.delivery?.linger_ms ?? 2000),
            batchWindowMilliseconds: raw.delivery?.batch_window_ms ?? 2,
            recorderBatch: raw.recorder.batch ?? 512,
            notifyOutboxFile: raw.notify?.outbox_file ?? "",
            notifyWebhook: raw.notify?.webhook ?? "",
            securityMode: mode,
            openIntake: raw.security?.open_intake ?? true,
            retentionDays: raw.retention?.days?.value ?? 30
        )
        c.dataDirectory = (c.dataDirectory as NSString).standardizingPath
        if let keys = raw.security?.keys_dir, !keys.isEmpty { c.keysSetting = keys }
        if !c.notifyOutboxFile.isEmpty && !c.notifyOutboxFile.hasPrefix("/") {
            c.notifyOutboxFile = (c.dataDirectory as NSString).appendingPathComponent(c.notifyOutboxFile)
        }
        try c.check(fail)
        return c
    }

    private func check(_ fail: (String, String) -> ConfigurationError) throws(ConfigurationError) {
        for stage in StageName.pipeline.dropFirst() where boundaries[stage] == nil {
            throw fail("boundaries.\(stage.rawValue)", "missing (every stage needs {front, back})")
        }
        for (stage, count) in workers {
            guard (0...64).contains(count) else { throw fail("workers.\(stage.rawValue)", "must be 0…64") }
            if stage == .penalise && count != 1 {
                throw fail("workers.penalise", "penalise owns the ledger and runs as exactly 1 process")
            }
        }
        guard maxAttempts >= 1 else { throw fail("delivery.max_attempts", "must be ≥ 1") }
        guard redeliverAfterSeconds > 0 else { throw fail("delivery.redeliver_after_seconds", "must be > 0") }
        guard inFlight >= 1 else { throw fail("delivery.in_flight", "must be ≥ 1") }
        guard (0...1000).contains(batchWindowMilliseconds) else { throw fail("delivery.batch_window_ms", "must be 0…1000") }
        guard workerHighWaterMark >= 1 else { throw fail("delivery.worker_hwm", "must be ≥ 1") }
        guard maxTextBytes > 0 else { throw fail("intake.max_text_bytes", "must be > 0") }
        guard maxMessageBytes >= maxTextBytes else { throw fail("intake.max_message_bytes", "must be ≥ intake.max_text_bytes") }
        guard retentionDays >= 0 else { throw fail("retention.days", "must be ≥ 0 (0 keeps everything)") }
        var seen: [String: String] = [:]
        for (_, port, address) in boundEndpoints {
            let parsed: [Endpoint]
            do {
                parsed = try Endpoint.parseList(address, defaultMode: .bind)
            } catch {
                throw fail(port, error.problem)
            }
            guard parsed.count == 1 else { throw fail(port, "give exactly one endpoint") }
            if let other = seen[address] { throw fail(port, "\(address) is also \(other): every endpoint needs its own port") }
            seen[address] = port
        }
        if securityMode == .plain && !isLoopbackOnly {
            throw fail("security.mode", "plain sends the pipeline token unencrypted: endpoints off loopback need curve")
        }
    }

    /// Replaces an address's host by `bind_host` when one is set (`tcp://0.0.0.0:5551`).
    package func bindAddress(_ address: String) -> String {
        guard !bindHost.isEmpty, address.hasPrefix("tcp://"),
              let colon = address.lastIndex(of: ":"), colon > address.index(address.startIndex, offsetBy: 5)
        else { return address }
        return "tcp://\(bindHost)\(address[colon...])"
    }

    package var limits: ValidationLimits {
        ValidationLimits(maxTextBytes: maxTextBytes, maxMessageBytes: maxMessageBytes)
    }

    package func path(_ file: String) -> String { (dataDirectory as NSString).appendingPathComponent(file) }

    /// `security.keys_dir`: where the pipeline token and CURVE keys live (relative to the data
    /// folder unless absolute; default `keys`).
    package var keysSetting = "keys"
    package var keysDirectory: String { keysSetting.hasPrefix("/") ? keysSetting : path(keysSetting) }
}

// The file's shape, snake_case as written.
// swiftlint:disable identifier_name
private struct RawPipeline: Decodable {
    struct Intake: Decodable { var endpoint: String; var feed: String?; var max_text_bytes: Int?; var max_message_bytes: Int? }
    struct Recorder: Decodable { var endpoint: String; var control: String; var batch: Int? }
    struct Ingest: Decodable { var done: String; var control: String }
    struct Penalise: Decodable { var noticed: String; var control: String }
    struct Delivery: Decodable {
        var redeliver_after_seconds: Number?
        var max_attempts: Int?
        var in_flight: Int?
        var worker_hwm: Int?
        var linger_ms: Int?
        var batch_window_ms: Int?
    }
    struct Notify: Decodable { var outbox_file: String?; var webhook: String? }
    struct SecuritySection: Decodable { var mode: String?; var open_intake: Bool?; var keys_dir: String? }
    struct Retention: Decodable { var days: Number? }

    var name: String?
    var data_dir: String?
    var rules_dir: String?
    var policies_dir: String?
    var bind_host: String?
    var intake: Intake
    var recorder: Recorder
    var ingest: Ingest
    var penalise: Penalise
    var delivery: Delivery?
    var boundaries: [String: PipelineConfiguration.Boundary]
    var workers: [String: Int]?
    var notify: Notify?
    var security: SecuritySection?
    var retention: Retention?
}
