/// A store failure, with what to do about it.
package enum StoreError: Error, Sendable, CustomStringConvertible {
    /// Nothing has been stored in this data folder yet.
    case missing(String)
    case cannotOpen(String, String)
    /// Another process owns this file (one writer per SQLite file).
    case owned(file: String, by: String)
    /// A write or read failed; the text is SQLite's.
    case database(String)
    /// The data folder holds the single-file layout of an earlier release.
    case legacyLayout(String)
    case notFound(String)
    case refused(String)

    package var description: String {
        switch self {
        case .missing(let folder):
            "no store in \(folder): start the pipeline first (pipectl up), or pass --data with the folder the pipeline writes to"
        case .cannotOpen(let path, let why): "cannot open \(path): \(why)"
        case .owned(let file, let by):
            "\(file) is already held by \(by); only one process may write it (stop that one first, e.g. pipectl down)"
        case .database(let why): "store error: \(why)"
        case .legacyLayout(let folder):
            "\(folder) holds sluice.db from an earlier release (one file for everything), which this release does not write: nothing in it was touched. Keep it (the earlier release still reads it) and give this pipeline a new folder with --data or data_dir; this release keeps journal.db, ledger.db and records.db there"
        case .notFound(let what): what
        case .refused(let why): why
        }
    }

    /// Whether the failure looks like a full disk or a write the OS refused (retry later).
    package var isWriteFailure: Bool {
        if case .database(let text) = self {
            return text.contains("SQLITE_FULL") || text.contains("SQLITE_IOERR") || text.contains("disk") || text.contains("SQLITE_READONLY")
        }
        return false
    }
}
