import Foundation

/// One piece of a listing: a title, a detail page, a comment, …
package struct ListingPart: Codable, Sendable, Hashable {
    package var scene: Scene
    package var text: String

    package init(scene: Scene, text: String) {
        self.scene = scene
        self.text = text
    }
}

/// A content item or a whole listing, as producers send it.
package struct ListingEvent: Codable, Sendable, Hashable {
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

    enum CodingKeys: String, CodingKey {
        case listingID = "listing_id", revision, platform, merchantID = "merchant_id", actor, category
        case observedAt = "observed_at", parts
    }
}

/// Limits applied when a listing event is validated.
package struct ValidationLimits: Sendable, Hashable {
    /// Largest accepted text of one part, in UTF-8 bytes.
    package var maxTextBytes: Int = 65_536
    /// Largest accepted message, in bytes.
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

    package init(_ reason: DeadLetterReason, field: String, _ problem: String) {
        self.reason = reason
        self.field = field
        self.problem = problem
    }

    /// `parts[1].text: longer than 65536 bytes`
    package var description: String { field.isEmpty ? problem : "\(field): \(problem)" }
}

extension ListingEvent {
    /// Parses and validates a listing event from the bytes a producer sent.
    /// Every problem is reported as a `ValidationError` naming the field.
    package static func validate(_ bytes: [UInt8], limits: ValidationLimits = .init()) throws(ValidationError) -> ListingEvent {
        guard bytes.count <= limits.maxMessageBytes else {
            throw ValidationError(.messageTooLarge, field: "", "message is \(bytes.count) bytes, more than \(limits.maxMessageBytes)")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw ValidationError(.notJSON, field: "", "not valid UTF-8 JSON")
        }
        guard let dict = object as? [String: Any] else {
            throw ValidationError(.notObject, field: "", "expected a JSON object")
        }
        let fields = Fields(dict)

        let listingID = try fields.string("listing_id", maxLength: 256)
        let revision = try fields.int("revision", min: 0)
        let platformName = try fields.string("platform", maxLength: 64)
        guard let platform = Platform(rawValue: platformName) else {
            throw ValidationError(.unknownPlatform, field: "platform",
                                  "unknown platform '\(platformName)' (expected one of \(Platform.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let merchantID = try fields.string("merchant_id", maxLength: 256)
        let actorName = try fields.string("actor", maxLength: 64)
        guard let actor = Actor(rawValue: actorName) else {
            throw ValidationError(.invalidField, field: "actor",
                                  "unknown actor '\(actorName)' (expected one of \(Actor.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let category = try fields.optionalString("category", maxLength: 64) ?? "other"
        let observedAt = try fields.string("observed_at", maxLength: 64)
        guard Timestamp.parse(observedAt) != nil else {
            throw ValidationError(.invalidField, field: "observed_at", "'\(observedAt)' is not an RFC 3339 timestamp like 2026-11-22T07:00:00Z")
        }

        var parts: [ListingPart] = []
        if let rawParts = dict["parts"] {
            guard let list = rawParts as? [Any] else {
                throw ValidationError(.invalidField, field: "parts", "expected an array of {scene, text}")
            }
            guard !list.isEmpty else { throw ValidationError(.invalidField, field: "parts", "is empty") }
            guard list.count <= limits.maxParts else {
                throw ValidationError(.invalidField, field: "parts", "has \(list.count) parts, more than \(limits.maxParts)")
            }
            for (i, item) in list.enumerated() {
                guard let partDict = item as? [String: Any] else {
                    throw ValidationError(.invalidField, field: "parts[\(i)]", "expected an object {scene, text}")
                }
                let partFields = Fields(partDict, prefix: "parts[\(i)].")
                parts.append(try partFields.part(limits: limits))
            }
        } else if dict["text"] != nil || dict["scene"] != nil {
            parts.append(try fields.part(limits: limits))
        } else {
            throw ValidationError(.missingField, field: "parts", "missing (give parts:[{scene,text}] or top-level scene and text)")
        }
        return ListingEvent(listingID: listingID, revision: revision, platform: platform, merchantID: merchantID,
                            actor: actor, category: category, observedAt: observedAt, parts: parts)
    }
}

/// Typed access to a decoded JSON object with precise errors.
private struct Fields {
    let dict: [String: Any]
    let prefix: String

    init(_ dict: [String: Any], prefix: String = "") {
        self.dict = dict
        self.prefix = prefix
    }

    func string(_ key: String, maxLength: Int) throws(ValidationError) -> String {
        guard let value = dict[key], !(value is NSNull) else {
            throw ValidationError(.missingField, field: prefix + key, "missing")
        }
        guard let s = value as? String else {
            throw ValidationError(.invalidField, field: prefix + key, "expected a string")
        }
        guard !s.isEmpty else { throw ValidationError(.invalidField, field: prefix + key, "is empty") }
        guard s.utf8.count <= maxLength else {
            throw ValidationError(.invalidField, field: prefix + key, "longer than \(maxLength) bytes")
        }
        return s
    }

    func optionalString(_ key: String, maxLength: Int) throws(ValidationError) -> String? {
        guard let value = dict[key], !(value is NSNull) else { return nil }
        return try string(key, maxLength: maxLength)
    }

    func int(_ key: String, min: Int) throws(ValidationError) -> Int {
        guard let value = dict[key], !(value is NSNull) else {
            throw ValidationError(.missingField, field: prefix + key, "missing")
        }
        // JSONSerialization gives NSNumber; refuse booleans and fractions.
        guard let number = value as? NSNumber, number.objCType.pointee != CChar(UInt8(ascii: "c")),
              let int = Int(exactly: number.doubleValue) else {
            throw ValidationError(.invalidField, field: prefix + key, "expected an integer")
        }
        guard int >= min else { throw ValidationError(.invalidField, field: prefix + key, "must be ≥ \(min)") }
        return int
    }

    func part(limits: ValidationLimits) throws(ValidationError) -> ListingPart {
        let sceneName = try string("scene", maxLength: 64)
        guard let scene = Scene(rawValue: sceneName) else {
            throw ValidationError(.invalidField, field: prefix + "scene",
                                  "unknown scene '\(sceneName)' (expected one of \(Scene.allCases.map(\.rawValue).sorted().joined(separator: ", ")))")
        }
        guard let value = dict["text"], !(value is NSNull) else {
            throw ValidationError(.missingField, field: prefix + "text", "missing")
        }
        guard let text = value as? String else {
            throw ValidationError(.invalidField, field: prefix + "text", "expected a string")
        }
        let size = text.utf8.count
        guard size <= limits.maxTextBytes else {
            throw ValidationError(.textTooLarge, field: prefix + "text", "longer than \(limits.maxTextBytes) bytes (\(size))")
        }
        return ListingPart(scene: scene, text: text)
    }
}
