import Foundation
import GRDB
import SluiceModel

/// The enforcement ledger inside one transaction: penalise reads a merchant's count for the
/// year and writes the decision atomically, so a count is never skipped or doubled.
package struct Ledger {
    let db: Database

    /// The decision already taken for this listing revision, if any (redelivery).
    package func decision(listingID: String, revision: Int) throws -> Decision? {
        guard let body = try String.fetchOne(db, sql: "SELECT body FROM decisions WHERE listing_id = ? AND revision = ?",
                                             arguments: [listingID, revision]) else { return nil }
        return try Wire.decode(Decision.self, from: Array(body.utf8))
    }

    /// Violations that count for a merchant on a platform in a natural year (overturned ones don't).
    package func count(merchantID: String, platform: Platform, year: Int) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM decisions
            WHERE merchant_id = ? AND platform = ? AND natural_year = ? AND counted = 1 AND state = 'in_force'
            """, arguments: [merchantID, platform.rawValue, year]) ?? 0
    }

    /// Records a decision; `counted` says whether it adds to the year's count.
    package func insert(_ decision: Decision, for envelope: Envelope, counted: Bool) throws {
        let actions = String(decoding: Wire.encode(decision.actions), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO decisions (decision_id, listing_id, revision, merchant_id, platform, actor, policy, policy_version,
                                   severity, natural_year, count_before, count_after, counted, actions, exempt,
                                   appeal_deadline, decided_at, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                decision.decisionID, envelope.listingID, envelope.revision, envelope.merchantID, envelope.platform.rawValue,
                envelope.actor.rawValue, decision.policy, decision.policyVersion, decision.severity.rawValue,
                decision.naturalYear, decision.countBefore, decision.countAfter, counted, actions, decision.exempt,
                decision.appealDeadline, decision.decidedAt, String(decoding: Wire.encode(decision), as: UTF8.self),
            ])
    }
}

extension Store {
    /// Runs `body` in one write transaction over the ledger.
    package func withLedger<T>(_ body: (Ledger) throws -> T) throws(StoreError) -> T {
        try write { db in try body(Ledger(db: db)) }
    }
}
