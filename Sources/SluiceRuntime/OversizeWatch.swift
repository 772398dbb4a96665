import Foundation
import ZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// Notices when libzmq drops a connection because a peer sent a message over the socket's
/// maximum size (libzmq refuses it unread, so memory never grows with it, but says nothing).
/// It watches the socket's connection events: each accepted connection's descriptor is
/// duplicated, and when libzmq reports the connection gone, bytes still unread in the kernel's
/// buffer mean it was cut mid-message. Ordinary disconnects leave nothing unread.
final class OversizeWatch {
    let monitor: Monitor
    private var descriptors: [Int32: Int32] = [:]

    init(_ context: ZeroMQ.Context, socket: Socket, name: String) throws(ZeroMQError) {
        monitor = try Monitor(context, watching: socket, endpoint: "inproc://oversize-\(name)-\(UInt32.random(in: 0...UInt32.max))",
                              events: Monitor.accepted | Monitor.disconnected)
    }

    /// Connections libzmq dropped with nothing unread yet, whose peer has not closed: looked at
    /// again shortly, since a sender cut mid-message keeps sending (descriptor, since).
    private var suspects: [(fd: Int32, since: Double)] = []

    /// Reads the waiting events; returns one (unread bytes, peer address) per connection cut
    /// mid-message.
    func events() -> [(unread: Int, peer: String)] {
        var cut: [(Int, String)] = []
        while let event = try? monitor.next() {
            if event.isAccepted {
                let copy = dup(event.value)
                if copy >= 0 {
                    _ = fcntl(copy, F_SETFD, FD_CLOEXEC)
                    if let old = descriptors.updateValue(copy, forKey: event.value) { Glibc.close(old) }
                }
            } else if event.isDisconnected, let copy = descriptors.removeValue(forKey: event.value) {
                switch Self.look(copy) {
                case .unread(let n):
                    cut.append((n, Self.peer(copy)))
                    Glibc.close(copy)
                case .closed:
                    Glibc.close(copy)
                case .quiet:
                    suspects.append((copy, Date().timeIntervalSince1970))
                }
            }
        }
        return cut + recheck()
    }

    /// Looks again at connections dropped while their peer was quiet.
    func recheck() -> [(unread: Int, peer: String)] {
        guard !suspects.isEmpty else { return [] }
        var cut: [(Int, String)] = []
        let now = Date().timeIntervalSince1970
        suspects.removeAll { fd, since in
            switch Self.look(fd) {
            case .unread(let n):
                cut.append((n, Self.peer(fd)))
            case .closed:
                break
            case .quiet:
                // Still connected and silent after a second: dropped for another reason (a
                // heartbeat timeout), not a message in flight.
                guard now - since > 1 else { return false }
            }
            Glibc.close(fd)
            return true
        }
        return cut
    }

    var hasSuspects: Bool { !suspects.isEmpty }

    private enum Look { case unread(Int), closed, quiet }

    /// Bytes waiting on the connection, the peer having closed it, or nothing yet.
    private static func look(_ fd: Int32) -> Look {
        var unread: Int32 = 0
        if ioctl(fd, UInt(FIONREAD), &unread) == 0, unread > 0 { return .unread(Int(unread)) }
        var byte: UInt8 = 0
        let n = recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if n == 0 { return .closed }
        if n > 0 { return .unread(1) }
        return errno == EAGAIN || errno == EWOULDBLOCK ? .quiet : .closed
    }

    private static func peer(_ fd: Int32) -> String {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let ok = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(fd, $0, &length) == 0 }
        }
        guard ok, storage.ss_family == sa_family_t(AF_INET) else { return "unknown peer" }
        return withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
                var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                var address = sin.pointee.sin_addr
                inet_ntop(AF_INET, &address, &buffer, socklen_t(INET_ADDRSTRLEN))
                let host = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                return "\(host):\(UInt16(bigEndian: sin.pointee.sin_port))"
            }
        }
    }

    func close() {
        for (_, fd) in descriptors { Glibc.close(fd) }
        for (fd, _) in suspects { Glibc.close(fd) }
        suspects.removeAll()
        descriptors.removeAll()
        monitor.close()
    }
}
