import Foundation
import Logging
import ServiceLifecycle
import SluiceModel
import Synchronization
import ZeroMQ

/// Runs a `Stage`: owns its sockets on a dedicated thread, receives in batches, sends what the
/// stage produces, reports a heartbeat every second, and drains on graceful shutdown.
package final class StageService: Service, Sendable {
    package struct Settings: Sendable {
        package var highWaterMark: Int32 = 16
        package var lingerMilliseconds: Int32 = 2000
        package var maxBatch = 64
        package var heartbeatSeconds = 1.0
        /// How long a drain waits for stragglers after the last message.
        package var drainQuietSeconds = 0.3

        package init(configuration: PipelineConfiguration? = nil) {
            if let configuration {
                highWaterMark = configuration.workerHighWaterMark
                lingerMilliseconds = configuration.lingerMilliseconds
            }
        }
    }

    private let stage: any Stage
    private let name: String
    private let workerID: String
    private let endpoints: StageEndpoints
    private let settings: Settings
    private let logger: Logger
    private let stopping = Atomic<Bool>(false)
    private let context: ZeroMQ.Context
    /// Whether this service created the context (and so terminates it when done).
    private let ownsContext: Bool

    package init(stage: any Stage, name: String, workerID: String, endpoints: StageEndpoints, settings: Settings,
                 logger: Logger, context: ZeroMQ.Context? = nil) throws {
        self.stage = stage
        self.name = name
        self.workerID = workerID
        self.endpoints = endpoints
        self.settings = settings
        self.logger = logger
        ownsContext = context == nil
        self.context = try context ?? ZeroMQ.Context()
    }

    package convenience init(stage: any Stage, setup: StageSetup, settings: Settings? = nil) throws {
        try self.init(stage: stage, name: setup.stage, workerID: setup.workerID, endpoints: setup.endpoints,
                      settings: settings ?? Settings(configuration: setup.configuration), logger: setup.logger)
    }

    /// Asks the loop to drain and stop.
    package func stop() { stopping.store(true, ordering: .relaxed) }

    package func run() async throws {
        try await withGracefulShutdownHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let thread = Thread { [self] in
                    do {
                        try self.loop()
                        continuation.resume()
                    } catch {
                        continuation.resume(throwing: error)
                    }
                }
                thread.name = "sluice-\(name)"
                thread.start()
            }
        } onGracefulShutdown: { [self] in
            logger.info("Draining")
            stop()
        }
    }

    /// Runs a stage in a ServiceGroup that drains on SIGTERM and SIGINT.
    package static func run(_ stage: any Stage, setup: StageSetup) async throws {
        try await StageService(stage: stage, setup: setup).runInGroup(logger: setup.logger)
    }

    /// Runs this service in a ServiceGroup that drains on SIGTERM and SIGINT.
    package func runInGroup(logger: Logger) async throws {
        try await ServiceGroup(services: [self], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger).run()
    }

    // MARK: The loop (on its own thread; the sockets never leave it)

    private struct Counters {
        var received = 0
        var sent = 0
        var failed = 0
        var receivedAtLastBeat = 0
        var lastBeat = 0.0
    }

    private func loop() throws {
        let input = try Socket(context, .pull)
        try input.setReceiveHighWaterMark(settings.highWaterMark)
        try input.setLinger(milliseconds: 0)
        let output: Socket? = endpoints.output.isEmpty ? nil : try Socket(context, .push)
        if let output {
            try output.setSendHighWaterMark(settings.highWaterMark)
            try output.setLinger(milliseconds: settings.lingerMilliseconds)
            try output.setSendTimeout(milliseconds: 1000)
            try output.attach(endpoints.output)
        }
        let record = try Socket(context, .push)
        try record.setSendHighWaterMark(100_000)
        try record.setLinger(milliseconds: settings.lingerMilliseconds)
        try record.setSendTimeout(milliseconds: 1000)
        try record.attach(endpoints.record)
        try input.attach(endpoints.input)
        defer {
            input.close()
            output?.close()
            record.close()
            if ownsContext { context.terminate() }
        }

        let stageContext = StageContext(stage: name, workerID: workerID, logger: logger)
        let startedAt = Timestamp.now
        var counters = Counters(lastBeat: startedAt)
        var latency = LatencyWindow(now: startedAt)
        logger.info("Started", metadata: [
            "in": "\(Endpoint.format(endpoints.input))", "out": "\(Endpoint.format(endpoints.output))",
        ])

        func beat(_ state: Heartbeat.State, now: Double) {
            let elapsed = max(now - counters.lastBeat, 0.001)
            let heartbeat = Heartbeat(
                stage: name, worker: workerID, pid: getpid(), host: ProcessInfo.processInfo.hostName, state: state,
                startedAt: startedAt, at: now, received: counters.received, sent: counters.sent, failed: counters.failed,
                rate: Double(counters.received - counters.receivedAtLastBeat) / elapsed,
                latencyP50: latency.percentileMilliseconds(50), latencyP99: latency.percentileMilliseconds(99))
            counters.receivedAtLastBeat = counters.received
            counters.lastBeat = now
            _ = try? record.send(Wire.record(.heartbeat, Wire.encode(heartbeat)), wait: false)
        }

        /// Records this hop's latency (since the previous stage sent it) and appends the hop.
        func stamp(_ envelope: inout Envelope, now: Double) {
            latency.record(seconds: now - (envelope.trace.hops.last?.at ?? envelope.trace.ingestedAt))
            envelope.trace.hops.append(Hop(stage: name, worker: workerID, at: now))
        }

        func emit(_ outputs: [StageOutput]) {
            let now = Timestamp.now
            for item in outputs {
                switch item {
                case .forward(var envelope, let listing):
                    stamp(&envelope, now: now)
                    if deliver(Wire.stageMessage(envelope, listing: listing), on: output) { counters.sent += 1 }
                case .outcome(var envelope):
                    stamp(&envelope, now: now)
                    if deliver(Wire.record(.outcome, Wire.encode(envelope)), on: record) { counters.sent += 1 }
                case .deadLetter(let letter):
                    counters.failed += 1
                    logger.warning("Dead letter", metadata: [
                        "reason": "\(letter.reason.rawValue)", "detail": "\(letter.detail)",
                        "listing.id": "\(letter.listingID ?? "-")",
                    ])
                    _ = deliver(Wire.record(.deadLetter, Wire.encode(letter)), on: record)
                }
            }
        }

        func receiveBatch(firstWaitMilliseconds: Int) throws -> [Message] {
            guard try input.waitReadable(timeoutMilliseconds: firstWaitMilliseconds) else { return [] }
            var batch: [Message] = []
            while batch.count < settings.maxBatch, let message = try input.receive(wait: false) {
                batch.append(message)
            }
            return batch
        }

        func handle(_ batch: [Message]) {
            guard !batch.isEmpty else { return }
            counters.received += batch.count
            emit(stage.process(batch, context: stageContext))
        }

        beat(.running, now: startedAt)
        while !stopping.load(ordering: .relaxed) {
            handle(try receiveBatch(firstWaitMilliseconds: 100))
            let now = Timestamp.now
            if now - counters.lastBeat >= settings.heartbeatSeconds {
                emit(stage.tick(context: stageContext))
                latency.rotateIfDue(now: now)
                beat(.running, now: now)
            }
        }

        // Drain: stop new work from arriving, finish what is queued here, send it, then stop.
        beat(.draining, now: Timestamp.now)
        input.detachAll()
        var quietSince = Timestamp.now
        let drainDeadline = quietSince + Double(settings.lingerMilliseconds) / 1000
        while Timestamp.now - quietSince < settings.drainQuietSeconds && Timestamp.now < drainDeadline {
            let batch = try receiveBatch(firstWaitMilliseconds: 50)
            if !batch.isEmpty {
                handle(batch)
                quietSince = Timestamp.now
            }
        }
        emit(stage.tick(context: stageContext))
        beat(.stopped, now: Timestamp.now)
        logger.info("Stopped", metadata: ["in": "\(counters.received)", "out": "\(counters.sent)", "failed": "\(counters.failed)"])
    }

    /// Sends, waiting while the peer is full (back-pressure). Once stopping, gives up after one
    /// timeout: the journal redelivers what is lost.
    private func deliver(_ message: Message, on socket: Socket?) -> Bool {
        guard let socket else {
            logger.error("No output endpoint configured; message not sent")
            return false
        }
        while true {
            do {
                if try socket.send(message, wait: true) { return true }
            } catch {
                logger.error("Send failed", metadata: ["error": "\(error)"])
                return false
            }
            if stopping.load(ordering: .relaxed) {
                logger.warning("Peer not taking messages while stopping; dropped (ingest will redeliver)")
                return false
            }
            logger.debug("Peer full; waiting (back-pressure)")
        }
    }
}
