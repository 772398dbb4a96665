import Foundation
import Logging
import SluiceModel
import SluiceNotices
import SluiceRuntime
import SluiceStore
import Synchronization

/// Recorder: the single writer of outcomes, dead letters, notices and worker telemetry. Each
/// turn's records are one transaction; only after it commits does the recorder tell ingest
/// which messages now have their terminal record, and penalise which notices are stored.
/// A batch it cannot write is never dropped: it keeps it, stops reading, and retries, so
/// back-pressure reaches ingest and the producers.
package final class RecorderStage: Stage, @unchecked Sendable {
    // @unchecked Sendable: the batch state is touched only by the StageService loop thread;
    // the delivery worker shares only the store and a Mutex-guarded wake-up flag.

    private let store: RecordStore
    private let logger: Logger
    private var batch = RecordStore.Batch()
    /// A batch whose write failed, kept until it succeeds.
    private var failed: RecordStore.Batch?
    private var retryAt = 0.0
    private var refused = 0
    private let delivery: DeliveryWorker?

    /// Who may send each kind of record.
    static let senders: [Wire.RecordKind: Set<StageName>] = [
        .outcome: [.detect, .score, .notify],
        .notice: [.notify],
        .deadLetter: [.ingest, .detect, .score, .penalise, .notify, .recorder],
        .heartbeat: Set(StageName.allCases),
    ]

    package init(store: RecordStore, delivery: NoticeDelivery?, logger: Logger) {
        self.store = store
        self.logger = logger
        self.delivery = delivery.flatMap { $0.isConfigured ? DeliveryWorker(store: store, delivery: $0, logger: logger) : nil }
    }

    package var gauges: [String: Int] { ["refused": refused, "held": failed?.records ?? 0] }

    package var commitsPerTurn: Bool { true }

    package func accepts(_ port: PortID) -> Bool {
        port != .input || failed == nil
    }

    package func receive(_ messages: [Received], from port: PortID, context: StageContext) -> [Outgoing] {
        switch port {
        case .input:
            // One ZeroMQ message holds one or more records: [kind, payload frames…]… (an outcome
            // has six payload frames, the others one).
            for message in messages {
                var i = 0
                let frames = message.frames
                while i < frames.count {
                    let kind = Wire.RecordKind(frame: frames[i])
                    let size = kind == .outcome ? StageMessage.frameCount : 1
                    let end = min(frames.count, i + 1 + size)
                    take(Received(frames: Array(frames[i..<end]), peer: message.peer), context: context)
                    i = end
                }
            }
            return []
        case .control:
            return control(messages)
        default:
            return []
        }
    }

    private func take(_ message: Received, context: StageContext) {
        let frames = message.frames
        guard let first = frames.first, let kind = Wire.RecordKind(frame: first) else {
            context.received += 1
            batch.deadLetters.append(deadLetter(ValidationError(.badEnvelope, field: "", "not a record message ([kind, …])"),
                                                raw: frames.first ?? [], context: context))
            return
        }
        if let role = message.role, !(Self.senders[kind]?.contains(role) ?? false) {
            refuse("a \(role.rawValue) may not send \(kind.rawValue) records", message)
            return
        }
        if kind != .heartbeat { context.received += 1 }
        do throws(ValidationError) {
            switch kind {
            case .outcome:
                batch.outcomes.append(try StageMessage(frames: Array(frames.dropFirst())))
            case .notice:
                guard frames.count == 2 else { throw ValidationError(.badEnvelope, field: "", "a notice record is [notice, JSON]") }
                do { batch.notices.append(try Notice(jsonBytes: frames[1])) } catch {
                    throw ValidationError(.badEnvelope, field: "notice" + (error.field.isEmpty ? "" : ".\(error.field)"), error.problem)
                }
            case .deadLetter:
                guard frames.count == 2 else { throw ValidationError(.badEnvelope, field: "", "a dead_letter record is [dead_letter, JSON]") }
                do { batch.deadLetters.append(try DeadLetter(jsonBytes: frames[1])) } catch {
                    throw ValidationError(.badEnvelope, field: "dead_letter" + (error.field.isEmpty ? "" : ".\(error.field)"), error.problem)
                }
            case .heartbeat:
                guard frames.count == 2, let beat = try? Heartbeat(jsonBytes: frames[1]) else { return }
                if let role = message.role, role != beat.stage {
                    refuse("a \(role.rawValue) sent a heartbeat for \(beat.stage.rawValue)", message)
                    return
                }
                batch.heartbeats.append(beat)
            }
        } catch {
            batch.deadLetters.append(deadLetter(error, raw: frames.count > 1 ? frames[1] : [], context: context))
        }
    }

    private func refuse(_ why: String, _ message: Received) {
        refused += 1
        logger.warning("Refused a record from a role that may not send it", metadata: ["why": "\(why)", "peer": "\(message.peer ?? "-")"])
    }

    private func deadLetter(_ error: ValidationError, raw: [UInt8], context: StageContext) -> DeadLetter {
        context.failed += 1
        logger.warning("Dead letter", metadata: ["reason": "\(error.reason.rawValue)", "detail": "\(error.description)"])
        return DeadLetter(reason: error.reason, detail: error.description, stage: .recorder, worker: context.workerID, raw: raw[...],
                          at: Timestamp.now)
    }

    package func endOfTurn(context: StageContext) -> [Outgoing] {
        if failed != nil { return retry(context: context) }
        guard !batch.isEmpty else { return [] }
        let work = batch
        batch = RecordStore.Batch()
        return write(work, context: context)
    }

    private func write(_ work: RecordStore.Batch, context: StageContext) -> [Outgoing] {
        let result: RecordStore.Result
        do {
            result = try store.record(work, now: Timestamp.now)
        } catch {
            failed = work
            retryAt = Timestamp.now + 0.2
            logger.error("Store write failed; holding the batch and reading nothing until it is written", metadata: [
                "records": "\(work.records)", "error": "\(error)",
            ])
            return []
        }
        context.sent += result.newOutcomes + result.newDeadLetters + result.newNotices.count
        var out: [Outgoing] = []
        if !result.terminal.isEmpty { out.append(Outgoing(.done, Wire.completions(result.terminal))) }
        if !result.noticed.isEmpty { out.append(Outgoing(.noticed, Wire.noticesStored(result.noticed))) }
        if !result.newNotices.isEmpty { delivery?.wake() }
        return out
    }

    private func retry(context: StageContext) -> [Outgoing] {
        guard let work = failed, Timestamp.now >= retryAt else { return [] }
        failed = nil
        let out = write(work, context: context)
        if failed == nil { logger.notice("Store writable again; held batch written", metadata: ["records": "\(work.records)"]) }
        return out
    }

    package func tick(now: Double, context: StageContext) -> [Outgoing] { retry(context: context) }

    package func drain(context: StageContext) -> [Outgoing] {
        var out = endOfTurn(context: context)
        // A batch that still cannot be written is lost here; the journal and the outbox resend it.
        if failed != nil { out += retry(context: context) }
        return out
    }

    // MARK: Operators' requests

    private func control(_ batch: [Received]) -> [Outgoing] {
        answerControl(batch) { request in
            var args = try JSONFields(request.args)
            switch request.op {
            case "deadletters.drop":
                let seqs = try args.array("seqs").compactMap(\.intValue)
                let changed = try store.resolveDeadLetters(seqs, as: "dropped", note: try args.optionalString("note"), at: Timestamp.now)
                logger.notice("Dead letters dropped", metadata: ["count": "\(changed.count)"])
                return ControlReply(result: .object([("dropped", .array(changed.map { .int($0.seq) }))]))
            case "prune":
                let n = try store.prune(before: try args.double("before"), undeliveredToo: delivery == nil)
                logger.notice("Pruned records", metadata: ["rows": "\(n)"])
                return ControlReply(result: .object([("deleted", .int(n))]))
            default:
                return ControlReply(errorCode: "invalid", message: "the recorder does not know '\(request.op)' (it knows: deadletters.drop, prune)")
            }
        }
    }
}

