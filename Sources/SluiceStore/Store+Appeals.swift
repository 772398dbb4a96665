import Foundation
import GRDB
import SluiceModel

/// An appeal against a decision.
package struct Appeal: Codable, Sendable, Hashable {
    package var appealID: String
    package var decisionID: String
    package var reason: String
    /// open, overturned, upheld
    package var state: String
    package var filedAt: Double
    package var resolvedAt: Double?
    package var note: String?

    enum CodingKeys: String, CodingKey {
        case appealID = "appeal_id", decisionID = "decision_id", reason, state, filedAt = "filed_at", resolvedAt = "resolved_at", note
    }
}

/// A decision as the ledger holds it, with its state and appeal.
package struct LedgerDecision: Codable, Sendable {
    package var decision: Decision
    package var listingID: String
    package var revision: Int
    package var merchantID: String
    package var platform: String
    /// in_force or overturned
    package var state: String
    package var counted: Bool
    package var appeal: Appeal?
}

/// Why an appeal could not be filed or resolved.
package enum AppealError: Error, CustomStringConvertible, Sendable {
    case noDecision(String)
    case nothingToAppeal(String)
    case windowClosed(decision: String, deadline: String)
    case alreadyOpen(decision: String, appeal: String)
    case alreadyOverturned(String)
    case noAppeal(String)
    case notOpen(appeal: String, state: String)

    package var description: String {
        switch self {
        case .noDecision(let id): "no decision '\(id)' (see pipectl merchant ID or pipectl listing ID for decision ids)"
        case .nothingToAppeal(let id): "decision \(id) applied no penalty (it was exempt): there is nothing to appeal"
        case .windowClosed(let id, let deadline): "the appeal window for \(id) closed at \(deadline); it can no longer be appealed"
        case .alreadyOpen(let id, let appeal): "decision \(id) already has an open appeal (\(appeal)); resolve it first"
        case .alreadyOverturned(let id): "decision \(id) was already overturned"
        case .noAppeal(let id): "no appeal '\(id)'"
        case .notOpen(let id, let state): "appeal \(id) is already \(state)"
        }
    }
}

extension Store {
    /// Files an appeal if `now` is inside the decision's appeal window.
    package func fileAppeal(decisionID: String, reason: String, now: Double) throws -> Appeal {
        try writeOrThrow { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT appeal_deadline, state, actions FROM decisions WHERE decision_id = ?",
                                             arguments: [decisionID]) else { throw AppealError.noDecision(decisionID) }
            guard let deadline: String = row["appeal_deadline"], let end = Timestamp.parse(deadline) else {
                throw AppealError.nothingToAppeal(decisionID)
            }
            if (row["state"] as String) == "overturned" { throw AppealError.alreadyOverturned(decisionID) }
            guard now <= end.timeIntervalSince1970 else { throw AppealError.windowClosed(decision: decisionID, deadline: deadline) }
            if let open = try String.fetchOne(db, sql: "SELECT appeal_id FROM appeals WHERE decision_id = ? AND state = 'open'",
                                              arguments: [decisionID]) {
                throw AppealError.alreadyOpen(decision: decisionID, appeal: open)
            }
            let n = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM appeals WHERE decision_id = ?", arguments: [decisionID]) ?? 0
            let appeal = Appeal(appealID: "apl-\(decisionID)-\(n + 1)", decisionID: decisionID, reason: reason, state: "open", filedAt: now)
            try db.execute(sql: "INSERT INTO appeals (appeal_id, decision_id, reason, state, filed_at) VALUES (?, ?, ?, 'open', ?)",
                           arguments: [appeal.appealID, decisionID, reason, now])
            return appeal
        }
    }

    /// Resolves an open appeal. Overturning reverses the decision: its actions no longer stand
    /// and it no longer counts toward the merchant's year, so later decisions are not escalated
    /// by it; `correction` (when given) is stored in the outbox in the same transaction.
    package func resolveAppeal(appealID: String, overturn: Bool, note: String?, now: Double,
                               correction: (Decision, String, String) -> Notice?) throws -> (Appeal, LedgerDecision, Notice?) {
        try writeOrThrow { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM appeals WHERE appeal_id = ?", arguments: [appealID]) else {
                throw AppealError.noAppeal(appealID)
            }
            var appeal = Self.appeal(row)
            guard appeal.state == "open" else { throw AppealError.notOpen(appeal: appealID, state: appeal.state) }
            appeal.state = overturn ? "overturned" : "upheld"
            appeal.resolvedAt = now
            appeal.note = note
            try db.execute(sql: "UPDATE appeals SET state = ?, resolved_at = ?, note = ? WHERE appeal_id = ?",
                           arguments: [appeal.state, now, note, appealID])
            var notice: Notice?
            if overturn {
                try db.execute(sql: "UPDATE decisions SET state = 'overturned' WHERE decision_id = ?", arguments: [appeal.decisionID])
            }
            guard var decision = try Self.ledgerDecisions(db, where: "decision_id = ?", [appeal.decisionID]).first else {
                throw AppealError.noDecision(appeal.decisionID)
            }
            decision.appeal = appeal
            if overturn, let n = correction(decision.decision, decision.merchantID, decision.listingID) {
                try insertNotice(n, listingID: decision.listingID, revision: decision.revision, db: db)
                notice = n
            }
            return (appeal, decision, notice)
        }
    }

    /// Every decision about a merchant, oldest first, with its latest appeal.
    package func merchantDecisions(merchantID: String) throws(StoreError) -> [LedgerDecision] {
        try read { db in try Self.ledgerDecisions(db, where: "merchant_id = ?", [merchantID]) }
    }

    static func ledgerDecisions(_ db: Database, where condition: String, _ arguments: [String]) throws -> [LedgerDecision] {
        try Row.fetchAll(db, sql: "SELECT * FROM decisions WHERE \(condition) ORDER BY natural_year, decided_at, seq",
                         arguments: StatementArguments(arguments)).map { row in
            let body: String = row["body"]
            let decisionID: String = row["decision_id"]
            let appeal = try Row.fetchOne(db, sql: "SELECT * FROM appeals WHERE decision_id = ? ORDER BY seq DESC LIMIT 1",
                                          arguments: [decisionID]).map(Self.appeal)
            return LedgerDecision(decision: try Wire.decode(Decision.self, from: Array(body.utf8)), listingID: row["listing_id"],
                                  revision: row["revision"], merchantID: row["merchant_id"], platform: row["platform"],
                                  state: row["state"], counted: row["counted"], appeal: appeal)
        }
    }

    static func appeal(_ row: Row) -> Appeal {
        Appeal(appealID: row["appeal_id"], decisionID: row["decision_id"], reason: row["reason"], state: row["state"],
               filedAt: row["filed_at"], resolvedAt: row["resolved_at"], note: row["note"])
    }

    /// A write whose body may throw domain errors, which pass through unchanged.
    func writeOrThrow<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as AppealError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }
}
