import GRDB

/// Schema versions, applied in one IMMEDIATE transaction keyed on `PRAGMA user_version`, so
/// several processes opening a new store at once migrate it exactly once.
enum Migrations {
    static let steps: [String] = [
        // 1: the first schema. Tables are keyed by an increasing integer; (listing_id, revision)
        // is a unique index beside it (in-order keys insert ~6x faster than random text keys).
        """
        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            listing_id TEXT NOT NULL, revision INTEGER NOT NULL,
            platform TEXT NOT NULL, merchant_id TEXT NOT NULL, actor TEXT NOT NULL, category TEXT NOT NULL,
            observed_at TEXT NOT NULL, trace_id TEXT NOT NULL, ingested_at REAL NOT NULL,
            raw BLOB NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 1,
            last_sent_at REAL NOT NULL);
        CREATE UNIQUE INDEX journal_key ON journal(listing_id, revision);
        CREATE INDEX journal_pending ON journal(status, last_sent_at);

        CREATE TABLE outcomes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            listing_id TEXT NOT NULL, revision INTEGER NOT NULL,
            platform TEXT NOT NULL, merchant_id TEXT NOT NULL,
            violation INTEGER NOT NULL, severity TEXT NOT NULL, score INTEGER NOT NULL, signals TEXT NOT NULL,
            decision_id TEXT, notice_id TEXT,
            attempt INTEGER NOT NULL, trace_id TEXT NOT NULL,
            ingested_at REAL NOT NULL, recorded_at REAL NOT NULL, latency_ms REAL NOT NULL,
            envelope TEXT NOT NULL);
        CREATE UNIQUE INDEX outcomes_key ON outcomes(listing_id, revision);
        CREATE INDEX outcomes_recorded ON outcomes(recorded_at);

        CREATE TABLE findings (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            listing_id TEXT NOT NULL, revision INTEGER NOT NULL,
            signal TEXT NOT NULL, rule_id TEXT NOT NULL, part INTEGER NOT NULL, scene TEXT NOT NULL,
            span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
            excerpt TEXT NOT NULL, normalized TEXT NOT NULL, confidence REAL NOT NULL);
        CREATE INDEX findings_key ON findings(listing_id, revision);

        CREATE TABLE decisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            decision_id TEXT NOT NULL,
            listing_id TEXT NOT NULL, revision INTEGER NOT NULL,
            merchant_id TEXT NOT NULL, platform TEXT NOT NULL, actor TEXT NOT NULL,
            policy TEXT NOT NULL, policy_version TEXT NOT NULL, severity TEXT NOT NULL,
            natural_year INTEGER NOT NULL, count_before INTEGER NOT NULL, count_after INTEGER NOT NULL,
            counted INTEGER NOT NULL, actions TEXT NOT NULL, exempt TEXT, appeal_deadline TEXT,
            decided_at REAL NOT NULL,
            state TEXT NOT NULL DEFAULT 'in_force',
            body TEXT NOT NULL);
        CREATE UNIQUE INDEX decisions_key ON decisions(listing_id, revision);
        CREATE UNIQUE INDEX decisions_id ON decisions(decision_id);
        CREATE INDEX decisions_merchant ON decisions(merchant_id, natural_year);

        CREATE TABLE notices (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            notice_id TEXT NOT NULL,
            decision_id TEXT NOT NULL, listing_id TEXT NOT NULL, revision INTEGER NOT NULL,
            merchant_id TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
            created_at REAL NOT NULL);
        CREATE UNIQUE INDEX notices_id ON notices(notice_id);
        CREATE INDEX notices_decision ON notices(decision_id);

        CREATE TABLE dead_letters (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            reason TEXT NOT NULL, detail TEXT NOT NULL, stage TEXT NOT NULL, worker TEXT NOT NULL,
            listing_id TEXT, revision INTEGER, raw TEXT NOT NULL, raw_bytes INTEGER NOT NULL, at REAL NOT NULL);
        CREATE INDEX dead_letters_key ON dead_letters(listing_id, revision);

        CREATE TABLE workers (
            worker_id TEXT PRIMARY KEY, stage TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL,
            state TEXT NOT NULL, started_at REAL NOT NULL, last_seen REAL NOT NULL,
            received INTEGER NOT NULL, sent INTEGER NOT NULL, failed INTEGER NOT NULL, rate REAL NOT NULL,
            latency_p50_ms REAL, latency_p99_ms REAL);

        CREATE TABLE appeals (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            appeal_id TEXT NOT NULL, decision_id TEXT NOT NULL, reason TEXT NOT NULL,
            state TEXT NOT NULL, filed_at REAL NOT NULL, resolved_at REAL, note TEXT);
        CREATE UNIQUE INDEX appeals_id ON appeals(appeal_id);
        CREATE INDEX appeals_decision ON appeals(decision_id);
        """,
    ]

    static func apply(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                for (index, sql) in steps.enumerated() where index >= version {
                    try db.execute(sql: sql)
                }
                if version < steps.count {
                    try db.execute(sql: "PRAGMA user_version = \(steps.count)")
                }
                return .commit
            }
        }
    }
}
