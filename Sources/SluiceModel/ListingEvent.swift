/// One piece of a listing: a title, a detail page, a comment, …
package struct ListingPart: Sendable, Hashable, JSONWritable {
    package var scene: Scene
    package var text: String

    package init(scene: Scene, text: String) {
        self.scene = scene
        self.text = text
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject(); w.field("scene", scene); w.field("text", text); w.endObject()
    }
}

/// A content item or a whole listing, as producers send it.
package struct ListingEvent: Sendable, Hashable, JSONWritable {
    package var listingID: String
    package var revision: Int
    package var platform: Platform
    package var merchantID: String
    package var actor: Actor
    package var category: String
    /// When the content was published, as the producer wrote it (RFC 3339).
    package var observedAt: String
    package var parts: [ListingPart]

    package init(listingID: String, revision: Int, platform: Platform, merchantID: String, actor: Actor,
                 category: String, observedAt: String, parts: [ListingPart]) {
        self.listingID = listingID
        self.revision = revision
        self.platform = platform
        self.merchantID = merchantID
        self.actor = actor
        self.category = category
        self.observedAt = observedAt
        self.parts = parts
    }

    package var key: ListingKey { ListingKey(listingID: listingID, revision: revision) }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("listing_id", listingID)
        w.field("revision", revision)
        w.field("platform", platform)
        w.field("merchant_id", merchantID)
        w.field("actor", actor)
        w.field("category", category)
        w.field("observed_at", observedAt)
        w.field("parts", parts)
        w.endObject()
    }
}

/// Limits applied when a listing event is validated.
package struct ValidationLimits: Sendable, Hashable {
    /// Largest accepted text of one part, in UTF-8 bytes.
    package var maxTextBytes: Int = 65_536
    /// Largest accepted message, in bytes; the intake socket refuses bigger ones unread.
    package var maxMessageBytes: Int = 1_048_576
    /// Most parts in one listing.
    package var maxParts: Int = 64

    package init(maxTextBytes: Int = 65_536, maxMessageBytes: Int = 1_048_576, maxParts: Int = 64) {
        self.maxTextBytes = maxTextBytes
        self.maxMessageBytes = maxMessageBytes
        self.maxParts = maxParts
    }
}

/// Why an input was refused: a machine-readable reason, the field, and the problem in words.
package struct ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    package var reason: DeadLetterReason
    package var field: String
    package var problem: String
    /// The listing's key as far as it could be read (input that is JSON but not a valid event).
    package var listingID: String?
    package var revision: Int?

    package init(_ reason: DeadLetterReason, field: String, _ problem: String) {
        self.reason = reason
        self.field = field
        self.problem = problem
    }

    /// `parts[1].text: longer than 65536 bytes`
    package var description: String { field.isEmpty ? problem : "\(field): \(problem)" }
}

/// A validated listing with what intake derives from it.
package struct ValidListing: Sendable {
    package var event: ListingEvent
    /// `observed_at` in UNIX seconds.
    package var observed: Double

    package init(event: ListingEvent, observed: Double) {
        self.event = event
        self.observed = observed
    }
}

extension ListingEvent {
    /// Parses and validates a listing event from the bytes a producer sent.
    /// Every problem is reported as a `ValidationError` naming the field.
    ///
    /// A valid listing is read field by field straight from the bytes (`direct`); anything that
    /// reader does not accept goes through the full reading, which says what is wrong.
    package static func validate(_ bytes: [UInt8], limits: ValidationLimits = .init()) throws(ValidationError) -> ValidListing {
        if let valid = direct(bytes, limits: limits) { return valid }
        return try validateInFull(bytes, limits: limits)
    }

    /// The full reading behind `validate`: parses the document into a tree, then reads and
    /// checks each field, naming the first problem.
    package static func validateInFull(_ bytes: [UInt8], limits: ValidationLimits = .init()) throws(ValidationError) -> ValidListing {
        guard bytes.count <= limits.maxMessageBytes else {
            throw ValidationError(.messageTooLarge, field: "", "message is \(bytes.count) bytes, more than \(limits.maxMessageBytes)")
        }
        let document: JSONValue
        do {
            document = try JSONValue.parse(bytes)
        } catch {
            throw ValidationError(.notJSON, field: "", error.problem)
        }
        var f: JSONFields
        do {
            f = try JSONFields(document)
        } catch {
            throw ValidationError(.notObject, field: "", "expected a JSON object, got \(document.kindName)")
        }
        do {
            return try read(f, limits: limits)
        } catch {
            var refusal: ValidationError
            switch error {
            case let e as ValidationError: refusal = e
            case let e as JSONError: refusal = ValidationError(e.kind == .missing ? .missingField : .invalidField, field: e.field, e.problem)
            default: refusal = ValidationError(.invalidField, field: "", "\(error)")
            }
            // The document parsed: its key is known, so a producer can match the answer.
            refusal.listingID = f["listing_id"]?.stringValue
            refusal.revision = f["revision"]?.intValue
            throw refusal
        }
    }

