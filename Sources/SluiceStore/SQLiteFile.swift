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

    /// Opens (creating and migrating) the file for writing and takes its owner lock.
    package init(_ file: StoreFile, folder: String, owner: String, migrations: [String]) throws(StoreError) {
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
            // After a checkpoint resets it, the WAL file shrinks back to this.
            try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
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
        checkpointer = Checkpointer(path: path)
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
            checkpointer.wrote()
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
            checkpointer.wrote()
            return result
        } catch let error as E {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
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

/// Checkpoints a WAL file from a connection of its own, on a background thread, so the
/// owner's commits never stop for one.
final class Checkpointer: Sendable {
    private let path: String
    private let writes = Atomic<Int>(0)
    private let queue = Mutex<DatabaseQueue?>(nil)

    init(path: String) {
        self.path = path
        let thread = Thread { [weak self] in
            var last = 0
            while true {
                Thread.sleep(forTimeInterval: 2)
                guard let self else { return }
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
        queue.withLock { queue in
            try? queue?.close()
            queue = nil
        }
    }

    func run(truncate: Bool) {
        queue.withLock { queue in
            do {
                if queue == nil {
                    var config = Configuration()
                    config.busyMode = .timeout(1)
                    config.label = "checkpoint"
                    config.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_size_limit = 67108864") }
                    queue = try DatabaseQueue(path: path, configuration: config)
                }
                try queue?.writeWithoutTransaction { db in
                    try db.execute(sql: truncate ? "PRAGMA wal_checkpoint(TRUNCATE)" : "PRAGMA wal_checkpoint(PASSIVE)")
                }
            } catch {
                // A busy or failed checkpoint is retried after the next write.
            }
        }
    }
}
