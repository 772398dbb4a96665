import Foundation
import GRDB
import SluiceModel

/// One worker as its last heartbeat showed it.
package struct WorkerStatus: Codable, Sendable, Hashable {
    package var workerID: String
    package var stage: String
    package var pid: Int
    package var host: String
    package var state: String
    package var lastSeen: Double
    package var received: Int
    package var sent: Int
    package var failed: Int
    package var rate: Double
    package var latencyP50: Double?
    package var latencyP99: Double?

    enum CodingKeys: String, CodingKey {
        case workerID = "worker_id", stage, pid, host, state, lastSeen = "last_seen", received = "in", sent = "out",
             failed, rate, latencyP50 = "latency_p50_ms", latencyP99 = "latency_p99_ms"
    }
}

/// Pipeline-wide counts, straight from the store.
package struct Totals: Codable, Sendable, Hashable {
    package var journaled = 0
    package var completed = 0
    package var violations = 0
    package var penalties = 0
    package var notices = 0
    package var deadLetters = 0
    package var appeals = 0
    /// Journaled, with no outcome and not dead yet.
    package var backlog = 0
    /// Deliveries beyond the first.
    package var redeliveries = 0

    enum CodingKeys: String, CodingKey {
        case journaled, completed, violations, penalties, notices, deadLetters = "dead_letters", appeals, backlog,
             redeliveries
    }
}

/// End-to-end latency (ingest to recorded) over recent outcomes.
package struct EndToEnd: Codable, Sendable, Hashable {
    package var window: Double
    package var count: Int
    package var rate: Double
    package var p50: Double?
    package var p90: Double?
    package var p99: Double?

    enum CodingKeys: String, CodingKey {
        case window = "window_s", count, rate, p50 = "p50_ms", p90 = "p90_ms", p99 = "p99_ms"
    }
}

extension Store {
    package func workers() throws(StoreError) -> [WorkerStatus] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM workers ORDER BY stage, worker_id").map { row in
                WorkerStatus(workerID: row["worker_id"], stage: row["stage"], pid: row["pid"], host: row["host"],
                             state: row["state"], lastSeen: row["last_seen"], received: row["received"], sent: row["sent"],
                             failed: row["failed"], rate: row["rate"], latencyP50: row["latency_p50_ms"],
                             latencyP99: row["latency_p99_ms"])
            }
        }
    }

    package func totals() throws(StoreError) -> Totals {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            var t = Totals()
            t.journaled = try count("SELECT COUNT(*) FROM journal")
            t.completed = try count("SELECT COUNT(*) FROM outcomes")
            t.violations = try count("SELECT COUNT(*) FROM outcomes WHERE violation = 1")
            t.penalties = try count("SELECT COUNT(*) FROM decisions WHERE counted = 1 AND state = 'in_force'")
            t.notices = try count("SELECT COUNT(*) FROM notices")
            t.deadLetters = try count("SELECT COUNT(*) FROM dead_letters")
            t.appeals = try count("SELECT COUNT(*) FROM appeals")
            t.backlog = try count("""
                SELECT COUNT(*) FROM journal j WHERE j.status = 'pending'
                AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.listing_id = j.listing_id AND o.revision = j.revision)
                AND NOT EXISTS (SELECT 1 FROM dead_letters d WHERE d.listing_id = j.listing_id AND d.revision = j.revision)
                """)
            t.redeliveries = try count("SELECT COALESCE(SUM(attempts - 1), 0) FROM journal")
            return t
        }
    }

    /// Latency percentiles of outcomes recorded in the last `window` seconds before `now`.
    package func endToEnd(window: Double, now: Double) throws(StoreError) -> EndToEnd {
        try read { db in
            let values = try Double.fetchAll(db, sql: "SELECT latency_ms FROM outcomes WHERE recorded_at >= ? ORDER BY latency_ms",
                                             arguments: [now - window])
            func pct(_ p: Double) -> Double? {
                guard !values.isEmpty else { return nil }
                return values[min(values.count - 1, Int((p / 100) * Double(values.count)))]
            }
            return EndToEnd(window: window, count: values.count, rate: Double(values.count) / window, p50: pct(50),
                            p90: pct(90), p99: pct(99))
        }
    }
}
