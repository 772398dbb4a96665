import Foundation
import GRDB
import SluiceModel

/// Pipeline-wide counts, read from what each owner keeps (never by counting whole tables).
package struct Totals: Sendable, Hashable, JSONWritable {
    /// Valid listings journaled at intake.
    package var journaled = 0
    /// Messages intake refused (each has a dead letter).
    package var refused = 0
    /// Listings sent again that were already journaled (acknowledged as `duplicate`).
    package var intakeDuplicates = 0
    package var completed = 0
    package var violations = 0
    /// Decisions that count toward a merchant's yearly ladder and stand.
    package var penalties = 0
    package var notices = 0
    /// Dead letters not yet re-driven or dropped.
    package var deadLetters = 0
    package var deadLettersTotal = 0
    package var appeals = 0
    /// Journaled messages with no terminal record yet.
    package var backlog = 0
    /// Deliveries beyond the first.
    package var redeliveries = 0
    /// Terminal records that arrived for a message that already had one (counted, not stored).
    package var duplicateRecords = 0
    /// Decisions waiting in penalise's outbox for their notice.
    package var outbox = 0

    package init() {}

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("journaled", journaled)
        w.field("refused", refused)
        w.field("intake_duplicates", intakeDuplicates)
        w.field("completed", completed)
        w.field("violations", violations)
        w.field("penalties", penalties)
        w.field("notices", notices)
        w.field("dead_letters", deadLetters)
        w.field("dead_letters_total", deadLettersTotal)
        w.field("appeals", appeals)
        w.field("backlog", backlog)
        w.field("redeliveries", redeliveries)
        w.field("duplicate_records", duplicateRecords)
        w.field("outbox", outbox)
        w.endObject()
    }
}

/// End-to-end latency (intake to recorded) over recent outcomes.
package struct EndToEnd: Sendable, Hashable, JSONWritable {
    package var window: Double
    package var count: Int
    package var rate: Double
    package var p50: Double?
    package var p90: Double?
    package var p99: Double?

    package init(window: Double, count: Int, rate: Double, p50: Double? = nil, p90: Double? = nil, p99: Double? = nil) {
        self.window = window
        self.count = count
        self.rate = rate
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("window_s", window)
        w.field("count", count)
        w.field("rate", (rate * 10).rounded() / 10)
        w.field("p50_ms", p50)
        w.field("p90_ms", p90)
        w.field("p99_ms", p99)
        w.endObject()
    }
}

/// One worker as its last heartbeat showed it, with counters over all its incarnations.
package struct WorkerStatus: Sendable, Hashable {
    package var workerID: String
    package var stage: StageName
    package var pid: Int
    package var host: String
    package var state: String
    package var startedAt: Double
    package var lastSeen: Double
    /// Since the worker's first start (counters survive restarts).
    package var received: Int
    package var sent: Int
    package var failed: Int
    /// Starts after the first one that the recorder has seen.
    package var restarts: Int
    package var rate: Double
    package var latencyP50: Double?
    package var latencyP99: Double?
    package var cpuSeconds: Double
    package var cpuPercent: Double
    package var rssBytes: Int
    package var versions: [String: String]
    package var gauges: [String: Int]
}

/// A dead letter as stored: its number, its state, and how it was resolved.
package struct StoredDeadLetter: Sendable, Hashable, JSONWritable {
    package var seq: Int
    package var letter: DeadLetter
    /// open, retried or dropped.
    package var state: String
    package var resolvedAt: Double?
    package var resolution: String?

    package func write(to w: inout JSONWriter) {
        let d = letter
        w.beginObject()
        w.field("seq", seq)
        w.field("jseq", d.jseq)
        w.field("reason", d.reason)
        w.field("detail", d.detail)
        w.field("stage", d.stage)
        w.field("worker", d.worker)
        w.field("listing_id", d.listingID)
        w.field("revision", d.revision)
        w.field("merchant_id", d.merchantID)
        w.field("raw", d.raw)
        w.field("raw_bytes", d.rawBytes)
        w.field("at", Timestamp.format(epoch: d.at))
        w.field("state", state)
        w.field("resolved_at", resolvedAt.map { Timestamp.format(epoch: $0) })
        w.field("resolution", resolution)
        w.endObject()
    }
}

/// Everything the store knows about one listing revision.
package struct ListingTrail: Sendable {
    package struct Journal: Sendable {
        package var jseq: Int
        package var open: Bool
        package var attempts: Int
        package var ingestedAt: Double
        package var raw: [UInt8]
    }

    package struct Outcome: Sendable {
        package var violation: Bool
        package var severity: String?
        package var score: Int?
        package var signals: [String]
        package var attempt: Int
        package var recordedAt: Double
        package var ingestedAt: Double
        /// `[stage, worker, ms after intake]`.
        package var hops: JSONValue
        package var findings: [Finding]
        package var assessment: Assessment?
    }

    package var listingID: String
    package var revision: Int
    package var journal: Journal?
    package var outcome: Outcome?
    package var decision: LedgerDecision?
    package var notices: [Notice]
    package var deadLetters: [StoredDeadLetter]
}

