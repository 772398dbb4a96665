import Foundation
import Logging
import ServiceLifecycle
import SluiceModel
import SluiceRuntime
import Synchronization
import ZeroMQ

/// The fixed points workers connect to: one `zmq_proxy` streamer per stage boundary, PULL
/// bound for the upstream stage and PUSH bound for the downstream workers, so no worker needs
/// to know how many peers it has. The downstream side keeps a small high-water mark: PUSH
/// skips a full peer, so a slow or stuck worker stops receiving work instead of hoarding it.
package final class RelayService: Service, Sendable {
    package struct Route: Sendable, Hashable {
        package var name: String
        package var front: Endpoint
        package var back: Endpoint

        package init(name: String, front: Endpoint, back: Endpoint) {
            self.name = name
            self.front = front
            self.back = back
        }
    }

    private let routes: [Route]
    private let record: [Endpoint]
    private let workerID: String
    private let highWaterMark: Int32
    private let logger: Logger
    private let context: ZeroMQ.Context
    private let stopping = Atomic<Bool>(false)

    package init(routes: [Route], record: [Endpoint], workerID: String, highWaterMark: Int32, logger: Logger) throws {
        self.routes = routes
        self.record = record
        self.workerID = workerID
        self.highWaterMark = highWaterMark
        self.logger = logger
        context = try ZeroMQ.Context(ioThreads: 1)
    }

    package func run() async throws {
        // Bind everything first so a bad endpoint fails at start, not in a thread.
        var pairs: [(Route, Socket, Socket)] = []
        for route in routes {
            let front = try Socket(context, .pull)
            try front.setReceiveHighWaterMark(1000)
            try front.setLinger(milliseconds: 0)
            try front.attach([route.front])
            let back = try Socket(context, .push)
            try back.setSendHighWaterMark(highWaterMark)
            try back.setLinger(milliseconds: 0)
            try back.attach([route.back])
            pairs.append((route, front, back))
        }
        logger.info("Relaying", metadata: ["routes": "\(routes.map { "\($0.name) \($0.front)→\($0.back)" }.joined(separator: ", "))"])
        let sockets = SocketPairs(pairs.map { ($0.0.name, $0.1, $0.2) })
        try await withGracefulShutdownHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in sockets.pairs.indices {
                    group.addTask { try await self.proxy(sockets, index) }
                }
                group.addTask { try await self.heartbeats() }
                try await group.waitForAll()
            }
        } onGracefulShutdown: { [self] in
            logger.info("Stopping relay")
            stopping.store(true, ordering: .relaxed)
            context.shutdown()
        }
        context.terminate()
    }

    private func proxy(_ sockets: SocketPairs, _ index: Int) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread {
                let (name, front, back) = sockets.pairs[index]
                do {
                    try Proxy.stream(from: front, to: back)
                    front.close()
                    back.close()
                    continuation.resume()
                } catch {
                    self.logger.error("Relay stopped", metadata: ["boundary": "\(name)", "error": "\(error)"])
                    front.close()
                    back.close()
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "relay-\(sockets.pairs[index].0)"
            thread.start()
        }
    }

    private func heartbeats() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread { [self] in
                do {
                    let socket = try Socket(context, .push)
                    try socket.setLinger(milliseconds: 500)
                    try socket.attach(record)
                    let started = Timestamp.now
                    func beat(_ state: Heartbeat.State) {
                        let hb = Heartbeat(stage: "relay", worker: workerID, pid: getpid(), host: ProcessInfo.processInfo.hostName,
                                           state: state, startedAt: started, at: Timestamp.now, received: 0, sent: 0, failed: 0,
                                           rate: 0, latencyP50: nil, latencyP99: nil)
                        _ = try? socket.send(Wire.record(.heartbeat, Wire.encode(hb)), wait: false)
                    }
                    while !stopping.load(ordering: .relaxed) {
                        beat(.running)
                        for _ in 0..<10 where !stopping.load(ordering: .relaxed) { usleep(100_000) }
                    }
                    beat(.stopped)
                    socket.close()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.start()
        }
    }
}

/// Sockets handed to the relay threads: each pair is used by exactly one thread.
private final class SocketPairs: @unchecked Sendable {
    let pairs: [(String, Socket, Socket)]
    init(_ pairs: [(String, Socket, Socket)]) { self.pairs = pairs }
}
