import Foundation
import Logging
import SluiceModel
import SluiceRuntime
import SluiceStore
import ZeroMQ

/// Intake: validates producers' listing events, journals them, and sends them on to detect.
/// Owns the journal: a journaled listing with no outcome after `redeliverAfter` is sent again
/// (attempt + 1); after `maxAttempts` it becomes a dead letter.
package struct IngestStage: Stage {
    package var store: Store
    package var limits: ValidationLimits
    package var redeliverAfter: Double
    package var maxAttempts: Int

    package init(store: Store, limits: ValidationLimits, redeliverAfter: Double, maxAttempts: Int) {
        self.store = store
        self.limits = limits
        self.redeliverAfter = redeliverAfter
        self.maxAttempts = maxAttempts
    }

    package func process(_ batch: [Message], context: StageContext) -> [StageOutput] {
        var outputs: [StageOutput] = []
        var entries: [JournalEntry] = []
        let now = Timestamp.now
        var seenInBatch = Set<String>()
        for frames in batch {
            let raw = frames.count == 1 ? frames[0] : frames.flatMap { $0 }
            do throws(ValidationError) {
                guard frames.count == 1 else {
                    throw ValidationError(.notJSON, field: "", "expected one frame holding a JSON object, got \(frames.count) frames")
                }
                let event = try ListingEvent.validate(raw, limits: limits)
                // The same revision twice in one batch counts once, like a redelivery.
                guard seenInBatch.insert("\(event.listingID)\u{0}\(event.revision)").inserted else { continue }
                entries.append(JournalEntry(event: event, traceID: UUID().uuidString.lowercased(), ingestedAt: now, raw: raw))
            } catch {
                outputs.append(context.deadLetter(error, raw: raw, listingID: Self.bestEffortID(raw)))
            }
        }
        guard !entries.isEmpty else { return outputs }
        do {
            let fresh = try store.journal(entries)
            for (entry, isNew) in zip(entries, fresh) where isNew {
                let envelope = Envelope(event: entry.event, trace: Trace(id: entry.traceID, attempt: 1, ingestedAt: entry.ingestedAt))
                outputs.append(.forward(envelope, listing: entry.raw))
            }
            let duplicates = fresh.filter { !$0 }.count
            if duplicates > 0 {
                context.logger.debug("Already journaled; ignored", metadata: ["count": "\(duplicates)"])
            }
        } catch {
            // Not journaled means not accepted: dead-letter rather than lose it silently.
            context.logger.error("Journal write failed", metadata: ["error": "\(error)"])
            for entry in entries {
                outputs.append(context.deadLetter(ValidationError(.stageError, field: "", "journal write failed: \(error)"),
                                                  raw: entry.raw, listingID: entry.event.listingID, revision: entry.event.revision))
            }
        }
        return outputs
    }

    package func tick(context: StageContext) -> [StageOutput] {
        let now = Timestamp.now
        let sweep: JournalSweep
        do {
            sweep = try store.sweepJournal(sentBefore: now - redeliverAfter, maxAttempts: maxAttempts, now: now)
        } catch {
            context.logger.error("Journal sweep failed", metadata: ["error": "\(error)"])
            return []
        }
        var outputs: [StageOutput] = []
        for overdue in sweep.resend {
            guard let event = try? ListingEvent.validate(overdue.raw, limits: limits) else { continue }
            var envelope = Envelope(event: event, trace: Trace(id: overdue.traceID, attempt: overdue.attempt, ingestedAt: overdue.ingestedAt))
            envelope.trace.hops = []
            outputs.append(.forward(envelope, listing: overdue.raw))
        }
        for dead in sweep.exhausted {
            outputs.append(context.deadLetter(
                ValidationError(.attemptsExhausted, field: "", "no outcome after \(dead.attempt) attempts of \(Int(redeliverAfter)) s each"),
                raw: dead.raw, listingID: dead.listingID, revision: dead.revision))
        }
        if !sweep.resend.isEmpty {
            context.logger.warning("Redelivering listings without an outcome", metadata: ["count": "\(sweep.resend.count)"])
        }
        return outputs
    }

    /// The listing id of bad input when it can be read, so a dead letter can be found by it.
    static func bestEffortID(_ raw: [UInt8]) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(raw)) as? [String: Any] else { return nil }
        return object["listing_id"] as? String
    }
}
