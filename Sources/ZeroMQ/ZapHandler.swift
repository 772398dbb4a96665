import CZeroMQ
import Foundation

/// One ZAP request: a peer asking to connect to one of this process's authenticating sockets.
package struct ZapRequest: Sendable {
    /// The ZAP domain of the socket the peer connects to.
    package var domain: String
    /// The peer's IP address.
    package var address: String
    /// NULL, PLAIN or CURVE.
    package var mechanism: String
    /// PLAIN: [user, password]; CURVE: [the client's 32-byte public key].
    package var credentials: [[UInt8]]

    /// The CURVE client key as Z85 text.
    package var curveKey: String? {
        guard mechanism == "CURVE", let raw = credentials.first, raw.count == 32 else { return nil }
        var out = [CChar](repeating: 0, count: 41)
        guard raw.withUnsafeBufferPointer({ zmq_z85_encode(&out, $0.baseAddress, 32) }) != nil else { return nil }
        return text(out)
    }

    package var plainUser: String? {
        guard mechanism == "PLAIN", credentials.count == 2 else { return nil }
        return String(decoding: credentials[0], as: UTF8.self)
    }

    package var plainPassword: String? {
        guard mechanism == "PLAIN", credentials.count == 2 else { return nil }
        return String(decoding: credentials[1], as: UTF8.self)
    }
}

/// The ZeroMQ Authentication Protocol handler of one context (RFC 27): every socket of the
/// context that authenticates (CURVE or PLAIN server, or a ZAP domain) asks it about each
/// connecting peer. The decision returns the peer's user id (its role), which then travels
/// with every message from that peer (`Socket.receiveWithPeer`), or nil to refuse it.
package final class ZapHandler: Sendable {
    package typealias Decide = @Sendable (ZapRequest) -> String?

    private let context: Context
    private let decide: Decide
    private let refused: @Sendable (ZapRequest) -> Void

    /// Binds the handler's endpoint now (so no handshake races it) and serves on a thread.
    package init(context: Context, decide: @escaping Decide, refused: @escaping @Sendable (ZapRequest) -> Void = { _ in }) throws(ZeroMQError) {
        self.context = context
        self.decide = decide
        self.refused = refused
        let socket = try Socket(context, .rep)
        try socket.setLinger(milliseconds: 0)
        try socket.bind("inproc://zeromq.zap.01")
        let box = SocketBox(socket)
        let thread = Thread { [self] in self.serve(box.socket) }
        thread.name = "zap"
        thread.start()
    }

    private func serve(_ socket: Socket) {
        defer { socket.close() }
        while true {
            let frames: Message
            do {
                guard let received = try socket.receive(wait: true) else { continue }
                frames = received
            } catch {
                return  // the context is shutting down
            }
            guard frames.count >= 6 else { continue }
            let request = ZapRequest(domain: String(decoding: frames[2], as: UTF8.self),
                                     address: String(decoding: frames[3], as: UTF8.self),
                                     mechanism: String(decoding: frames[5], as: UTF8.self),
                                     credentials: Array(frames.dropFirst(6)))
            let user = decide(request)
            if user == nil { refused(request) }
            let reply: Message = [
                Array("1.0".utf8), frames[1], Array((user == nil ? "400" : "200").utf8),
                Array((user == nil ? "not a member of this pipeline" : "OK").utf8), Array((user ?? "").utf8), [],
            ]
            do { try socket.send(reply) } catch { return }
        }
    }
}

/// Hands a socket to the one thread that will use it from then on.
private final class SocketBox: @unchecked Sendable {
    // @unchecked: the socket is created on one thread and used only by the handler thread after.
    let socket: Socket
    init(_ socket: Socket) { self.socket = socket }
}
