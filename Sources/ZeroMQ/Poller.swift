import CZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// `zmq_poll` over sockets.
package enum Poller {
    package struct Events: OptionSet, Sendable {
        package let rawValue: Int16
        package init(rawValue: Int16) { self.rawValue = rawValue }
        package static let readable = Events(rawValue: Int16(ZMQ_POLLIN))
        package static let writable = Events(rawValue: Int16(ZMQ_POLLOUT))
    }

    package struct Item {
        package var socket: Socket
        package var events: Events
        package init(_ socket: Socket, _ events: Events) {
            self.socket = socket
            self.events = events
        }
    }

    /// Waits until one item is ready for what it asks, or the timeout passes (-1 = forever).
    /// - Returns: for each item, what it is ready for. A signal interrupting the wait returns
    ///   nothing ready.
    package static func wait(_ items: [Item], timeoutMilliseconds: Int) throws(ZeroMQError) -> [Events] {
        var raw = items.map { zmq_pollitem_t(socket: $0.socket.handle, fd: 0, events: $0.events.rawValue, revents: 0) }
        let rc = zmq_poll(&raw, Int32(raw.count), timeoutMilliseconds)
        if rc == -1 {
            let error = ZeroMQError.last("poll")
            if error == .interrupted { return Array(repeating: [], count: items.count) }
            throw error
        }
        return raw.map { Events(rawValue: $0.revents) }
    }

    /// Waits until at least one socket is readable or the timeout passes.
    package static func wait(readable sockets: [Socket], timeoutMilliseconds: Int) throws(ZeroMQError) -> [Bool] {
        try wait(sockets.map { Item($0, .readable) }, timeoutMilliseconds: timeoutMilliseconds).map { $0.contains(.readable) }
    }
}
