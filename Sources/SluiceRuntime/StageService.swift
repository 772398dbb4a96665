import Foundation
import Logging
import ServiceLifecycle
import SluiceModel
import Synchronization
import ZeroMQ

/// Runs a `Stage`: owns its sockets on one dedicated thread, reads what is ready in batches,
/// queues what the stage produces per output port and sends it as peers take it (a full peer
/// holds the stage's inputs back instead of growing memory), calls the stage's timers,
/// reports a heartbeat every second, and drains on graceful shutdown.
package final class StageService: Service, Sendable {
    package struct Settings: Sendable {
        /// Most messages read from one port per turn (one transaction for stateful stages).
        package var maxBatch = 512
        /// Messages queued for one output before inputs are held back.
        package var maxQueued = 1024
        /// Most listings (or records) sent in one ZeroMQ message.
        package var maxCoalesce = 32
        /// A stage that commits per turn (`Stage.commitsPerTurn`) reads its main input at most
        /// once per this many seconds (0: whenever it is ready), so at a moderate rate one turn —
        /// one transaction, one wake-up of the next stage — carries several messages instead of
        /// one. Meanwhile the loop sleeps (arrivals wait in the socket and cost no wake-up) and
        /// still serves every other port. The first message after a quiet spell is read at once,
        /// and a read that fills a batch is followed by the next at once.
        package var batchWindow = 0.002
        package var lingerMilliseconds: Int32 = 2000
        package var heartbeatSeconds = 1.0
        package var tickSeconds = 0.05
        /// How long a drain waits for stragglers after the last message.
        package var drainQuietSeconds = 0.3

        package init(configuration: PipelineConfiguration? = nil) {
            if let configuration {
                lingerMilliseconds = configuration.lingerMilliseconds
                batchWindow = Double(configuration.batchWindowMilliseconds) / 1000
            }
        }
    }

    private let stage: any Stage
    private let name: StageName
    private let workerID: String
    private let ports: [PortSpec]
    private let settings: Settings
    private let logger: Logger
    private let security: Security
    private let stopping = Atomic<Bool>(false)
    private let context: ZeroMQ.Context
    /// Whether this service created the context (and so terminates it when done).
    private let ownsContext: Bool

    package init(stage: any Stage, name: StageName, workerID: String, ports: [PortSpec], settings: Settings, logger: Logger,
                 security: Security = .off, context: ZeroMQ.Context? = nil) throws {
        self.stage = stage
        self.name = name
        self.workerID = workerID
        self.ports = ports
        self.settings = settings
        self.logger = logger
        self.security = security
        ownsContext = context == nil
        self.context = try context ?? ZeroMQ.Context()
    }

    /// Asks the loop to drain and stop.
    package func stop() { stopping.store(true, ordering: .relaxed) }

    package func run() async throws {
        try await runOnThread(named: "sluice-\(name)", { [self] in try loop() }, onShutdown: { [self] in
            logger.info("Draining")
            stop()
        })
    }

    /// Runs this service in a ServiceGroup that drains on SIGTERM and SIGINT.
    package func runInGroup() async throws {
        try await ServiceGroup(services: [self], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger).run()
    }

    // MARK: The loop (on its own thread; the sockets never leave it)

    private final class Port {
        let spec: PortSpec
        let socket: Socket
        var queue = MessageQueue()
        var watch: OversizeWatch?
        init(spec: PortSpec, socket: Socket) {
            self.spec = spec
            self.socket = socket
        }
    }

    private func open() throws -> [Port] {
        if security.needsHandler { try security.startHandler(context: context, logger: logger) }
        var opened: [Port] = []
        do {
            // Outputs first, so nothing received waits for a socket to exist.
            for spec in ports.sorted(by: { !$0.isInput && $1.isInput }) {
                let socket = try Socket(context, spec.type)
                if spec.isInput {
                    try socket.setReceiveHighWaterMark(spec.highWaterMark)
                    try socket.setLinger(milliseconds: 0)
                } else {
                    try socket.setSendHighWaterMark(spec.highWaterMark)
                    try socket.setLinger(milliseconds: settings.lingerMilliseconds)
                }
                if spec.type == .router {
                    try socket.setSendHighWaterMark(spec.highWaterMark)
                    try socket.setLinger(milliseconds: 500)
                }
                if let max = spec.maxMessageBytes { try socket.setMaxMessageSize(max) }
                try socket.setReconnectInterval(milliseconds: 100, max: 1000)
                try socket.setHeartbeat(intervalMilliseconds: 2000, timeoutMilliseconds: 6000)
                try security.configure(socket, port: spec, role: name, worker: workerID)
                let port = Port(spec: spec, socket: socket)
                if spec.watchOversize {
                    port.watch = try OversizeWatch(context, socket: socket, name: "\(name)-\(spec.id)")
                }
                try socket.attach(spec.endpoints)
                opened.append(port)
            }
        } catch {
            for port in opened {
                port.watch?.close()
                port.socket.close()
            }
            throw error
        }
        return opened
    }

    private func loop() throws {
        let ports = try open()
        defer {
            for port in ports {
                port.watch?.close()
                port.socket.close()
            }
            if ownsContext { context.shutdown(); context.terminate() }
        }
        let byID = Dictionary(uniqueKeysWithValues: ports.map { ($0.spec.id, $0) })
        let inputs = ports.filter(\.spec.isInput).sorted { $0.spec.priority && !$1.spec.priority }
        let outputs = ports.filter { !$0.spec.isInput || $0.spec.type == .router }
        let record = byID[.record]
        let ctx = StageContext(stage: name, workerID: workerID, logger: logger)
        let startedAt = Timestamp.now
        var lastBeat = 0.0
        var receivedAtLastBeat = 0
        var cpuAtLastBeat = ProcessStats.cpuSeconds
        // Messages per batch read since the last heartbeat (how well the loop amortises its costs).
        var batches = 0
        var batched = 0
        var nextTick = startedAt
        var draining = false
        var lastActivity = startedAt
        // When a main input was last read, and whether that read filled a batch (see `Settings.batchWindow`).
        var lastMainRead = 0.0
        var lastMainFull = false
        let readEvery = stage.commitsPerTurn ? settings.batchWindow : 0
        logger.info("Started", metadata: ["ports": "\(ports.map { "\($0.spec.id)=\(Endpoint.format($0.spec.endpoints))" }.joined(separator: " "))"])

        func enqueue(_ items: [Outgoing]) {
            for item in items {
                guard let port = byID[item.port] else {
                    logger.error("No such port; message not sent", metadata: ["port": "\(item.port)"])
                    continue
                }
                port.queue.append(item.frames)
            }
        }

        func flush() {
            for port in outputs where !port.queue.isEmpty {
                let batchable = port.spec.id == .output || port.spec.id == .record
                while !port.queue.isEmpty {
                    // Listings queued for the same stage travel together: one ZeroMQ message holds
                    // up to `maxCoalesce` of them, frames concatenated (each listing keeps its own
                    // frames), so a busy pipeline pays per batch, not per listing.
                    let take = batchable ? min(port.queue.count, settings.maxCoalesce) : 1
                    let message = take == 1 ? port.queue.first! : port.queue.prefix(take).flatMap { $0 }
                    do {
                        guard try port.socket.send(message, wait: false) else { break }
                    } catch {
                        logger.error("Send failed; message dropped", metadata: ["port": "\(port.spec.id)", "error": "\(error)"])
                    }
                    port.queue.removeFirst(take)
                }
            }
        }

        var queued: Int { outputs.reduce(0) { $0 + $1.queue.count } }

        func beat(_ state: Heartbeat.State, now: Double) {
            guard let record else { return }
            let elapsed = max(now - lastBeat, 0.001)
            let heartbeat = Heartbeat(
                stage: name, worker: workerID, pid: getpid(), host: ProcessInfo.processInfo.hostName, state: state,
                startedAt: startedAt, at: now, received: ctx.received, sent: ctx.sent, failed: ctx.failed,
                rate: lastBeat == 0 ? 0 : Double(ctx.received - receivedAtLastBeat) / elapsed,
                latencyP50: ctx.latency.percentileMilliseconds(50), latencyP99: ctx.latency.percentileMilliseconds(99),
                cpuSeconds: ProcessStats.cpuSeconds, rssBytes: ProcessStats.residentBytes, versions: stage.versions,
                gauges: stage.gauges.merging(["queued": queued, "batch": batches == 0 ? 0 : batched / batches]) { a, _ in a })
            batches = 0
            batched = 0
            let cpu = ProcessStats.cpuSeconds
            var heartbeat2 = heartbeat
            heartbeat2.cpuPercent = lastBeat == 0 ? 0 : 100 * (cpu - cpuAtLastBeat) / elapsed
            cpuAtLastBeat = cpu
            receivedAtLastBeat = ctx.received
            lastBeat = now
            _ = try? record.socket.send(Wire.record(.heartbeat, heartbeat2.jsonBytes), wait: false)
        }

        beat(.running, now: startedAt)
        while true {
            if stopping.load(ordering: .relaxed) && !draining {
                draining = true
                beat(.draining, now: Timestamp.now)
                // No new work: the main inputs stop taking connections; what they hold is still read.
                for port in inputs where port.spec.id.isMainInput { port.socket.detachAll() }
                lastActivity = Timestamp.now
            }
            var items: [Poller.Item] = []
            var polled: [(Port, Bool)] = []  // (port, isInput)
            let backlog = queued
            let now0 = Timestamp.now
            let mainDue = lastMainFull || draining || now0 >= lastMainRead + readEvery
            for port in inputs where stage.accepts(port.spec.id) && (port.spec.priority || backlog < settings.maxQueued)
                && (mainDue || !port.spec.id.isMainInput) {
                items.append(Poller.Item(port.socket, .readable))
                polled.append((port, true))
            }
            for port in outputs where !port.queue.isEmpty {
                items.append(Poller.Item(port.socket, .writable))
                polled.append((port, false))
            }
            var watched: [Port] = []
            for port in ports where port.watch != nil {
                items.append(Poller.Item(port.watch!.monitor.socket, .readable))
                watched.append(port)
            }
            let due = mainDue ? nextTick : min(nextTick, lastMainRead + readEvery)
            let wait = draining ? 20 : max(0, min(100, Int(((due - now0) * 1000).rounded(.up))))
            let ready = try Poller.wait(items, timeoutMilliseconds: wait)

            var didWork = false
            for (i, (port, isInput)) in polled.enumerated() where isInput && ready[i].contains(.readable) {
                var batch: [Received] = []
                while batch.count < settings.maxBatch, let (frames, peer) = try port.socket.receiveWithPeer(wait: false) {
                    batch.append(Received(frames: frames, peer: peer))
                }
                if port.spec.id.isMainInput { lastMainRead = Timestamp.now; lastMainFull = batch.count >= settings.maxBatch }
                if !batch.isEmpty {
                    didWork = true
                    batches += 1
                    batched += batch.count
                    enqueue(stage.receive(batch, from: port.spec.id, context: ctx))
                }
            }
            for (j, port) in watched.enumerated() where ready[polled.count + j].contains(.readable) {
                for cut in port.watch!.events() {
                    logger.warning("Connection dropped: message over the size limit", metadata: [
                        "port": "\(port.spec.id)", "peer": "\(cut.peer)", "limit": "\(port.spec.maxMessageBytes ?? 0)",
                    ])
                    enqueue(stage.refusedOversize(port: port.spec.id, unreadBytes: cut.unread, peer: cut.peer, context: ctx))
                }
            }
            for port in ports where port.watch?.hasSuspects == true {
                for cut in port.watch!.recheck() {
                    logger.warning("Connection dropped: message over the size limit", metadata: [
                        "port": "\(port.spec.id)", "peer": "\(cut.peer)", "limit": "\(port.spec.maxMessageBytes ?? 0)",
                    ])
                    enqueue(stage.refusedOversize(port: port.spec.id, unreadBytes: cut.unread, peer: cut.peer, context: ctx))
                }
            }
            enqueue(stage.endOfTurn(context: ctx))
            flush()

            let now = Timestamp.now
            if didWork { lastActivity = now }
            if now >= nextTick {
                enqueue(stage.tick(now: now, context: ctx))
                flush()
                nextTick = now + settings.tickSeconds
                ctx.latency.rotateIfDue(now: now)
            }
            if now - lastBeat >= settings.heartbeatSeconds { beat(draining ? .draining : .running, now: now) }

            if draining {
                let quiet = now - lastActivity >= settings.drainQuietSeconds
                let overdue = now - lastActivity >= Double(settings.lingerMilliseconds) / 1000
                if (quiet && queued == 0) || overdue { break }
            }
        }
        enqueue(stage.drain(context: ctx))
        flush()
        // What is still queued gets the linger time to go.
        let deadline = Timestamp.now + Double(settings.lingerMilliseconds) / 1000
        while queued > 0 && Timestamp.now < deadline {
            let pending = outputs.filter { !$0.queue.isEmpty }
            _ = try Poller.wait(pending.map { Poller.Item($0.socket, .writable) }, timeoutMilliseconds: 50)
            flush()
        }
        if queued > 0 {
            logger.warning("Stopped with messages unsent (their owners send them again)", metadata: ["count": "\(queued)"])
        }
        beat(.stopped, now: Timestamp.now)
        logger.info("Stopped", metadata: ["in": "\(ctx.received)", "out": "\(ctx.sent)", "failed": "\(ctx.failed)"])
    }
}

/// A FIFO of messages with O(1) removal from the front.
struct MessageQueue {
    private var items: [Message] = []
    private var head = 0

    var isEmpty: Bool { head == items.count }
    var count: Int { items.count - head }
    var first: Message? { isEmpty ? nil : items[head] }

    mutating func append(_ m: Message) { items.append(m) }

    /// The first `n` messages.
    func prefix(_ n: Int) -> ArraySlice<Message> { items[head..<(head + n)] }

    mutating func removeFirst(_ n: Int = 1) {
        head += n
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024 && head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
    }
}
