import SluiceModel
import ZeroMQ

/// The sockets a process can have, by what they carry.
package enum PortID: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Stage messages from the relay (workers), or records (the recorder).
    case input
    /// Listings from producers that want an acknowledgement each (ROUTER).
    case intake
    /// Listings from fire-and-forget producers (PULL): no acknowledgement.
    case feed
    /// Stage messages on to the next stage's relay boundary.
    case output
    /// Outcomes, dead letters, notices and heartbeats to the recorder.
    case record
    /// Recorder → ingest: these messages have their terminal record.
    case done
    /// Recorder → penalise: these notices are stored.
    case noticed
    /// Operators' requests to an owner (ROUTER), each answered.
    case control

    package var description: String { rawValue }

    /// The ports a stage's work arrives on (stage messages, records, producers' listings), as
    /// opposed to acknowledgements and operators' requests.
    package var isMainInput: Bool {
        switch self {
        case .input, .intake, .feed: true
        default: false
        }
    }
}

/// How a port authenticates (see `Security`): a bound port admits only the roles listed; a
/// connecting port proves its own role.
package enum PortAuth: Sendable, Hashable {
    case none
    /// Admits peers proving one of these roles (`producer` for the intake).
    case admit(Set<StageName>)
    /// Connects to a socket bound by `of`, proving this process's role.
    case member(of: StageName)
}

/// One socket of a process: what it is, where it attaches, how big it may queue.
package struct PortSpec: Sendable {
    package var id: PortID
    package var type: SocketType
    package var endpoints: [Endpoint]
    /// Send or receive high-water mark, in messages.
    package var highWaterMark: Int32
    /// Largest message a peer may send here; larger ones drop the connection unread.
    package var maxMessageBytes: Int64?
    /// Report connections dropped over `maxMessageBytes` to the stage (intake).
    package var watchOversize = false
    package var auth: PortAuth = .none
    /// Whether to read it before the others when several are ready (acks, completions).
    package var priority = false

    package init(_ id: PortID, _ type: SocketType, _ endpoints: [Endpoint], highWaterMark: Int32, maxMessageBytes: Int64? = nil,
                 watchOversize: Bool = false, auth: PortAuth = .none, priority: Bool = false) {
        self.id = id
        self.type = type
        self.endpoints = endpoints
        self.highWaterMark = highWaterMark
        self.maxMessageBytes = maxMessageBytes
        self.watchOversize = watchOversize
        self.auth = auth
        self.priority = priority
    }

    package var isInput: Bool { [.pull, .router, .rep].contains(type) }
}

/// A message as received, with the authenticated role of the peer that sent it (when the port
/// authenticates).
package struct Received: Sendable {
    package var frames: Message
    package var peer: String?

    package init(frames: Message, peer: String? = nil) {
        self.frames = frames
        self.peer = peer
    }

    /// The peer's role, when it proved one.
    package var role: StageName? {
        // The peer's first non-empty `/`-separated piece.
        guard let peer else { return nil }
        let rest = peer.drop { $0 == "/" }
        return StageName(rawValue: String(rest.prefix { $0 != "/" }))
    }
}

/// What a stage asks the runtime to send.
package struct Outgoing: Sendable {
    package var port: PortID
    package var frames: Message

    package init(_ port: PortID, _ frames: Message) {
        self.port = port
        self.frames = frames
    }
}
