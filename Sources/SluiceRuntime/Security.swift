import Foundation
import Logging
import SluiceModel
import Synchronization
import ZeroMQ

/// Who may speak on a pipeline's links, and how each socket proves it.
///
/// * `plain` (the default on loopback): every internal link authenticates with ZeroMQ's PLAIN
///   mechanism: the user name is the sender's role (`detect/detect-2`), the password the
///   pipeline's own token (`<data>/keys/pipeline.token`, 0600). A process of another pipeline —
///   or anything else on the host — cannot join a boundary, pull work or submit records.
/// * `curve` (required off loopback): CurveZMQ on every link; bound sockets admit only the
///   client keys of the pipeline's keyring, each mapped to its role.
/// * `off`: nothing (in-process tests only).
///
/// Each bound socket names the roles it admits (its ZAP domain); the ZAP handler returns the
/// role as the peer's user id, which travels with every message it sends, so a stage also
/// checks that a message's kind comes from a role that may send it.
package struct Security: Sendable {
    package enum Mode: String, Sendable, CaseIterable {
        case off, plain, curve
    }

    package var mode: Mode
    /// The pipeline's shared secret (plain).
    package var token: String
    /// Keys (curve).
    package var keyring: Keyring?
    /// Whether producers may use the intake without credentials (loopback default).
    package var openIntake: Bool
    /// The keys folder the keyring came from: its `curve/members` file is re-read when it
    /// changes, so `pipectl keys add-worker|revoke` take effect without a restart.
    package var keyFolder: String?

    package static let off = Security(mode: .off, token: "", keyring: nil, openIntake: true)

    package init(mode: Mode, token: String, keyring: Keyring?, openIntake: Bool, keyFolder: String? = nil) {
        self.mode = mode
        self.token = token
        self.keyring = keyring
        self.openIntake = openIntake
        self.keyFolder = keyFolder
    }

    package var needsHandler: Bool { mode != .off }

    /// The ZAP domain of a bound socket: the roles it admits.
    static func domain(_ roles: Set<StageName>) -> String {
        "sluice:" + roles.map(\.rawValue).sorted().joined(separator: ",")
    }

    static func roles(inDomain domain: String) -> Set<String> {
        guard domain.hasPrefix("sluice:") else { return [] }
        return Set(domain.dropFirst("sluice:".count).split(separator: ",").map(String.init))
    }

    /// Starts the context's ZAP handler, which admits a peer when its credentials are the
    /// pipeline's and its role is one the socket admits.
    package func startHandler(context: ZeroMQ.Context, logger: Logger) throws {
        let token = self.token
        let mode = self.mode
        let members = MemberWatch(keyring: keyring, folder: keyFolder, logger: logger)
        _ = try ZapHandler(context: context, decide: { request in
            let admitted = Security.roles(inDomain: request.domain)
            switch request.mechanism {
            case "PLAIN" where mode == .plain:
                guard let user = request.plainUser, request.plainPassword == token else { return nil }
                let role = String(user.split(separator: "/").first ?? "")
                return admitted.contains(role) ? user : nil
            case "CURVE" where mode == .curve:
                guard let key = request.curveKey, let member = members.current()?.member(publicKey: key) else { return nil }
                return admitted.contains(member.role.rawValue) ? "\(member.role.rawValue)/\(member.name)" : nil
            case "NULL":
                // Only the open intake authenticates nobody: its peers are producers.
                return admitted == ["producer"] ? "producer" : nil
            default:
                return nil
            }
        }, refused: { request in
            logger.warning("Refused a connection that is not a member of this pipeline", metadata: [
                "address": "\(request.address)", "mechanism": "\(request.mechanism)", "admits": "\(request.domain)",
            ])
        })
    }

    /// Sets a socket up for its port's authentication.
    package func configure(_ socket: Socket, port: PortSpec, role: StageName, worker: String) throws {
        guard mode != .off else { return }
        switch port.auth {
        case .none:
            return
        case .admit(let roles):
            try socket.setZapDomain(Self.domain(roles))
            if roles == [.producer] && openIntake { return }
            switch mode {
            case .plain: try socket.setPlainServer()
            case .curve:
                guard let pair = keyring?.server(role) else { throw SecurityError.missingKey("server key of \(role.rawValue)") }
                try socket.setCurveServer(secretKey: pair.secretKey)
            case .off: break
            }
        case .member(let server):
            switch mode {
            case .plain: try socket.setPlainClient(user: "\(role.rawValue)/\(worker)", password: token)
            case .curve:
                guard let serverKey = keyring?.server(server)?.publicKey else { throw SecurityError.missingKey("server key of \(server.rawValue)") }
                guard let mine = keyring?.client(role) else { throw SecurityError.missingKey("client key of \(role.rawValue)") }
                try socket.setCurveClient(serverKey: serverKey, publicKey: mine.publicKey, secretKey: mine.secretKey)
            case .off: break
            }
        }
    }
}

