import Foundation
import Logging
import SluiceModel
import SluiceRuntime
#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) private var stopRequested: sig_atomic_t = 0

/// The local process manager of one pipeline on this host. Two run at once: the active one
/// holds `<data>/run/supervisor.lock`, starts every process (or adopts those still running from
/// a predecessor), restarts one that dies — the first time within a fraction of a second, then
/// backing off while it keeps dying, and resetting once it has run healthily for a while — and
/// keeps a standby alive. The standby waits on the lock: when the active one dies however it
/// dies, the kernel releases the lock and the standby takes over within ~0.1 s, adopting the
/// running processes. On SIGTERM the active one stops the standby, then everything upstream
/// first so each stage drains into the next: ingest, detect, score, penalise, notify, relay,
/// recorder.
package final class Supervisor {
    package struct Spec: Sendable, Hashable {
        package var name: String
        package var stage: StageName
        package var executable: String
        package var arguments: [String]
    }

    private struct Child {
        var spec: Spec
        var pid: pid_t = 0
        var startTicks: UInt64 = 0
        /// Whether this supervisor spawned it (and so reaps it) or adopted it.
        var own = false
        var restarts = 0
        var lastExit: String?
        var startedAt = 0.0
        var nextStart: Double?
        var backoff = Supervisor.firstBackoff
        var finished = false
    }

    /// The first restart waits this long; each crash in a row doubles it, up to `maxBackoff`.
    static let firstBackoff = 0.2
    static let maxBackoff = 5.0
    /// A process that ran this long before dying starts its back-off afresh.
    static let healthyAfter = 5.0

    private let pipelinePath: String
    private let data: String
    private let logs: String
    private let scaleArguments: [String]
    private let binDirectory: String
    private var children: [Child] = []
    private let logger: Logger
    private var startedAt = Timestamp.now
    private var takenOverAt: Double?
    private var standbyPID: pid_t = 0
    package let specs: [Spec]

    package init(configuration: PipelineConfiguration, pipelinePath: String, data: String, scale: [StageName: Int],
                 binDirectory: String, logger: Logger) {
        self.pipelinePath = pipelinePath
        self.data = data
        self.binDirectory = binDirectory
        logs = (data as NSString).appendingPathComponent("logs")
        self.logger = logger
        scaleArguments = scale.sorted { $0.key < $1.key }.flatMap { ["--scale", "\($0.key.rawValue)=\($0.value)"] }
        var specs: [Spec] = []
        for stage in StageName.stopOrder.reversed() {
            let count = stage.isSingleton ? 1 : (scale[stage] ?? configuration.workers[stage] ?? 1)
            for i in 0..<count {
                let name = stage.isSingleton ? stage.rawValue : "\(stage.rawValue)-\(i + 1)"
                specs.append(Spec(name: name, stage: stage, executable: (binDirectory as NSString).appendingPathComponent(stage.executable),
                                  arguments: ["--pipeline", pipelinePath, "--data", data, "--worker-id", name]))
            }
        }
        self.specs = specs
    }

    /// Runs until asked to stop. A standby first waits for the lock.
    package func run(standby: Bool) throws {
        signal(SIGTERM) { _ in stopRequested = 1 }
        signal(SIGINT) { _ in stopRequested = 1 }
        signal(SIGHUP, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let lockPath = RunState.lockPath(data: data)
        try FileManager.default.createDirectory(atPath: (lockPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw ControlError.failed("cannot open \(lockPath)") }
        defer { close(lock) }
        if flock(lock, LOCK_EX | LOCK_NB) != 0 {
            guard standby else {
                throw ControlError.running("another supervisor holds \(lockPath): the pipeline is already running (pipectl down first)")
            }
            logger.info("Standing by")
            while flock(lock, LOCK_EX | LOCK_NB) != 0 {
                if stopRequested != 0 || RunState.read(data: data)?.state == "stopping" { return }
                usleep(50_000)
            }
            if stopRequested != 0 || RunState.read(data: data)?.state == "stopping" { return }
            takenOverAt = Timestamp.now
            logger.notice("Supervisor gone; taking over")
        }
        try active()
    }

    private func active() throws {
        let previous = RunState.read(data: data)
        if let previous, takenOverAt != nil { startedAt = previous.startedAt }
        for spec in specs {
            var child = Child(spec: spec)
            if let old = previous?.processes.first(where: { $0.name == spec.name }), old.isAlive,
               Spawner.commandLine(old.pid)?.first.map({ ($0 as NSString).lastPathComponent }) == spec.stage.executable {
                child.pid = old.pid
                child.startTicks = old.startTicks
                child.restarts = old.restarts
                child.lastExit = old.lastExit
                child.startedAt = old.startedAt
                child.backoff = old.backoff
                logger.info("Adopted", metadata: ["process": "\(spec.name)", "pid": "\(old.pid)"])
            } else {
                if let old = previous?.processes.first(where: { $0.name == spec.name }) {
                    child.restarts = old.restarts
                    child.backoff = old.backoff
                }
                start(&child)
            }
            children.append(child)
        }
        startStandby()
        try writeState("running")
        logger.info("Pipeline supervised", metadata: ["processes": "\(children.count)"])
        var lastWrite = Timestamp.now
        while stopRequested == 0 {
            var changed = reap()
            changed = restartDue() || changed
            if standbyPID == 0 || !Spawner.isAlive(standbyPID) {
                startStandby()
                changed = true
            }
            let now = Timestamp.now
            if changed || now - lastWrite >= 2 {
                try? writeState("running")
                lastWrite = now
            }
            usleep(50_000)
        }
        try? writeState("stopping")
        if standbyPID > 0 {
            kill(standbyPID, SIGTERM)
            var status: Int32 = 0
            for _ in 0..<100 where waitpid(standbyPID, &status, WNOHANG) == 0 { usleep(20_000) }
        }
        stopAll(timeout: 30)
        RunState.remove(data: data)
        logger.info("Pipeline stopped")
    }

    private func startStandby() {
        let exe = (binDirectory as NSString).appendingPathComponent("pipectl")
        do {
            standbyPID = try Spawner.spawn(exe, ["supervise", "--standby", "--pipeline", pipelinePath, "--data", data] + scaleArguments,
                                           log: (logs as NSString).appendingPathComponent("supervisor.log"),
                                           environment: environment(log: "supervisor.log"))
        } catch {
            logger.error("Cannot start the standby supervisor", metadata: ["error": "\(error)"])
            standbyPID = 0
        }
    }

    private func environment(log: String) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["SLUICE_LOG_FILE"] = (logs as NSString).appendingPathComponent(log)
        return env
    }

    private func start(_ child: inout Child) {
        let log = "\(child.spec.name).log"
        do {
            child.pid = try Spawner.spawn(child.spec.executable, child.spec.arguments, log: (logs as NSString).appendingPathComponent(log),
                                          environment: environment(log: log))
            child.startTicks = Spawner.startTicks(child.pid) ?? 0
            child.own = true
            child.startedAt = Timestamp.now
        } catch {
            logger.error("Cannot start", metadata: ["process": "\(child.spec.name)", "error": "\(error)"])
            child.pid = 0
            child.nextStart = Timestamp.now + child.backoff
            child.backoff = min(child.backoff * 2, Self.maxBackoff)
        }
    }

    /// Collects children that ended and schedules restarts for those that crashed.
    private func reap() -> Bool {
        var changed = false
        while true {
            var status: Int32 = 0
            let pid = waitpid(-1, &status, WNOHANG)
            guard pid > 0 else { break }
            if pid == standbyPID { standbyPID = 0; continue }
            guard let i = children.firstIndex(where: { $0.pid == pid && $0.own }) else { continue }
            ended(i, how: Self.describe(status), clean: (status & 0x7F) == 0 && ((status >> 8) & 0xFF) == 0)
            changed = true
        }
        // Adopted processes are not our children: watch them by pid and start time.
        for i in children.indices where children[i].pid > 0 && !children[i].own && Spawner.startTicks(children[i].pid) != children[i].startTicks {
            ended(i, how: "ended (adopted; exit status unknown)", clean: false)
            changed = true
        }
        return changed
    }

    private func ended(_ i: Int, how: String, clean: Bool) {
        let name = children[i].spec.name
        let ran = Timestamp.now - children[i].startedAt
        children[i].pid = 0
        children[i].lastExit = how
        if clean {
            logger.notice("Exited cleanly; not restarted", metadata: ["process": "\(name)"])
            children[i].finished = true
            return
        }
        if ran >= Self.healthyAfter { children[i].backoff = Self.firstBackoff }
        logger.warning("Died; restarting", metadata: ["process": "\(name)", "how": "\(how)", "in_seconds": "\(children[i].backoff)",
                                                       "ran_seconds": "\(Int(ran))"])
        children[i].nextStart = Timestamp.now + children[i].backoff
        children[i].backoff = min(children[i].backoff * 2, Self.maxBackoff)
    }

    static func describe(_ status: Int32) -> String {
        (status & 0x7F) != 0 ? "signal \(status & 0x7F)" : "exit code \((status >> 8) & 0xFF)"
    }

    private func restartDue() -> Bool {
        let now = Timestamp.now
        var changed = false
        for i in children.indices {
            guard let due = children[i].nextStart, due <= now else { continue }
            children[i].nextStart = nil
            start(&children[i])
            if children[i].pid > 0 { children[i].restarts += 1 }
            changed = true
        }
        return changed
    }

    /// Stops stage by stage, upstream first; SIGKILL for any that outlive `timeout` seconds.
    private func stopAll(timeout: Double) {
        for stage in StageName.stopOrder {
            let group = children.indices.filter { children[$0].spec.stage == stage && children[$0].pid > 0 }
            for i in group { kill(children[i].pid, SIGTERM) }
            let deadline = Timestamp.now + timeout
            func alive(_ i: Int) -> Bool {
                if children[i].own {
                    var status: Int32 = 0
                    if waitpid(children[i].pid, &status, WNOHANG) == children[i].pid { return false }
                    return true
                }
                return Spawner.startTicks(children[i].pid) == children[i].startTicks
            }
            var remaining = group
            while !remaining.isEmpty && Timestamp.now < deadline {
                remaining = remaining.filter(alive)
                if !remaining.isEmpty { usleep(20_000) }
            }
            for i in remaining {
                logger.warning("Did not stop in time; killing", metadata: ["process": "\(children[i].spec.name)"])
                kill(children[i].pid, SIGKILL)
                if children[i].own {
                    var status: Int32 = 0
                    waitpid(children[i].pid, &status, 0)
                }
            }
            for i in group { children[i].pid = 0 }
            if !group.isEmpty { logger.info("Stopped", metadata: ["stage": "\(stage.rawValue)"]) }
        }
    }

    private func writeState(_ state: String) throws {
        let processes = children.map {
            RunState.Process(name: $0.spec.name, stage: $0.spec.stage, pid: $0.pid, startTicks: $0.startTicks,
                             log: (logs as NSString).appendingPathComponent("\($0.spec.name).log"), restarts: $0.restarts,
                             lastExit: $0.lastExit, startedAt: $0.startedAt, backoff: $0.backoff)
        }
        try RunState(pipeline: pipelinePath, data: data, supervisorPID: getpid(), standbyPID: standbyPID, startedAt: startedAt,
                     takenOverAt: takenOverAt, state: state, processes: processes).write(data: data)
    }
}
