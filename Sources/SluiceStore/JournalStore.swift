import Foundation
import GRDB
import SluiceModel

/// Ingest's intake journal (`journal.db`): every message intake accepted — a valid listing, or
/// input refused with a reason — from the moment it is acknowledged until the recorder has
/// stored its terminal record (an outcome or a dead letter). Ingest is its only writer.
package final class JournalStore: Sendable {
    package let file: SQLiteFile

    static let migrations = [
        """
        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY,
            listing_id TEXT, revision INTEGER,
            ingested_at REAL NOT NULL,
            raw BLOB NOT NULL,
            state INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            reason TEXT, detail TEXT, hint_id TEXT, raw_hash INTEGER);
        CREATE UNIQUE INDEX journal_key ON journal(listing_id, revision);
        CREATE INDEX journal_refused ON journal(raw_hash) WHERE raw_hash IS NOT NULL;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
        """,
    ]

    /// A journal row still waiting for its terminal record.
    package struct Open: Sendable {
        package var jseq: Int
        /// Nil for refused input, which waits for its dead letter instead.
        package var listingID: String?
        package var revision: Int?
        package var ingestedAt: Double
        /// The message as the producer sent it (the listing is kept once, here).
        package var raw: [UInt8]
        /// Deliveries made so far.
        package var attempts: Int
        package var reason: DeadLetterReason?
        package var detail: String?
        package var hintID: String?
    }

    /// What to journal for one message.
    package enum Entry: Sendable {
        case listing(ValidListing, raw: [UInt8])
        case refused(ValidationError, hintID: String?, raw: [UInt8])
    }

    /// What became of one entry.
    package enum Outcome: Sendable, Equatable {
        case journaled(jseq: Int)
        case duplicate
        case refused(jseq: Int)
        /// The same refused bytes were journaled before (a producer resending): no new dead letter.
        case refusedAgain(jseq: Int)
    }

    /// What ingest remembers between runs.
    package struct Marks: Sendable, Equatable {
        /// The next sequence number to hand out.
        package var nextSeq = 1
        /// Every open row below this has been sent at least once.
        package var sentThrough = 0
        /// No open row is below this.
        package var openFrom = 1
    }

    package init(folder: String, owner: String) throws(StoreError) {
        file = try SQLiteFile(.journal, folder: folder, owner: owner, migrations: Self.migrations)
    }

    package func marks() throws(StoreError) -> Marks {
        try file.read { db in
            var m = Marks()
            let maxSeq = try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM journal") ?? 0
            let stored = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
                ($0["key"] as String, $0["value"] as Int)
            })
            m.nextSeq = max(maxSeq + 1, stored["next_seq"] ?? 1)
            m.sentThrough = stored["sent_through"] ?? 0
            m.openFrom = stored["open_from"] ?? 1
            return m
        }
    }

    /// Journals a batch in one transaction and returns what became of each entry, in order.
    /// Valid listings are unique on (listing_id, revision): a second one is a duplicate.
    package func journal(_ entries: [Entry], nextSeq: inout Int, ingestedAt: Double,
                         closing closed: [Int] = [], attempts: [(jseq: Int, attempts: Int)] = [], marks: Marks? = nil) throws(StoreError) -> [Outcome] {
        var next = nextSeq
        let outcomes = try file.write { db -> [Outcome] in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO journal (seq, listing_id, revision, ingested_at, raw) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
            let refuse = try db.cachedStatement(sql: """
                INSERT INTO journal (seq, ingested_at, raw, reason, detail, hint_id, raw_hash) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let seen = try db.cachedStatement(sql: "SELECT seq, raw FROM journal WHERE raw_hash = ? AND listing_id IS NULL")
            var out: [Outcome] = []
            out.reserveCapacity(entries.count)
            var journaled = 0, refused = 0, duplicates = 0
            for entry in entries {
                switch entry {
                case .listing(let valid, let raw):
                    let e = valid.event
                    let packed = Packed.pack(raw, .listing)
                    try insert.run { b in b.add(next); b.add(e.listingID); b.add(e.revision); b.add(ingestedAt); b.add(packed) }
                    if db.changesCount > 0 {
                        out.append(.journaled(jseq: next))
                        next += 1
                        journaled += 1
                    } else {
                        out.append(.duplicate)
                        duplicates += 1
                    }
                case .refused(let error, let hint, let raw):
                    // The same bytes refused before: the producer is resending; one dead letter is enough.
                    let hash = Self.hash(raw)
                    if !raw.isEmpty, let earlier = try Row.fetchAll(seen, arguments: [hash]).first(where: { Packed.unpack($0["raw"] as DatabaseValue) == raw }) {
                        out.append(.refusedAgain(jseq: earlier["seq"]))
                        duplicates += 1
                        continue
                    }
                    // Refused input is kept whole (it passed the size limit) for a later re-drive.
                    try refuse.execute(arguments: [next, ingestedAt, Packed.pack(raw, .listing), error.reason.rawValue, error.description, hint,
                                                   raw.isEmpty ? nil : hash])
                    out.append(.refused(jseq: next))
                    next += 1
                    refused += 1
                }
            }
            try Self.apply(db, closing: closed, attempts: attempts)
            try Self.save(db, marks: marks, nextSeq: next)
            try Self.add(db, ["journaled": journaled, "refused": refused, "duplicates": duplicates])
            return out
        }
        nextSeq = next
        return outcomes
    }

    /// FNV-1a over the bytes, as SQLite's signed 64-bit integer.
    static func hash(_ bytes: [UInt8]) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: h)
    }

    /// Closes rows whose terminal record is stored and records redelivery attempts, in one
    /// transaction.
    package func update(closing closed: [Int], attempts: [(jseq: Int, attempts: Int)], marks: Marks?) throws(StoreError) {
        guard !closed.isEmpty || !attempts.isEmpty || marks != nil else { return }
        try file.write { db in
            try Self.apply(db, closing: closed, attempts: attempts)
            try Self.save(db, marks: marks, nextSeq: nil)
        }
    }

    private static func apply(_ db: Database, closing closed: [Int], attempts: [(jseq: Int, attempts: Int)]) throws {
        if !closed.isEmpty {
            let close = try db.cachedStatement(sql: "UPDATE journal SET state = 1 WHERE seq = ?")
            for jseq in closed { try close.run { $0.add(jseq) } }
        }
        if !attempts.isEmpty {
            let attempt = try db.cachedStatement(sql: "UPDATE journal SET attempts = ? WHERE seq = ? AND attempts < ?")
            for (jseq, n) in attempts { try attempt.execute(arguments: [n, jseq, n]) }
            try add(db, ["redeliveries": attempts.filter { $0.attempts > 1 }.count])
        }
    }

    /// Running totals kept beside the marks, so status never counts the whole journal.
    private static func add(_ db: Database, _ counts: [String: Int]) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = value + excluded.value
            """)
        for (k, n) in counts where n != 0 { try statement.execute(arguments: ["count." + k, n]) }
    }

    private static func save(_ db: Database, marks: Marks?, nextSeq: Int?) throws {
        let set = try db.cachedStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        if let nextSeq { try set.execute(arguments: ["next_seq", nextSeq]) }
        if let marks {
            try set.execute(arguments: ["sent_through", marks.sentThrough])
            try set.execute(arguments: ["open_from", marks.openFrom])
        }
    }

    /// Open rows from `from` on, oldest first, at most `limit`.
    package func open(from: Int, limit: Int) throws(StoreError) -> [Open] {
        try file.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM journal WHERE seq >= ? AND state = 0 ORDER BY seq LIMIT ?
                """, arguments: [from, limit]).map(Self.open)
        }
    }

    /// One row by its sequence number, open or not (for re-drives).
    package func row(_ jseq: Int) throws(StoreError) -> (open: Open, closed: Bool)? {
        try file.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM journal WHERE seq = ?", arguments: [jseq]).map { (Self.open($0), ($0["state"] as Int) != 0) }
        }
    }

    /// The row of a listing revision, if journaled.
    package func row(listingID: String, revision: Int) throws(StoreError) -> (open: Open, closed: Bool)? {
        try file.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM journal WHERE listing_id = ? AND revision = ?",
                             arguments: [listingID, revision]).map { (Self.open($0), ($0["state"] as Int) != 0) }
        }
    }

    /// Deletes closed rows ingested before `before`; returns how many.
    package func prune(before: Double) throws(StoreError) -> Int {
        try file.write { db in
            try db.execute(sql: "DELETE FROM journal WHERE state = 1 AND ingested_at < ?", arguments: [before])
            return db.changesCount
        }
    }

    static func open(_ row: Row) -> Open {
        let raw = Packed.unpack(row["raw"] as DatabaseValue)
        return Open(jseq: row["seq"], listingID: row["listing_id"], revision: row["revision"], ingestedAt: row["ingested_at"],
                    raw: raw, attempts: row["attempts"],
                    reason: (row["reason"] as String?).flatMap(DeadLetterReason.init(rawValue:)), detail: row["detail"],
                    hintID: row["hint_id"])
    }
}

extension JournalStore {
    /// Opens a closed row again for an operator's re-drive; a refused message that now reads as
    /// a valid listing takes its listing key. Returns false when that key is already journaled
    /// under another row (the listing arrived again meanwhile).
    package func reopen(jseq: Int, as key: ListingKey?) throws(StoreError) -> Bool {
        try file.write { db in
            if let key {
                if try Int.fetchOne(db, sql: "SELECT seq FROM journal WHERE listing_id = ? AND revision = ? AND seq != ?",
                                    arguments: [key.listingID, key.revision, jseq]) != nil {
                    return false
                }
                try db.execute(sql: """
                    UPDATE journal SET state = 0, attempts = 0, listing_id = ?, revision = ?, reason = NULL, detail = NULL WHERE seq = ?
                    """, arguments: [key.listingID, key.revision, jseq])
            } else {
                try db.execute(sql: "UPDATE journal SET state = 0, attempts = 0 WHERE seq = ?", arguments: [jseq])
            }
            let set = try db.cachedStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = MIN(value, excluded.value)")
            try set.execute(arguments: ["open_from", jseq])
            return true
        }
    }
}
