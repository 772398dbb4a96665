import CZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// The socket types Sluice uses.
package enum SocketType: Sendable {
    case push, pull, router, dealer, pair, req, rep

    var raw: Int32 {
        switch self {
        case .push: ZMQ_PUSH
        case .pull: ZMQ_PULL
        case .router: ZMQ_ROUTER
        case .dealer: ZMQ_DEALER
        case .pair: ZMQ_PAIR
        case .req: ZMQ_REQ
        case .rep: ZMQ_REP
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

    private func setBytes(_ option: Int32, _ value: [UInt8], _ name: String) throws(ZeroMQError) {
        let rc = value.withUnsafeBytes { zmq_setsockopt(handle, option, $0.baseAddress, $0.count) }
        try check(rc, "setsockopt \(name)")
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
    /// Largest message a peer may send; a bigger one drops its connection before it is buffered.
    package func setMaxMessageSize(_ bytes: Int64) throws(ZeroMQError) {
        var v = bytes
        try check(zmq_setsockopt(handle, ZMQ_MAXMSGSIZE, &v, MemoryLayout<Int64>.size), "setsockopt MAXMSGSIZE=\(bytes)")
    }
    /// ZMTP heartbeats: a peer silent for `timeout` ms is dropped (so a dead peer's queue is freed).
    package func setHeartbeat(intervalMilliseconds: Int32, timeoutMilliseconds: Int32) throws(ZeroMQError) {
        try setInt(ZMQ_HEARTBEAT_IVL, intervalMilliseconds, "HEARTBEAT_IVL")
        try setInt(ZMQ_HEARTBEAT_TIMEOUT, timeoutMilliseconds, "HEARTBEAT_TIMEOUT")
    }
    /// How soon a connecting socket retries a refused or dropped connection.
    package func setReconnectInterval(milliseconds: Int32, max: Int32) throws(ZeroMQError) {
        try setInt(ZMQ_RECONNECT_IVL, milliseconds, "RECONNECT_IVL")
        try setInt(ZMQ_RECONNECT_IVL_MAX, max, "RECONNECT_IVL_MAX")
    }
    /// Most time a security handshake may take.
    package func setHandshakeInterval(milliseconds: Int32) throws(ZeroMQError) { try setInt(ZMQ_HANDSHAKE_IVL, milliseconds, "HANDSHAKE_IVL") }
    /// ROUTER: fail a send to an unknown peer instead of dropping it silently.
    package func setRouterMandatory(_ on: Bool) throws(ZeroMQError) { try setInt(ZMQ_ROUTER_MANDATORY, on ? 1 : 0, "ROUTER_MANDATORY") }

    // MARK: Security

    /// This side authenticates connecting peers with CURVE, using its secret key (Z85, 40 chars).
    package func setCurveServer(secretKey: String) throws(ZeroMQError) {
        try setInt(ZMQ_CURVE_SERVER, 1, "CURVE_SERVER")
        try setBytes(ZMQ_CURVE_SECRETKEY, Array(secretKey.utf8), "CURVE_SECRETKEY")
    }

    /// This side proves its key to a CURVE server whose public key it knows.
    package func setCurveClient(serverKey: String, publicKey: String, secretKey: String) throws(ZeroMQError) {
        try setBytes(ZMQ_CURVE_SERVERKEY, Array(serverKey.utf8), "CURVE_SERVERKEY")
        try setBytes(ZMQ_CURVE_PUBLICKEY, Array(publicKey.utf8), "CURVE_PUBLICKEY")
        try setBytes(ZMQ_CURVE_SECRETKEY, Array(secretKey.utf8), "CURVE_SECRETKEY")
    }

    /// This side checks PLAIN user names and passwords through the ZAP handler.
    package func setPlainServer() throws(ZeroMQError) { try setInt(ZMQ_PLAIN_SERVER, 1, "PLAIN_SERVER") }

    /// This side presents a PLAIN user name and password.
    package func setPlainClient(user: String, password: String) throws(ZeroMQError) {
        try setBytes(ZMQ_PLAIN_USERNAME, Array(user.utf8), "PLAIN_USERNAME")
        try setBytes(ZMQ_PLAIN_PASSWORD, Array(password.utf8), "PLAIN_PASSWORD")
    }

    /// The ZAP domain this socket's peers are authenticated in; the handler sees it with each request.
    package func setZapDomain(_ domain: String) throws(ZeroMQError) { try setBytes(ZMQ_ZAP_DOMAIN, Array(domain.utf8), "ZAP_DOMAIN") }

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

    /// Starts reporting this socket's connection events on a PAIR socket at `endpoint`
    /// (`inproc://…`); read them with `Monitor`.
    package func monitor(_ endpoint: String, events: Int32 = ZMQ_EVENT_ALL) throws(ZeroMQError) {
        try check(zmq_socket_monitor(handle, endpoint, events), "monitor \(endpoint)")
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
                // A ROUTER with ROUTER_MANDATORY refuses an unknown peer on the first frame.
                if error == .hostUnreachable && i == 0 { return false }
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
        try receiveWithPeer(wait: wait)?.frames
    }

    /// Receives one whole message with the authenticated identity (ZAP `User-Id`) of the peer
    /// that sent it, when the socket authenticates its peers.
    package func receiveWithPeer(wait: Bool = true) throws(ZeroMQError) -> (frames: Message, peer: String?)? {
        var frames: Message = []
        var peer: String?
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
            if frames.isEmpty, let value = zmq_msg_gets(&msg, "User-Id") {
                let text = String(cString: value)
                peer = text.isEmpty ? nil : text
            }
            let size = zmq_msg_size(&msg)
            if size == 0 {
                frames.append([])
            } else {
                let base = zmq_msg_data(&msg)!.assumingMemoryBound(to: UInt8.self)
                frames.append(Array(UnsafeBufferPointer(start: base, count: size)))
            }
            if zmq_msg_more(&msg) == 0 { return (frames, peer) }
        }
    }

    /// Moves one whole message to `target` without copying its frames (a relay's inner loop).
    /// - Returns: false when nothing was waiting (non-blocking) or `target` was full; the
    ///   message then stays here.
    package func forward(to target: Socket) throws(ZeroMQError) -> Bool {
        var msg = zmq_msg_t()
        zmq_msg_init(&msg)
        defer { zmq_msg_close(&msg) }
        var first = true
        while true {
            var rc: Int32
            repeat { rc = zmq_msg_recv(&msg, handle, first ? ZMQ_DONTWAIT : 0) } while rc == -1 && zmq_errno() == EINTR
            if rc == -1 {
                let error = ZeroMQError.last("receive")
                if error == .wouldBlock && first { return false }
                throw error
            }
            let more = zmq_msg_more(&msg) != 0
            repeat { rc = zmq_msg_send(&msg, target.handle, more ? ZMQ_SNDMORE : 0) } while rc == -1 && zmq_errno() == EINTR
            if rc == -1 { throw ZeroMQError.last("send") }
            first = false
            if !more { return true }
        }
    }

    /// Waits until a message can be received, for at most `timeoutMilliseconds` (-1 = forever).
    package func waitReadable(timeoutMilliseconds: Int) throws(ZeroMQError) -> Bool {
        try Poller.wait([Poller.Item(self, .readable)], timeoutMilliseconds: timeoutMilliseconds).first?.contains(.readable) ?? false
    }

    /// Whether a message could be sent now without blocking.
    package var isWritable: Bool {
        (getInt(ZMQ_EVENTS) & Int32(ZMQ_POLLOUT)) != 0
    }

    /// Whether a message is waiting to be received.
    package var isReadable: Bool {
        (getInt(ZMQ_EVENTS) & Int32(ZMQ_POLLIN)) != 0
    }
}
