/// A span of text, in Unicode scalar (code point) offsets into a part's original text,
/// end exclusive. Code points match what most languages index strings by.
package struct Span: Sendable, Hashable, JSONCodable {
    package var start: Int
    package var end: Int

    package init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject(); w.field("start", start); w.field("end", end); w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        start = try f.int("start")
        end = try f.int("end")
    }
}

/// One piece of evidence of diversion, explainable on its own.
package struct Finding: Sendable, Hashable, JSONCodable {
    package var signal: Signal
    /// The rule that matched, e.g. `wechat.keyword` or `phone.mobile`.
    package var ruleID: String
    /// Index into the listing's parts.
    package var part: Int
    package var scene: Scene
    package var span: Span
    /// The text exactly as written.
    package var excerpt: String
    /// What the matcher saw after normalisation.
    package var normalized: String
    /// 0…1.
    package var confidence: Double

    /// Findings at or above this confidence make a listing a violation; weaker ones are
    /// reported as evidence only. The one threshold detect and score share.
    package static let violationThreshold = 0.6

    package var counts: Bool { confidence >= Self.violationThreshold }

    package init(signal: Signal, ruleID: String, part: Int, scene: Scene, span: Span, excerpt: String,
                 normalized: String, confidence: Double) {
        self.signal = signal
        self.ruleID = ruleID
        self.part = part
        self.scene = scene
        self.span = span
        self.excerpt = excerpt
        self.normalized = normalized
        self.confidence = confidence
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("signal", signal)
        w.field("rule_id", ruleID)
        w.field("part", part)
        w.field("scene", scene)
        w.field("span", span)
        w.field("excerpt", excerpt)
        w.field("normalized", normalized)
        w.field("confidence", (confidence * 1000).rounded() / 1000)
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        signal = try f.value("signal", as: Signal.self)
        ruleID = try f.string("rule_id")
        part = try f.int("part")
        scene = try f.value("scene", as: Scene.self)
        span = try f.decode("span")
        excerpt = try f.string("excerpt")
        normalized = try f.string("normalized")
        confidence = try f.double("confidence")
    }
}

/// What score made of the findings.
package struct Assessment: Sendable, Hashable, JSONCodable {
    /// 0…100.
    package var score: Int
    package var severity: Severity
    /// Why, in words an operator can check.
    package var reasons: [String]
    package var policy: String
    package var policyVersion: String
    /// Why findings were set aside for this merchant (an allow-list), if they were.
    package var exempt: String?

    package init(score: Int, severity: Severity, reasons: [String], policy: String, policyVersion: String,
                 exempt: String? = nil) {
        self.score = score
        self.severity = severity
        self.reasons = reasons
        self.policy = policy
        self.policyVersion = policyVersion
        self.exempt = exempt
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("score", score)
        w.field("severity", severity)
        w.field("reasons", reasons)
        w.field("policy", policy)
        w.field("policy_version", policyVersion)
        w.field("exempt", exempt)
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        score = try f.int("score")
        severity = try f.value("severity", as: Severity.self)
        reasons = try f.strings("reasons")
        policy = try f.string("policy")
        policyVersion = try f.string("policy_version")
        exempt = try f.optionalString("exempt")
    }
}
