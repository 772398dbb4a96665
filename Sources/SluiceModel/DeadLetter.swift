/// Machine-readable reasons for a dead letter.
package enum DeadLetterReason: String, Codable, Sendable, CaseIterable {
    case notJSON = "not_json"
    case notObject = "not_object"
    case missingField = "missing_field"
    case invalidField = "invalid_field"
    case unknownPlatform = "unknown_platform"
    case textTooLarge = "text_too_large"
    case messageTooLarge = "message_too_large"
    /// Frames between stages that are not a Sluice envelope.
    case badEnvelope = "bad_envelope"
    /// A listing that ran out of delivery attempts.
    case attemptsExhausted = "attempts_exhausted"
    /// A stage could not process a valid message.
    case stageError = "stage_error"
}

/// Input that could not be processed, kept with its reason and (truncated) bytes.
package struct DeadLetter: Codable, Sendable, Hashable {
    package var schema: Int
    package var reason: DeadLetterReason
    /// The field and problem, e.g. `parts[1].text: longer than 65536 bytes`.
    package var detail: String
    package var stage: String
    package var worker: String
    package var listingID: String?
    package var revision: Int?
    /// The raw input, UTF-8 with invalid bytes replaced, cut to `rawLimit` bytes.
    package var raw: String
    package var rawBytes: Int
    package var at: Double

    package static let rawLimit = 4096

    package init(reason: DeadLetterReason, detail: String, stage: String, worker: String, listingID: String? = nil,
                 revision: Int? = nil, raw: [UInt8], at: Double) {
        schema = schemaVersion
        self.reason = reason
        self.detail = detail
        self.stage = stage
        self.worker = worker
        self.listingID = listingID
        self.revision = revision
        self.raw = String(decoding: raw.prefix(Self.rawLimit), as: UTF8.self)
        rawBytes = raw.count
        self.at = at
    }

    enum CodingKeys: String, CodingKey {
        case schema, reason, detail, stage, worker, listingID = "listing_id", revision, raw
        case rawBytes = "raw_bytes", at
    }
}
