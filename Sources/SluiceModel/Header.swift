/// One stop of a listing on its way through the pipeline.
package struct Hop: Sendable, Hashable, JSONCodable {
    static let codes: [StageName: String] = [.ingest: "i", .detect: "d", .score: "s", .penalise: "p", .notify: "n", .recorder: "r"]
    static let stages: [String: StageName] = Dictionary(uniqueKeysWithValues: codes.map { ($0.value, $0.key) })

    static func code(_ stage: StageName) -> String { codes[stage] ?? stage.rawValue }

    /// Reads a trail (`code worker µs;…`).
    package static func parse(_ trail: String, ingestedAt: Double) -> [Hop] {
        trail.split(separator: ";").compactMap { piece in
            let f = piece.split(separator: " ")
            guard f.count == 3, let stage = stages[String(f[0])] ?? StageName(rawValue: String(f[0])), let us = Int(f[2]) else { return nil }
            return Hop(stage: stage, worker: String(f[1]), at: ingestedAt + Micros.seconds(us))
        }
    }

    package var stage: StageName
    package var worker: String
    /// When the stage sent it on (UNIX seconds).
    package var at: Double

    package init(stage: StageName, worker: String, at: Double) {
        self.stage = stage
        self.worker = worker
        self.at = at
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject(); w.field("stage", stage); w.field("worker", worker); w.field("at_us", Micros.from(at)); w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        stage = try f.value("stage", as: StageName.self)
        worker = try f.string("worker")
        at = Micros.seconds(try f.int("at_us"))
    }
}

