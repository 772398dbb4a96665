#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a path cannot be used, in our words (never Foundation's error text), so a message can
/// say what to do next.
package enum FileProblem {
    /// A short reason for `path`, which was expected to be a folder (`folder: true`) or a file:
    /// "does not exist", "is a file, not a folder", "is not readable by this user" …
    package static func describe(_ path: String, folder: Bool) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            switch errno {
            case ENOENT: return "does not exist"
            case EACCES: return "cannot be reached: a folder on its path is not searchable by this user"
            case ENOTDIR: return "does not exist (a part of its path is a file)"
            default: return "cannot be inspected (error \(errno))"
            }
        }
        let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        if folder && !isFolder { return "is a file, not a folder" }
        if !folder && isFolder { return "is a folder, not a file" }
        guard access(path, folder ? (R_OK | X_OK) : R_OK) == 0 else { return "is not readable by this user (check its permissions)" }
        return "cannot be read"
    }
}
