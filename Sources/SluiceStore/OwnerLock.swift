import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on one of the store's files, held for the life of the process that owns
/// it: a second ingest, penalise or recorder on the same data folder is refused at start.
/// The kernel drops the lock when the process dies, however it dies.
package final class OwnerLock: Sendable {
    package let path: String
    private let fd: Int32

    /// Takes `<file>.lock` beside the database file, or throws naming who holds it.
    package init(file: String, owner: String) throws(StoreError) {
        path = file + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.cannotOpen(path, String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buffer = [UInt8](repeating: 0, count: 256)
            let n = pread(fd, &buffer, buffer.count, 0)
            close(fd)
            let holder = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "another process"
            throw StoreError.owned(file: (file as NSString).lastPathComponent, by: holder)
        }
        let text = Array("\(owner) (pid \(getpid()))\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, text, text.count, 0)
        self.fd = fd
    }

    /// Who holds the lock now, or nil when nobody does.
    package static func holder(file: String) -> String? {
        let path = file + ".lock"
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = pread(fd, &buffer, buffer.count, 0)
        return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "another process"
    }

    deinit { close(fd) }
}
