import Foundation
import SluiceStore

/// What `pipectl status` shows: per stage live workers, counters, rate, latency; totals; and
/// end-to-end latency — all read from the store, plus the supervisor's plan when one runs.
package struct StatusReport: Codable, Sendable {
    package struct Stage: Codable, Sendable {
        package var name: String
        /// Live workers: heartbeat within `liveWithin` seconds.
        package var workers: Int
        /// Workers the supervisor runs for this stage (nil when no local supervisor).
        package var expected: Int?
        package var received: Int
        package var sent: Int
        package var failed: Int
        package var rate: Double
        package var latencyP50: Double?
        package var latencyP99: Double?
        package var workerList: [WorkerStatus]

        enum CodingKeys: String, CodingKey {
            case name, workers, expected, received = "in", sent = "out", failed, rate, latencyP50 = "latency_p50_ms",
                 latencyP99 = "latency_p99_ms", workerList = "worker_list"
        }
    }

    package var pipeline: String?
    package var data: String
    package var at: Double
    package var running: Bool
    package var stages: [Stage]
    package var totals: Totals
    package var endToEnd: EndToEnd

    enum CodingKeys: String, CodingKey {
        case pipeline, data, at, running, stages, totals, endToEnd = "end_to_end"
    }

    package static let liveWithin = 3.0
    package static let stageNames = ["ingest", "detect", "score", "penalise", "notify", "recorder", "relay"]

    package static func build(store: Store, data: String, now: Double = Date().timeIntervalSince1970) throws -> StatusReport {
        let state = RunState.read(data: data)
        let running = state.map { Spawner.isAlive($0.supervisorPID) } ?? false
        let expected = running ? state?.expected : nil
        // Counters reset when a worker restarts; count this run's workers when one is known.
        let since = running ? (state?.startedAt ?? 0) - 5 : 0
        let workers = try store.workers().filter { $0.lastSeen >= since }
        var stages: [Stage] = []
        for name in stageNames {
            let mine = workers.filter { $0.stage == name }
            let live = mine.filter { now - $0.lastSeen <= liveWithin && $0.state != "stopped" }
            let p50 = live.compactMap(\.latencyP50).max()
            let p99 = live.compactMap(\.latencyP99).max()
            stages.append(Stage(name: name, workers: live.count, expected: expected.map { $0[name] ?? 0 },
                                received: mine.reduce(0) { $0 + $1.received }, sent: mine.reduce(0) { $0 + $1.sent },
                                failed: mine.reduce(0) { $0 + $1.failed }, rate: live.reduce(0) { $0 + $1.rate },
                                latencyP50: p50, latencyP99: p99, workerList: mine))
        }
        return StatusReport(pipeline: state?.pipeline, data: data, at: now, running: running, stages: stages,
                            totals: try store.totals(), endToEnd: try store.endToEnd(window: 60, now: now))
    }

    /// The human form: a table per stage, then totals.
    package func render() -> String {
        func ms(_ v: Double?) -> String { v.map { String(format: "%.1f", $0) } ?? "-" }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var lines: [String] = []
        let when = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: at))
        lines.append("Sluice \(pipeline.map { "pipeline \(($0 as NSString).lastPathComponent)" } ?? "store") — data \(data) — \(when) — "
            + (running ? "running" : "not running under pipectl"))
        lines.append("")
        lines.append(pad("STAGE", 10) + lpad("WORKERS", 8) + lpad("IN", 10) + lpad("OUT", 10) + lpad("FAILED", 8)
            + lpad("RATE/s", 9) + lpad("P50 ms", 9) + lpad("P99 ms", 9))
        for s in stages {
            let workers = s.expected.map { "\(s.workers)/\($0)" } ?? "\(s.workers)"
            let flag = (s.expected.map { s.workers < $0 } ?? false) ? "  ← missing workers" : ""
            lines.append(pad(s.name, 10) + lpad(workers, 8) + lpad("\(s.received)", 10) + lpad("\(s.sent)", 10)
                + lpad("\(s.failed)", 8) + lpad(String(format: "%.0f", s.rate), 9) + lpad(ms(s.latencyP50), 9)
                + lpad(ms(s.latencyP99), 9) + flag)
        }
        let t = totals
        lines.append("")
        lines.append("Listings   journaled \(t.journaled)  completed \(t.completed)  backlog \(t.backlog)  redeliveries \(t.redeliveries)")
        lines.append("Outcomes   violations \(t.violations)  penalties \(t.penalties)  notices \(t.notices)  appeals \(t.appeals)  dead letters \(t.deadLetters)")
        let e = endToEnd
        lines.append("End to end last \(Int(e.window)) s: \(e.count) listings (\(String(format: "%.1f", e.rate))/s)  p50 \(ms(e.p50)) ms  p90 \(ms(e.p90)) ms  p99 \(ms(e.p99)) ms")
        if t.deadLetters > 0 { lines.append("Dead letters: pipectl deadletters") }
        return lines.joined(separator: "\n")
    }
}
