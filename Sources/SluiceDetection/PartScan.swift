import SluiceModel

/// The work on one part: resolve lexicon hits against context and the allow-list, run the
/// structured recognisers, and turn what survives into findings.
struct PartScan {
    let norm: NormalizedText
    var hits: [Hit] = []

    init(norm: NormalizedText) { self.norm = norm }

    /// A candidate finding in wide coordinates.
    struct Candidate {
        var signal: Signal
        var ruleID: String
        var wide: Range<Int>
        var normalized: String
        var confidence: Double
    }

    func findings(detector: Detector, scene: Scene, part: Int, platform: Platform) -> [Finding] {
        var allowed: [Range<Int>] = []
        var invites: [Range<Int>] = []
        var notContact: [Range<Int>] = []
        var contact: [Range<Int>] = []
        var warned = false
        for hit in hits {
            switch detector.kinds[hit.pattern] {
            case .allow: allowed.append(hit.start..<hit.end)
            case .invite: invites.append(hit.start..<hit.end)
            case .warning: warned = true
            case .notContact: notContact.append(wideRange(hit.start..<hit.end))
            case .contact: contact.append(wideRange(hit.start..<hit.end))
            case .lexicon: break
            }
        }
        // Someone warning about or reporting diversion is not diverting.
        if warned { return [] }

        var candidates: [Candidate] = []
        for hit in hits {
            guard case .lexicon(let index, let confidence, let requires, let variant) = detector.kinds[hit.pattern] else { continue }
            let entry = detector.rules.lexicon[index]
            if entry.notOn.contains(platform) { continue }
            let range = hit.start..<hit.end
            guard asciiBoundaries(range) else { continue }
            if allowed.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound && $0 != range }) {
                continue
            }
            var conf = confidence
            let followed = handleAfter(compactEnd: range.upperBound)
            if requires == .invite {
                let invited = invites.contains { $0.upperBound <= range.lowerBound && range.lowerBound - $0.upperBound <= 4
                    && !breakBetween($0.upperBound, range.lowerBound) }
                guard invited || followed != nil else { continue }
            }
            var wide = wideRange(range)
            if let handle = followed, [.wechat, .qq, .otherApp].contains(entry.signal) {
                wide = wide.lowerBound..<handle.upperBound
                conf = min(1, conf + 0.05)
            }
            candidates.append(Candidate(signal: entry.signal, ruleID: variant ? entry.id + ".variant" : entry.id, wide: wide,
                                        normalized: norm.wideString(wide), confidence: conf))
        }
        candidates += NumberRecognizer(norm: norm, notContact: notContact, contact: contact,
                                       qqMentions: candidates.filter { $0.signal == .qq }.map(\.wide)).candidates()
        candidates += LinkRecognizer(norm: norm).candidates()
        return merge(candidates).map { c in
            let span = norm.span(wide: c.wide)
            return Finding(signal: c.signal, ruleID: c.ruleID, part: part, scene: scene, span: span,
                           excerpt: norm.excerpt(span), normalized: c.normalized, confidence: c.confidence)
        }
    }

    func wideRange(_ compact: Range<Int>) -> Range<Int> {
        Int(norm.compactToWide[compact.lowerBound])..<(Int(norm.compactToWide[compact.upperBound - 1]) + 1)
    }

    /// An ASCII term must not be glued to other ASCII letters (`vx` is not in `hellovx`),
    /// unless a separator stands between.
    func asciiBoundaries(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        func isLetter(_ v: UInt32) -> Bool { (0x61...0x7A).contains(v) }
        if isLetter(c[range.lowerBound]), range.lowerBound > 0, isLetter(c[range.lowerBound - 1]), !norm.gapBefore[range.lowerBound] {
            return false
        }
        if isLetter(c[range.upperBound - 1]), range.upperBound < c.count, isLetter(c[range.upperBound]), !norm.gapBefore[range.upperBound] {
            return false
        }
        return true
    }

    func breakBetween(_ a: Int, _ b: Int) -> Bool {
        guard a < b else { return false }
        return (a + 1...b).contains { $0 < norm.breakBefore.count && norm.breakBefore[$0] }
    }

    /// A handle or number right after a term (`vx: nz_shop77`, `扣扣 469201738`), in wide
    /// coordinates.
    func handleAfter(compactEnd: Int) -> Range<Int>? {
        let w = norm.wide
        var i = compactEnd < norm.compact.count ? Int(norm.compactToWide[compactEnd]) : w.count
        if compactEnd > 0 { i = Int(norm.compactToWide[compactEnd - 1]) + 1 }
        // Skip separators and a few linking words: 号 是 为 ：
        var skipped = 0
        let linking: Set<UInt32> = [0x53F7, 0x662F, 0x4E3A, 0x3A, 0xFF1A, 0x20, 0x3000, 0x2D, 0x40, 0x5FAE]
        while i < w.count, linking.contains(w[i]) || (!CharacterTables.isASCIIAlnum(w[i]) && !CharacterTables.isIdeograph(w[i]) && w[i] != 0x5F),
              skipped < 4 {
            if CharacterTables.isStrongBreak(w[i]) { return nil }
            i += 1
            skipped += 1
        }
        let start = i
        var letters = 0
        var digits = 0
        while i < w.count, CharacterTables.isASCIIAlnum(w[i]) || w[i] == 0x5F || w[i] == 0x2D {
            if (0x30...0x39).contains(w[i]) { digits += 1 } else if w[i] != 0x5F && w[i] != 0x2D { letters += 1 }
            i += 1
        }
        guard i - start >= 5, letters + digits >= 5 else { return nil }
        return start..<i
    }

    /// One finding per signal and overlapping stretch: the most confident, widened to cover
    /// the rest.
    func merge(_ candidates: [Candidate]) -> [Candidate] {
        var out: [Candidate] = []
        for c in candidates.sorted(by: { ($0.wide.lowerBound, -$0.confidence) < ($1.wide.lowerBound, -$1.confidence) }) {
            if let i = out.lastIndex(where: { $0.signal == c.signal && $0.wide.overlaps(c.wide) }) {
                let lower = min(out[i].wide.lowerBound, c.wide.lowerBound)
                let upper = max(out[i].wide.upperBound, c.wide.upperBound)
                if c.confidence > out[i].confidence {
                    out[i].ruleID = c.ruleID
                    out[i].confidence = c.confidence
                }
                out[i].wide = lower..<upper
                out[i].normalized = norm.wideString(out[i].wide)
            } else {
                out.append(c)
            }
        }
        return out
    }
}
