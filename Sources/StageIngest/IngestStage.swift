import Foundation
import Logging
import SluiceModel
import SluiceRuntime
import SluiceStore

/// Intake: validates producers' listing events, journals every message it accepts, answers
/// each on the acknowledged intake once its journal transaction has committed, and sends
/// listings on to detect.
///
/// It owns the journal and keeps its open rows in memory: at most `window` listings are in
/// flight at once (sent and not yet finished); the recorder reports finished ones on `done`
/// and their rows close in batches. A listing in flight longer than `redeliverAfter` is sent
/// again (attempt + 1); one that keeps timing out while others finish becomes an
/// `attempts_exhausted` dead letter. Input that is not a valid listing is journaled too and
/// becomes a dead letter. Nothing leaves the journal before its terminal record is stored.
package final class IngestStage: Stage, @unchecked Sendable {
    // @unchecked Sendable: all state below is touched only by the StageService loop thread,
    // the one thread that calls a stage.

    package struct Settings: Sendable {
        package var limits: ValidationLimits
        package var redeliverAfter: Double
        package var maxAttempts: Int
        /// Listings in flight at most.
        package var window: Int
        /// Journaled listings waiting to be sent, at most, before intake stops reading.
        package var maxUnsent = 20_000

        package init(limits: ValidationLimits, redeliverAfter: Double, maxAttempts: Int, window: Int) {
            self.limits = limits
            self.redeliverAfter = redeliverAfter
            self.maxAttempts = maxAttempts
            self.window = window
        }
    }

    private enum State { case unsent, inFlight, deadLetter }

    /// One open journal row in memory (a class: it is updated in place, never copied).
    private final class Item {
        let jseq: Int
        var header: Header?
        var raw: [UInt8]
        var state: State
        var sentAt: Double
        /// Deliveries made.
        var attempts: Int
        /// Deliveries that timed out while other listings finished.
        var strikes = 0
        var letter: DeadLetter?
        var redrive = false

        init(jseq: Int, header: Header?, raw: [UInt8], state: State, sentAt: Double, attempts: Int, letter: DeadLetter? = nil,
             redrive: Bool = false) {
            self.jseq = jseq
            self.header = header
            self.raw = raw
            self.state = state
            self.sentAt = sentAt
            self.attempts = attempts
            self.letter = letter
            self.redrive = redrive
        }
    }

    private let journal: JournalStore
    private let settings: Settings
    private let logger: Logger
    private var marks: JournalStore.Marks
    private var nextSeq: Int
    private var items: [Int: Item] = [:]
    private var unsent = JseqQueue()
    /// In-flight items in send order, for timeouts (stale entries are skipped).
    private var timeouts = TimeoutQueue()
    private var inFlight = 0
    /// Rows from before this run not yet loaded into memory (seq > cursor, < firstOfRun).
    private var backlogCursor: Int?
    private let firstOfRun: Int
    private var lastCompletion = 0.0

    // Work gathered during one turn of the loop, committed in its transaction.
    private var pending: [(entry: JournalStore.Entry, reply: [[UInt8]]?)] = []
    private var closes: [Int] = []
    /// When the oldest unwritten close arrived (see `closesDue`).
    private var firstCloseAt: Double?
    private var attemptUpdates: [(jseq: Int, attempts: Int)] = []
    private var marksDirty = false
    private var lastMarksSave = 0.0
    /// After a failed journal write, intake pauses until then (producers resend).
    private var pausedUntil = 0.0
    /// Sends decided outside a receive (re-drives), emitted at the end of the turn.
    private var immediate: [Outgoing] = []

    package init(journal: JournalStore, settings: Settings, logger: Logger) throws {
        self.journal = journal
        self.settings = settings
        self.logger = logger
        marks = try journal.marks()
        nextSeq = marks.nextSeq
        firstOfRun = marks.nextSeq
        try load(from: marks.openFrom, now: Timestamp.now)
    }

    /// Loads open rows into memory: those sent before wait for their result (they may still be
    /// on their way), the rest are queued to send.
    private func load(from: Int, now: Double) throws {
        let chunk = settings.window + settings.maxUnsent
        let rows = try journal.open(from: from, limit: chunk).filter { $0.jseq < firstOfRun }
        for row in rows where items[row.jseq] == nil {
            // Whatever this row's history, it may have been sent before the restart: its next
            // delivery is attempt 2 or later (attempt 1 goes out once per row and run).
            let item = Item(jseq: row.jseq, header: nil, raw: row.raw, state: .unsent, sentAt: now, attempts: max(row.attempts, 1))
            if let reason = row.reason {
                item.letter = DeadLetter(jseq: row.jseq, reason: reason, detail: row.detail ?? reason.rawValue, stage: .ingest,
                                         worker: "ingest", listingID: row.hintID, raw: row.raw[...], at: now)
                item.state = .deadLetter
                items[row.jseq] = item
                timeouts.append(row.jseq, at: now - settings.redeliverAfter)  // send it again soon
                continue
            }
            guard let valid = try? ListingEvent.validate(row.raw, limits: ValidationLimits(maxTextBytes: .max, maxMessageBytes: .max)) else {
                // Journaled as valid under earlier limits but unreadable now: end it as a dead letter.
                item.letter = DeadLetter(jseq: row.jseq, reason: .stageError, detail: "journaled listing can no longer be read",
                                         stage: .ingest, worker: "ingest", listingID: row.listingID, revision: row.revision,
                                         raw: row.raw[...], at: now)
                item.state = .deadLetter
                items[row.jseq] = item
                timeouts.append(row.jseq, at: now - settings.redeliverAfter)
                continue
            }
            item.header = Header(event: valid.event, jseq: row.jseq, observed: valid.observed, attempt: item.attempts,
                                 ingestedAt: row.ingestedAt)
            if row.jseq <= marks.sentThrough {
                item.state = .inFlight
                inFlight += 1
                timeouts.append(row.jseq, at: now)
            } else {
                unsent.append(row.jseq)
            }
            items[row.jseq] = item
        }
        backlogCursor = rows.count == chunk ? rows.last.map(\.jseq) : nil
        if !rows.isEmpty {
            logger.notice("Resuming open journal rows", metadata: ["rows": "\(rows.count)", "more": "\(backlogCursor != nil)"])
        }
    }

    package var commitsPerTurn: Bool { true }

    // MARK: Receiving

    package func accepts(_ port: PortID) -> Bool {
        switch port {
        case .intake, .feed: unsent.count < settings.maxUnsent && Timestamp.now >= pausedUntil && pending.count < 4096
        default: true
        }
    }

    package func receive(_ batch: [Received], from port: PortID, context: StageContext) -> [Outgoing] {
        switch port {
        case .intake:
            for message in batch {
                context.received += 1
                // ROUTER: [peer id, (empty delimiter from a REQ peer), listing].
                let frames = message.frames
                guard frames.count >= 2 else { continue }
                let hasDelimiter = frames.count == 3 && frames[1].isEmpty
                let reply = hasDelimiter ? [frames[0], []] : [frames[0]]
                let body = Array(frames.dropFirst(reply.count))
                pending.append((entry(body), reply))
            }
        case .feed:
            for message in batch {
                context.received += 1
                pending.append((entry(message.frames), nil))
            }
        case .done:
            for message in batch where message.role == nil || message.role == .recorder {
                guard let list = Wire.acknowledgement(message.frames, tag: Wire.done)?.arrayValue else { continue }
                for value in list {
                    guard let jseq = value.intValue else { continue }
                    finish(jseq)
                }
            }
        case .control:
            return control(batch, context: context)
        default:
            break
        }
        return []
    }

    private func entry(_ frames: [[UInt8]]) -> JournalStore.Entry {
        guard frames.count == 1 else {
            let raw = frames.flatMap { $0 }
            return .refused(ValidationError(.notJSON, field: "", "expected one frame holding a JSON object, got \(frames.count) frames"),
                            hintID: ListingEvent.bestEffortID(raw), raw: raw)
        }
        let raw = frames[0]
        do throws(ValidationError) {
            return .listing(try ListingEvent.validate(raw, limits: settings.limits), raw: raw)
        } catch {
            var refusal = error
            if refusal.listingID == nil, let key = ListingEvent.keyHint(raw) {
                refusal.listingID = key.listingID
                refusal.revision = key.revision
            }
            return .refused(refusal, hintID: refusal.listingID ?? ListingEvent.bestEffortID(raw), raw: raw)
        }
    }

    /// Whether closed rows should be written in a transaction of their own. Closing is not on
    /// the listing's path (the result is recorded, the window slot is free): closes ride along
    /// with the next intake transaction, or gather for up to `closeDelay` when intake is quiet,
    /// so a paced stream pays one journal transaction per turn instead of two. A crash before
    /// they are written only sends those listings again, and the recorder keeps their first
    /// result.
    private func closesDue(_ now: Double) -> Bool {
        guard let first = firstCloseAt else { return false }
        return closes.count >= 512 || now - first >= Self.closeDelay
    }

    static let closeDelay = 0.1

    /// The closes, attempt counts and marks gathered so far are in the journal.
    private func written(marks: JournalStore.Marks?, now: Double) {
        closes.removeAll(keepingCapacity: true)
        firstCloseAt = nil
        attemptUpdates.removeAll(keepingCapacity: true)
        if marks != nil { marksSaved(now) }
    }

    private func finish(_ jseq: Int) {
        let now = Timestamp.now
        if closes.isEmpty { firstCloseAt = now }
        closes.append(jseq)
        lastCompletion = now
        guard let item = items.removeValue(forKey: jseq) else { return }
        if item.state == .inFlight { inFlight -= 1 }
        if item.state == .unsent { unsent.remove(jseq) }
    }

    package func refusedOversize(port: PortID, unreadBytes: Int, peer: String, context: StageContext) -> [Outgoing] {
        context.received += 1
        let error = ValidationError(.messageTooLarge, field: "",
                                    "a message over \(settings.limits.maxMessageBytes) bytes from \(peer) was refused unread (its connection was dropped with \(unreadBytes) bytes still to come)")
        pending.append((.refused(error, hintID: nil, raw: []), nil))
        return []
    }

    // MARK: Committing and sending

    package func endOfTurn(context: StageContext) -> [Outgoing] {
        var out: [Outgoing] = immediate
        immediate.removeAll()
        let now = Timestamp.now
        if !pending.isEmpty {
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            let saveMarks = marksDue(now)
            let outcomes: [JournalStore.Outcome]
            do {
                outcomes = try journal.journal(batch.map(\.entry), nextSeq: &nextSeq, ingestedAt: now, closing: closes,
                                               attempts: attemptUpdates, marks: saveMarks)
                written(marks: saveMarks, now: now)
            } catch {
                // Not durable means not acknowledged: the producers send these again.
                pausedUntil = now + 0.5
                logger.error("Journal write failed; nothing acknowledged, intake paused", metadata: [
                    "messages": "\(batch.count)", "error": "\(error)",
                ])
                return out
            }
            for ((entry, reply), outcome) in zip(batch, outcomes) {
                switch (entry, outcome) {
                case (.listing(let valid, let raw), .journaled(let jseq)):
                    let header = Header(event: valid.event, jseq: jseq, observed: valid.observed, attempt: 0, ingestedAt: now)
                    items[jseq] = Item(jseq: jseq, header: header, raw: raw, state: .unsent, sentAt: now, attempts: 0)
                    unsent.append(jseq)
                    if let reply { out.append(ack(reply, valid.event.listingID, valid.event.revision, .journaled)) }
                case (.listing(let valid, _), _):
                    if let reply { out.append(ack(reply, valid.event.listingID, valid.event.revision, .duplicate)) }
                case (.refused(let error, let hint, let raw), .refused(let jseq)):
                    context.failed += 1
                    let letter = DeadLetter(jseq: jseq, reason: error.reason, detail: error.description, stage: .ingest,
                                            worker: context.workerID, listingID: hint, revision: error.revision, raw: raw[...], at: now)
                    logger.warning("Dead letter", metadata: ["reason": "\(error.reason.rawValue)", "detail": "\(error.description)",
                                                              "listing.id": "\(hint ?? "-")", "jseq": "\(jseq)"])
                    items[jseq] = Item(jseq: jseq, header: nil, raw: [], state: .deadLetter, sentAt: now, attempts: 1, letter: letter)
                    timeouts.append(jseq, at: now)
                    out.append(Outgoing(.record, Wire.record(.deadLetter, letter.jsonBytes)))
                    if let reply {
                        out.append(ack(reply, hint, error.revision, .deadLetter, reason: "\(error.reason.rawValue): \(error.description)"))
                    }
                case (.refused(let error, let hint, _), .refusedAgain):
                    if let reply {
                        out.append(ack(reply, hint, error.revision, .deadLetter, reason: "\(error.reason.rawValue): \(error.description)"))
                    }
                default:
                    break
                }
            }
        } else if closesDue(now) || !attemptUpdates.isEmpty || marksDue(now) != nil {
            do {
                let saveMarks = marksDue(now)
                try journal.update(closing: closes, attempts: attemptUpdates, marks: saveMarks)
                written(marks: saveMarks, now: now)
            } catch {
                logger.error("Journal update failed; will retry", metadata: ["error": "\(error)"])
            }
        }
        out += pump(now: now, context: context)
        return out
    }

    private func ack(_ reply: [[UInt8]], _ id: String?, _ revision: Int?, _ status: IntakeAck.Status, reason: String? = nil) -> Outgoing {
        Outgoing(.intake, reply + [IntakeAck(listingID: id, revision: revision, status: status, reason: reason).jsonBytes])
    }

    /// Sends queued listings while the window has room.
    private func pump(now: Double, context: StageContext) -> [Outgoing] {
        var out: [Outgoing] = []
        if unsent.isEmpty, let cursor = backlogCursor {
            try? load(from: cursor + 1, now: now)
        }
        while inFlight < settings.window, let jseq = unsent.popFirst() {
            guard let item = items[jseq], item.state == .unsent else { continue }
            item.attempts += 1
            item.state = .inFlight
            item.sentAt = now
            inFlight += 1
            if item.attempts == 1 && jseq > marks.sentThrough {
                marks.sentThrough = jseq
                marksDirty = true
            } else {
                attemptUpdates.append((jseq, item.attempts))
            }
            out.append(send(item, now: now, context: context))
            timeouts.append(jseq, at: now)
        }
        return out
    }

    private func send(_ item: Item, now: Double, context: StageContext) -> Outgoing {
        var header = item.header!
        header.attempt = item.attempts
        header.redrive = item.redrive
        header.trail = ""
        header.sentAt = header.ingestedAt
        var message = StageMessage(header: header, listing: item.raw)
        message.stamp(.ingest, worker: context.workerID, now: now)
        context.sent += 1
        return Outgoing(.output, message.frames)
    }

    package func tick(now: Double, context: StageContext) -> [Outgoing] {
        var out: [Outgoing] = []
        while let (jseq, sentAt) = timeouts.first, sentAt + settings.redeliverAfter <= now {
            timeouts.removeFirst()
            guard let item = items[jseq], item.sentAt == sentAt, item.state != .unsent else { continue }
            // A timeout counts against the listing only if others finished meanwhile: when the
            // whole pipeline stalls (a full disk, a stage down), nothing is given up on.
            if lastCompletion > item.sentAt { item.strikes += 1 }
            item.sentAt = now
            if item.state == .deadLetter {
                var letter = item.letter!
                letter.redrive = item.redrive
                out.append(Outgoing(.record, Wire.record(.deadLetter, letter.jsonBytes)))
            } else if item.strikes >= settings.maxAttempts {
                inFlight -= 1
                item.state = .deadLetter
                let h = item.header!
                var letter = DeadLetter(jseq: jseq, reason: .attemptsExhausted,
                                        detail: "no result after \(item.attempts) deliveries, \(Int(settings.redeliverAfter)) s each, while other listings finished",
                                        stage: .ingest, worker: context.workerID, listingID: h.listingID, revision: h.revision,
                                        merchantID: h.merchantID, raw: item.raw[...], at: now)
                letter.redrive = item.redrive
                item.letter = letter
                context.failed += 1
                logger.warning("Dead letter", metadata: ["reason": "attempts_exhausted", "listing.id": "\(h.listingID)", "jseq": "\(jseq)"])
                out.append(Outgoing(.record, Wire.record(.deadLetter, letter.jsonBytes)))
            } else {
                item.attempts += 1
                attemptUpdates.append((jseq, item.attempts))
                out.append(send(item, now: now, context: context))
            }
            timeouts.append(jseq, at: now)
        }
        if !out.isEmpty {
            logger.info("Sent again: no result within the redelivery time", metadata: ["count": "\(out.count)"])
        }
        return out + pump(now: now, context: context)
    }

    private func marksDue(_ now: Double) -> JournalStore.Marks? {
        guard marksDirty || now - lastMarksSave >= 1 else { return nil }
        guard now - lastMarksSave >= 0.2 else { return nil }
        marks.openFrom = min(items.keys.min() ?? nextSeq, backlogCursor.map { $0 + 1 } ?? .max)
        return marks
    }

    private func marksSaved(_ now: Double) {
        marksDirty = false
        lastMarksSave = now
    }

    package func drain(context: StageContext) -> [Outgoing] {
        let out = endOfTurn(context: context)
        marksDirty = true
        lastMarksSave = 0
        if let m = marksDue(Timestamp.now) {
            try? journal.update(closing: closes, attempts: attemptUpdates, marks: m)
        }
        return out
    }

    package var gauges: [String: Int] {
        ["in_flight": inFlight, "unsent": unsent.count, "open": items.count + (backlogCursor == nil ? 0 : 1)]
    }

    // MARK: Operators' requests

    private func control(_ batch: [Received], context: StageContext) -> [Outgoing] {
        answerControl(batch) { handle($0, context: context) }
    }

    private func handle(_ request: ControlRequest, context: StageContext) -> ControlReply {
        switch request.op {
        case "redrive":
            guard let list = request.args["jseqs"]?.arrayValue else {
                return ControlReply(errorCode: "invalid", message: "redrive needs args.jseqs: [n, …]")
            }
            var redriven: [JSONValue] = []
            var skipped: [JSONValue] = []
            let now = Timestamp.now
            for value in list {
                guard let jseq = value.intValue else { continue }
                func skip(_ why: String) { skipped.append(.object([("jseq", .int(jseq)), ("why", .string(why))])) }
                if items[jseq] != nil { skip("still open: it has no terminal record yet"); continue }
                do {
                    guard let (row, _) = try journal.row(jseq) else { skip("no such journal row (pruned?)"); continue }
                    let item = Item(jseq: jseq, header: nil, raw: row.raw, state: .unsent, sentAt: now, attempts: row.attempts,
                                    redrive: true)
                    switch Result(catching: { () throws(ValidationError) -> ValidListing in try ListingEvent.validate(row.raw, limits: settings.limits) }) {
                    case .success(let valid):
                        guard try journal.reopen(jseq: jseq, as: valid.event.key) else {
                            skip("\(valid.event.key) was journaled again meanwhile"); continue
                        }
                        item.header = Header(event: valid.event, jseq: jseq, observed: valid.observed, attempt: row.attempts,
                                             ingestedAt: row.ingestedAt)
                        unsent.append(jseq)
                    case .failure(let error):
                        // Still not a valid listing: its dead letter is written again, with today's reason.
                        guard try journal.reopen(jseq: jseq, as: nil) else { continue }
                        var letter = DeadLetter(jseq: jseq, reason: error.reason, detail: error.description, stage: .ingest,
                                                worker: context.workerID, listingID: row.hintID ?? row.listingID, raw: row.raw[...], at: now)
                        letter.redrive = true
                        item.letter = letter
                        item.state = .deadLetter
                        item.sentAt = now
                        timeouts.append(jseq, at: now)
                        immediate.append(Outgoing(.record, Wire.record(.deadLetter, letter.jsonBytes)))
                    }
                    items[jseq] = item
                    redriven.append(.int(jseq))
                } catch {
                    skip("journal: \(error)")
                }
            }
            logger.notice("Re-driving dead letters", metadata: ["count": "\(redriven.count)", "skipped": "\(skipped.count)"])
            return ControlReply(result: .object([("redriven", .array(redriven)), ("skipped", .array(skipped))]))
        case "prune":
            guard let before = request.args["before"]?.doubleValue else { return ControlReply(errorCode: "invalid", message: "prune needs args.before") }
            do {
                let n = try journal.prune(before: before)
                logger.notice("Pruned closed journal rows", metadata: ["rows": "\(n)"])
                return ControlReply(result: .object([("deleted", .int(n))]))
            } catch {
                return ControlReply(errorCode: "failed", message: "\(error)")
            }
        default:
            return ControlReply(errorCode: "invalid", message: "ingest does not know '\(request.op)' (it knows: redrive, prune)")
        }
    }
}

/// Journal sequence numbers in order, with removal by value (rare: a listing finished before
/// it was sent, e.g. after a restart).
struct JseqQueue {
    private var items: [Int] = []
    private var head = 0
    private var removed = Set<Int>()

    var count: Int { items.count - head - removed.count }
    var isEmpty: Bool { count == 0 }

    mutating func append(_ jseq: Int) { items.append(jseq) }
    mutating func remove(_ jseq: Int) { removed.insert(jseq) }

    mutating func popFirst() -> Int? {
        while head < items.count {
            let jseq = items[head]
            head += 1
            if head > 4096 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            if removed.remove(jseq) != nil { continue }
            return jseq
        }
        return nil
    }
}

/// (jseq, sent at) in send order: the oldest in-flight listing is first.
struct TimeoutQueue {
    private var items: [(Int, Double)] = []
    private var head = 0

    var first: (Int, Double)? { head < items.count ? items[head] : nil }

    mutating func append(_ jseq: Int, at: Double) { items.append((jseq, at)) }

    mutating func removeFirst() {
        head += 1
        if head > 4096 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
    }
}
