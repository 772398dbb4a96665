import SluiceModel
import SluicePolicy
import SluiceRuntime
import SluiceStore

/// Penalise: applies the platform's ladder with the merchant's count for the natural year,
/// and records the decision in the ledger — one transaction per batch, idempotent on
/// (listing_id, revision): a redelivered revision gets its earlier decision back.
package struct PenaliseStage: EnvelopeStage {
    package var book: PolicyBook
    package var store: Store

    package init(book: PolicyBook, store: Store) {
        self.book = book
        self.store = store
    }

    package func transform(_ items: [StageItem], context: StageContext) -> [StageOutput] {
        let now = Timestamp.now
        do {
            return try store.withLedger { ledger in
                try items.map { item -> StageOutput in
                    var envelope = item.envelope
                    guard let assessment = envelope.assessment else {
                        return context.deadLetter(ValidationError(.badEnvelope, field: "envelope.assessment", "missing: penalise needs score's assessment"),
                                                  raw: Wire.encode(envelope), listingID: envelope.listingID, revision: envelope.revision)
                    }
                    if let earlier = try ledger.decision(listingID: envelope.listingID, revision: envelope.revision) {
                        envelope.decision = earlier
                        return .forward(envelope, listing: item.listing)
                    }
                    let policy = book[envelope.platform]
                    let year = policy.naturalYear(of: envelope.observedDate)
                    let before = try ledger.count(merchantID: envelope.merchantID, platform: envelope.platform, year: year)
                    let (decision, counted) = policy.decide(envelope, assessment: assessment, countBefore: before, now: now)
                    try ledger.insert(decision, for: envelope, counted: counted)
                    envelope.decision = decision
                    return .forward(envelope, listing: item.listing)
                }
            }
        } catch {
            // Nothing was committed; the journal redelivers these listings.
            context.logger.error("Ledger transaction failed; listings will be redelivered", metadata: ["error": "\(error)"])
            return []
        }
    }
}
