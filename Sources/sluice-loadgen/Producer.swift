import Foundation
import SluiceModel
import SluiceRuntime
import ZeroMQ

/// A producer on the acknowledged intake: a DEALER that keeps up to `window` listings
/// unacknowledged, matches each ack to its listing, and sends again whatever is not
/// acknowledged within `resendAfter` (resends are idempotent: the journal answers `duplicate`).
final class Producer {
    struct Pending {
        var bytes: [UInt8]
        var sentAt: Double
        var firstSentAt: Double
        var tries: Int
    }

    private let socket: Socket
    private let context: ZeroMQ.Context
    let window: Int
    let resendAfter: Double
    /// Listing key → what is waiting for its ack.
    private(set) var pending: [String: Pending] = [:]
    private var order: [(String, Double)] = []
    private var orderHead = 0
    /// Listings acknowledged, by status.
    private(set) var journaled = 0
    private(set) var duplicates = 0
    private(set) var deadLetters = 0
    private(set) var resent = 0
    /// When each listing was first sent and when it was acknowledged.
    private(set) var acked: [String: (sent: Double, acked: Double)] = [:]
    /// Keys acknowledged as dead letters (a resent bad listing is refused again, recorded once).
    private(set) var deadLetterKeys: Set<String> = []
    /// Acks for input that had no listing id.
    private(set) var anonymous = 0
    private(set) var lastAck = 0.0

    init(endpoint: String, configuration: PipelineConfiguration?, window: Int, resendAfter: Double) throws {
        context = try ZeroMQ.Context()
        socket = try Socket(context, .dealer)
        try socket.setSendHighWaterMark(Int32(window * 2))
        try socket.setReceiveHighWaterMark(Int32(window * 2))
        try socket.setLinger(milliseconds: 0)
        try socket.setReconnectInterval(milliseconds: 100, max: 1000)
        if let configuration, configuration.effectiveSecurity == .curve {
            let security = try SluiceRuntime.Keys.security(for: configuration, role: .producer)
            try security.configure(socket, port: PortSpec(.intake, .dealer, [], highWaterMark: 1, auth: .member(of: .ingest)),
                                   role: .producer, worker: "loadgen")
        }
        try socket.connect(endpoint)
        self.window = window
        self.resendAfter = resendAfter
    }

    var outstanding: Int { pending.count }
    var hasRoom: Bool { pending.count < window }

    /// Sends one listing (its key is `id#revision`).
    func send(key: String, bytes: [UInt8], now: Double) throws {
        if try socket.send([bytes], wait: false) == false {
            // The socket is full: count it as sent now; the resend timer covers it.
        }
        pending[key] = Pending(bytes: bytes, sentAt: now, firstSentAt: now, tries: 1)
        order.append((key, now))
    }

    /// Reads acks waiting (or up to `waitMilliseconds` for the first).
    func receive(waitMilliseconds: Int) throws {
        guard try socket.waitReadable(timeoutMilliseconds: waitMilliseconds) else { return }
        let now = Timestamp.now
        while let frames = try socket.receive(wait: false) {
            guard let body = frames.last, let ack = try? IntakeAck(jsonBytes: body) else { continue }
            lastAck = now
            guard let id = ack.listingID, let revision = ack.revision else {
                anonymous += 1
                if ack.status == .deadLetter { deadLetters += 1 }
                continue
            }
            let key = "\(id)#\(revision)"
            guard let p = pending.removeValue(forKey: key) else { continue }
            switch ack.status {
            case .journaled: journaled += 1
            case .duplicate: duplicates += 1
            case .deadLetter: deadLetters += 1; deadLetterKeys.insert(key)
            }
            // A duplicate was journaled (and finished) before: no new record will come for it.
            if ack.status != .duplicate { acked[key] = (p.firstSentAt, now) }
        }
    }

    /// Sends again what waited too long for its ack.
    func resendOverdue(now: Double) throws {
        while orderHead < order.count, order[orderHead].1 + resendAfter <= now {
            let (key, at) = order[orderHead]
            orderHead += 1
            guard var p = pending[key], p.sentAt == at else { continue }
            p.sentAt = now
            p.tries += 1
            _ = try socket.send([p.bytes], wait: false)
            pending[key] = p
            order.append((key, now))
            resent += 1
        }
        if orderHead > 65_536 && orderHead * 2 > order.count {
            order.removeFirst(orderHead)
            orderHead = 0
        }
    }

    /// Input without a usable key (not JSON, no id) cannot be matched to an ack; it is sent
    /// once and counted by the anonymous acks.
    func sendUnkeyed(_ bytes: [UInt8]) throws { _ = try socket.send([bytes], wait: true) }

    func close() {
        socket.close()
        context.terminate()
    }
}
