import Foundation
import Logging
import ServiceLifecycle
import SluiceModel
import ZeroMQ

/// Who is running a stage, and the loop's bookkeeping a stage adds to. Owned by the runtime's
/// loop thread and handed to the stage on every call from it.
package final class StageContext {
    package let stage: StageName
    package let workerID: String
    package let logger: Logger
    /// Messages received on the main inputs, sent on as results, and failed (dead letters).
    package var received = 0
    package var sent = 0
    package var failed = 0
    var latency: LatencyWindow

    package init(stage: StageName, workerID: String, logger: Logger, now: Double = Timestamp.now) {
        self.stage = stage
        self.workerID = workerID
        self.logger = logger
        latency = LatencyWindow(now: now)
    }

    /// Appends this stage's hop to a message and records the hop latency.
    package func stamp(_ message: inout StageMessage, now: Double) {
        latency.record(seconds: message.stamp(stage, worker: workerID, now: now))
    }

    /// A dead letter for the recorder, counted as failed and logged.
    package func deadLetter(_ error: ValidationError, raw: ArraySlice<UInt8>, header: Header? = nil, jseq: Int? = nil,
                            listingID: String? = nil, revision: Int? = nil, rawBytes: Int? = nil, now: Double = Timestamp.now) -> Outgoing {
        failed += 1
        var letter = DeadLetter(jseq: jseq ?? header?.jseq, reason: error.reason, detail: error.description, stage: stage,
                                worker: workerID, listingID: listingID ?? header?.listingID, revision: revision ?? header?.revision,
                                merchantID: header?.merchantID, raw: raw, rawBytes: rawBytes, at: now)
        letter.redrive = header?.redrive ?? false
        logger.warning("Dead letter", metadata: [
            "reason": "\(letter.reason.rawValue)", "detail": "\(letter.detail)", "listing.id": "\(letter.listingID ?? "-")",
        ])
        return Outgoing(.record, Wire.record(.deadLetter, letter.jsonBytes))
    }
}

/// A stage transforms what arrives on its ports into what it sends, and never touches a
/// socket: `StageService` owns the sockets, batching, back-pressure, heartbeats and drain.
/// Every call comes from the service's one loop thread.
package protocol Stage: AnyObject, Sendable {
    /// One batch read from an input port.
    func receive(_ batch: [Received], from port: PortID, context: StageContext) -> [Outgoing]
    /// After each turn of the loop, once every ready port was read: commit batched work here.
    func endOfTurn(context: StageContext) -> [Outgoing]
    /// About every `tickInterval`: timers, redelivery.
    func tick(now: Double, context: StageContext) -> [Outgoing]
    /// Whether to read from an input port now; false holds it back (the stage's own back-pressure).
    func accepts(_ port: PortID) -> Bool
    /// Whether the stage commits a transaction per turn: its main input is then read at most
    /// once per `StageService.Settings.batchWindow`.
    var commitsPerTurn: Bool { get }
    /// A peer's connection was dropped because it sent a message over the port's limit.
    func refusedOversize(port: PortID, unreadBytes: Int, peer: String, context: StageContext) -> [Outgoing]
    /// Draining: what is left to send before exiting.
    func drain(context: StageContext) -> [Outgoing]
    /// Stage-specific levels for the heartbeat.
    var gauges: [String: Int] { get }
    /// What the stage runs on (rules, policies), for status.
    var versions: [String: String] { get }
}

extension Stage {
    package func endOfTurn(context: StageContext) -> [Outgoing] { [] }
    package func tick(now: Double, context: StageContext) -> [Outgoing] { [] }
    package func accepts(_ port: PortID) -> Bool { true }
    package var commitsPerTurn: Bool { false }
    package func refusedOversize(port: PortID, unreadBytes: Int, peer: String, context: StageContext) -> [Outgoing] { [] }
    package func drain(context: StageContext) -> [Outgoing] { [] }
    package var gauges: [String: Int] { [:] }
    package var versions: [String: String] { [:] }
}

/// A worker stage between two relay boundaries: it reads stage messages one at a time.
/// Undecodable frames are dead-lettered for it.
package protocol MessageStage: Stage {
    /// The stage's work on one message: what to send for it.
    func process(_ message: StageMessage, context: StageContext, now: Double) -> [Outgoing]
}

extension MessageStage {
    package func receive(_ batch: [Received], from port: PortID, context: StageContext) -> [Outgoing] {
        var out: [Outgoing] = []
        out.reserveCapacity(batch.count)
        let now = Timestamp.now
        for item in batch {
            for result in StageMessage.split(item.frames) {
                context.received += 1
                switch result {
                case .success(let message): out += process(message, context: context, now: now)
                case .failure(let error): out.append(context.deadLetter(error, raw: (item.frames.first ?? [])[...]))
                }
            }
        }
        return out
    }
}

/// An error a control request can fail with that carries its own reply code (`not_found`,
/// `refused`, …) for `pipectl` to map onto exit codes and JSON errors.
package protocol CodedControlError: Error, CustomStringConvertible {
    var code: String { get }
}

/// Answers a control port's requests, one reply per request: `[routing…, request JSON]` →
/// `[routing…, reply JSON]`. What `handle` throws becomes an error reply, never a lost request.
package func answerControl(_ batch: [Received], _ handle: (ControlRequest) throws -> ControlReply) -> [Outgoing] {
    batch.compactMap { message -> Outgoing? in
        let frames = message.frames
        guard frames.count >= 2 else { return nil }
        let answer: ControlReply
        do {
            answer = try handle(try ControlRequest(jsonBytes: frames.last!))
        } catch let error as any CodedControlError {
            answer = ControlReply(errorCode: error.code, message: error.description)
        } catch let error as JSONError {
            answer = ControlReply(errorCode: "invalid", message: error.description)
        } catch {
            answer = ControlReply(errorCode: "failed", message: "\(error)")
        }
        return Outgoing(.control, Array(frames.dropLast()) + [answer.jsonBytes])
    }
}

/// Runs a blocking loop on a thread of its own (its sockets never leave it) until it returns,
/// calling `onShutdown` when the service group shuts down gracefully (SIGTERM): the loop then
/// drains and returns.
package func runOnThread(named name: String, _ loop: @escaping @Sendable () throws -> Void,
                         onShutdown: @escaping @Sendable () -> Void) async throws {
    try await withGracefulShutdownHandler {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread {
                do {
                    try loop()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = name
            thread.start()
        }
    } onGracefulShutdown: {
        onShutdown()
    }
}
