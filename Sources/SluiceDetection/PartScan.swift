import SluiceModel

/// The work on one part: resolve lexicon and co-occurrence hits against context (invitations,
/// negations, warnings, the allow-list), run the structured recognisers, and turn what
/// survives into findings.
struct PartScan {
    let norm: NormalizedText
    var hits: [Hit] = []

    init(norm: NormalizedText) { self.norm = norm }

    /// A candidate finding in wide coordinates.
    struct Candidate {
        var signal: Signal
        var ruleID: String
        var wide: Range<Int>
        /// What the matcher saw; empty means "the wide text of `wide`", filled in at the end.
        var normalized: String
        var confidence: Double
        /// Where it starts in the compact text (for sentence and clause context); nil for recognisers.
        var compactStart: Int?
    }

    /// Context hits by kind, in compact coordinates.
    struct Context {
        var allowed: [Range<Int>] = []
        var invites: [Range<Int>] = []
        var invitesAfter: [Range<Int>] = []
        var negations: [Range<Int>] = []
        var questions: [Range<Int>] = []
        var warnings: [Range<Int>] = []
        var notContact: [Range<Int>] = []
        var contact: [Range<Int>] = []
        var nearFirst: [Int: [Range<Int>]] = [:]
        var nearSecond: [Int: [Range<Int>]] = [:]
        var suppress: [(Int, Range<Int>)] = []
    }

