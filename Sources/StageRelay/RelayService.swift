import Foundation
import Logging
import ServiceLifecycle
import SluiceModel
import SluiceRuntime
import Synchronization
import ZeroMQ

/// The fixed points workers connect to: one streamer per stage boundary, PULL bound for the
/// upstream stage and PUSH bound for the downstream workers, so no worker needs to know how
/// many peers it has. Messages move without being copied or parsed. Each side admits only the
/// roles that belong there (the upstream stage at the front, the stage's workers at the back).
/// The back keeps a small high-water mark: PUSH skips a full peer, so a slow or stuck worker
/// stops receiving work instead of hoarding it.
package final class RelayService: Service, Sendable {
    package struct Route: Sendable {
        package var stage: StageName
        package var front: PortSpec
        package var back: PortSpec

        package init(stage: StageName, front: PortSpec, back: PortSpec) {
            self.stage = stage
            self.front = front
            self.back = back
        }
    }

    private let routes: [Route]
    private let record: PortSpec
    private let workerID: String
    private let security: Security
    private let logger: Logger
    private let context: ZeroMQ.Context
    private let stopping = Atomic<Bool>(false)

    package init(routes: [Route], record: PortSpec, workerID: String, security: Security, logger: Logger) throws {
        self.routes = routes
        self.record = record
        self.workerID = workerID
        self.security = security
        self.logger = logger
        context = try ZeroMQ.Context(ioThreads: 1)
    }

    package func run() async throws {
        try await runOnThread(named: "relay", { [self] in try loop() }, onShutdown: { [self] in
            logger.info("Stopping relay")
            stopping.store(true, ordering: .relaxed)
        })
    }

    private func socket(_ spec: PortSpec) throws -> Socket {
        let s = try Socket(context, spec.type)
        if spec.isInput { try s.setReceiveHighWaterMark(spec.highWaterMark) } else { try s.setSendHighWaterMark(spec.highWaterMark) }
        try s.setLinger(milliseconds: 0)
        if let max = spec.maxMessageBytes { try s.setMaxMessageSize(max) }
        try s.setHeartbeat(intervalMilliseconds: 2000, timeoutMilliseconds: 6000)
        try security.configure(s, port: spec, role: .relay, worker: workerID)
        try s.attach(spec.endpoints)
        return s
    }

    private func loop() throws {
        if security.mode != .off { try security.startHandler(context: context, logger: logger) }
        var pairs: [(Route, Socket, Socket)] = []
        defer {
            for (_, f, b) in pairs { f.close(); b.close() }
        }
        for route in routes { pairs.append((route, try socket(route.front), try socket(route.back))) }
        let beatSocket = try socket(record)
        defer {
            beatSocket.close()
            context.shutdown()
            context.terminate()
        }
        logger.info("Relaying", metadata: ["routes": "\(routes.map { "\($0.stage.rawValue) \(Endpoint.format($0.front.endpoints))→\(Endpoint.format($0.back.endpoints))" }.joined(separator: ", "))"])
        var moved = Array(repeating: 0, count: pairs.count)
        let started = Timestamp.now
        var lastBeat = 0.0
        var movedAtBeat = 0
        var cpuAtBeat = ProcessStats.cpuSeconds

        func beat(_ state: Heartbeat.State) {
            let now = Timestamp.now
            let total = moved.reduce(0, +)
            var gauges: [String: Int] = [:]
            for (i, (route, _, _)) in pairs.enumerated() { gauges["to_\(route.stage.rawValue)"] = moved[i] }
            let hb = Heartbeat(stage: .relay, worker: workerID, pid: getpid(), host: ProcessInfo.processInfo.hostName, state: state,
                               startedAt: started, at: now, received: total, sent: total, failed: 0,
                               rate: lastBeat == 0 ? 0 : Double(total - movedAtBeat) / max(now - lastBeat, 0.001),
                               latencyP50: nil, latencyP99: nil, cpuSeconds: ProcessStats.cpuSeconds,
                               rssBytes: ProcessStats.residentBytes, gauges: gauges)
            var beat = hb
            let cpu = ProcessStats.cpuSeconds
            beat.cpuPercent = lastBeat == 0 ? 0 : 100 * (cpu - cpuAtBeat) / max(now - lastBeat, 0.001)
            cpuAtBeat = cpu
            lastBeat = now
            movedAtBeat = total
            _ = try? beatSocket.send(Wire.record(.heartbeat, beat.jsonBytes), wait: false)
        }

        beat(.running)
        while !stopping.load(ordering: .relaxed) {
            var items: [Poller.Item] = []
            var which: [(Int, Bool)] = []  // (pair, isFront)
            for (i, (_, front, back)) in pairs.enumerated() {
                if back.isWritable {
                    items.append(Poller.Item(front, .readable))
                    which.append((i, true))
                } else {
                    items.append(Poller.Item(back, .writable))
                    which.append((i, false))
                }
            }
            let ready = try Poller.wait(items, timeoutMilliseconds: 100)
            for (k, (i, isFront)) in which.enumerated() where isFront && ready[k].contains(.readable) {
                let (_, front, back) = pairs[i]
                var n = 0
                while n < 1024, back.isWritable, try front.forward(to: back) { n += 1 }
                moved[i] += n
            }
            if Timestamp.now - lastBeat >= 1 { beat(.running) }
        }
        beat(.stopped)
    }
}
