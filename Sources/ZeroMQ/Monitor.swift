import CZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// Reads the connection events libzmq reports for a socket (`Socket.monitor`).
package final class Monitor {
    package struct Event: Sendable, Hashable {
        package var kind: Int32
        /// The file descriptor for accepted/disconnected events, an errno for failures.
        package var value: Int32
        package var endpoint: String

        package var isAccepted: Bool { kind == ZMQ_EVENT_ACCEPTED }
        package var isDisconnected: Bool { kind == ZMQ_EVENT_DISCONNECTED }
        package var isHandshakeFailure: Bool {
            kind == ZMQ_EVENT_HANDSHAKE_FAILED_AUTH || kind == ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL
                || kind == ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL
        }
        package var isAuthFailure: Bool { kind == ZMQ_EVENT_HANDSHAKE_FAILED_AUTH }
    }

    package static let accepted = ZMQ_EVENT_ACCEPTED
    package static let disconnected = ZMQ_EVENT_DISCONNECTED
    package static let handshakeFailures = ZMQ_EVENT_HANDSHAKE_FAILED_AUTH | ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL
        | ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL

    package let socket: Socket

    /// Starts monitoring `target` for `events` and connects the reading end.
    package init(_ context: Context, watching target: Socket, endpoint: String, events: Int32) throws(ZeroMQError) {
        try target.monitor(endpoint, events: events)
        socket = try Socket(context, .pair)
        try socket.setLinger(milliseconds: 0)
        try socket.connect(endpoint)
    }

    /// The next event, if one is waiting.
    package func next() throws(ZeroMQError) -> Event? {
        guard let frames = try socket.receive(wait: false), frames.count >= 1, frames[0].count >= 6 else { return nil }
        let f = frames[0]
        let kind = Int32(UInt16(f[0]) | UInt16(f[1]) << 8)
        let value = Int32(bitPattern: UInt32(f[2]) | UInt32(f[3]) << 8 | UInt32(f[4]) << 16 | UInt32(f[5]) << 24)
        let endpoint = frames.count > 1 ? String(decoding: frames[1], as: UTF8.self) : ""
        return Event(kind: kind, value: value, endpoint: endpoint)
    }

    package func close() { socket.close() }
}
