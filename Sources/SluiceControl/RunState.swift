import Foundation
import SluiceModel

/// What the active supervisor of a pipeline writes to `<data>/run/state.json`: the plan, every
/// process with its pid and restarts, and the standby that takes over if the supervisor dies.
package struct RunState: Sendable, JSONCodable {
    package struct Process: Sendable, Hashable, JSONCodable {
        package var name: String
        package var stage: StageName
        package var pid: Int32
        /// The kernel's start time of that pid, so a reused pid is never mistaken for it.
        package var startTicks: UInt64
        package var log: String
        package var restarts: Int
        /// How the last incarnation ended (`signal 9`, `exit code 1`), if it did.
        package var lastExit: String?
        package var startedAt: Double
        /// Seconds the next restart waits (grows on crash loops, resets after a healthy minute).
        package var backoff: Double

        package init(name: String, stage: StageName, pid: Int32, startTicks: UInt64, log: String, restarts: Int, lastExit: String?,
                     startedAt: Double, backoff: Double) {
            self.name = name
            self.stage = stage
            self.pid = pid
            self.startTicks = startTicks
            self.log = log
            self.restarts = restarts
            self.lastExit = lastExit
            self.startedAt = startedAt
            self.backoff = backoff
        }

        package func write(to w: inout JSONWriter) {
            w.beginObject()
            w.field("name", name)
            w.field("stage", stage)
            w.field("pid", Int(pid))
            w.field("start_ticks", Int(startTicks))
            w.field("log", log)
            w.field("restarts", restarts)
            w.field("last_exit", lastExit)
            w.field("started_at", startedAt)
            w.field("backoff_s", backoff)
            w.endObject()
        }

        package init(json: JSONValue) throws(JSONError) {
            var f = try JSONFields(json)
            name = try f.string("name")
            stage = try f.value("stage", as: StageName.self)
            pid = Int32(try f.int("pid"))
            startTicks = UInt64(max(0, try f.int("start_ticks")))
            log = try f.string("log")
            restarts = try f.int("restarts")
            lastExit = try f.optionalString("last_exit")
            startedAt = try f.double("started_at")
            backoff = try f.optionalDouble("backoff_s") ?? 0
        }

        /// Whether this incarnation is still running.
        package var isAlive: Bool { pid > 0 && Spawner.startTicks(pid) == startTicks }
    }

    package var pipeline: String
    package var data: String
    package var supervisorPID: Int32
    package var standbyPID: Int32
    package var startedAt: Double
    /// When the supervisor now in charge took over (after a predecessor died), if it did.
    package var takenOverAt: Double?
    /// running, stopping
    package var state: String
    package var processes: [Process]

    package init(pipeline: String, data: String, supervisorPID: Int32, standbyPID: Int32, startedAt: Double, takenOverAt: Double?,
                 state: String, processes: [Process]) {
        self.pipeline = pipeline
        self.data = data
        self.supervisorPID = supervisorPID
        self.standbyPID = standbyPID
        self.startedAt = startedAt
        self.takenOverAt = takenOverAt
        self.state = state
        self.processes = processes
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("pipeline", pipeline)
        w.field("data", data)
        w.field("supervisor_pid", Int(supervisorPID))
        w.field("standby_pid", Int(standbyPID))
        w.field("started_at", startedAt)
        w.field("taken_over_at", takenOverAt)
        w.field("state", state)
        w.field("processes", processes)
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        pipeline = try f.string("pipeline")
        data = try f.string("data")
        supervisorPID = Int32(try f.int("supervisor_pid"))
        standbyPID = Int32(try f.optionalInt("standby_pid") ?? 0)
        startedAt = try f.double("started_at")
        takenOverAt = try f.optionalDouble("taken_over_at")
        state = try f.string("state")
        processes = try f.decodeArray("processes")
    }

    package static func path(data: String) -> String { (data as NSString).appendingPathComponent("run/state.json") }
    package static func lockPath(data: String) -> String { (data as NSString).appendingPathComponent("run/supervisor.lock") }

    package static func read(data: String) -> RunState? {
        guard let bytes = FileManager.default.contents(atPath: path(data: data)) else { return nil }
        return try? RunState(jsonBytes: Array(bytes))
    }

    /// Writes atomically (temp file + rename), so readers never see half a file.
    package func write(data: String) throws {
        let target = Self.path(data: data)
        let folder = (target as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temp = target + ".\(getpid()).tmp"
        let text = (try JSONValue.parse(jsonBytes)).pretty() + "\n"
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ControlError.failed("cannot write \(temp)")
        }
        guard rename(temp, target) == 0 else { throw ControlError.failed("cannot replace \(target)") }
    }

    package static func remove(data: String) {
        try? FileManager.default.removeItem(atPath: path(data: data))
    }

    /// Expected processes per stage.
    package var expected: [StageName: Int] {
        processes.reduce(into: [:]) { $0[$1.stage, default: 0] += 1 }
    }

    /// Whether the supervisor that wrote this is still in charge.
    package var supervisorAlive: Bool { Spawner.isAlive(supervisorPID) }
}

/// Why a control action failed, with what to do.
package enum ControlError: Error, CustomStringConvertible, Sendable {
    case failed(String)
    case running(String)
    case unreachable(String)

    package var description: String {
        switch self {
        case .failed(let s), .running(let s), .unreachable(let s): s
        }
    }
}
