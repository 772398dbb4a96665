extension ListingEvent {
    /// A valid listing read field by field from its bytes, without building a document tree;
    /// nil whenever the bytes are anything but a listing `validateInFull` accepts as it stands
    /// (a bad or missing field, a null, a key given twice, a number that is not a plain
    /// integer), so that reading can name the problem. For bytes both accept they give the same
    /// listing (`ListingDirectTests` compares them on the corpus and on mangled copies of it).
    ///
    /// Intake and detect read every listing; the tree costs more than the checks.
    package static func direct(_ bytes: [UInt8], limits: ValidationLimits) -> ValidListing? {
        guard bytes.count <= limits.maxMessageBytes else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = DirectListingReader(parser: JSONParser(buffer), limits: limits)
            return try? reader.read()
        }
    }
}

/// The reader behind `ListingEvent.direct`; every `throw` and `nil` sends the bytes to the full reading.
private struct DirectListingReader {
    var parser: JSONParser
    let limits: ValidationLimits

    /// Not a listing this reader takes as it stands.
    struct Declined: Error {}

    private enum Field: Int {
        case listingID, revision, platform, merchantID, actor, category, observedAt, parts, scene, text
        var bit: UInt16 { 1 << UInt16(rawValue) }

        static let names = ByteNames<Field>([
            ("listing_id", .listingID), ("revision", .revision), ("platform", .platform), ("merchant_id", .merchantID),
            ("actor", .actor), ("category", .category), ("observed_at", .observedAt), ("parts", .parts), ("scene", .scene),
            ("text", .text),
        ])

        /// A key written with escapes, once read (`names` takes the rest straight from the bytes).
        init?(_ key: String) {
            guard let field = Self.names.value(key) else { return nil }
            self = field
        }
    }

    private var b: UnsafeBufferPointer<UInt8> { parser.b }

    mutating func read() throws -> ValidListing {
        // A byte order mark, as the full reading tolerates.
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { parser.i = 3 }
        var listingID: String?, revision: Int?, platform: Platform?, merchantID: String?, actor: Actor?
        var category: String?, observedAt: String?, observed: Double?, parts: [ListingPart]?
        var scene: Scene?, text: String?
        var seen: UInt16 = 0
        try members { field, r throws in
            guard let field else {
                _ = try r.parser.value()  // a field the listing does not read
                return
            }
            guard seen & field.bit == 0 else { throw Declined() }
            seen |= field.bit
            switch field {
            case .listingID: listingID = try r.string(maxBytes: 256)
            case .revision:
                let v = try r.int()
                guard v >= 0 else { throw Declined() }
                revision = v
            case .platform: platform = try r.named(Platform.self)
            case .merchantID: merchantID = try r.string(maxBytes: 256)
            case .actor: actor = try r.named(Actor.self)
            case .category: category = try r.string(maxBytes: 64)
            case .observedAt:
                let s = try r.string(maxBytes: 64)
                observedAt = s
                observed = Timestamp.parse(s)
            case .parts: parts = try r.parts()
            case .scene: scene = try r.named(Scene.self)
            case .text: text = try r.string()
            }
        }
        parser.skipSpace()
        guard parser.i == b.count else { throw Declined() }
        guard let listingID, let revision, let platform, let merchantID, let actor, let observedAt, let observed else {
            throw Declined()
        }
        let listingParts: [ListingPart]
        if let parts {
            listingParts = parts
        } else if let scene, let text, text.utf8.count <= limits.maxTextBytes {
            listingParts = [ListingPart(scene: scene, text: text)]
        } else {
            throw Declined()
        }
        let event = ListingEvent(listingID: listingID, revision: revision, platform: platform, merchantID: merchantID, actor: actor,
                                 category: category ?? "other", observedAt: observedAt, parts: listingParts)
        return ValidListing(event: event, observed: observed)
    }

    /// Calls `body` with each member's field (nil: a key the listing does not read), positioned
    /// at its value, which `body` reads.
    private mutating func members(_ body: (Field?, inout DirectListingReader) throws -> Void) throws {
        parser.skipSpace()
        guard parser.i < b.count, b[parser.i] == UInt8(ascii: "{") else { throw Declined() }
        parser.i += 1
        // Nesting counts as in the full reading, so a deep unknown value is refused alike.
        parser.depth += 1
        defer { parser.depth -= 1 }
        parser.skipSpace()
        if parser.i < b.count && b[parser.i] == UInt8(ascii: "}") { parser.i += 1; return }
        while true {
            parser.skipSpace()
            guard parser.i < b.count, b[parser.i] == UInt8(ascii: "\"") else { throw Declined() }
            let field = try parser.name(Field.names) ?? Field(parser.string())
            parser.skipSpace()
            guard parser.i < b.count, b[parser.i] == UInt8(ascii: ":") else { throw Declined() }
            parser.i += 1
            parser.skipSpace()
            try body(field, &self)
            parser.skipSpace()
            guard parser.i < b.count else { throw Declined() }
            if b[parser.i] == UInt8(ascii: ",") { parser.i += 1; continue }
            if b[parser.i] == UInt8(ascii: "}") { parser.i += 1; return }
            throw Declined()
        }
    }

    private mutating func string() throws -> String {
        guard parser.i < b.count, b[parser.i] == UInt8(ascii: "\"") else { throw Declined() }
        return try parser.string()
    }

    /// One of `E`'s cases, from the bytes when written plainly, else from the string read (nil: no case;
    /// the listing then lacks the field and is declined).
    private mutating func named<E: ByteNamed>(_: E.Type) throws -> E? {
        if let value = parser.name(E.byteNames) { return value }
        return E(rawValue: try string())
    }

    /// A non-empty string of at most `maxBytes` bytes.
    private mutating func string(maxBytes: Int) throws -> String {
        let s = try string()
        guard !s.isEmpty, s.utf8.count <= maxBytes else { throw Declined() }
        return s
    }

    private mutating func int() throws -> Int {
        guard parser.i < b.count, b[parser.i] != UInt8(ascii: "\""), case .int(let v) = try parser.number() else { throw Declined() }
        return v
    }

    private mutating func parts() throws -> [ListingPart] {
        guard parser.i < b.count, b[parser.i] == UInt8(ascii: "[") else { throw Declined() }
        parser.i += 1
        parser.depth += 1
        defer { parser.depth -= 1 }
        var out: [ListingPart] = []
        parser.skipSpace()
        guard parser.i < b.count, b[parser.i] != UInt8(ascii: "]") else { throw Declined() }  // empty: the full reading says so
        while true {
            parser.skipSpace()
            guard out.count < limits.maxParts else { throw Declined() }
            out.append(try part())
            parser.skipSpace()
            guard parser.i < b.count else { throw Declined() }
            if b[parser.i] == UInt8(ascii: ",") { parser.i += 1; continue }
            if b[parser.i] == UInt8(ascii: "]") { parser.i += 1; return out }
            throw Declined()
        }
    }

    private mutating func part() throws -> ListingPart {
        var scene: Scene?, text: String?
        var seen: UInt16 = 0
        try members { field, r throws in
            switch field {
            case .scene?:
                guard seen & Field.scene.bit == 0 else { throw Declined() }
                seen |= Field.scene.bit
                scene = try r.named(Scene.self)
            case .text?:
                guard seen & Field.text.bit == 0 else { throw Declined() }
                seen |= Field.text.bit
                text = try r.string()
            default:
                _ = try r.parser.value()
            }
        }
        guard let scene, let text, text.utf8.count <= limits.maxTextBytes else { throw Declined() }
        return ListingPart(scene: scene, text: text)
    }
}
