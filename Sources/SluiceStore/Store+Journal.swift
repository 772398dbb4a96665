import Foundation
import GRDB
import SluiceModel

/// A listing as ingest journals it.
package struct JournalEntry: Sendable, Hashable {
    package var event: ListingEvent
    package var traceID: String
    package var ingestedAt: Double
    package var raw: [UInt8]

    package init(event: ListingEvent, traceID: String, ingestedAt: Double, raw: [UInt8]) {
        self.event = event
        self.traceID = traceID
        self.ingestedAt = ingestedAt
        self.raw = raw
    }
}

/// A journaled listing that has gone too long without an outcome.
package struct OverdueListing: Sendable, Hashable {
    package var listingID: String
    package var revision: Int
    package var traceID: String
    /// The attempt this redelivery will be (or, when exhausted, the attempts made).
    package var attempt: Int
    package var ingestedAt: Double
    package var raw: [UInt8]
}

/// What a journal sweep found.
package struct JournalSweep: Sendable {
    package var resend: [OverdueListing] = []
    package var exhausted: [OverdueListing] = []
    package var completed = 0
}

extension Store {
    /// Journals new listings in one transaction.
    /// - Returns: for each entry, whether it was new (false: this revision was journaled before).
    package func journal(_ entries: [JournalEntry]) throws(StoreError) -> [Bool] {
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO journal
                  (listing_id, revision, platform, merchant_id, actor, category, observed_at, trace_id,
                   ingested_at, raw, last_sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            return try entries.map { entry in
                let e = entry.event
                try statement.execute(arguments: [
                    e.listingID, e.revision, e.platform.rawValue, e.merchantID, e.actor.rawValue, e.category,
                    e.observedAt, entry.traceID, entry.ingestedAt, Data(entry.raw), entry.ingestedAt,
                ])
                return db.changesCount > 0
            }
        }
    }

    /// Finds pending listings last sent before `sentBefore`: those that meanwhile reached an
    /// outcome or a dead letter are closed; the rest are either due again (attempt + 1) or,
    /// after `maxAttempts`, exhausted. All in one transaction.
    package func sweepJournal(sentBefore: Double, maxAttempts: Int, now: Double, limit: Int = 1000) throws(StoreError) -> JournalSweep {
        try write { db in
            var sweep = JournalSweep()
            let rows = try Row.fetchAll(db, sql: """
                SELECT j.seq, j.listing_id, j.revision, j.trace_id, j.attempts, j.ingested_at, j.raw,
                       EXISTS (SELECT 1 FROM outcomes o WHERE o.listing_id = j.listing_id AND o.revision = j.revision) AS done,
                       EXISTS (SELECT 1 FROM dead_letters d WHERE d.listing_id = j.listing_id AND d.revision = j.revision) AS dead
                FROM journal j
                WHERE j.status = 'pending' AND j.last_sent_at < ?
                ORDER BY j.last_sent_at LIMIT ?
                """, arguments: [sentBefore, limit])
            for row in rows {
                let seq: Int64 = row["seq"]
                if row["done"] as Bool || row["dead"] as Bool {
                    try db.execute(sql: "UPDATE journal SET status = ? WHERE seq = ?",
                                   arguments: [(row["done"] as Bool) ? "done" : "dead", seq])
                    sweep.completed += 1
                    continue
                }
                let attempts: Int = row["attempts"]
                let raw: Data = row["raw"]
                var listing = OverdueListing(listingID: row["listing_id"], revision: row["revision"], traceID: row["trace_id"],
                                             attempt: attempts, ingestedAt: row["ingested_at"], raw: Array(raw))
                if attempts >= maxAttempts {
                    try db.execute(sql: "UPDATE journal SET status = 'dead' WHERE seq = ?", arguments: [seq])
                    sweep.exhausted.append(listing)
                } else {
                    listing.attempt = attempts + 1
                    try db.execute(sql: "UPDATE journal SET attempts = ?, last_sent_at = ? WHERE seq = ?",
                                   arguments: [listing.attempt, now, seq])
                    sweep.resend.append(listing)
                }
            }
            return sweep
        }
    }
}
