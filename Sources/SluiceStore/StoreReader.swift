import Foundation
import GRDB
import SluiceModel

/// Read-only access to a data folder's three files at once (`records`, `journal` and `ledger`
/// attached to one connection), for pipectl, the load generator and checks. It never writes;
/// changes go to each file's owner as messages.
package final class StoreReader: Sendable {
    package let folder: String
    let queue: DatabaseQueue
    /// Which files exist (a missing one reads as empty).
    package let present: Set<StoreFile>

    package init(folder: String) throws(StoreError) {
        self.folder = folder
        let present = Set(StoreFile.allCases.filter { FileManager.default.fileExists(atPath: $0.path(in: folder)) })
        if present.isEmpty {
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("sluice.db")) {
                throw StoreError.legacyLayout(folder)
            }
            throw StoreError.missing(folder)
        }
        self.present = present
        do {
            var config = Configuration()
            config.label = "reader"
            // `unpacked(column)` reads a packed column as text in SQL (json_extract(unpacked(body), …)).
            config.prepareDatabase { db in db.add(function: Packed.sqlFunction) }
            queue = try DatabaseQueue(configuration: config)
            try queue.writeWithoutTransaction { db in
                for file in StoreFile.allCases {
                    let schema = file.schemaName
                    if present.contains(file) {
                        try db.execute(sql: "ATTACH DATABASE ? AS \(schema)", arguments: [Self.readOnlyURI(file.path(in: folder))])
                        try db.execute(sql: "PRAGMA \(schema).busy_timeout = 5000")
                    } else {
                        try db.execute(sql: "ATTACH DATABASE ':memory:' AS \(schema)")
                        for step in file.migrations { try db.execute(sql: step.replacingOccurrences(of: "CREATE TABLE ", with: "CREATE TABLE \(schema).")
                            .replacingOccurrences(of: "CREATE UNIQUE INDEX ", with: "CREATE UNIQUE INDEX \(schema).")
                            .replacingOccurrences(of: "CREATE INDEX ", with: "CREATE INDEX \(schema).")) }
                    }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(folder, "\(error)")
        }
    }

    static func readOnlyURI(_ path: String) -> String {
        var escaped = ""
        for ch in path.unicodeScalars {
            switch ch {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(ch)
            }
        }
        return "file:\(escaped)?mode=ro"
    }

    package func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }

    // MARK: Ad-hoc queries (tools and tests)

    /// Runs a read-only query and returns its rows as text. Tables are `records.*`,
    /// `journal.*` and `ledger.*`.
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

    // MARK: Shared row readers

    static func notice(_ row: Row) -> Notice {
        Notice(noticeID: row["notice_id"], decisionID: row["decision_id"], listingID: row["listing_id"], revision: row["revision"],
               merchantID: row["merchant_id"], kind: Notice.Kind(rawValue: row["kind"]) ?? .penalty, title: row["title"],
               body: Packed.string(row["body"]), createdAt: row["created_at"])
    }

    static func appeal(_ row: Row) -> Appeal {
        Appeal(appealID: row["appeal_id"], decisionID: row["decision_id"], reason: row["reason"],
               state: Appeal.State(rawValue: row["state"]) ?? .open, filedAt: row["filed_at"], resolvedAt: row["resolved_at"],
               note: row["note"])
    }

    static func ledgerDecisions(_ db: Database, where condition: String, _ arguments: [String], prefix: String) throws -> [LedgerDecision] {
        try Row.fetchAll(db, sql: "SELECT * FROM \(prefix)decisions WHERE \(condition) ORDER BY natural_year, decided_at, seq",
                         arguments: StatementArguments(arguments)).map { row in
            let id: String = row["decision_id"]
            let appeals = try Row.fetchAll(db, sql: "SELECT * FROM \(prefix)appeals WHERE decision_id = ? ORDER BY seq", arguments: [id])
                .map(appeal)
            return LedgerDecision(decision: try LedgerStore.decision(row), listingID: row["listing_id"],
                                  revision: row["revision"], merchantID: row["merchant_id"], platform: row["platform"],
                                  state: row["state"], counted: row["counted"], appeals: appeals)
        }
    }
}

extension StoreFile {
    /// The name the file is attached under in a `StoreReader`.
    package var schemaName: String {
        switch self {
        case .journal: "journal"
        case .ledger: "ledger"
        case .records: "records"
        }
    }

    var migrations: [String] {
        switch self {
        case .journal: JournalStore.migrations
        case .ledger: LedgerStore.migrations
        case .records: RecordStore.migrations
        }
    }
}

/// A decision as the ledger holds it, with its state and every appeal against it.
package struct LedgerDecision: Sendable {
    package var decision: Decision
    package var listingID: String
    package var revision: Int
    package var merchantID: String
    package var platform: String
    /// in_force or overturned
    package var state: String
    package var counted: Bool
    package var appeals: [Appeal]

    package var openAppeal: Appeal? { appeals.first { $0.state == .open } }
}
