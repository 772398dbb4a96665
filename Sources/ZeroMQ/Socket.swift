import CZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// The socket types Sluice uses.
package enum SocketType: Sendable {
    case push, pull

    var raw: Int32 {
        switch self {
        case .push: ZMQ_PUSH
        case .pull: ZMQ_PULL
        }
    }
}

/// One message: one or more frames that travel atomically.
package typealias Message = [[UInt8]]

/// A ZeroMQ socket. Not thread-safe: create it on the thread that uses it, and close it there.
package final class Socket {
    package let type: SocketType
    let handle: UnsafeMutableRawPointer
    private var closed = false
    package private(set) var endpoints: [Endpoint] = []

    package init(_ context: Context, _ type: SocketType) throws(ZeroMQError) {
        guard let handle = zmq_socket(context.handle, type.raw) else {
            throw ZeroMQError.last("zmq_socket")
        }
        self.type = type
        self.handle = handle
    }

    deinit { close() }

    /// Closes the socket. Pending outgoing messages linger for at most `linger` milliseconds.
    package func close() {
        guard !closed else { return }
        closed = true
        zmq_close(handle)
    }

    // MARK: Options

    private func setInt(_ option: Int32, _ value: Int32, _ name: String) throws(ZeroMQError) {
        var v = value
        try check(zmq_setsockopt(handle, option, &v, MemoryLayout<Int32>.size), "setsockopt \(name)=\(value)")
    }

    private func getInt(_ option: Int32) -> Int32 {
        var v: Int32 = 0
        var size = MemoryLayout<Int32>.size
        _ = zmq_getsockopt(handle, option, &v, &size)
        return v
    }

    /// Outgoing queue bound, in messages (0 = unlimited).
    package func setSendHighWaterMark(_ messages: Int32) throws(ZeroMQError) { try setInt(ZMQ_SNDHWM, messages, "SNDHWM") }
    /// Incoming queue bound, in messages (0 = unlimited).
    package func setReceiveHighWaterMark(_ messages: Int32) throws(ZeroMQError) { try setInt(ZMQ_RCVHWM, messages, "RCVHWM") }
    /// How long `close()` may wait to flush pending messages, in ms (-1 = forever).
    package func setLinger(milliseconds: Int32) throws(ZeroMQError) { try setInt(ZMQ_LINGER, milliseconds, "LINGER") }
    /// Receive timeout in ms (-1 = block).
    package func setReceiveTimeout(milliseconds: Int32) throws(ZeroMQError) { try setInt(ZMQ_RCVTIMEO, milliseconds, "RCVTIMEO") }
    /// Send timeout in ms (-1 = block).
    package func setSendTimeout(milliseconds: Int32) throws(ZeroMQError) { try setInt(ZMQ_SNDTIMEO, milliseconds, "SNDTIMEO") }
    /// Queue messages only for completed connections (so PUSH never parks work on a dead peer).
    package func setImmediate(_ on: Bool) throws(ZeroMQError) { try setInt(ZMQ_IMMEDIATE, on ? 1 : 0, "IMMEDIATE") }

    package var sendHighWaterMark: Int32 { getInt(ZMQ_SNDHWM) }
    package var receiveHighWaterMark: Int32 { getInt(ZMQ_RCVHWM) }
    package var linger: Int32 { getInt(ZMQ_LINGER) }

    /// The endpoint actually bound, e.g. with the port the OS chose for `tcp://127.0.0.1:*`.
    package var lastEndpoint: String {
        var buffer = [CChar](repeating: 0, count: 512)
        var size = buffer.count
        _ = zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size)
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Endpoints

    package func bind(_ address: String) throws(ZeroMQError) {
        try check(zmq_bind(handle, address), "bind \(address)")
        endpoints.append(Endpoint(.bind, address))
    }

    package func connect(_ address: String) throws(ZeroMQError) {
        try check(zmq_connect(handle, address), "connect \(address)")
        endpoints.append(Endpoint(.connect, address))
    }

    /// Binds or connects each endpoint as it says.
    package func attach(_ list: [Endpoint]) throws(ZeroMQError) {
        for endpoint in list {
            switch endpoint.mode {
            case .bind: try bind(endpoint.address)
            case .connect: try connect(endpoint.address)
            }
        }
    }

    /// Undoes every bind and connect, so no new messages arrive; messages already
    /// queued locally can still be received.
    package func detachAll() {
        for endpoint in endpoints {
            switch endpoint.mode {
            case .bind:
                // A wildcard port bound as `:*` is only known through LAST_ENDPOINT.
                let address = endpoint.address.hasSuffix(":*") ? lastEndpoint : endpoint.address
                _ = zmq_unbind(handle, address)
            case .connect:
                _ = zmq_disconnect(handle, endpoint.address)
            }
        }
        endpoints.removeAll()
    }

    // MARK: Sending and receiving

    /// Sends every frame of `message` atomically.
    /// - Parameter wait: false returns `false` at once when the queue is full (high-water mark);
    ///   true blocks up to the send timeout, then returns `false`.
    /// - Returns: whether the message was queued.
    @discardableResult
    package func send(_ message: Message, wait: Bool = true) throws(ZeroMQError) -> Bool {
        precondition(!message.isEmpty, "a message has at least one frame")
        for (i, frame) in message.enumerated() {
            var flags: Int32 = i < message.count - 1 ? ZMQ_SNDMORE : 0
            if !wait { flags |= ZMQ_DONTWAIT }
            var rc: Int32
            repeat {
                rc = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
            } while rc == -1 && zmq_errno() == EINTR
            if rc == -1 {
                let error = ZeroMQError.last("send")
                // Only the first frame can fail with EAGAIN: the rest are guaranteed once it went.
                if error == .wouldBlock && i == 0 { return false }
                throw error
            }
        }
        return true
    }

    /// Sends one single-frame message.
    @discardableResult
    package func send(_ frame: [UInt8], wait: Bool = true) throws(ZeroMQError) -> Bool {
        try send([frame], wait: wait)
    }

    /// Receives one whole message.
    /// - Parameter wait: false returns nil at once if nothing is queued; true blocks up to the
    ///   receive timeout, then returns nil.
    package func receive(wait: Bool = true) throws(ZeroMQError) -> Message? {
        var frames: Message = []
        var msg = zmq_msg_t()
        zmq_msg_init(&msg)
        defer { zmq_msg_close(&msg) }
        while true {
            let flags: Int32 = (!wait && frames.isEmpty) ? ZMQ_DONTWAIT : 0
            var rc: Int32
            repeat { rc = zmq_msg_recv(&msg, handle, flags) } while rc == -1 && zmq_errno() == EINTR
            if rc == -1 {
                let error = ZeroMQError.last("receive")
                if error == .wouldBlock && frames.isEmpty { return nil }
                throw error
            }
            let size = zmq_msg_size(&msg)
            if size == 0 {
                frames.append([])
            } else {
                let base = zmq_msg_data(&msg)!.assumingMemoryBound(to: UInt8.self)
                frames.append(Array(UnsafeBufferPointer(start: base, count: size)))
            }
            if zmq_msg_more(&msg) == 0 { return frames }
        }
    }

    /// Waits until a message can be received, for at most `timeoutMilliseconds` (-1 = forever).
    package func waitReadable(timeoutMilliseconds: Int) throws(ZeroMQError) -> Bool {
        try Poller.wait(readable: [self], timeoutMilliseconds: timeoutMilliseconds).first ?? false
    }
}
