import Foundation
import GRDB
import SluiceModel

/// Penalise's enforcement ledger (`ledger.db`): every decision, each merchant's count per
/// platform and natural year, appeals, and the decision outbox (decisions whose notice the
/// recorder has not yet confirmed). Penalise is its only writer.
package final class LedgerStore: Sendable {
    package let file: SQLiteFile

    static let migrations = [
        """
        CREATE TABLE decisions (
            seq INTEGER PRIMARY KEY,
            decision_id TEXT NOT NULL,
            listing_id TEXT NOT NULL, revision INTEGER NOT NULL,
            merchant_id TEXT NOT NULL, platform TEXT NOT NULL, actor TEXT NOT NULL,
            natural_year INTEGER NOT NULL, severity TEXT NOT NULL,
            counted INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'in_force',
            decided_at REAL NOT NULL,
            body TEXT NOT NULL);
        CREATE UNIQUE INDEX decisions_id ON decisions(decision_id);
        CREATE INDEX decisions_merchant ON decisions(merchant_id);

        CREATE TABLE counts (
            merchant_id TEXT NOT NULL, platform TEXT NOT NULL, natural_year INTEGER NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY (merchant_id, platform, natural_year)) WITHOUT ROWID;

        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY,
            notice_id TEXT NOT NULL,
            decision_id TEXT NOT NULL,
            frames BLOB NOT NULL,
            created_at REAL NOT NULL);
        CREATE UNIQUE INDEX outbox_notice ON outbox(notice_id);

        CREATE TABLE appeals (
            seq INTEGER PRIMARY KEY,
            appeal_id TEXT NOT NULL, decision_id TEXT NOT NULL, reason TEXT NOT NULL,
            state TEXT NOT NULL, filed_at REAL NOT NULL, resolved_at REAL, note TEXT);
        CREATE UNIQUE INDEX appeals_id ON appeals(appeal_id);
        CREATE INDEX appeals_decision ON appeals(decision_id);
        """,
    ]

    /// A merchant's count on one platform in one natural year.
    package struct CountKey: Sendable, Hashable {
        package var merchantID: String
        package var platform: Platform
        package var year: Int

        package init(merchantID: String, platform: Platform, year: Int) {
            self.merchantID = merchantID
            self.platform = platform
            self.year = year
        }
    }

    /// A decision with what the ledger keeps beside it.
    package struct Entry: Sendable {
        package var decision: Decision
        package var header: Header
        package var counted: Bool

        package init(decision: Decision, header: Header, counted: Bool) {
            self.decision = decision
            self.header = header
            self.counted = counted
        }
    }

    /// A message waiting in the outbox until the recorder confirms its notice.
    package struct Outgoing: Sendable {
        package var noticeID: String
        package var decisionID: String
        package var frames: [[UInt8]]

        package init(noticeID: String, decisionID: String, frames: [[UInt8]]) {
            self.noticeID = noticeID
            self.decisionID = decisionID
            self.frames = frames
        }
    }

    /// Everything one batch changes, committed together.
    package struct Changes: Sendable {
        package var decisions: [Entry] = []
        /// Final values of the counts that changed.
        package var counts: [CountKey: Int] = [:]
        package var outbox: [Outgoing] = []
        /// Notices the recorder confirmed: their outbox entries go.
        package var confirmed: [String] = []

        package init() {}
        package var isEmpty: Bool { decisions.isEmpty && counts.isEmpty && outbox.isEmpty && confirmed.isEmpty }
    }

    package init(folder: String, owner: String) throws(StoreError) {
        file = try SQLiteFile(.ledger, folder: folder, owner: owner, migrations: Self.migrations)
    }

    package func counts() throws(StoreError) -> [CountKey: Int] {
        try file.read { db in
            var out: [CountKey: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT merchant_id, platform, natural_year, count FROM counts") {
                guard let platform = Platform(rawValue: row["platform"]) else { continue }
                out[CountKey(merchantID: row["merchant_id"], platform: platform, year: row["natural_year"])] = row["count"]
            }
            return out
        }
    }

    /// Outbox entries not yet confirmed, oldest first.
    package func outbox() throws(StoreError) -> [Outgoing] {
        try file.read { db in
            try Row.fetchAll(db, sql: "SELECT notice_id, decision_id, frames FROM outbox ORDER BY seq").map {
                Outgoing(noticeID: $0["notice_id"], decisionID: $0["decision_id"], frames: Self.unpack(Array(($0["frames"] as Data))))
            }
        }
    }

    /// The decision already taken for a listing revision, and whether it counted.
    package func decision(id: String) throws(StoreError) -> (decision: Decision, counted: Bool, state: String)? {
        try file.read { db in try Self.decision(db, id: id) }
    }

    static func decision(_ db: Database, id: String) throws -> (decision: Decision, counted: Bool, state: String)? {
        let statement = try db.cachedStatement(sql: "SELECT * FROM decisions WHERE decision_id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else { return nil }
        return (try decision(row), row["counted"], row["state"])
    }

    static func decision(_ row: Row) throws -> Decision {
        try Compact.decision(body: Packed.string(row["body"]), id: row["decision_id"], severity: row["severity"], year: row["natural_year"],
                             decidedAt: row["decided_at"])
    }

    /// Commits one batch's decisions, counts, outbox entries and confirmations.
    package func commit(_ changes: Changes) throws(StoreError) {
        guard !changes.isEmpty else { return }
        try file.write { db in
            let insert = try db.cachedStatement(sql: """
                INSERT INTO decisions (decision_id, listing_id, revision, merchant_id, platform, actor, natural_year, severity,
                                       counted, decided_at, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for e in changes.decisions {
                let d = e.decision, h = e.header
                let body = Packed.pack(Compact.decision(d).utf8, .decision)
                try insert.run { b in
                    b.add(d.decisionID); b.add(h.listingID); b.add(h.revision); b.add(h.merchantID); b.add(h.platform.rawValue)
                    b.add(h.actor.rawValue); b.add(d.naturalYear); b.add(d.severity.rawValue); b.add(e.counted); b.add(d.decidedAt); b.add(body)
                }
            }
            try Self.save(changes.counts, db)
            let out = try db.cachedStatement(sql: """
                INSERT INTO outbox (notice_id, decision_id, frames, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
                """)
            let now = Timestamp.now
            for o in changes.outbox {
                let frames = Self.pack(o.frames)
                try out.run { b in b.add(o.noticeID); b.add(o.decisionID); b.add(frames); b.add(now) }
            }
            let done = try db.cachedStatement(sql: "DELETE FROM outbox WHERE notice_id = ?")
            for id in changes.confirmed { try done.run { $0.add(id) } }
        }
    }

    package static func save(_ counts: [CountKey: Int], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO counts (merchant_id, platform, natural_year, count) VALUES (?, ?, ?, ?)
            ON CONFLICT(merchant_id, platform, natural_year) DO UPDATE SET count = excluded.count
            """)
        for (key, n) in counts {
            try statement.run { b in b.add(key.merchantID); b.add(key.platform.rawValue); b.add(key.year); b.add(n) }
        }
    }

    // MARK: Appeals (applied by penalise, the ledger's owner, on an operator's request)

    package func appeals(decisionID: String) throws(StoreError) -> [Appeal] {
        try file.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM appeals WHERE decision_id = ? ORDER BY seq", arguments: [decisionID]).map(StoreReader.appeal)
        }
    }

    /// Runs `body` in one write transaction (appeal changes are small and rare).
    package func transaction<T>(_ body: (Database) throws -> T) throws -> T {
        try file.write(body, passing: AppealError.self)
    }

    package static func insertAppeal(_ appeal: Appeal, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO appeals (appeal_id, decision_id, reason, state, filed_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [appeal.appealID, appeal.decisionID, appeal.reason, appeal.state.rawValue, appeal.filedAt])
    }

    package static func resolveAppeal(_ id: String, state: Appeal.State, note: String?, at: Double, _ db: Database) throws {
        try db.execute(sql: "UPDATE appeals SET state = ?, resolved_at = ?, note = ? WHERE appeal_id = ?",
                       arguments: [state.rawValue, at, note, id])
    }

    package static func overturn(decisionID: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE decisions SET state = 'overturned' WHERE decision_id = ?", arguments: [decisionID])
    }

    package static func appeal(_ db: Database, id: String) throws -> Appeal? {
        try Row.fetchOne(db, sql: "SELECT * FROM appeals WHERE appeal_id = ?", arguments: [id]).map(StoreReader.appeal)
    }

    package static func appeals(_ db: Database, decisionID: String) throws -> [Appeal] {
        try Row.fetchAll(db, sql: "SELECT * FROM appeals WHERE decision_id = ? ORDER BY seq", arguments: [decisionID]).map(StoreReader.appeal)
    }

    package static func ledgerRow(_ db: Database, decisionID: String) throws -> LedgerDecision? {
        try StoreReader.ledgerDecisions(db, where: "decision_id = ?", [decisionID], prefix: "").first
    }

    package static func enqueue(_ outgoing: Outgoing, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO outbox (notice_id, decision_id, frames, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                       arguments: [outgoing.noticeID, outgoing.decisionID, Data(pack(outgoing.frames)), Timestamp.now])
    }

    // MARK: Frames in a blob: [u32 length, bytes]…

    static func pack(_ frames: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(frames.reduce(0) { $0 + $1.count + 4 })
        for f in frames {
            let n = UInt32(f.count)
            out.append(contentsOf: [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)])
            out.append(contentsOf: f)
        }
        return out
    }

    static func unpack(_ bytes: [UInt8]) -> [[UInt8]] {
        var frames: [[UInt8]] = []
        var i = 0
        while i + 4 <= bytes.count {
            let n = Int(bytes[i]) | Int(bytes[i + 1]) << 8 | Int(bytes[i + 2]) << 16 | Int(bytes[i + 3]) << 24
            i += 4
            guard i + n <= bytes.count else { break }
            frames.append(Array(bytes[i..<(i + n)]))
            i += n
        }
        return frames
    }
}

/// An appeal against a decision.
package struct Appeal: Sendable, Hashable, JSONWritable {
    package enum State: String, Sendable, CaseIterable, JSONWritable {
        case open
        /// The merchant won: the decision's actions and its count are reversed.
        case overturned
        /// The decision stands.
        case rejected
    }

    package var appealID: String
    package var decisionID: String
    package var reason: String
    package var state: State
    package var filedAt: Double
    package var resolvedAt: Double?
    package var note: String?

    package init(appealID: String, decisionID: String, reason: String, state: State, filedAt: Double,
                 resolvedAt: Double? = nil, note: String? = nil) {
        self.appealID = appealID
        self.decisionID = decisionID
        self.reason = reason
        self.state = state
        self.filedAt = filedAt
        self.resolvedAt = resolvedAt
        self.note = note
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("appeal_id", appealID)
        w.field("decision_id", decisionID)
        w.field("reason", reason)
        w.field("state", state)
        w.field("filed_at", Timestamp.format(epoch: filedAt))
        w.key("resolved_at")
        if let resolvedAt { w.string(Timestamp.format(epoch: resolvedAt)) } else { w.null() }
        w.key("note")
        if let note { w.string(note) } else { w.null() }
        w.endObject()
    }
}

/// Why an appeal could not be filed or resolved.
package enum AppealError: Error, CustomStringConvertible, Sendable, Equatable {
    case noDecision(String)
    case nothingToAppeal(String)
    case windowClosed(decision: String, deadline: String)
    case alreadyOpen(decision: String, appeal: String)
    case limitReached(decision: String, limit: Int)
    case alreadyOverturned(String)
    case noAppeal(String)
    case notOpen(appeal: String, state: String)

    package var code: String {
        switch self {
        case .noDecision, .noAppeal: "not_found"
        default: "refused"
        }
    }

    package var description: String {
        switch self {
        case .noDecision(let id): "no decision '\(id)' (see pipectl merchant ID or pipectl listing ID for decision ids)"
        case .nothingToAppeal(let id): "decision \(id) applied no penalty (it was exempt): there is nothing to appeal"
        case .windowClosed(let id, let deadline): "the appeal window for \(id) closed at \(deadline); it can no longer be appealed"
        case .alreadyOpen(let id, let appeal): "decision \(id) already has an open appeal (\(appeal)); resolve it first"
        case .limitReached(let id, let limit):
            "decision \(id) has had its \(limit) appeal\(limit == 1 ? "" : "s") (the policy's appeals_per_decision); it stands"
        case .alreadyOverturned(let id): "decision \(id) was already overturned"
        case .noAppeal(let id): "no appeal '\(id)' (see pipectl merchant ID for appeal ids)"
        case .notOpen(let id, let state): "appeal \(id) is already \(state)"
        }
    }
}

extension LedgerStore {
    /// Decisions already taken, by id, for one batch (one query).
    package func decisions(ids: [String]) throws(StoreError) -> [String: (decision: Decision, counted: Bool)] {
        guard !ids.isEmpty else { return [:] }
        return try file.read { db in
            var out: [String: (Decision, Bool)] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: "SELECT * FROM decisions WHERE decision_id IN (\(marks))",
                                            arguments: StatementArguments(chunk)) {
                    out[row["decision_id"]] = (try Self.decision(row), row["counted"])
                }
            }
            return out
        }
    }
}
