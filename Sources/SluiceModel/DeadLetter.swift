/// Machine-readable reasons for a dead letter.
package enum DeadLetterReason: String, Sendable, CaseIterable, JSONWritable {
    case notJSON = "not_json"
    case notObject = "not_object"
    case missingField = "missing_field"
    case invalidField = "invalid_field"
    case unknownPlatform = "unknown_platform"
    case textTooLarge = "text_too_large"
    case messageTooLarge = "message_too_large"
    /// Frames between stages that are not a Sluice message.
    case badEnvelope = "bad_envelope"
    /// A listing that ran out of delivery attempts.
    case attemptsExhausted = "attempts_exhausted"
    /// A stage could not process a valid message.
    case stageError = "stage_error"
    /// A message from a process that may not send it (wrong role or pipeline).
    case refused
}

/// Input that could not be processed, kept with its reason and (truncated) bytes.
package struct DeadLetter: Sendable, Hashable, JSONCodable {
    package var schema: Int
    /// The intake journal's sequence number when the input was journaled: the key of its
    /// terminal record (nil for bad frames between stages, which have no listing).
    package var jseq: Int?
    package var reason: DeadLetterReason
    /// The field and problem, e.g. `parts[1].text: longer than 65536 bytes`.
    package var detail: String
    package var stage: StageName
    package var worker: String
    package var listingID: String?
    package var revision: Int?
    package var merchantID: String?
    /// The raw input, UTF-8 with invalid bytes replaced, cut to `rawLimit` bytes.
    package var raw: String
    package var rawBytes: Int
    package var at: Double
    /// It is the result of an operator's re-drive and replaces the message's earlier dead letter.
    package var redrive = false

    package static let rawLimit = 4096

    package init(jseq: Int? = nil, reason: DeadLetterReason, detail: String, stage: StageName, worker: String,
                 listingID: String? = nil, revision: Int? = nil, merchantID: String? = nil, raw: ArraySlice<UInt8>,
                 rawBytes: Int? = nil, at: Double) {
        schema = schemaVersion
        self.jseq = jseq
        self.reason = reason
        self.detail = detail
        self.stage = stage
        self.worker = worker
        self.listingID = listingID
        self.revision = revision
        self.merchantID = merchantID
        self.raw = Self.truncate(raw)
        self.rawBytes = rawBytes ?? raw.count
        self.at = at
    }

    /// Cuts to `rawLimit` bytes without splitting a character, invalid bytes replaced.
    private static func truncate(_ raw: ArraySlice<UInt8>) -> String {
        var end = min(raw.count, rawLimit)
        let base = raw.startIndex
        if end < raw.count {
            // Step back over UTF-8 continuation bytes so the cut is on a character boundary.
            while end > 0 && (raw[base + end] & 0xC0) == 0x80 { end -= 1 }
        }
        return String(decoding: raw[base..<(base + end)], as: UTF8.self)
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("schema", schema)
        w.field("jseq", jseq)
        w.field("reason", reason)
        w.field("detail", detail)
        w.field("stage", stage)
        w.field("worker", worker)
        w.field("listing_id", listingID)
        w.field("revision", revision)
        w.field("merchant_id", merchantID)
        w.field("raw", raw)
        w.field("raw_bytes", rawBytes)
        w.field("at", at)
        if redrive { w.field("redrive", true) }
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        schema = try f.int("schema")
        jseq = try f.optionalInt("jseq")
        reason = try f.value("reason", as: DeadLetterReason.self)
        detail = try f.string("detail")
        stage = try f.value("stage", as: StageName.self)
        worker = try f.string("worker")
        listingID = try f.optionalString("listing_id")
        revision = try f.optionalInt("revision")
        merchantID = try f.optionalString("merchant_id")
        raw = try f.string("raw")
        rawBytes = try f.int("raw_bytes")
        at = try f.double("at")
        redrive = try f.optionalBool("redrive") ?? false
    }
}
