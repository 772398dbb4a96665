import CZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// `zmq_poll` over sockets for readability.
package enum Poller {
    /// Waits until at least one socket is readable or the timeout passes.
    /// - Returns: for each socket, whether it is readable. A signal interrupting the wait
    ///   returns all false.
    package static func wait(readable sockets: [Socket], timeoutMilliseconds: Int) throws(ZeroMQError) -> [Bool] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        let rc = zmq_poll(&items, Int32(items.count), timeoutMilliseconds)
        if rc == -1 {
            let error = ZeroMQError.last("poll")
            if error == .interrupted { return Array(repeating: false, count: sockets.count) }
            throw error
        }
        return items.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