extension StoreReader {
    package func totals() throws(StoreError) -> Totals {
        try read { db in
            func counter(_ table: String, _ key: String) throws -> Int {
                let sql = table == "journal.meta" ? "SELECT value FROM journal.meta WHERE key = ?" : "SELECT value FROM \(table) WHERE name = ?"
                return try Int.fetchOne(db, sql: sql, arguments: [key]) ?? 0
            }
            var t = Totals()
            t.journaled = try counter("journal.meta", "count.journaled")
            t.refused = try counter("journal.meta", "count.refused")
            t.intakeDuplicates = try counter("journal.meta", "count.duplicates")
            t.redeliveries = try counter("journal.meta", "count.redeliveries")
            let openFrom = try counter("journal.meta", "open_from")
            t.backlog = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM journal.journal WHERE seq >= ? AND state = 0",
                                         arguments: [openFrom]) ?? 0
            t.completed = try counter("records.counters", "outcomes")
            t.violations = try counter("records.counters", "violations")
            t.notices = try counter("records.counters", "notices")
            t.deadLettersTotal = try counter("records.counters", "dead_letters")
            t.deadLetters = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM records.dead_letters WHERE state = 'open'") ?? 0
            t.duplicateRecords = try ["duplicate_outcomes", "duplicate_dead_letters", "late_after_dead_letter", "late_after_outcome"]
                .reduce(0) { $0 + (try counter("records.counters", $1)) }
            t.penalties = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(count), 0) FROM ledger.counts") ?? 0
            t.appeals = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger.appeals") ?? 0
            t.outbox = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ledger.outbox") ?? 0
            return t
        }
    }

    /// Latency percentiles of outcomes recorded in the last `window` seconds before `now`
    /// (percentiles over the newest 20,000 of them).
    package func endToEnd(window: Double, now: Double) throws(StoreError) -> EndToEnd {
        try read { db in
            let cutoff = now - window
            // recorded_at only grows with seq (one writer), so the window's first row is found
            // by bisection on seq instead of a scan.
            guard let maxSeq = try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM records.outcomes") else {
                return EndToEnd(window: window, count: 0, rate: 0)
            }
            var lo = try Int.fetchOne(db, sql: "SELECT MIN(seq) FROM records.outcomes") ?? maxSeq
            var hi = maxSeq + 1
            let at = try db.cachedStatement(sql: "SELECT recorded_at FROM records.outcomes WHERE seq >= ? ORDER BY seq LIMIT 1")
            while lo < hi {
                let mid = (lo + hi) / 2
                if let t = try Double.fetchOne(at, arguments: [mid]), t < cutoff { lo = mid + 1 } else { hi = mid }
            }
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM records.outcomes WHERE seq >= ?", arguments: [lo]) ?? 0
            let values = try Double.fetchAll(db, sql: """
                SELECT (recorded_at - ingested_at) * 1000 AS ms FROM records.outcomes WHERE seq >= ? ORDER BY seq DESC LIMIT 20000
                """, arguments: [lo]).sorted()
            func pct(_ p: Double) -> Double? {
                guard !values.isEmpty else { return nil }
                return (values[min(values.count - 1, Int((p / 100) * Double(values.count)))] * 10).rounded() / 10
            }
            return EndToEnd(window: window, count: count, rate: Double(count) / window, p50: pct(50), p90: pct(90), p99: pct(99))
        }
    }

    package func workers() throws(StoreError) -> [WorkerStatus] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM records.workers ORDER BY stage, worker_id").compactMap { row in
                guard let stage = StageName(rawValue: row["stage"]) else { return nil }
                func object(_ text: String) -> [(String, JSONValue)] {
                    if case .object(let m)? = try? JSONValue.parse(text) { return m }
                    return []
                }
                var versions: [String: String] = [:]
                for (k, v) in object(row["versions"]) { versions[k] = v.stringValue }
                var gauges: [String: Int] = [:]
                for (k, v) in object(row["gauges"]) { gauges[k] = v.intValue }
                let received: Int = row["received"], receivedBefore: Int = row["received_before"]
                let sent: Int = row["sent"], sentBefore: Int = row["sent_before"]
                let failed: Int = row["failed"], failedBefore: Int = row["failed_before"]
                return WorkerStatus(workerID: row["worker_id"], stage: stage, pid: row["pid"], host: row["host"], state: row["state"],
                                    startedAt: row["started_at"], lastSeen: row["last_seen"], received: received + receivedBefore,
                                    sent: sent + sentBefore, failed: failed + failedBefore, restarts: (row["incarnations"] as Int) - 1,
                                    rate: row["rate"], latencyP50: row["latency_p50_ms"], latencyP99: row["latency_p99_ms"],
                                    cpuSeconds: row["cpu_s"], cpuPercent: row["cpu_pct"], rssBytes: row["rss_bytes"], versions: versions, gauges: gauges)
            }
        }
    }

    // MARK: Dead letters

    package func deadLetters(limit: Int, reason: String? = nil, since: Double? = nil, state: String? = "open",
                             seqs: [Int]? = nil) throws(StoreError) -> [StoredDeadLetter] {
        try read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let reason { conditions.append("reason = ?"); arguments.append(reason) }
            if let since { conditions.append("at >= ?"); arguments.append(since) }
            if let state { conditions.append("state = ?"); arguments.append(state) }
            if let seqs { conditions.append("seq IN (\(seqs.map(String.init).joined(separator: ",")))") }
            let sql = "SELECT * FROM records.dead_letters" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
                + " ORDER BY seq DESC LIMIT ?"
            arguments.append(limit)
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Self.deadLetter)
        }
    }

    /// Dead letters per reason and state.
    package func deadLetterSummary() throws(StoreError) -> [(reason: String, state: String, count: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT reason, state, COUNT(*) AS n FROM records.dead_letters GROUP BY reason, state ORDER BY n DESC")
                .map { ($0["reason"], $0["state"], $0["n"]) }
        }
    }

    static func deadLetter(_ row: Row) -> StoredDeadLetter {
        var letter = DeadLetter(jseq: row["jseq"], reason: DeadLetterReason(rawValue: row["reason"]) ?? .stageError, detail: row["detail"],
                                stage: StageName(rawValue: row["stage"]) ?? .ingest, worker: row["worker"], listingID: row["listing_id"],
                                revision: row["revision"], merchantID: row["merchant_id"], raw: [], rawBytes: row["raw_bytes"],
                                at: row["at"])
        letter.raw = row["raw"]
        return StoredDeadLetter(seq: row["seq"], letter: letter, state: row["state"], resolvedAt: row["resolved_at"],
                                resolution: row["resolution"])
    }

    // MARK: Listings and merchants

    /// Every revision of a listing the store has heard of, newest first.
    package func trails(listingID: String) throws(StoreError) -> [ListingTrail] {
        try read { db in
            let revisions = try Int.fetchAll(db, sql: """
                SELECT revision FROM journal.journal WHERE listing_id = ?
                UNION SELECT revision FROM records.dead_letters WHERE listing_id = ? AND revision IS NOT NULL
                UNION SELECT revision FROM ledger.decisions WHERE listing_id = ?
                ORDER BY revision DESC
                """, arguments: [listingID, listingID, listingID])
            var trails: [ListingTrail] = try revisions.map { revision in
                var trail = ListingTrail(listingID: listingID, revision: revision, notices: [], deadLetters: [])
                if let row = try Row.fetchOne(db, sql: "SELECT * FROM journal.journal WHERE listing_id = ? AND revision = ?",
                                              arguments: [listingID, revision]) {
                    trail.journal = .init(jseq: row["seq"], open: (row["state"] as Int) == 0, attempts: row["attempts"],
                                          ingestedAt: row["ingested_at"], raw: Packed.unpack(row["raw"] as DatabaseValue))
                    if let o = try Row.fetchOne(db, sql: "SELECT * FROM records.outcomes WHERE jseq = ?", arguments: [row["seq"] as Int]) {
                        trail.outcome = try Self.outcome(o)
                    }
                }
                trail.decision = try Self.ledgerDecisions(db, where: "listing_id = ? AND revision = ?", [listingID, "\(revision)"],
                                                          prefix: "ledger.").first
                let decisionID = Decision.id(listingID: listingID, revision: revision)
                trail.notices = try Row.fetchAll(db, sql: "SELECT * FROM records.notices WHERE decision_id = ? ORDER BY seq",
                                                 arguments: [decisionID]).map(Self.notice)
                trail.deadLetters = try Row.fetchAll(db, sql: """
                    SELECT * FROM records.dead_letters WHERE listing_id = ? AND revision = ? ORDER BY seq
                    """, arguments: [listingID, revision]).map(Self.deadLetter)
                return trail
            }
            // Input refused at intake, which never got a revision.
            let loose = try Row.fetchAll(db, sql: """
                SELECT * FROM records.dead_letters WHERE listing_id = ? AND revision IS NULL ORDER BY seq
                """, arguments: [listingID]).map(Self.deadLetter)
            if !loose.isEmpty {
                trails.append(ListingTrail(listingID: listingID, revision: -1, notices: [], deadLetters: loose))
            }
            return trails
        }
    }

    static func outcome(_ row: Row) throws -> ListingTrail.Outcome {
        let findingsText: String? = row["findings"]
        let assessmentText: String? = row["assessment"]
        let findings = findingsText.map(Compact.findings) ?? []
        let assessment = assessmentText.flatMap {
            Compact.assessment($0, score: row["score"] ?? 0, severity: Severity(rawValue: row["severity"] ?? "") ?? .none)
        }
        let signals: String? = row["signals"]
        return ListingTrail.Outcome(violation: row["violation"], severity: row["severity"], score: row["score"],
                                    signals: signals.map { $0.split(separator: ",").map(String.init) } ?? [],
                                    attempt: row["attempt"], recordedAt: row["recorded_at"], ingestedAt: row["ingested_at"],
                                    hops: Compact.hops(row["hops"] as String), findings: findings,
                                    assessment: assessment)
    }

    /// Every decision about a merchant, oldest first, with its appeals.
    package func merchantDecisions(merchantID: String) throws(StoreError) -> [LedgerDecision] {
        try read { db in try Self.ledgerDecisions(db, where: "merchant_id = ?", [merchantID], prefix: "ledger.") }
    }

    /// The decision with this id, with its appeals.
    package func decision(id: String) throws(StoreError) -> LedgerDecision? {
        try read { db in try Self.ledgerDecisions(db, where: "decision_id = ?", [id], prefix: "ledger.").first }
    }

    /// Outcomes recorded for listings whose id starts with `prefix`: (listing_id, recorded_at).
    package func outcomeTimes(listingPrefix prefix: String, afterSeq: Int) throws(StoreError) -> (rows: [(String, Double)], lastSeq: Int) {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT seq, listing_id, recorded_at FROM records.outcomes WHERE seq > ? ORDER BY seq LIMIT 200000
                """, arguments: [afterSeq])
            var out: [(String, Double)] = []
            var last = afterSeq
            for row in rows {
                last = row["seq"]
                let id: String = row["listing_id"]
                if id.hasPrefix(prefix) { out.append((id, row["recorded_at"])) }
            }
            return (out, last)
        }
    }

    /// Bytes on disk of every file of the store (after the owners checkpointed).
    package var sizeOnDisk: Int {
        StoreFile.allCases.reduce(0) { total, file in
            total + ["", "-wal", "-shm"].reduce(0) { t, suffix in
                t + ((try? FileManager.default.attributesOfItem(atPath: file.path(in: folder) + suffix)[.size] as? Int) ?? 0)
            }
        }
    }
}

extension StoreReader {
    /// Terminal records stored after the given sequence numbers: (listing_id, revision,
    /// recorded_at, is_dead_letter), and the new high-water marks.
    package func terminals(afterOutcome: Int, afterDeadLetter: Int) throws(StoreError) -> (rows: [(String, Int, Double, Bool)], outcome: Int, deadLetter: Int) {
        try read { db in
            var rows: [(String, Int, Double, Bool)] = []
            var o = afterOutcome, d = afterDeadLetter
            // A load run polls this many times a second over every finished listing: columns are read
            // by position from a cursor, not by name from materialised rows.
            let outcomes = try Row.fetchCursor(db, sql: "SELECT seq, listing_id, revision, recorded_at FROM records.outcomes WHERE seq > ? ORDER BY seq LIMIT 100000",
                                               arguments: [afterOutcome])
            while let row = try outcomes.next() {
                o = row[0]
                rows.append((row[1], row[2], row[3], false))
            }
            let dead = try Row.fetchCursor(db, sql: "SELECT seq, listing_id, revision, at FROM records.dead_letters WHERE seq > ? ORDER BY seq LIMIT 100000",
                                           arguments: [afterDeadLetter])
            while let row = try dead.next() {
                d = row[0]
                if let id: String = row[1], let rev: Int = row[2] { rows.append((id, rev, row[3], true)) }
            }
            return (rows, o, d)
        }
    }

    /// Which of `keys` (`listing_id#revision`) already have a dead letter with a sequence number up to
    /// `upToSeq` (recorded before a run started).
    package func deadLettersRecorded(keys: Set<String>, upToSeq: Int) throws(StoreError) -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try read { db in
            var found: Set<String> = []
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM records.dead_letters WHERE listing_id = ? AND revision = ? AND seq <= ? LIMIT 1")
            for key in keys {
                guard let hash = key.lastIndex(of: "#"), let revision = Int(key[key.index(after: hash)...]) else { continue }
                if try Int.fetchOne(statement, arguments: [String(key[..<hash]), revision, upToSeq]) != nil { found.insert(key) }
            }
            return found
        }
    }

    /// The newest sequence numbers of outcomes and dead letters (where a run starts reading).
    package func terminalMarks() throws(StoreError) -> (outcome: Int, deadLetter: Int) {
        try read { db in
            (try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM records.outcomes") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM records.dead_letters") ?? 0)
        }
    }
}
