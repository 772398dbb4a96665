import Foundation

/// One stop of a listing on its way through the pipeline.
package struct Hop: Codable, Sendable, Hashable {
    package var stage: String
    package var worker: String
    /// When the stage sent it on (UNIX seconds).
    package var at: Double

    package init(stage: String, worker: String, at: Double) {
        self.stage = stage
        self.worker = worker
        self.at = at
    }
}

/// Where a listing has been.
package struct Trace: Codable, Sendable, Hashable {
    package var id: String
    /// 1 for the first delivery; redelivery after a timeout adds one.
    package var attempt: Int
    package var ingestedAt: Double
    package var hops: [Hop]

    package init(id: String, attempt: Int, ingestedAt: Double, hops: [Hop] = []) {
        self.id = id
        self.attempt = attempt
        self.ingestedAt = ingestedAt
        self.hops = hops
    }

    enum CodingKeys: String, CodingKey {
        case id, attempt, ingestedAt = "ingested_at", hops
    }
}

/// What travels between stages beside the listing's own bytes; it grows as it goes.
/// The listing's metadata is copied here so that stages which don't read the text never
/// parse the listing.
package struct Envelope: Codable, Sendable, Hashable {
    package var schema: Int
    package var listingID: String
    package var revision: Int
    package var platform: Platform
    package var merchantID: String
    package var actor: Actor
    package var category: String
    package var observedAt: String
    package var trace: Trace
    package var findings: [Finding]?
    package var assessment: Assessment?
    package var decision: Decision?
    package var notice: Notice?

    package init(event: ListingEvent, trace: Trace) {
        schema = schemaVersion
        listingID = event.listingID
        revision = event.revision
        platform = event.platform
        merchantID = event.merchantID
        actor = event.actor
        category = event.category
        observedAt = event.observedAt
        self.trace = trace
    }

    enum CodingKeys: String, CodingKey {
        case schema, listingID = "listing_id", revision, platform, merchantID = "merchant_id", actor, category
        case observedAt = "observed_at", trace, findings, assessment, decision, notice
    }

    /// `observed_at` as an instant (validated at intake, so it parses).
    package var observedDate: Date { Timestamp.parse(observedAt) ?? Date(timeIntervalSince1970: 0) }

    /// Whether the listing broke a rule (after score; before it, whether anything was found).
    package var isViolation: Bool {
        if let assessment { return assessment.severity != .none }
        return !(findings ?? []).isEmpty
    }
}
