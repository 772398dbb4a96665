import Foundation
import GRDB
import Logging
import SluiceModel
import SluicePolicy
import SluiceRuntime
import SluiceStore

/// Penalise: applies the platform's ladder with the merchant's count for the natural year and
/// records the decision in the ledger. As the ledger's only owner it keeps every count in
/// memory (rebuilt from the ledger at start), decides in memory, and commits each batch's
/// decisions, counts and outbox entries in one transaction before anything is sent on.
///
/// Idempotent on (listing_id, revision): a redelivered revision gets its earlier decision back,
/// never a second one. Every decision waits in the outbox until the recorder confirms its
/// notice is stored, and is sent again until then.
package final class PenaliseStage: Stage, @unchecked Sendable {
    // @unchecked Sendable: all state below is touched only by the StageService loop thread.

    private let ledger: LedgerStore
    private let book: PolicyBook
    private let logger: Logger
    private let resendAfter: Double
    private var counts: [LedgerStore.CountKey: Int]
    /// Outbox entries sent and not yet confirmed: notice id → frames.
    private var outbox: [String: [[UInt8]]] = [:]
    private var timeouts: [(String, Double)] = []
    private var timeoutHead = 0
    private var confirmed: [String] = []
    /// Replies and sends decided outside a batch (appeals), emitted at the end of the turn.
    private var immediate: [Outgoing] = []

    package init(ledger: LedgerStore, book: PolicyBook, resendAfter: Double, logger: Logger) throws {
        self.ledger = ledger
        self.book = book
        self.resendAfter = resendAfter
        self.logger = logger
        counts = try ledger.counts()
        let pending = try ledger.outbox()
        let now = Timestamp.now
        for entry in pending {
            outbox[entry.noticeID] = entry.frames
            immediate.append(Outgoing(.output, entry.frames))
            timeouts.append((entry.noticeID, now))
        }
        if !pending.isEmpty {
            logger.notice("Sending decisions whose notice is not confirmed yet", metadata: ["count": "\(pending.count)"])
        }
    }

    package var commitsPerTurn: Bool { true }

    package var versions: [String: String] { ["policies": book.version] }
    package var gauges: [String: Int] { ["outbox": outbox.count, "merchant_years": counts.count] }

    package func receive(_ batch: [Received], from port: PortID, context: StageContext) -> [Outgoing] {
        switch port {
        case .input: return decide(batch, context: context)
        case .noticed:
            for message in batch where message.role == nil || message.role == .recorder {
                guard let list = Wire.acknowledgement(message.frames, tag: Wire.noticed)?.arrayValue else { continue }
                for value in list {
                    guard let id = value.stringValue, outbox.removeValue(forKey: id) != nil else { continue }
                    confirmed.append(id)
                }
            }
            return []
        case .control: return control(batch)
        default: return []
        }
    }

    package func endOfTurn(context: StageContext) -> [Outgoing] {
        var out = immediate
        immediate.removeAll()
        if confirmed.count >= 256 { out += commitConfirmations() }
        return out
    }

    private func commitConfirmations() -> [Outgoing] {
        guard !confirmed.isEmpty else { return [] }
        var changes = LedgerStore.Changes()
        changes.confirmed = confirmed
        do {
            try ledger.commit(changes)
            confirmed.removeAll(keepingCapacity: true)
        } catch {
            logger.error("Ledger write failed (outbox confirmations); will retry", metadata: ["error": "\(error)"])
        }
        return []
    }

    // MARK: Deciding

    private func decide(_ batch: [Received], context: StageContext) -> [Outgoing] {
        let now = Timestamp.now
        var messages: [StageMessage] = []
        var out: [Outgoing] = []
        for item in batch {
            for result in StageMessage.split(item.frames) {
                context.received += 1
                switch result {
                case .success(let message): messages.append(message)
                case .failure(let error): out.append(context.deadLetter(error, raw: (item.frames.first ?? [])[...]))
                }
            }
        }
        guard !messages.isEmpty else { return out }
        let ids = messages.map { Decision.id(listingID: $0.header.listingID, revision: $0.header.revision) }
        // A first delivery (attempt 1, not re-driven) cannot have a decision yet: ingest sends
        // attempt 1 exactly once per journal row and run. Only later attempts are looked up.
        // (If that ever failed, the ledger's unique decision id refuses the whole batch and the
        // redelivery, a later attempt, is looked up.)
        let lookups = zip(messages, ids).filter { $0.0.header.attempt > 1 || $0.0.header.redrive }.map(\.1)
        let earlier: [String: (decision: Decision, counted: Bool)]
        do {
            earlier = try ledger.decisions(ids: Array(Set(lookups)))
        } catch {
            logger.error("Ledger read failed; these listings will be redelivered", metadata: ["error": "\(error)"])
            return out
        }
        var changes = LedgerStore.Changes()
        changes.confirmed = confirmed
        var before: [LedgerStore.CountKey: Int?] = [:]
        var decided: [String: (Decision, Bool)] = [:]
        var forward: [(notice: String, decision: String, frames: [[UInt8]])] = []
        var queuedNotices = Set<String>()
        for (index, var message) in messages.enumerated() {
            let id = ids[index]
            let assessment: Assessment
            do throws(ValidationError) {
                assessment = try message.section(message.assessment, "assessment", as: Assessment.self)
            } catch {
                out.append(context.deadLetter(error, raw: message.assessment[...], header: message.header))
                continue
            }
            let decision: Decision
            let counted: Bool
            if let known = decided[id] ?? earlier[id].map({ ($0.decision, $0.counted) }) {
                (decision, counted) = known
            } else {
                let policy = book[message.header.platform]
                let key = LedgerStore.CountKey(merchantID: message.header.merchantID, platform: message.header.platform,
                                               year: policy.naturalYear(of: message.header.observed))
                let current = counts[key] ?? 0
                (decision, counted) = policy.decide(message.header, assessment: assessment, countBefore: current, now: now)
                if counted {
                    if before[key] == nil { before[key] = .some(counts[key]) }
                    counts[key] = current + 1
                    changes.counts[key] = current + 1
                }
                changes.decisions.append(LedgerStore.Entry(decision: decision, header: message.header, counted: counted))
                decided[id] = (decision, counted)
            }
            message.decision = decision.jsonBytes
            message.header.decisionID = decision.decisionID
            message.header.counted = counted
            context.stamp(&message, now: now)
            let notice = Notice.id(decisionID: decision.decisionID, kind: decision.exempt == nil ? .penalty : .advisory)
            let frames = message.frames
            forward.append((notice, decision.decisionID, frames))
            if earlier[id] == nil, queuedNotices.insert(notice).inserted {
                changes.outbox.append(LedgerStore.Outgoing(noticeID: notice, decisionID: decision.decisionID, frames: frames))
            }
        }
        do {
            try ledger.commit(changes)
            confirmed.removeAll(keepingCapacity: true)
        } catch {
            // Nothing was committed: forget this batch's counts; the journal redelivers the listings.
            for (key, value) in before { counts[key] = value ?? nil }
            logger.error("Ledger transaction failed; listings will be redelivered", metadata: ["error": "\(error)"])
            return out
        }
        for f in forward {
            context.sent += 1
            if outbox[f.notice] == nil && queuedNotices.contains(f.notice) {
                outbox[f.notice] = f.frames
                timeouts.append((f.notice, now))
            }
            out.append(Outgoing(.output, f.frames))
        }
        return out
    }

    package func tick(now: Double, context: StageContext) -> [Outgoing] {
        var out: [Outgoing] = []
        while timeoutHead < timeouts.count, timeouts[timeoutHead].1 + resendAfter <= now {
            let (id, _) = timeouts[timeoutHead]
            timeoutHead += 1
            guard let frames = outbox[id] else { continue }
            out.append(Outgoing(.output, frames))
            timeouts.append((id, now))
        }
        if timeoutHead > 4096 && timeoutHead * 2 > timeouts.count {
            timeouts.removeFirst(timeoutHead)
            timeoutHead = 0
        }
        if !out.isEmpty {
            logger.info("Sent decisions again: their notices are not confirmed yet", metadata: ["count": "\(out.count)"])
        }
        return out + commitConfirmations()
    }

    package func drain(context: StageContext) -> [Outgoing] { commitConfirmations() }

    // MARK: Appeals (an operator's requests, applied here: the ledger has one writer)

    private func control(_ batch: [Received]) -> [Outgoing] {
        answerControl(batch, handle)
    }

    private func handle(_ request: ControlRequest) throws -> ControlReply {
        var args = try JSONFields(request.args)
        let now = try args.optionalDouble("now") ?? Timestamp.now
        switch request.op {
        case "appeal.file":
            let decisionID = try args.string("decision_id")
            let reason = try args.string("reason", maxBytes: 4000)
            let appeal = try ledger.transaction { db -> Appeal in
                guard let row = try LedgerStore.ledgerRow(db, decisionID: decisionID) else { throw AppealError.noDecision(decisionID) }
                let d = row.decision
                guard d.exempt == nil, let deadline = d.appealDeadline, let end = Timestamp.parse(deadline) else {
                    throw AppealError.nothingToAppeal(decisionID)
                }
                if row.state == "overturned" { throw AppealError.alreadyOverturned(decisionID) }
                guard now <= end else { throw AppealError.windowClosed(decision: decisionID, deadline: deadline) }
                if let open = row.openAppeal { throw AppealError.alreadyOpen(decision: decisionID, appeal: open.appealID) }
                let limit = Platform(rawValue: row.platform).map { book[$0].appealsPerDecision } ?? 1
                guard row.appeals.count < limit else { throw AppealError.limitReached(decision: decisionID, limit: limit) }
                let appeal = Appeal(appealID: "apl-\(decisionID)-\(row.appeals.count + 1)", decisionID: decisionID, reason: reason,
                                    state: .open, filedAt: now)
                try LedgerStore.insertAppeal(appeal, db)
                return appeal
            }
            logger.notice("Appeal filed", metadata: ["appeal": "\(appeal.appealID)"])
            return ControlReply(result: .object([("appeal", try JSONValue.parse(appeal.jsonBytes))]))
        case "appeal.resolve":
            let appealID = try args.string("appeal_id")
            let outcome = try args.string("outcome")
            guard let state = Appeal.State(rawValue: outcome), state != .open else {
                throw JSONError(.invalid, field: "outcome", "expected overturned or rejected")
            }
            let note = try args.optionalString("note")
            var correction: [[UInt8]]?
            var noticeID: String?
            let (appeal, decisionState) = try ledger.transaction { db -> (Appeal, String) in
                guard var appeal = try LedgerStore.appeal(db, id: appealID) else { throw AppealError.noAppeal(appealID) }
                guard appeal.state == .open else { throw AppealError.notOpen(appeal: appealID, state: appeal.state.rawValue) }
                guard let decision = try LedgerStore.ledgerRow(db, decisionID: appeal.decisionID) else {
                    throw AppealError.noDecision(appeal.decisionID)
                }
                appeal.state = state
                appeal.resolvedAt = now
                appeal.note = note
                try LedgerStore.resolveAppeal(appealID, state: state, note: note, at: now, db)
                guard state == .overturned else { return (appeal, decision.state) }
                try LedgerStore.overturn(decisionID: decision.decision.decisionID, db)
                if decision.counted, let platform = Platform(rawValue: decision.platform) {
                    let key = LedgerStore.CountKey(merchantID: decision.merchantID, platform: platform, year: decision.decision.naturalYear)
                    let n = max(0, (counts[key] ?? 1) - 1)
                    try LedgerStore.save([key: n], db)
                    counts[key] = n
                }
                // The correction notice goes out through notify like any notice, from the outbox.
                let header = Header(jseq: 0, listingID: decision.listingID, revision: decision.revision,
                                    platform: Platform(rawValue: decision.platform) ?? .douyin, merchantID: decision.merchantID,
                                    actor: .merchant, category: "other", observedAt: "", observed: 0, attempt: 1, ingestedAt: now)
                var message = StageMessage(header: header, decision: decision.decision.jsonBytes,
                                           notice: JSONValue.object([("note", note.map(JSONValue.string) ?? .null)]).jsonBytes)
                let id = Notice.id(decisionID: decision.decision.decisionID, kind: .correction)
                message.header.noticeID = id
                message.header.decisionID = decision.decision.decisionID
                try LedgerStore.enqueue(LedgerStore.Outgoing(noticeID: id, decisionID: decision.decision.decisionID, frames: message.frames), db)
                correction = message.frames
                noticeID = id
                return (appeal, "overturned")
            }
            if let correction, let noticeID {
                outbox[noticeID] = correction
                timeouts.append((noticeID, now))
                immediate.append(Outgoing(.output, correction))
            }
            logger.notice("Appeal resolved", metadata: ["appeal": "\(appealID)", "outcome": "\(state.rawValue)"])
            return ControlReply(result: .object([
                ("appeal", try JSONValue.parse(appeal.jsonBytes)), ("decision_state", .string(decisionState)),
                ("correction_notice", noticeID.map(JSONValue.string) ?? .null),
            ]))
        default:
            return ControlReply(errorCode: "invalid", message: "penalise does not know '\(request.op)' (it knows: appeal.file, appeal.resolve)")
        }
    }
}


extension AppealError: CodedControlError {}