/// Delivers stored notices to the configured channels on its own thread, oldest first, and
/// marks them delivered: at-least-once, whatever restarts in between.
final class DeliveryWorker: Sendable {
    private let store: RecordStore
    private let delivery: NoticeDelivery
    private let logger: Logger
    private let signal = Mutex(false)

    init(store: RecordStore, delivery: NoticeDelivery, logger: Logger) {
        self.store = store
        self.delivery = delivery
        self.logger = logger
        let thread = Thread { [self] in self.run() }
        thread.name = "notice-delivery"
        thread.start()
    }

    func wake() { signal.withLock { $0 = true } }

    private func run() {
        var idle = 0
        while true {
            let woken = signal.withLock { s -> Bool in defer { s = false }; return s }
            if !woken && idle < 10 {
                idle += 1
                usleep(100_000)
                continue
            }
            idle = 0
            do {
                let notices = try store.undeliveredNotices(limit: 256)
                guard !notices.isEmpty else { continue }
                let delivered = delivery.deliver(notices)
                try store.markDelivered(delivered, at: Timestamp.now)
                if delivered.count == notices.count { wake() } else { sleep(1) }
            } catch {
                logger.error("Notice delivery failed; will retry", metadata: ["error": "\(error)"])
                sleep(1)
            }
        }
    }
}
