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

    /// The WAL's size after it starts over (`journal_size_limit`), and past which its owner makes it
    /// start over.
    ///
    /// The background checkpoint copies the WAL into the file but cannot make it start over while
    /// the owner keeps committing: SQLite rewinds a WAL only when a write begins with every frame
    /// already copied, and under a continuous stream a new commit always lands while the
    /// checkpoint runs. So the WAL grew without end (over 1 GB across the three files after
    /// 120,000 listings at 5,000/s). Now, when a background checkpoint finds the WAL past its
    /// limit, it copies again until only a few frames are left and tells the owner, which copies
    /// those itself right after its next commit: nothing can land meanwhile, so its following write
    /// rewinds the WAL and truncates it to the limit. (The owner copying everything itself held it
    /// up for the whole copy, tens of milliseconds.)
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
        checkpointer = Checkpointer(path: path, walLimit: walLimit)
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

    /// After each of the owner's commits: tells the checkpoint thread there is work, and copies the
    /// WAL's last frames from the owner's own connection when a background checkpoint asked (see
    /// `walLimit`): no commit can land meanwhile, so the next write rewinds the WAL. A reader still on
    /// an older snapshot may leave frames behind; the next background checkpoint asks again.
    private func committed() {
        checkpointer.wrote()
        guard checkpointer.takeRestartRequest() else { return }
        _ = try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
    }

    /// One background checkpoint now, as the checkpoint thread runs every two seconds (for tests).
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

/// Checkpoints a WAL file from a connection of its own, on a background thread, so the
/// owner's commits never stop for one.
final class Checkpointer: Sendable {
    private let path: String
    private let walLimit: Int
    private let writes = Atomic<Int>(0)
    /// Set when a checkpoint left the WAL past its limit with few frames to copy: the owner copies them.
    private let restartRequested = Atomic<Bool>(false)
    private let queue = Mutex<DatabaseQueue?>(nil)

    init(path: String, walLimit: Int) {
        self.path = path
        self.walLimit = walLimit
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

    /// Whether a checkpoint asked the owner to copy the WAL's last frames (and clears the request).
    func takeRestartRequest() -> Bool {
        restartRequested.load(ordering: .relaxed) && restartRequested.exchange(false, ordering: .relaxed)
    }

    /// Frames copied so far by checkpoints of this WAL, and how many it holds, after one pass; nil
    /// when the pass could not run.
    private static func passive(_ db: Database) throws -> (copied: Int, log: Int)? {
        guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)"), row[0] as Int == 0 else { return nil }
        return (row[2], row[1])
    }

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
                    config.prepareDatabase { [walLimit] db in try db.execute(sql: "PRAGMA journal_size_limit = \(walLimit)") }
                    queue = try DatabaseQueue(path: path, configuration: config)
                }
                try queue?.writeWithoutTransaction { db in
                    if truncate {
                        try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                        return
                    }
                    guard var copied = try Self.passive(db)?.copied else { return }
                    // Past its limit: copy again what landed meanwhile, each pass shorter than the one
                    // before, until one copies at most 1 MB (four passes at most), then ask the owner to
                    // copy what lands during that last pass (see `SQLiteFile.walLimit`).
                    var info = stat()
                    guard stat(path + "-wal", &info) == 0, Int(info.st_size) > walLimit else { return }
                    for _ in 0..<4 {
                        guard let pass = try Self.passive(db), pass.copied == pass.log else { return }
                        defer { copied = pass.copied }
                        if pass.copied - copied <= 256 { break }
                    }
                    restartRequested.store(true, ordering: .relaxed)
                }
            } catch {
                // A busy or failed checkpoint is retried after the next write.
            }
        }
    }
}
