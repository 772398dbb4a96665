import Foundation
import GRDB
import SluiceModel

/// What the recorder writes in one transaction.
package struct RecorderBatch: Sendable {
    package var outcomes: [Envelope] = []
    package var deadLetters: [DeadLetter] = []
    package var heartbeats: [Heartbeat] = []

    package init() {}

    package var isEmpty: Bool { outcomes.isEmpty && deadLetters.isEmpty && heartbeats.isEmpty }
}

extension Store {
    /// Writes a batch. Outcomes are idempotent on (listing_id, revision): a redelivered one is
    /// ignored, with its findings and notice.
    /// - Returns: how many outcomes were new.
    @discardableResult
    package func record(_ batch: RecorderBatch, now: Double) throws(StoreError) -> Int {
        try write { db in
            var inserted = 0
            let outcome = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO outcomes
                  (listing_id, revision, platform, merchant_id, violation, severity, score, signals, decision_id, notice_id,
                   attempt, trace_id, ingested_at, recorded_at, latency_ms, envelope)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let finding = try db.cachedStatement(sql: """
                INSERT INTO findings (listing_id, revision, signal, rule_id, part, scene, span_start, span_end,
                                      excerpt, normalized, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for e in batch.outcomes {
                let findings = e.findings ?? []
                let signals = Set(findings.map(\.signal.rawValue)).sorted().joined(separator: ",")
                let envelopeJSON = String(decoding: Wire.encode(e), as: UTF8.self)
                try outcome.execute(arguments: [
                    e.listingID, e.revision, e.platform.rawValue, e.merchantID, e.isViolation,
                    (e.assessment?.severity ?? (findings.isEmpty ? .none : .general)).rawValue,
                    e.assessment?.score ?? 0, signals, e.decision?.decisionID, e.notice?.noticeID,
                    e.trace.attempt, e.trace.id, e.trace.ingestedAt, now, (now - e.trace.ingestedAt) * 1000, envelopeJSON,
                ])
                guard db.changesCount > 0 else { continue }
                inserted += 1
                for f in findings {
                    try finding.execute(arguments: [
                        e.listingID, e.revision, f.signal.rawValue, f.ruleID, f.part, f.scene.rawValue, f.span.start,
                        f.span.end, f.excerpt, f.normalized, f.confidence,
                    ])
                }
                if let notice = e.notice {
                    try insertNotice(notice, listingID: e.listingID, revision: e.revision, db: db)
                }
            }
            let dead = try db.cachedStatement(sql: """
                INSERT INTO dead_letters (reason, detail, stage, worker, listing_id, revision, raw, raw_bytes, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for d in batch.deadLetters {
                try dead.execute(arguments: [d.reason.rawValue, d.detail, d.stage, d.worker, d.listingID, d.revision, d.raw,
                                             d.rawBytes, d.at])
            }
            let beat = try db.cachedStatement(sql: """
                INSERT INTO workers (worker_id, stage, pid, host, state, started_at, last_seen, received, sent, failed, rate,
                                     latency_p50_ms, latency_p99_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(worker_id) DO UPDATE SET
                  stage = excluded.stage, pid = excluded.pid, host = excluded.host, state = excluded.state,
                  started_at = excluded.started_at, last_seen = excluded.last_seen, received = excluded.received,
                  sent = excluded.sent, failed = excluded.failed, rate = excluded.rate,
                  latency_p50_ms = excluded.latency_p50_ms, latency_p99_ms = excluded.latency_p99_ms
                """)
            for h in batch.heartbeats {
                try beat.execute(arguments: [h.worker, h.stage, h.pid, h.host, h.state.rawValue, h.startedAt, h.at, h.received,
                                             h.sent, h.failed, h.rate, h.latencyP50, h.latencyP99])
            }
            return inserted
        }
    }

    func insertNotice(_ notice: Notice, listingID: String, revision: Int, db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO notices (notice_id, decision_id, listing_id, revision, merchant_id, kind, title, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [notice.noticeID, notice.decisionID, listingID, revision, notice.merchantID, notice.kind,
                             notice.title, notice.body, notice.createdAt])
    }
}
