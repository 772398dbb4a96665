extension Header {
    /// Reads a header from its wire bytes. Every stage reads the header of every message it
    /// takes, so the compact form `write(to:)` produces (no white space, no escapes, known keys,
    /// each once) is read straight from the bytes; anything else — another writer's spacing,
    /// escapes, a missing or unknown key, a bad value — goes to the general decoder
    /// (`init(json:)`), which reads every valid header and says what is wrong with the rest. Both
    /// give the same header for the same bytes (`StageMessageTests` in `JSONTests.swift` compares them).
    package static func read(_ bytes: [UInt8]) throws(JSONError) -> Header {
        if let header = compact(bytes) { return header }
        return try Header(json: JSONValue.parse(bytes))
    }

    /// The header when the bytes are exactly the compact form `write(to:)` produces; else nil.
    package static func compact(_ bytes: [UInt8]) -> Header? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = CompactHeaderReader(buffer)
            return reader.read()
        }
    }
}

/// The compact reader behind `Header.read`: nil whenever the bytes are not exactly what
/// `Header.write(to:)` writes.
private struct CompactHeaderReader {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    /// The header's keys, in the order `Header.write(to:)` writes them.
    private enum Key: Int, CaseIterable {
        case schema, jseq, listingID, revision, platform, merchantID, actor, category, observedAt, observedUs, attempt,
             ingestedUs, trail, sentUs, redrive, signals, violation, severity, score, decisionID, counted, noticeID

        var name: StaticString {
            switch self {
            case .schema: "schema"
            case .jseq: "jseq"
            case .listingID: "listing_id"
            case .revision: "revision"
            case .platform: "platform"
            case .merchantID: "merchant_id"
            case .actor: "actor"
            case .category: "category"
            case .observedAt: "observed_at"
            case .observedUs: "observed_us"
            case .attempt: "attempt"
            case .ingestedUs: "ingested_us"
            case .trail: "trail"
            case .sentUs: "sent_us"
            case .redrive: "redrive"
            case .signals: "signals"
            case .violation: "violation"
            case .severity: "severity"
            case .score: "score"
            case .decisionID: "decision_id"
            case .counted: "counted"
            case .noticeID: "notice_id"
            }
        }

        static let count = Key.allCases.count
        var bit: UInt32 { 1 << UInt32(rawValue) }
        /// The keys every header has: those up to `sent_us`.
        static let required: UInt32 = (Key.sentUs.bit << 1) - 1
    }

