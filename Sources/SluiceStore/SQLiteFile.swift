import Foundation
import GRDB
import Synchronization

/// The files of a store, all in one data folder. Each has exactly one writer process.
package enum StoreFile: String, CaseIterable, Sendable {
    /// Ingest's intake journal: every accepted message until its terminal record is stored.
    case journal = "journal.db"
    /// Penalise's enforcement ledger: decisions, yearly counts, appeals and the decision outbox.
    case ledger = "ledger.db"
    /// The recorder's results: outcomes, dead letters, notices, worker telemetry.
    case records = "records.db"

    package func path(in folder: String) -> String { (folder as NSString).appendingPathComponent(rawValue) }
}

/// One SQLite file opened by its owner: a WAL database written in batched transactions,
/// checkpointed off the writer's path, created 0600 inside a 0700 folder.
package final class SQLiteFile: Sendable {
    package let path: String
    let pool: DatabasePool
    private let lock: OwnerLock
    private let checkpointer: Checkpointer

    /// The WAL's size after it starts over (`journal_size_limit`).
    ///
    /// Every checkpoint runs on the owner's writer connection, between two of its commits, never on a
    /// connection of its own beside them. SQLite 3.7.0–3.51.2 (Debian 12 ships 3.40.1) has a race,
    /// the WAL-reset bug: a checkpoint started right after another one completed, on one connection,
    /// while a commit on another connection starts the WAL over, records frames as copied that were
    /// not; readers then read stale pages ("database disk image is malformed") and a later reset can
    /// drop those frames. A background connection checkpointing beside the owner's commits did
    /// exactly that under load (`StoreTests`). On the writer connection a checkpoint and a commit
    /// cannot overlap; each checkpoint copies the whole WAL unless a reader still needs it, so the
    /// next commit starts the WAL over and truncates it to this size. The commits waiting meanwhile
    /// are the price: a copy of what a quarter of a second brought (`Checkpointer.interval`).
    package static let walLimit = 256 << 20

    /// Opens (creating and migrating) the file for writing and takes its owner lock.
    package init(_ file: StoreFile, folder: String, owner: String, migrations: [String], walLimit: Int = SQLiteFile.walLimit) throws(StoreError) {
        try Self.prepare(folder: folder)
        path = file.path(in: folder)
        lock = try OwnerLock(file: path, owner: owner)
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.label = file.rawValue
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -16384")
            // Checkpoints run on their own connection (below), never inside a commit.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            // After it starts over, the WAL file shrinks back to this.
            try db.execute(sql: "PRAGMA journal_size_limit = \(walLimit)")
        }
        // The file is private to its owner (0600) whatever the umask; SQLite gives its WAL and
        // shared-memory files the same mode.
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        chmod(path, 0o600)
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Self.migrate(pool, steps: migrations)
        } catch {
            throw StoreError.cannotOpen(path, "\(error)")
        }
        checkpointer = Checkpointer(pool: pool)
    }

    /// Creates the data folder (0700) and refuses an earlier release's single-file layout.
    static func prepare(folder: String) throws(StoreError) {
        let legacy = (folder as NSString).appendingPathComponent("sluice.db")
        if FileManager.default.fileExists(atPath: legacy)
            && !StoreFile.allCases.contains(where: { FileManager.default.fileExists(atPath: $0.path(in: folder)) }) {
            throw StoreError.legacyLayout(folder)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.cannotOpen(folder, "cannot create the data folder: \(FileManager.default.fileExists(atPath: folder) ? "it exists but is not a folder" : "check that its parent exists and is writable by this user")")
        }
    }

    static func migrate(_ pool: DatabasePool, steps: [String]) throws {
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                guard version <= steps.count else {
                    throw StoreError.refused("\(db.description) has schema \(version), newer than this release knows (\(steps.count)); use the release that wrote it")
                }
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

    /// One write transaction.
    package func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            let result = try pool.write(body)
            committed()
            return result
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }

    /// One write transaction whose body may throw its own domain errors, which pass through.
    package func write<T, E: Error>(_ body: (Database) throws -> T, passing: E.Type) throws -> T {
        do {
            let result = try pool.write(body)
            committed()
            return result
        } catch let error as E {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }

    /// After each of the owner's commits: tells the checkpoint thread there is work.
    private func committed() {
        checkpointer.wrote()
    }

    /// One checkpoint now, as the checkpoint thread runs after writes (for tests).
    package func checkpointInBackground() {
        checkpointer.run(truncate: false)
    }

    package func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }

    /// Bytes on disk: the file, its WAL and shared memory.
    package var sizeOnDisk: Int {
        ["", "-wal", "-shm"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }

    /// Folds the WAL back into the file now (after a run, before measuring size).
    package func checkpoint() {
        checkpointer.run(truncate: true)
    }

    /// Checkpoints and closes every connection: the WAL and shared-memory files go away.
    package func close() {
        checkpointer.close()
        try? pool.close()
    }
}

/// Checkpoints a WAL file a few times a second after writes, on the owner's writer connection (see
/// `SQLiteFile.walLimit` for why never beside it), from a background thread.
final class Checkpointer: Sendable {
    /// The owner's pool: its writer connection is serialised on GRDB's own queue.
    private let pool: DatabasePool
    private let writes = Atomic<Int>(0)
    private let closed = Atomic<Bool>(false)
    /// How often the thread checkpoints after writes. The commits wait while one copies, so short
    /// copies often rather than long ones seldom: at 5,000/s, alternating runs read p99 28.6 / 42.8 /
    /// 55.2 ms every 0.25 s against 150 / 73 / 89 ms every 2 s (2026-12-01, 22:15).
    static let interval: TimeInterval = 0.25

    init(pool: DatabasePool) {
        self.pool = pool
        let thread = Thread { [weak self] in
            var last = 0
            while true {
                Thread.sleep(forTimeInterval: Checkpointer.interval)
                guard let self, !self.closed.load(ordering: .relaxed) else { return }
                let now = self.writes.load(ordering: .relaxed)
                if now != last {
                    last = now
                    self.run(truncate: false)
                }
            }
        }
        thread.name = "checkpoint"
        thread.start()
    }

    func wrote() { writes.add(1, ordering: .relaxed) }

    func close() {
        run(truncate: true)
        closed.store(true, ordering: .relaxed)
    }

    /// One checkpoint between two commits: PASSIVE copies what no reader still needs; TRUNCATE (after
    /// a run, before closing) waits for readers and empties the WAL file. A busy or failed checkpoint
    /// is retried after the next write.
    func run(truncate: Bool) {
        guard !closed.load(ordering: .relaxed) else { return }
        _ = try? pool.writeWithoutTransaction { db in
            try db.execute(sql: truncate ? "PRAGMA wal_checkpoint(TRUNCATE)" : "PRAGMA wal_checkpoint(PASSIVE)")
        }
    }
}
