/// A span of text, in Unicode scalar (code point) offsets into a part's original text,
/// end exclusive. Code points match what most languages index strings by.
package struct Span: Codable, Sendable, Hashable {
    package var start: Int
    package var end: Int

    package init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// One piece of evidence of diversion, explainable on its own.
package struct Finding: Codable, Sendable, Hashable {
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

    enum CodingKeys: String, CodingKey {
        case signal, ruleID = "rule_id", part, scene, span, excerpt, normalized, confidence
    }
}
