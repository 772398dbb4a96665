import Foundation
import GRDB
import SluiceModel

/// The recorder's results (`records.db`): exactly one terminal record per journaled message
/// (an outcome or a dead letter, keyed by the journal's sequence number), the notices sent to
/// account holders, and worker telemetry. The recorder is its only writer.
package final class RecordStore: Sendable {
    package let file: SQLiteFile

    static let migrations = [
        """
        CREATE TABLE outcomes (
            seq INTEGER PRIMARY KEY,
            jseq INTEGER NOT NULL,
            listing_id TEXT NOT NULL, revision INTEGER NOT NULL,
            violation INTEGER NOT NULL, severity TEXT, score INTEGER, signals TEXT,
            decision INTEGER NOT NULL DEFAULT 0, counted INTEGER, notice INTEGER NOT NULL DEFAULT 0,
            attempt INTEGER NOT NULL,
            ingested_at REAL NOT NULL, recorded_at REAL NOT NULL,
            hops TEXT NOT NULL,
            findings TEXT, assessment TEXT);
        CREATE UNIQUE INDEX outcomes_jseq ON outcomes(jseq);

        CREATE TABLE dead_letters (
            seq INTEGER PRIMARY KEY,
            jseq INTEGER,
            reason TEXT NOT NULL, detail TEXT NOT NULL, stage TEXT NOT NULL, worker TEXT NOT NULL,
            listing_id TEXT, revision INTEGER, merchant_id TEXT,
            raw TEXT NOT NULL, raw_bytes INTEGER NOT NULL, at REAL NOT NULL,
            state TEXT NOT NULL DEFAULT 'open', resolved_at REAL, resolution TEXT);
        CREATE UNIQUE INDEX dead_letters_jseq ON dead_letters(jseq);
        CREATE INDEX dead_letters_listing ON dead_letters(listing_id);

        CREATE TABLE notices (
            seq INTEGER PRIMARY KEY,
            notice_id TEXT NOT NULL,
            decision_id TEXT NOT NULL, listing_id TEXT NOT NULL, revision INTEGER NOT NULL, merchant_id TEXT NOT NULL,
            kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
            created_at REAL NOT NULL, recorded_at REAL NOT NULL, delivered_at REAL);
        CREATE UNIQUE INDEX notices_id ON notices(notice_id);

        CREATE TABLE workers (
            worker_id TEXT PRIMARY KEY, stage TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL,
            state TEXT NOT NULL, started_at REAL NOT NULL, first_seen REAL NOT NULL, last_seen REAL NOT NULL,
            received INTEGER NOT NULL, sent INTEGER NOT NULL, failed INTEGER NOT NULL,
            received_before INTEGER NOT NULL DEFAULT 0, sent_before INTEGER NOT NULL DEFAULT 0,
            failed_before INTEGER NOT NULL DEFAULT 0, incarnations INTEGER NOT NULL DEFAULT 1,
            rate REAL NOT NULL, latency_p50_ms REAL, latency_p99_ms REAL,
            cpu_s REAL NOT NULL DEFAULT 0, cpu_pct REAL NOT NULL DEFAULT 0, rss_bytes INTEGER NOT NULL DEFAULT 0,
            versions TEXT NOT NULL DEFAULT '{}', gauges TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID;

        CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        """,
    ]

    /// What the recorder writes in one transaction.
    package struct Batch: Sendable {
        package var outcomes: [StageMessage] = []
        package var notices: [Notice] = []
        package var deadLetters: [DeadLetter] = []
        package var heartbeats: [Heartbeat] = []

        package init() {}

        package var isEmpty: Bool { outcomes.isEmpty && notices.isEmpty && deadLetters.isEmpty && heartbeats.isEmpty }
        /// Records (not telemetry) in the batch.
        package var records: Int { outcomes.count + notices.count + deadLetters.count }
    }

    /// What a batch did.
    package struct Result: Sendable {
        /// Journal sequence numbers that now have their terminal record (stored now or before).
        package var terminal: [Int] = []
        /// Notice ids now stored (now or before).
        package var noticed: [String] = []
        package var newNotices: [Notice] = []
        package var newOutcomes = 0
        package var newDeadLetters = 0
        /// Records that arrived for a message that already had its terminal record.
        package var duplicates = 0
    }

    package init(folder: String, owner: String) throws(StoreError) {
        file = try SQLiteFile(.records, folder: folder, owner: owner, migrations: Self.migrations)
    }

    /// Writes a batch in one transaction. The first terminal record of a message wins; a later
    /// one (a redelivered listing's second outcome, an outcome after its dead letter) is counted,
    /// not stored. Notices are stored whatever their listing's terminal state.
    package func record(_ batch: Batch, now: Double) throws(StoreError) -> Result {
        try file.write { db in
            var result = Result()
            var counts: [String: Int] = [:]
            let insertOutcome = try db.cachedStatement(sql: """
                INSERT INTO outcomes (jseq, listing_id, revision, violation, severity, score, signals, decision, counted,
                                      notice, attempt, ingested_at, recorded_at, hops, findings, assessment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
            let deadFor = try db.cachedStatement(sql: "SELECT 1 FROM dead_letters WHERE jseq = ?")
            let outcomeFor = try db.cachedStatement(sql: "SELECT 1 FROM outcomes WHERE jseq = ?")
            for m in batch.outcomes {
                let h = m.header
                result.terminal.append(h.jseq)
                if h.redrive { try supersede(jseq: h.jseq, db: db, now: now) }
                if try deadFor.exists({ $0.add(h.jseq) }) {
                    result.duplicates += 1
                    counts["late_after_dead_letter", default: 0] += 1
                } else {
                    let findings = m.findings.isEmpty ? nil : Compact.findings(m.findings)
                    let assessment = m.assessment.isEmpty ? nil : Compact.assessment(m.assessment)
                    try insertOutcome.run { b in
                        b.add(h.jseq); b.add(h.listingID); b.add(h.revision); b.add(h.violation); b.add(h.severity?.rawValue)
                        b.add(h.score); b.add(h.signals.isEmpty ? nil : h.signals.map(\.rawValue).joined(separator: ","))
                        b.add(h.decisionID != nil); b.add(h.counted); b.add(h.noticeID != nil); b.add(h.attempt); b.add(h.ingestedAt)
                        b.add(now); b.add(h.trail); b.add(findings); b.add(assessment)
                    }
                    if db.changesCount > 0 {
                        result.newOutcomes += 1
                        counts["outcomes", default: 0] += 1
                        if h.violation { counts["violations", default: 0] += 1 }
                    } else {
                        result.duplicates += 1
                        counts["duplicate_outcomes", default: 0] += 1
                    }
                }
                if !m.notice.isEmpty, let notice = try? Notice(jsonBytes: m.notice) {
                    try insertNotice(notice, db: db, now: now, result: &result, counts: &counts)
                }
            }
            for notice in batch.notices {
                try insertNotice(notice, db: db, now: now, result: &result, counts: &counts)
            }
            let insertDead = try db.cachedStatement(sql: """
                INSERT INTO dead_letters (jseq, reason, detail, stage, worker, listing_id, revision, merchant_id, raw, raw_bytes, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
            for d in batch.deadLetters {
                if let jseq = d.jseq {
                    result.terminal.append(jseq)
                    if d.redrive { try supersede(jseq: jseq, db: db, now: now) }
                    if try Bool.fetchOne(outcomeFor, arguments: [jseq]) == true {
                        result.duplicates += 1
                        counts["late_after_outcome", default: 0] += 1
                        continue
                    }
                }
                try insertDead.execute(arguments: [d.jseq, d.reason.rawValue, d.detail, d.stage.rawValue, d.worker, d.listingID,
                                                   d.revision, d.merchantID, d.raw, d.rawBytes, d.at])
                if db.changesCount > 0 {
                    result.newDeadLetters += 1
                    counts["dead_letters", default: 0] += 1
                } else {
                    result.duplicates += 1
                    counts["duplicate_dead_letters", default: 0] += 1
                }
            }
            try upsertWorkers(batch.heartbeats, db: db)
            try add(counts, db: db)
            return result
        }
    }

    /// A re-driven message's new result replaces its open dead letter: the old one stays in the
    /// history as `retried`, without the key.
    private func supersede(jseq: Int, db: Database, now: Double) throws {
        try db.execute(sql: """
            UPDATE dead_letters SET state = 'retried', resolved_at = ?, resolution = 'jseq ' || jseq, jseq = NULL
            WHERE jseq = ? AND state = 'open'
            """, arguments: [now, jseq])
    }

    private func insertNotice(_ n: Notice, db: Database, now: Double, result: inout Result, counts: inout [String: Int]) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO notices (notice_id, decision_id, listing_id, revision, merchant_id, kind, title, body, created_at, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        let body = Packed.pack(n.body.utf8, .notice)
        try statement.run { b in
            b.add(n.noticeID); b.add(n.decisionID); b.add(n.listingID); b.add(n.revision); b.add(n.merchantID); b.add(n.kind.rawValue)
            b.add(n.title); b.add(body); b.add(n.createdAt); b.add(now)
        }
        result.noticed.append(n.noticeID)
        if db.changesCount > 0 {
            result.newNotices.append(n)
            counts["notices", default: 0] += 1
        } else {
            counts["duplicate_notices", default: 0] += 1
        }
    }

    private func upsertWorkers(_ beats: [Heartbeat], db: Database) throws {
        guard !beats.isEmpty else { return }
        // A heartbeat with a new started_at is a new incarnation of the worker: what the old one
        // counted moves into *_before, so a stage's totals survive restarts.
        let statement = try db.cachedStatement(sql: """
            INSERT INTO workers (worker_id, stage, pid, host, state, started_at, first_seen, last_seen, received, sent, failed,
                                 rate, latency_p50_ms, latency_p99_ms, cpu_s, cpu_pct, rss_bytes, versions, gauges)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(worker_id) DO UPDATE SET
              received_before = received_before + CASE WHEN excluded.started_at > started_at THEN received ELSE 0 END,
              sent_before = sent_before + CASE WHEN excluded.started_at > started_at THEN sent ELSE 0 END,
              failed_before = failed_before + CASE WHEN excluded.started_at > started_at THEN failed ELSE 0 END,
              incarnations = incarnations + CASE WHEN excluded.started_at > started_at THEN 1 ELSE 0 END,
              stage = excluded.stage, pid = excluded.pid, host = excluded.host, state = excluded.state,
              started_at = excluded.started_at, last_seen = excluded.last_seen, received = excluded.received,
              sent = excluded.sent, failed = excluded.failed, rate = excluded.rate,
              latency_p50_ms = excluded.latency_p50_ms, latency_p99_ms = excluded.latency_p99_ms,
              cpu_s = excluded.cpu_s, cpu_pct = excluded.cpu_pct, rss_bytes = excluded.rss_bytes, versions = excluded.versions, gauges = excluded.gauges
            WHERE excluded.started_at >= started_at
            """)
        for h in beats {
            var versions = JSONWriter()
            versions.beginObject()
            for (k, v) in h.versions.sorted(by: { $0.key < $1.key }) { versions.key(k); versions.string(v) }
            versions.endObject()
            var gauges = JSONWriter()
            gauges.beginObject()
            for (k, v) in h.gauges.sorted(by: { $0.key < $1.key }) { gauges.key(k); gauges.int(v) }
            gauges.endObject()
            try statement.execute(arguments: [
                h.worker, h.stage.rawValue, Int(h.pid), h.host, h.state.rawValue, h.startedAt, h.at, h.at, h.received, h.sent,
                h.failed, h.rate, h.latencyP50, h.latencyP99, h.cpuSeconds, h.cpuPercent, h.rssBytes,
                String(decoding: versions.bytes, as: UTF8.self), String(decoding: gauges.bytes, as: UTF8.self),
            ])
        }
    }

    private func add(_ counts: [String: Int], db: Database) throws {
        guard !counts.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value
            """)
        for (name, n) in counts { try statement.execute(arguments: [name, n]) }
    }

    // MARK: Notice delivery (the recorder's outbox worker)

    /// Stored notices not yet handed to the configured delivery (file, webhook), oldest first.
    package func undeliveredNotices(limit: Int) throws(StoreError) -> [Notice] {
        try file.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM notices WHERE delivered_at IS NULL ORDER BY seq LIMIT ?", arguments: [limit])
                .map(StoreReader.notice)
        }
    }

    package func markDelivered(_ ids: [String], at: Double) throws(StoreError) {
        guard !ids.isEmpty else { return }
        try file.write { db in
            let statement = try db.cachedStatement(sql: "UPDATE notices SET delivered_at = ? WHERE notice_id = ?")
            for id in ids { try statement.execute(arguments: [at, id]) }
        }
    }

    // MARK: Dead-letter management

    /// Marks dead letters resolved (`retried` or `dropped`), by sequence number; returns those
    /// changed, with the journal sequence number each was the terminal record of.
    package func resolveDeadLetters(_ seqs: [Int], as state: String, note: String?, at: Double) throws(StoreError) -> [(seq: Int, jseq: Int?)] {
        try file.write { db in
            var changed: [(Int, Int?)] = []
            for seq in seqs {
                try db.execute(sql: "UPDATE dead_letters SET state = ?, resolved_at = ?, resolution = ? WHERE seq = ? AND state = 'open'",
                               arguments: [state, at, note, seq])
                if db.changesCount > 0 {
                    changed.append((seq, try Int.fetchOne(db, sql: "SELECT jseq FROM dead_letters WHERE seq = ?", arguments: [seq])))
                }
            }
            return changed
        }
    }

    /// Deletes outcomes, delivered notices, resolved dead letters and stale workers older than
    /// `before`; returns how many rows.
    package func prune(before: Double, undeliveredToo: Bool) throws(StoreError) -> Int {
        try file.write { db in
            var n = 0
            try db.execute(sql: "DELETE FROM outcomes WHERE recorded_at < ?", arguments: [before]); n += db.changesCount
            try db.execute(sql: "DELETE FROM notices WHERE recorded_at < ? AND (delivered_at IS NOT NULL OR ?)", arguments: [before, undeliveredToo]); n += db.changesCount
            try db.execute(sql: "DELETE FROM dead_letters WHERE at < ? AND state != 'open'", arguments: [before]); n += db.changesCount
            try db.execute(sql: "DELETE FROM workers WHERE last_seen < ?", arguments: [before]); n += db.changesCount
            return n
        }
    }
}