    func findings(detector: Detector, scene: Scene, part: Int, platform: Platform) -> [Finding] {
        var ctx = Context()
        for hit in hits {
            let r = hit.start..<hit.end
            switch detector.kinds[hit.pattern] {
            case .allow: ctx.allowed.append(r)
            case .invite: ctx.invites.append(r)
            case .inviteAfter: ctx.invitesAfter.append(r)
            case .negation: ctx.negations.append(r)
            case .question: ctx.questions.append(r)
            case .warning: ctx.warnings.append(r)
            case .notContact: ctx.notContact.append(r)
            case .contact: ctx.contact.append(r)
            case .nearFirst(let rule): ctx.nearFirst[rule, default: []].append(r)
            case .nearSecond(let rule): ctx.nearSecond[rule, default: []].append(r)
            case .suppress(let index): ctx.suppress.append((index, r))
            case .lexicon: break
            }
        }
        let sentence = norm.sentence
        // Words inside an allowed phrase (去 in 去年) and negations inside a question (不能 in 能不能) don't count.
        ctx.invites.removeAll { r in ctx.allowed.contains { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound } }
        ctx.negations.removeAll { r in ctx.questions.contains { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound } }

        var candidates: [Candidate] = []
        for hit in hits {
            guard case .lexicon(let index, let confidence, let requires, let variant) = detector.kinds[hit.pattern] else { continue }
            let entry = detector.rules.lexicon[index]
            if entry.notOn.contains(platform) { continue }
            let range = hit.start..<hit.end
            guard asciiBoundaries(range) else { continue }
            if ctx.allowed.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound && $0 != range }) {
                continue
            }
            let invited = ctx.invites.contains { $0.upperBound <= range.lowerBound && range.lowerBound - $0.upperBound <= 4
                && !breakBetween($0.upperBound, range.lowerBound) }
            if isModelCode(range) && !invited { continue }
            var conf = confidence
            let isContact = [Signal.wechat, .qq, .otherApp].contains(entry.signal)
            let followed = isContact ? handleAfter(compactEnd: range.upperBound) : nil
            if requires == .invite {
                let invitedAfter = ctx.invitesAfter.contains { $0.lowerBound >= range.upperBound && $0.lowerBound - range.upperBound <= 1 }
                guard invited || invitedAfter || followed != nil else { continue }
            }
            var wide = wideRange(range)
            if let handle = followed {
                wide = wide.lowerBound..<handle.upperBound
                conf = min(1, conf + 0.05)
            }
            candidates.append(Candidate(signal: entry.signal, ruleID: variant ? entry.id + ".variant" : entry.id, wide: wide,
                                        normalized: "", confidence: conf, compactStart: range.lowerBound))
        }
        candidates += nearCandidates(detector: detector, ctx: ctx, sentence: sentence, platform: platform)

        // Negation in the same clause just before a trigger cancels it: 不用加微信, 从来没有让顾客加微信.
        candidates.removeAll { c in
            guard let start = c.compactStart else { return false }
            return ctx.negations.contains {
                $0.lowerBound < start && start - $0.upperBound <= 5 && !clauseBetween(min($0.upperBound, start), start)
            }
        }

        let wideNotContact = ctx.notContact.map(wideRange)
        let wideContact = ctx.contact.map(wideRange)
        candidates += NumberRecognizer(norm: norm, notContact: wideNotContact, contact: wideContact,
                                       qqMentions: candidates.filter { $0.signal == .qq }.map(\.wide),
                                       contactCue: !ctx.contact.isEmpty).candidates()
        candidates += LinkRecognizer(norm: norm).candidates()

        // A sentence that warns about or reports diversion is not diverting; suppressions set a
        // signal aside in a sentence that also says something (a QR code for the platform's own shop).
        let warned = Set(ctx.warnings.map { sentence[$0.lowerBound] })
        candidates.removeAll { c in
            let s = sentence[compactIndex(ofWide: c.wide.lowerBound)]
            if warned.contains(s) { return true }
            return ctx.suppress.contains { index, range in
                let rule = detector.rules.suppressions[index]
                return sentence[range.lowerBound] == s && (rule.signal == nil || rule.signal == c.signal)
            }
        }

        return merge(candidates).map { c in
            let span = norm.span(wide: c.wide)
            return Finding(signal: c.signal, ruleID: c.ruleID, part: part, scene: scene, span: span,
                           excerpt: norm.excerpt(span), normalized: c.normalized.isEmpty ? norm.wideString(c.wide) : c.normalized,
                           confidence: c.confidence)
        }
    }

    /// Co-occurrence rules: a first and a second term within `within` characters, in one sentence.
    func nearCandidates(detector: Detector, ctx: Context, sentence: [Int32], platform: Platform) -> [Candidate] {
        var out: [Candidate] = []
        let rules = detector.rules.near
        // Only rules with both halves present, in the rules' order.
        for index in ctx.nearFirst.keys.sorted() {
            guard let firsts = ctx.nearFirst[index], let seconds = ctx.nearSecond[index], !rules[index].notOn.contains(platform)
            else { continue }
            let within = rules[index].within
            var best: Range<Int>?
            for a in firsts {
                for b in seconds where a != b && !a.overlaps(b) && sentence[a.lowerBound] == sentence[b.lowerBound] {
                    let lower = min(a.lowerBound, b.lowerBound)
                    let upper = max(a.upperBound, b.upperBound)
                    guard upper - lower <= within else { continue }
                    if best == nil || upper - lower < best!.count { best = lower..<upper }
                }
            }
            guard let range = best, !ctx.allowed.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound })
            else { continue }
            let wide = wideRange(range)
            out.append(Candidate(signal: rules[index].signal, ruleID: rules[index].id, wide: wide, normalized: norm.compactString(range),
                                 confidence: rules[index].confidence, compactStart: range.lowerBound))
        }
        return out
    }

    func compactIndex(ofWide w: Int) -> Int {
        // compactToWide is increasing: the first compact index at or after w.
        var lo = 0
        var hi = norm.compactToWide.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(norm.compactToWide[mid]) < w { lo = mid + 1 } else { hi = mid }
        }
        return lo
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

    /// A short Latin term glued to digits is a model or unit (`VX-300`, `WX-5`, `QQ3`, `5V`), not a contact.
    func isModelCode(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        func isLetter(_ v: UInt32) -> Bool { (0x61...0x7A).contains(v) }
        func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
        guard range.allSatisfy({ isLetter(c[$0]) }), range.count <= 3 else { return false }
        if range.lowerBound > 0, isDigit(c[range.lowerBound - 1]), !norm.gapBefore[range.lowerBound] { return true }
        guard range.upperBound < c.count, isDigit(c[range.upperBound]) else { return false }
        // Directly attached, or through a hyphen: VX9, VX-300, WX-2024.
        let w = norm.wide
        let end = Int(norm.compactToWide[range.upperBound - 1]) + 1
        let next = Int(norm.compactToWide[range.upperBound])
        return next == end || (next == end + 1 && (w[end] == 0x2D || w[end] == 0x2010))
    }

    func breakBetween(_ a: Int, _ b: Int) -> Bool { norm.sentenceBreak(between: a, b) }
    func clauseBetween(_ a: Int, _ b: Int) -> Bool { norm.clauseBreak(between: a, b) }

    /// A handle or number right after a term (`vx: nz_shop77`, `扣扣 469201738`), in wide
    /// coordinates.
    func handleAfter(compactEnd: Int) -> Range<Int>? {
        let w = norm.wide
        var i = compactEnd > 0 ? Int(norm.compactToWide[compactEnd - 1]) + 1 : 0
        // Skip separators and a few linking words: 号 是 为 ： @
        var skipped = 0
        let linking: Set<UInt32> = [0x53F7, 0x662F, 0x4E3A, 0x3A, 0xFF1A, 0x20, 0x3000, 0x2D, 0x40]
        while i < w.count, skipped < 4,
              linking.contains(w[i]) || (!CharacterTables.isASCIIAlnum(w[i]) && !CharacterTables.isIdeograph(w[i]) && w[i] != 0x5F) {
            if CharacterTables.isStrongBreak(w[i]) { return nil }
            i += 1
            skipped += 1
        }
        let start = i
        var alnum = 0
        while i < w.count, CharacterTables.isASCIIAlnum(w[i]) || w[i] == 0x5F || w[i] == 0x2D {
            if w[i] != 0x5F && w[i] != 0x2D { alnum += 1 }
            i += 1
        }
        guard alnum >= 5 else { return nil }
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
                out[i].normalized = ""
            } else {
                out.append(c)
            }
        }
        return out
    }
}
