import Foundation
import GRDB
import SluiceModel

/// The one SQLite database (WAL) on the control host. Each table has one writer: ingest the
/// journal, penalise the decisions, the recorder outcomes, findings, notices, dead letters
/// and workers; pipectl reads everything and writes appeals.
package final class Store: Sendable {
    package let path: String
    let pool: DatabasePool

    /// Opens (and creates and migrates, unless `readOnly`) the store at `path`.
    /// - Throws: `StoreError` saying what to do.
    package init(path: String, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        if readOnly && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.missing(path)
        }
        if !readOnly {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw StoreError.cannotOpen(path, "cannot create folder \(folder): \(error.localizedDescription)")
                }
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.readonly = readOnly
        config.label = "sluice"
        config.prepareDatabase { db in
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            if !readOnly { try Migrations.apply(pool) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path, "\(error)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.database("\(error)")
        }
    }
}

/// A store failure, with what to do about it.
package enum StoreError: Error, Sendable, CustomStringConvertible {
    case missing(String)
    case cannotOpen(String, String)
    case database(String)
    case notFound(String)
    case refused(String)

    package var description: String {
        switch self {
        case .missing(let path):
            "no store at \(path): start the pipeline first (pipectl up), or pass --data with the folder that holds sluice.db"
        case .cannotOpen(let path, let why): "cannot open the store at \(path): \(why)"
        case .database(let why): "store error: \(why)"
        case .notFound(let what): what
        case .refused(let why): why
        }
    }
}
