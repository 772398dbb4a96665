import Foundation
import GRDB
import SluiceModel

/// A dead letter as stored.
package struct StoredDeadLetter: Codable, Sendable, Hashable {
    package var seq: Int64
    package var reason: String
    package var detail: String
    package var stage: String
    package var worker: String
    package var listingID: String?
    package var revision: Int?
    package var raw: String
    package var rawBytes: Int
    package var at: Double

    enum CodingKeys: String, CodingKey {
        case seq, reason, detail, stage, worker, listingID = "listing_id", revision, raw, rawBytes = "raw_bytes", at
    }
}

/// Everything the store knows about one listing revision.
package struct ListingTrail: Codable, Sendable {
    package var listingID: String
    package var revision: Int
    package var journal: JournalRecord?
    /// The terminal envelope: trace, findings, assessment, decision, notice.
    package var outcome: Envelope?
    package var recordedAt: Double?
    package var latencyMilliseconds: Double?
    package var decisionState: String?
    package var notices: [Notice]
    package var deadLetters: [StoredDeadLetter]

    enum CodingKeys: String, CodingKey {
        case listingID = "listing_id", revision, journal, outcome, recordedAt = "recorded_at", latencyMilliseconds = "latency_ms",
             decisionState = "decision_state", notices, deadLetters = "dead_letters"
    }
}

/// A journal row, without the raw bytes.
package struct JournalRecord: Codable, Sendable, Hashable {
    package var traceID: String
    package var status: String
    package var attempts: Int
    package var ingestedAt: Double
    package var lastSentAt: Double
    package var platform: String
    package var merchantID: String

    enum CodingKeys: String, CodingKey {
        case traceID = "trace_id", status, attempts, ingestedAt = "ingested_at", lastSentAt = "last_sent_at", platform,
             merchantID = "merchant_id"
    }
}

extension Store {
    package func deadLetters(limit: Int, reason: String? = nil) throws(StoreError) -> [StoredDeadLetter] {
        try read { db in
            var sql = "SELECT * FROM dead_letters"
            var arguments: StatementArguments = []
            if let reason {
                sql += " WHERE reason = ?"
                arguments += [reason]
            }
            sql += " ORDER BY seq DESC LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.deadLetter)
        }
    }

    static func deadLetter(_ row: Row) -> StoredDeadLetter {
        StoredDeadLetter(seq: row["seq"], reason: row["reason"], detail: row["detail"], stage: row["stage"], worker: row["worker"],
                         listingID: row["listing_id"], revision: row["revision"], raw: row["raw"], rawBytes: row["raw_bytes"],
                         at: row["at"])
    }

    /// Every revision of a listing the store has heard of, newest first.
    package func trails(listingID: String) throws(StoreError) -> [ListingTrail] {
        try read { db in
            let revisions = try Int.fetchAll(db, sql: """
                SELECT revision FROM journal WHERE listing_id = ?
                UNION SELECT revision FROM outcomes WHERE listing_id = ?
                UNION SELECT revision FROM dead_letters WHERE listing_id = ? AND revision IS NOT NULL
                ORDER BY revision DESC
                """, arguments: [listingID, listingID, listingID])
            var trails = try revisions.map { revision in
                var trail = ListingTrail(listingID: listingID, revision: revision, notices: [], deadLetters: [])
                if let row = try Row.fetchOne(db, sql: "SELECT * FROM journal WHERE listing_id = ? AND revision = ?",
                                              arguments: [listingID, revision]) {
                    trail.journal = JournalRecord(traceID: row["trace_id"], status: row["status"], attempts: row["attempts"],
                                                  ingestedAt: row["ingested_at"], lastSentAt: row["last_sent_at"],
                                                  platform: row["platform"], merchantID: row["merchant_id"])
                }
                if let row = try Row.fetchOne(db, sql: "SELECT envelope, recorded_at, latency_ms FROM outcomes WHERE listing_id = ? AND revision = ?",
                                              arguments: [listingID, revision]) {
                    let text: String = row["envelope"]
                    trail.outcome = try Wire.decode(Envelope.self, from: Array(text.utf8))
                    trail.recordedAt = row["recorded_at"]
                    trail.latencyMilliseconds = row["latency_ms"]
                }
                trail.decisionState = try String.fetchOne(db, sql: "SELECT state FROM decisions WHERE listing_id = ? AND revision = ?",
                                                          arguments: [listingID, revision])
                trail.notices = try Row.fetchAll(db, sql: "SELECT * FROM notices WHERE listing_id = ? AND revision = ? ORDER BY seq",
                                                 arguments: [listingID, revision]).map { row in
                    Notice(noticeID: row["notice_id"], decisionID: row["decision_id"], merchantID: row["merchant_id"], kind: row["kind"],
                           title: row["title"], body: row["body"], createdAt: row["created_at"])
                }
                trail.deadLetters = try Row.fetchAll(db, sql: "SELECT * FROM dead_letters WHERE listing_id = ? AND revision = ? ORDER BY seq",
                                                     arguments: [listingID, revision]).map(Self.deadLetter)
                return trail
            }
            // Bad input that never got a revision.
            let loose = try Row.fetchAll(db, sql: "SELECT * FROM dead_letters WHERE listing_id = ? AND revision IS NULL ORDER BY seq",
                                         arguments: [listingID]).map(Self.deadLetter)
            if !loose.isEmpty {
                trails.append(ListingTrail(listingID: listingID, revision: -1, notices: [], deadLetters: loose))
            }
            return trails
        }
    }
}

extension Store {
    /// (listing_id, recorded_at) of outcomes whose id starts with `listingPrefix`.
    package func outcomeTimes(listingPrefix: String) throws(StoreError) -> [(String, Double)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT listing_id, recorded_at FROM outcomes WHERE listing_id >= ? AND listing_id < ?",
                             arguments: [listingPrefix, listingPrefix + "\u{10FFFF}"]).map { ($0["listing_id"], $0["recorded_at"]) }
        }
    }
}

extension Store {
    /// Runs a read-only query and returns its rows as text (for tools and tests).
    package func rows(_ sql: String, _ arguments: [String] = []) throws(StoreError) -> [[String: String?]] {
        try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                var out: [String: String?] = [:]
                for (column, value) in row {
                    out[column] = value.isNull ? nil : (String.fromDatabaseValue(value) ?? value.description)
                }
                return out
            }
        }
    }

    /// The first column of the first row as an integer.
    package func count(_ sql: String, _ arguments: [String] = []) throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0 }
    }
}