/// What travels between stages in front of the sections: the listing's identity and
/// metadata (copied at intake, so stages that don't read the text never parse the listing),
/// its trace, and a running summary each stage adds to. Small, and the only part every stage
/// decodes.
package struct Header: Sendable, Hashable, JSONCodable {
    package var schema: Int
    /// The intake journal's sequence number: the key of this listing's terminal record.
    package var jseq: Int
    package var listingID: String
    package var revision: Int
    package var platform: Platform
    package var merchantID: String
    package var actor: Actor
    package var category: String
    /// As the producer wrote it (RFC 3339).
    package var observedAt: String
    /// The same instant in UNIX seconds, parsed once at intake.
    package var observed: Double
    /// 1 for the first delivery; each redelivery adds one.
    package var attempt: Int
    package var ingestedAt: Double
    /// Where it has been, compactly: `i ingest 0;d detect-1 1340;…` — each hop's stage code,
    /// worker and microseconds after intake. Stages append to it without reading it.
    package var trail: String
    /// When the previous stage sent it on (the last hop), in UNIX seconds.
    package var sentAt: Double
    /// An operator re-drove this message after its dead letter: its new result replaces it.
    package var redrive = false

    // The running summary.
    /// Signals detect counted (the evidence itself is the findings section).
    package var signals: [Signal] = []
    package var violation = false
    package var severity: Severity?
    package var score: Int?
    package var decisionID: String?
    /// Whether the decision adds to the merchant's count.
    package var counted: Bool?
    package var noticeID: String?

    package init(jseq: Int, listingID: String, revision: Int, platform: Platform, merchantID: String, actor: Actor,
                 category: String, observedAt: String, observed: Double, attempt: Int, ingestedAt: Double) {
        schema = schemaVersion
        self.jseq = jseq
        self.listingID = listingID
        self.revision = revision
        self.platform = platform
        self.merchantID = merchantID
        self.actor = actor
        self.category = category
        self.observedAt = observedAt
        self.observed = observed
        self.attempt = attempt
        self.ingestedAt = ingestedAt
        trail = ""
        sentAt = ingestedAt
    }

    package init(event: ListingEvent, jseq: Int, observed: Double, attempt: Int, ingestedAt: Double) {
        self.init(jseq: jseq, listingID: event.listingID, revision: event.revision, platform: event.platform,
                  merchantID: event.merchantID, actor: event.actor, category: event.category, observedAt: event.observedAt,
                  observed: observed, attempt: attempt, ingestedAt: ingestedAt)
    }

    package var key: ListingKey { ListingKey(listingID: listingID, revision: revision) }

    /// When the previous stage sent it on (or intake accepted it).
    package var lastSentAt: Double { sentAt }

    /// Records a hop: this stage sent it on at `at`.
    package mutating func appendHop(_ stage: StageName, worker: String, at: Double) {
        var piece = trail.isEmpty ? "" : ";"
        piece += Hop.code(stage)
        piece += " "
        piece += worker.contains(where: { $0 == " " || $0 == ";" }) ? String(worker.map { $0 == " " || $0 == ";" ? "_" : $0 }) : worker
        piece += " "
        piece += String(Micros.from(at - ingestedAt))
        trail += piece
        sentAt = at
    }

    /// The hops, read back from the trail.
    package var hops: [Hop] { Hop.parse(trail, ingestedAt: ingestedAt) }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("schema", schema)
        w.field("jseq", jseq)
        w.field("listing_id", listingID)
        w.field("revision", revision)
        w.field("platform", platform)
        w.field("merchant_id", merchantID)
        w.field("actor", actor)
        w.field("category", category)
        w.field("observed_at", observedAt)
        w.field("observed_us", Micros.from(observed))
        w.field("attempt", attempt)
        w.field("ingested_us", Micros.from(ingestedAt))
        w.field("trail", trail)
        w.field("sent_us", Micros.from(sentAt))
        if redrive { w.field("redrive", true) }
        if !signals.isEmpty { w.field("signals", signals) }
        if violation { w.field("violation", true) }
        w.field("severity", severity)
        w.field("score", score)
        w.field("decision_id", decisionID)
        w.field("counted", counted)
        w.field("notice_id", noticeID)
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        schema = try f.int("schema")
        guard schema == schemaVersion else {
            throw JSONError(.invalid, field: "schema", "version \(schema) is not \(schemaVersion): all processes of a pipeline must run the same release")
        }
        jseq = try f.int("jseq")
        listingID = try f.string("listing_id")
        revision = try f.int("revision")
        platform = try f.value("platform", as: Platform.self)
        merchantID = try f.string("merchant_id")
        actor = try f.value("actor", as: Actor.self)
        category = try f.string("category")
        observedAt = try f.string("observed_at")
        observed = Micros.seconds(try f.int("observed_us"))
        attempt = try f.int("attempt")
        ingestedAt = Micros.seconds(try f.int("ingested_us"))
        trail = try f.string("trail")
        sentAt = Micros.seconds(try f.int("sent_us"))
        redrive = try f.optionalBool("redrive") ?? false
        if f.has("signals") {
            var out: [Signal] = []
            for s in try f.strings("signals") {
                guard let signal = Signal(rawValue: s) else { throw JSONError(.invalid, field: "signals", "unknown signal '\(s)'") }
                out.append(signal)
            }
            signals = out
        }
        violation = try f.optionalBool("violation") ?? false
        severity = try f.optionalValue("severity", as: Severity.self)
        score = try f.optionalInt("score")
        decisionID = try f.optionalString("decision_id")
        counted = try f.optionalBool("counted")
        noticeID = try f.optionalString("notice_id")
    }
}

/// The idempotency key of a listing everywhere downstream of intake.
package struct ListingKey: Sendable, Hashable, CustomStringConvertible {
    package var listingID: String
    package var revision: Int

    package init(listingID: String, revision: Int) {
        self.listingID = listingID
        self.revision = revision
    }

    package var description: String { "\(listingID) r\(revision)" }
}

/// Instants on the wire as integer microseconds since 1970: exact, and cheap to write and read.
package enum Micros {
    package static func from(_ seconds: Double) -> Int { Int((seconds * 1_000_000).rounded()) }
    package static func seconds(_ micros: Int) -> Double { Double(micros) / 1_000_000 }
}
