import Foundation
import SluiceModel
import SluiceStore

/// What `pipectl status` shows: per stage live workers, counters that survive restarts, rate,
/// hop latency, CPU and memory, restarts; totals; end-to-end latency; and whether the
/// supervisor is in charge. Read from the store and the supervisor's state.
package struct StatusReport: Sendable, JSONWritable {
    package enum Health: String, Sendable, JSONWritable {
        /// Every expected process is live.
        case running
        /// Running, but some expected process is missing or the supervisor is gone.
        case degraded
        /// Nothing runs on this data folder.
        case stopped

        /// The exit code `pipectl status` returns, as `systemctl status` does.
        package var exitCode: Int32 {
            switch self {
            case .running: 0
            case .degraded: 3
            case .stopped: 4
            }
        }
    }

    package struct Worker: Sendable, JSONWritable {
        package var status: WorkerStatus
        package var live: Bool
        /// The supervisor's count for this process (0 when not supervised here).
        package var restarts: Int
        package var lastExit: String?
        package var uptime: Double?

        package func write(to w: inout JSONWriter) {
            let s = status
            w.beginObject()
            w.field("worker_id", s.workerID)
            w.field("stage", s.stage)
            w.field("pid", s.pid)
            w.field("host", s.host)
            w.field("state", live ? s.state : "stale")
            w.field("live", live)
            w.field("last_seen", Timestamp.format(epoch: s.lastSeen))
            w.field("uptime_s", uptime.map { ($0 * 10).rounded() / 10 })
            w.field("restarts", restarts)
            w.field("last_exit", lastExit)
            w.field("in", s.received)
            w.field("out", s.sent)
            w.field("failed", s.failed)
            w.field("rate", (s.rate * 10).rounded() / 10)
            w.field("latency_p50_ms", s.latencyP50)
            w.field("latency_p99_ms", s.latencyP99)
            w.field("cpu_pct", (s.cpuPercent * 10).rounded() / 10)
            w.field("rss_bytes", s.rssBytes)
            w.key("versions")
            w.beginObject()
            for (k, v) in s.versions.sorted(by: { $0.key < $1.key }) { w.key(k); w.string(v) }
            w.endObject()
            w.key("gauges")
            w.beginObject()
            for (k, v) in s.gauges.sorted(by: { $0.key < $1.key }) { w.key(k); w.int(v) }
            w.endObject()
            w.endObject()
        }
    }

    package struct Stage: Sendable, JSONWritable {
        package var name: StageName
        /// Live workers: heartbeat within `liveWithin` seconds.
        package var live: Int
        /// Workers the supervisor runs for this stage (nil when no local supervisor).
        package var expected: Int?
        package var received: Int
        package var sent: Int
        package var failed: Int
        package var rate: Double
        package var latencyP50: Double?
        package var latencyP99: Double?
        package var cpuPercent: Double
        package var rssBytes: Int
        package var restarts: Int
        /// Messages the stage's live workers hold: waiting to be sent on (back-pressure), or for
        /// ingest journaled and not yet finished.
        package var backlog: Int
        package var workers: [Worker]

        package func write(to w: inout JSONWriter) {
            w.beginObject()
            w.field("name", name)
            w.field("live", live)
            w.field("expected", expected)
            w.field("in", received)
            w.field("out", sent)
            w.field("failed", failed)
            w.field("rate", (rate * 10).rounded() / 10)
            w.field("latency_p50_ms", latencyP50)
            w.field("latency_p99_ms", latencyP99)
            w.field("cpu_pct", (cpuPercent * 10).rounded() / 10)
            w.field("rss_bytes", rssBytes)
            w.field("restarts", restarts)
            w.field("backlog", backlog)
            w.field("workers", workers)
            w.endObject()
        }
    }

    package var pipeline: String?
    package var data: String
    package var at: Double
    package var health: Health
    package var problems: [String]
    package var supervisorPID: Int32?
    package var standbyPID: Int32?
    package var stages: [Stage]
    package var totals: Totals
    package var endToEnd: EndToEnd

    package static let liveWithin = 3.0
    /// Workers not heard from for this long are left out of the report.
    package static let pruneAfter = 600.0

    package static func build(reader: StoreReader?, data: String, now: Double = Timestamp.now) throws -> StatusReport {
        let state = RunState.read(data: data)
        let supervised = state?.supervisorAlive ?? false
        let host = ProcessInfo.processInfo.hostName
        let all = try reader?.workers() ?? []
        let workers = all.filter { now - $0.lastSeen <= pruneAfter }
        var problems: [String] = []
        if let state, !supervised {
            problems.append("the supervisor (pid \(state.supervisorPID)) is not running: its processes are unsupervised; pipectl up adopts them, pipectl down stops them")
        }
        var stages: [Stage] = []
        for name in StageName.stopOrder {
            let mine = workers.filter { $0.stage == name }
            let planned = state?.processes.filter { $0.stage == name } ?? []
            let list = mine.map { s -> Worker in
                let p = planned.first { $0.name == s.workerID }
                // A recent heartbeat from a process of this host that has since exited is not life.
                let gone = s.host == host && !Spawner.isAlive(Int32(s.pid))
                let live = now - s.lastSeen <= liveWithin && s.state != "stopped" && !gone
                return Worker(status: s, live: live, restarts: p?.restarts ?? s.restarts, lastExit: p?.lastExit,
                              uptime: live ? now - s.startedAt : nil)
            }
            let live = list.filter(\.live)
            let expected = state.map { _ in planned.count }
            if let expected, live.count < expected {
                let missing = planned.filter { p in !live.contains { $0.status.workerID == p.name } }.map(\.name)
                problems.append("\(name.rawValue): \(live.count) of \(expected) live (missing \(missing.joined(separator: ", ")))")
            }
            let backlog = live.reduce(0) { $0 + ($1.status.gauges["queued"] ?? 0) }
                + (name == .ingest ? live.reduce(0) { $0 + ($1.status.gauges["unsent"] ?? 0) + ($1.status.gauges["in_flight"] ?? 0) } : 0)
            stages.append(Stage(
                name: name, live: live.count, expected: expected,
                received: list.reduce(0) { $0 + $1.status.received }, sent: list.reduce(0) { $0 + $1.status.sent },
                failed: list.reduce(0) { $0 + $1.status.failed }, rate: live.reduce(0) { $0 + $1.status.rate },
                latencyP50: live.compactMap(\.status.latencyP50).max(), latencyP99: live.compactMap(\.status.latencyP99).max(),
                cpuPercent: live.reduce(0) { $0 + $1.status.cpuPercent }, rssBytes: live.reduce(0) { $0 + $1.status.rssBytes },
                restarts: list.reduce(0) { $0 + $1.restarts }, backlog: backlog, workers: list))
        }
        let anyLive = stages.contains { $0.live > 0 }
        let health: Health = (!anyLive && !supervised) ? .stopped : (problems.isEmpty ? .running : .degraded)
        return StatusReport(pipeline: state?.pipeline, data: data, at: now, health: health, problems: problems,
                            supervisorPID: supervised ? state?.supervisorPID : nil,
                            standbyPID: supervised && (state.map { Spawner.isAlive($0.standbyPID) } ?? false) ? state?.standbyPID : nil,
                            stages: stages, totals: try reader?.totals() ?? Totals(),
                            endToEnd: try reader?.endToEnd(window: 60, now: now) ?? EndToEnd(window: 60, count: 0, rate: 0))
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("pipeline", pipeline)
        w.field("data", data)
        w.field("at", Timestamp.format(epoch: at))
        w.field("health", health)
        w.field("problems", problems)
        w.key("supervisor")
        w.beginObject()
        w.field("running", supervisorPID != nil)
        w.field("pid", supervisorPID.map(Int.init))
        w.field("standby_pid", standbyPID.map(Int.init))
        w.endObject()
        w.field("stages", stages)
        w.field("totals", totals)
        w.field("end_to_end", endToEnd)
        w.endObject()
    }

    /// The human form: a table per stage, then totals.
    package func render() -> String {
        func ms(_ v: Double?) -> String { v.map { String(format: "%.1f", $0) } ?? "-" }
        func mb(_ b: Int) -> String { b == 0 ? "-" : String(format: "%.0f", Double(b) / 1_048_576) }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var lines: [String] = []
        let name = pipeline.map { "pipeline \(($0 as NSString).lastPathComponent)" } ?? "store"
        let supervisor = supervisorPID.map { "supervisor pid \($0)\(standbyPID.map { ", standby \($0)" } ?? "")" } ?? "no supervisor"
        lines.append("Sluice \(name) — data \(data) — \(Timestamp.format(epoch: at)) — \(health.rawValue.uppercased()) (\(supervisor))")
        for p in problems { lines.append("  ! \(p)") }
        lines.append("")
        lines.append(pad("STAGE", 9) + lpad("LIVE", 6) + lpad("IN", 10) + lpad("OUT", 10) + lpad("FAILED", 7) + lpad("RATE/s", 8)
            + lpad("P50ms", 7) + lpad("P99ms", 8) + lpad("CPU%", 6) + lpad("RSS MB", 7) + lpad("RESTARTS", 9) + lpad("BACKLOG", 8))
        for s in stages {
            let live = s.expected.map { "\(s.live)/\($0)" } ?? "\(s.live)"
            lines.append(pad(s.name.rawValue, 9) + lpad(live, 6) + lpad("\(s.received)", 10) + lpad("\(s.sent)", 10)
                + lpad("\(s.failed)", 7) + lpad(String(format: "%.0f", s.rate), 8) + lpad(ms(s.latencyP50), 7)
                + lpad(ms(s.latencyP99), 8) + lpad(String(format: "%.0f", s.cpuPercent), 6) + lpad(mb(s.rssBytes), 7)
                + lpad("\(s.restarts)", 9) + lpad("\(s.backlog)", 8))
        }
        let t = totals
        lines.append("")
        lines.append("Listings   journaled \(t.journaled)  completed \(t.completed)  in flight \(t.backlog)  redeliveries \(t.redeliveries)  refused at intake \(t.refused)")
        lines.append("Outcomes   violations \(t.violations)  penalties \(t.penalties)  notices \(t.notices)  appeals \(t.appeals)  dead letters \(t.deadLetters) open / \(t.deadLettersTotal)  outbox \(t.outbox)")
        let e = endToEnd
        lines.append("End to end last \(Int(e.window)) s: \(e.count) listings (\(String(format: "%.1f", e.rate))/s)  p50 \(ms(e.p50)) ms  p90 \(ms(e.p90)) ms  p99 \(ms(e.p99)) ms")
        if t.deadLetters > 0 { lines.append("Dead letters: pipectl deadletters --summary") }
        return lines.joined(separator: "\n")
    }
}