    mutating func read() -> Header? {
        guard b.count > 2, b[0] == UInt8(ascii: "{"), b[b.count - 1] == UInt8(ascii: "}") else { return nil }
        i = 1
        var schema = 0, jseq = 0, revision = 0, attempt = 0, observedUs = 0, ingestedUs = 0, sentUs = 0
        var listingID = "", merchantID = "", category = "", observedAt = "", trail = ""
        var platform: Platform?, actor: Actor?
        var redrive = false, violation = false
        var signals: [Signal] = []
        var severity: Severity?, score: Int?, decisionID: String?, counted: Bool?, noticeID: String?
        var seen: UInt32 = 0
        var next = 0
        while true {
            guard let key = key(from: &next), seen & key.bit == 0 else { return nil }
            seen |= key.bit
            switch key {
            case .schema: guard let v = int() else { return nil }; schema = v
            case .jseq: guard let v = int() else { return nil }; jseq = v
            case .listingID: guard let v = string() else { return nil }; listingID = v
            case .revision: guard let v = int() else { return nil }; revision = v
            case .platform: guard let v = name(Platform.byteNames) else { return nil }; platform = v
            case .merchantID: guard let v = string() else { return nil }; merchantID = v
            case .actor: guard let v = name(Actor.byteNames) else { return nil }; actor = v
            case .category: guard let v = string() else { return nil }; category = v
            case .observedAt: guard let v = string() else { return nil }; observedAt = v
            case .observedUs: guard let v = int() else { return nil }; observedUs = v
            case .attempt: guard let v = int() else { return nil }; attempt = v
            case .ingestedUs: guard let v = int() else { return nil }; ingestedUs = v
            case .trail: guard let v = string() else { return nil }; trail = v
            case .sentUs: guard let v = int() else { return nil }; sentUs = v
            case .redrive: guard let v = bool() else { return nil }; redrive = v
            case .signals: guard let v = signalList() else { return nil }; signals = v
            case .violation: guard let v = bool() else { return nil }; violation = v
            case .severity: guard let v = name(Severity.byteNames) else { return nil }; severity = v
            case .score: guard let v = int() else { return nil }; score = v
            case .decisionID: guard let v = string() else { return nil }; decisionID = v
            case .counted: guard let v = bool() else { return nil }; counted = v
            case .noticeID: guard let v = string() else { return nil }; noticeID = v
            }
            guard i < b.count else { return nil }
            if b[i] == UInt8(ascii: "}") { break }
            guard b[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
        guard i == b.count - 1, seen & Key.required == Key.required, schema == schemaVersion, let platform, let actor else { return nil }
        var h = Header(jseq: jseq, listingID: listingID, revision: revision, platform: platform, merchantID: merchantID, actor: actor,
                       category: category, observedAt: observedAt, observed: Micros.seconds(observedUs), attempt: attempt,
                       ingestedAt: Micros.seconds(ingestedUs))
        h.trail = trail
        h.sentAt = Micros.seconds(sentUs)
        h.redrive = redrive
        h.signals = signals
        h.violation = violation
        h.severity = severity
        h.score = score
        h.decisionID = decisionID
        h.counted = counted
        h.noticeID = noticeID
        return h
    }

    /// `"name":` of a known key; keys usually come in writing order, so the search starts at `next`.
    private mutating func key(from next: inout Int) -> Key? {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
        let start = i + 1
        var end = start
        while end < b.count, b[end] != UInt8(ascii: "\"") { end += 1 }
        guard end + 1 < b.count, b[end + 1] == UInt8(ascii: ":") else { return nil }
        let count = end - start
        for k in 0..<Key.count {
            let candidate = Key(rawValue: (next + k) % Key.count)!
            let matches = candidate.name.withUTF8Buffer { w in
                guard w.count == count else { return false }
                for j in 0..<count where w[j] != b[start + j] { return false }
                return true
            }
            if matches {
                next = (candidate.rawValue + 1) % Key.count
                i = end + 2
                return candidate
            }
        }
        return nil
    }

    private mutating func int() -> Int? {
        var negative = false
        if i < b.count, b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        let start = i
        var v = 0
        while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(b[i] - UInt8(ascii: "0")))
            guard !o1, !o2 else { return nil }
            v = a
            i += 1
        }
        // A leading zero, a fraction or an exponent: the general decoder's business.
        guard i > start, !(b[start] == UInt8(ascii: "0") && i - start > 1) else { return nil }
        if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") { return nil }
        return negative ? -v : v
    }

    private mutating func string() -> String? {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
        let start = i + 1
        var end = start
        var ascii = true
        while end < b.count {
            let c = b[end]
            if c == UInt8(ascii: "\"") { break }
            // Escapes and control characters: the general decoder's business.
            if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
            if c >= 0x80 { ascii = false }
            end += 1
        }
        guard end < b.count else { return nil }
        let slice = UnsafeBufferPointer(rebasing: b[start..<end])
        i = end + 1
        return ascii ? String(decoding: slice, as: UTF8.self) : String(validating: slice, as: UTF8.self)
    }

    /// One of `names`, written as `write(to:)` writes it (no escapes); else nil.
    private mutating func name<V>(_ names: ByteNames<V>) -> V? {
        names.quoted(b, at: &i)
    }

    private mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let ok = word.withUTF8Buffer { w in (0..<n).allSatisfy { b[i + $0] == w[$0] } }
        if ok { i += n }
        return ok
    }

    private mutating func signalList() -> [Signal]? {
        guard i < b.count, b[i] == UInt8(ascii: "[") else { return nil }
        i += 1
        var out: [Signal] = []
        if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return out }
        while true {
            guard let s = name(Signal.byteNames) else { return nil }
            out.append(s)
            guard i < b.count else { return nil }
            if b[i] == UInt8(ascii: "]") { i += 1; return out }
            guard b[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
    }
}
