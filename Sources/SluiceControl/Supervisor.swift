import Foundation
import Logging
import SluiceRuntime
#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) private var stopRequested: sig_atomic_t = 0

/// A local supervisor for one pipeline on this host: starts every process in dependency
/// order, restarts one that crashes (with back-off), and on SIGTERM/SIGINT stops them upstream
/// first so each stage drains into the next: ingest, detect, score, penalise, notify, relay,
/// recorder.
package final class Supervisor {
    package struct Spec: Sendable, Hashable {
        package var name: String
        package var stage: String
        package var executable: String
        package var arguments: [String]
    }

    private struct Child {
        var spec: Spec
        var pid: pid_t
        var restarts = 0
        var nextStart: Double?
        var backoff = 1.0
        var finished = false
    }

    private let pipelinePath: String
    private let data: String
    private let logs: String
    private var children: [Child] = []
    private let logger: Logger
    private let startedAt = Date().timeIntervalSince1970
    package let specs: [Spec]

    /// The stop order; start order is its reverse.
    package static let stopOrder = ["ingest", "detect", "score", "penalise", "notify", "relay", "recorder"]

    package init(configuration: PipelineConfiguration, pipelinePath: String, data: String, scale: [String: Int],
                 binDirectory: String, logger: Logger) {
        self.pipelinePath = pipelinePath
        self.data = data
        logs = (data as NSString).appendingPathComponent("logs")
        self.logger = logger
        var specs: [Spec] = []
        for stage in Self.stopOrder.reversed() {
            let count: Int
            switch stage {
            case "ingest", "relay", "recorder", "penalise": count = 1
            default: count = scale[stage] ?? configuration.workers[stage] ?? 1
            }
            for i in 0..<count {
                let name = count == 1 && ["ingest", "relay", "recorder", "penalise"].contains(stage) ? stage : "\(stage)-\(i + 1)"
                specs.append(Spec(name: name, stage: stage, executable: (binDirectory as NSString).appendingPathComponent("sluice-\(stage)"),
                                  arguments: ["--pipeline", pipelinePath, "--data", data, "--worker-id", name]))
            }
        }
        self.specs = specs
    }

    /// Starts everything and supervises until asked to stop; then stops everything.
    package func run() throws {
        signal(SIGTERM) { _ in stopRequested = 1 }
        signal(SIGINT) { _ in stopRequested = 1 }
        signal(SIGHUP, SIG_IGN)
        try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
        for spec in specs {
            let pid = try start(spec)
            children.append(Child(spec: spec, pid: pid))
            // Let bound endpoints come up before those that connect to them.
            if ["recorder", "relay"].contains(spec.stage) { usleep(200_000) }
        }
        try writeState("running")
        logger.info("Pipeline started", metadata: ["processes": "\(children.count)"])
        while stopRequested == 0 {
            reap()
            restartDue()
            usleep(100_000)
        }
        try writeState("stopping")
        stopAll(timeout: 20)
        RunState.remove(data: data)
        logger.info("Pipeline stopped")
    }

    private func start(_ spec: Spec) throws -> pid_t {
        let pid = try Spawner.spawn(spec.executable, spec.arguments, log: (logs as NSString).appendingPathComponent("\(spec.name).log"))
        logger.info("Started", metadata: ["process": "\(spec.name)", "pid": "\(pid)"])
        return pid
    }

    /// Collects exited children and schedules restarts for crashed ones.
    private func reap() {
        while true {
            var status: Int32 = 0
            let pid = waitpid(-1, &status, WNOHANG)
            guard pid > 0 else { return }
            guard let i = children.firstIndex(where: { $0.pid == pid }) else { continue }
            let exitedCleanly = (status & 0x7F) == 0 && ((status >> 8) & 0xFF) == 0
            let name = children[i].spec.name
            if exitedCleanly {
                logger.notice("Exited cleanly; not restarted", metadata: ["process": "\(name)", "pid": "\(pid)"])
                children[i].finished = true
            } else {
                let signalled = (status & 0x7F) != 0
                let how = signalled ? "signal \(status & 0x7F)" : "exit code \((status >> 8) & 0xFF)"
                logger.warning("Crashed; will restart", metadata: ["process": "\(name)", "pid": "\(pid)", "how": "\(how)",
                                                                   "in_seconds": "\(children[i].backoff)"])
                children[i].nextStart = Date().timeIntervalSince1970 + children[i].backoff
                children[i].backoff = min(children[i].backoff * 2, 30)
            }
            children[i].pid = 0
            try? writeState("running")
        }
    }

    private func restartDue() {
        let now = Date().timeIntervalSince1970
        for i in children.indices {
            guard let due = children[i].nextStart, due <= now else { continue }
            children[i].nextStart = nil
            do {
                children[i].pid = try start(children[i].spec)
                children[i].restarts += 1
            } catch {
                logger.error("Restart failed", metadata: ["process": "\(children[i].spec.name)", "error": "\(error)"])
                children[i].nextStart = now + children[i].backoff
            }
            try? writeState("running")
        }
    }

    /// Stops stage by stage, upstream first; SIGKILL for any that outlive `timeout` seconds.
    private func stopAll(timeout: Double) {
        for stage in Self.stopOrder {
            let group = children.indices.filter { children[$0].spec.stage == stage && children[$0].pid > 0 }
            for i in group { kill(children[i].pid, SIGTERM) }
            let deadline = Date().timeIntervalSince1970 + timeout
            while group.contains(where: { children[$0].pid > 0 }) && Date().timeIntervalSince1970 < deadline {
                for i in group where children[i].pid > 0 {
                    var status: Int32 = 0
                    if waitpid(children[i].pid, &status, WNOHANG) == children[i].pid { children[i].pid = 0 }
                }
                usleep(50_000)
            }
            for i in group where children[i].pid > 0 {
                logger.warning("Did not stop in time; killing", metadata: ["process": "\(children[i].spec.name)"])
                kill(children[i].pid, SIGKILL)
                var status: Int32 = 0
                waitpid(children[i].pid, &status, 0)
                children[i].pid = 0
            }
            if !group.isEmpty { logger.info("Stopped", metadata: ["stage": "\(stage)"]) }
        }
    }

    private func writeState(_ state: String) throws {
        let processes = children.map {
            RunState.Process(name: $0.spec.name, stage: $0.spec.stage, workerID: $0.spec.name, pid: $0.pid,
                             log: (logs as NSString).appendingPathComponent("\($0.spec.name).log"), restarts: $0.restarts)
        }
        try RunState(pipeline: pipelinePath, supervisorPID: getpid(), startedAt: startedAt, state: state, processes: processes)
            .write(data: data)
    }
}