    private static func read(_ fields: JSONFields, limits: ValidationLimits) throws -> ValidListing {
        var f = fields
        let listingID = try f.string("listing_id", maxBytes: 256)
        let revision = try f.int("revision")
        guard revision >= 0 else { throw ValidationError(.invalidField, field: "revision", "must be ≥ 0") }
        let platformName = try f.string("platform", maxBytes: 64)
        guard let platform = Platform(rawValue: platformName) else {
            throw ValidationError(.unknownPlatform, field: "platform",
                                  "unknown platform '\(platformName)' (expected one of \(Platform.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let merchantID = try f.string("merchant_id", maxBytes: 256)
        let actor = try f.value("actor", as: Actor.self)
        let category = f.has("category") ? try f.string("category", maxBytes: 64) : "other"
        let observedAt = try f.string("observed_at", maxBytes: 64)
        guard let observed = Timestamp.parse(observedAt) else {
            throw ValidationError(.invalidField, field: "observed_at", "'\(observedAt)' is not an RFC 3339 timestamp like 2026-11-22T07:00:00Z")
        }
        var parts: [ListingPart] = []
        if f.has("parts") {
            let list = try f.array("parts")
            guard !list.isEmpty else { throw ValidationError(.invalidField, field: "parts", "is empty") }
            guard list.count <= limits.maxParts else {
                throw ValidationError(.invalidField, field: "parts", "has \(list.count) parts, more than \(limits.maxParts)")
            }
            parts.reserveCapacity(list.count)
            for (i, item) in list.enumerated() {
                parts.append(try part(try JSONFields(item, prefix: "parts[\(i)]."), limits: limits))
            }
        } else if f.has("text") || f.has("scene") {
            parts.append(try part(f, limits: limits))
        } else {
            throw ValidationError(.missingField, field: "parts", "missing (give parts:[{scene,text}] or top-level scene and text)")
        }
        let event = ListingEvent(listingID: listingID, revision: revision, platform: platform, merchantID: merchantID,
                                 actor: actor, category: category, observedAt: observedAt, parts: parts)
        return ValidListing(event: event, observed: observed)
    }

    private static func part(_ fields: JSONFields, limits: ValidationLimits) throws -> ListingPart {
        var f = fields
        let scene = try f.value("scene", as: Scene.self)
        let text = try f.string("text")
        let size = text.utf8.count
        guard size <= limits.maxTextBytes else {
            throw ValidationError(.textTooLarge, field: f.prefix + "text", "longer than \(limits.maxTextBytes) bytes (\(size))")
        }
        return ListingPart(scene: scene, text: text)
    }

    /// The `listing_id` and `revision` of a message without parsing it (producers matching
    /// acknowledgements to what they sent); nil when they are not plain top-level values.
    package static func keyHint(_ raw: [UInt8]) -> ListingKey? {
        guard let id = bestEffortID(raw), let revision = scanInt(raw, key: "\"revision\"") else { return nil }
        return ListingKey(listingID: id, revision: revision)
    }

    static func scanInt(_ raw: [UInt8], key: String) -> Int? {
        let window = raw.prefix(8192)
        let needle = Array(key.utf8)
        var i = window.startIndex
        while i + needle.count <= window.endIndex {
            if window[i] == needle[0] && window[i..<(i + needle.count)].elementsEqual(needle) {
                var j = i + needle.count
                while j < window.endIndex && (window[j] == 0x20 || window[j] == UInt8(ascii: ":")) { j += 1 }
                var v = 0
                let start = j
                while j < window.endIndex, window[j] >= 48, window[j] <= 57, j - start < 18 { v = v * 10 + Int(window[j] - 48); j += 1 }
                return j > start ? v : nil
            }
            i += 1
        }
        return nil
    }

    /// The `listing_id` of input that could not be validated, read from its first few KB only
    /// (never the whole message), so a dead letter can be found by it.
    package static func bestEffortID(_ raw: [UInt8]) -> String? {
        let window = raw.prefix(8192)
        let needle = Array("\"listing_id\"".utf8)
        guard window.count > needle.count else { return nil }
        var i = window.startIndex
        while i + needle.count <= window.endIndex {
            if window[i] == needle[0] && window[i..<(i + needle.count)].elementsEqual(needle) {
                var j = i + needle.count
                while j < window.endIndex && (window[j] == 0x20 || window[j] == UInt8(ascii: ":")) { j += 1 }
                guard j < window.endIndex, window[j] == UInt8(ascii: "\"") else { return nil }
                j += 1
                let start = j
                while j < window.endIndex && window[j] != UInt8(ascii: "\"") && window[j] != UInt8(ascii: "\\") && j - start < 256 { j += 1 }
                guard j < window.endIndex, window[j] == UInt8(ascii: "\""), j > start else { return nil }
                return String(decoding: window[start..<j], as: UTF8.self)
            }
            i += 1
        }
        return nil
    }
}