/// The keyring a ZAP handler decides with, its members re-read whenever the `members` file's
/// modification time changes (checked at most once a second, on a connection attempt).
final class MemberWatch: Sendable {
    private struct State {
        var keyring: Keyring?
        var stamp: Double = 0
        var checked: Double = 0
    }

    private let state: Mutex<State>
    private let path: String?
    private let logger: Logger

    init(keyring: Keyring?, folder: String?, logger: Logger) {
        path = folder.map { ($0 as NSString).appendingPathComponent("curve/members") }
        self.logger = logger
        var initial = State(keyring: keyring)
        if let path { initial.stamp = Self.modified(path) }
        state = Mutex(initial)
    }

    private static func modified(_ path: String) -> Double {
        var st = stat()
        guard stat(path, &st) == 0 else { return 0 }
        return Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
    }

    func current() -> Keyring? {
        guard let path else { return state.withLock { $0.keyring } }
        let now = Date().timeIntervalSince1970
        return state.withLock { s in
            guard now - s.checked >= 1 else { return s.keyring }
            s.checked = now
            let stamp = Self.modified(path)
            guard stamp != s.stamp, var ring = s.keyring else { return s.keyring }
            do {
                ring.members = try Keyring.load(folder: ((path as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent).members
                s.keyring = ring
                s.stamp = stamp
                logger.notice("Reloaded the pipeline's members", metadata: ["members": "\(ring.members.count)"])
            } catch {
                logger.error("Members file unreadable; the previous members stay", metadata: ["error": "\(error)"])
                s.stamp = stamp
            }
            return s.keyring
        }
    }
}

/// The pipeline's CurveZMQ keys: a server key pair per process that binds (its public half is
/// what clients check), a client key pair per local role, and the public keys of every other
/// member (workers on other hosts, producers) with their role.
package struct Keyring: Sendable {
    package struct Member: Sendable, Hashable {
        package var role: StageName
        package var name: String
        package var publicKey: String
    }

    package var servers: [StageName: CurveKeyPair]
    package var clients: [StageName: CurveKeyPair]
    package var members: [Member]

    package init(servers: [StageName: CurveKeyPair], clients: [StageName: CurveKeyPair], members: [Member]) {
        self.servers = servers
        self.clients = clients
        self.members = members
    }

    package func server(_ role: StageName) -> CurveKeyPair? { servers[role] }
    package func client(_ role: StageName) -> CurveKeyPair? { clients[role] }

    package func member(publicKey: String) -> Member? {
        if let (role, _) = clients.first(where: { $0.value.publicKey == publicKey }) {
            return Member(role: role, name: "local", publicKey: publicKey)
        }
        return members.first { $0.publicKey == publicKey }
    }
}

package enum SecurityError: Error, CustomStringConvertible, Sendable {
    case missingKey(String)
    case unreadable(String, String)
    case insecure(String)

    package var description: String {
        switch self {
        case .missingKey(let what): "no \(what) in the pipeline's keyring: run pipectl keys init (see pipectl keys --help)"
        case .unreadable(let path, let why): "cannot read \(path): \(why)"
        case .insecure(let why): why
        }
    }
}
