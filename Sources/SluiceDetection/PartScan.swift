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

    /// Context hits (everything the automaton found that is not a lexicon term), in compact
    /// coordinates, in one array grouped by kind (hit order within a kind): one allocation per
    /// part, and a question about one kind reads only that kind's hits.
    struct Context {
        enum Kind: Int {
            case allowed, invite, inviteAfter, negation, question, warning, notContact, contact, nearFirst, nearSecond, suppress
            /// Set aside (an invitation inside an allowed phrase, a negation inside a question).
            case dropped
        }

        struct Entry {
            var kind: Kind
            /// The near or suppress rule, for those kinds.
            var rule: Int
            var range: Range<Int>
        }

        private(set) var entries: [Entry] = []
        /// Kind k's entries are entries[start[k]..<start[k + 1]].
        private var start = InlineArray<13, Int>(repeating: 0)

        /// The context hits among `hits`, grouped by kind with a counting sort (stable, so hit order
        /// stays within a kind).
        init(hits: [Hit], kinds: [Detector.PatternKind]) {
            func classify(_ hit: Hit) -> (kind: Kind, rule: Int)? {
                switch kinds[hit.pattern] {
                case .allow: (.allowed, 0)
                case .invite: (.invite, 0)
                case .inviteAfter: (.inviteAfter, 0)
                case .negation: (.negation, 0)
                case .question: (.question, 0)
                case .warning: (.warning, 0)
                case .notContact: (.notContact, 0)
                case .contact: (.contact, 0)
                case .nearFirst(let rule): (.nearFirst, rule)
                case .nearSecond(let rule): (.nearSecond, rule)
                case .suppress(let rule): (.suppress, rule)
                case .lexicon: nil
                }
            }
            var counts = InlineArray<13, Int>(repeating: 0)
            for hit in hits { if let (kind, _) = classify(hit) { counts[kind.rawValue + 1] += 1 } }
            for k in 1..<13 { counts[k] += counts[k - 1] }
            start = counts
            var next = counts
            entries = Array(repeating: Entry(kind: .dropped, rule: 0, range: 0..<0), count: counts[12])
            for hit in hits {
                guard let (kind, rule) = classify(hit) else { continue }
                entries[next[kind.rawValue]] = Entry(kind: kind, rule: rule, range: hit.start..<hit.end)
                next[kind.rawValue] += 1
            }
        }

        /// The indices of `kind`'s entries.
        func indices(_ kind: Kind) -> Range<Int> { start[kind.rawValue]..<start[kind.rawValue + 1] }

        /// Whether a hit of `kind` (and `rule`, when given) satisfies `predicate`.
        func contains(_ kind: Kind, rule: Int? = nil, where predicate: (Range<Int>) -> Bool = { _ in true }) -> Bool {
            for i in indices(kind) where entries[i].kind == kind && (rule == nil || entries[i].rule == rule) {
                if predicate(entries[i].range) { return true }
            }
            return false
        }

        /// The ranges of `kind`, mapped.
        func map<T>(_ kind: Kind, _ transform: (Range<Int>) -> T) -> [T] {
            var out: [T] = []
            for i in indices(kind) where entries[i].kind == kind { out.append(transform(entries[i].range)) }
            return out
        }

        /// Sets aside hits of `kind` that lie inside a hit of `container` (they stay in place, marked dropped).
        mutating func drop(_ kind: Kind, inside container: Kind) {
            for i in indices(kind) {
                let r = entries[i].range
                if contains(container, where: { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound }) {
                    entries[i].kind = .dropped
                }
            }
        }
    }

    func findings(detector: Detector, scene: Scene, part: Int, platform: Platform) -> [Finding] {
        var ctx = Context(hits: hits, kinds: detector.kinds)
        let sentence = norm.sentence
        // Words inside an allowed phrase (去 in 去年) and negations inside a question (不能 in 能不能) don't count.
        ctx.drop(.invite, inside: .allowed)
        ctx.drop(.negation, inside: .question)

        var candidates: [Candidate] = []
        let lexicon = detector.rules.lexicon
        for hit in hits {
            guard case .lexicon(let index, let confidence, let requires, let variant) = detector.kinds[hit.pattern] else { continue }
            if lexicon[index].notOn.contains(platform) { continue }
            let signal = lexicon[index].signal
            let range = hit.start..<hit.end
            guard asciiBoundaries(range) else { continue }
            if ctx.contains(.allowed, where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound && $0 != range }) {
                continue
            }
            let invited = ctx.contains(.invite) {
                $0.upperBound <= range.lowerBound && range.lowerBound - $0.upperBound <= 4 && !breakBetween($0.upperBound, range.lowerBound)
            }
            if isModelCode(range) && !invited { continue }
            var conf = confidence
            let isContact = signal == .wechat || signal == .qq || signal == .otherApp
            let followed = isContact ? handleAfter(compactEnd: range.upperBound) : nil
            if requires == .invite {
                let invitedAfter = ctx.contains(.inviteAfter) { $0.lowerBound >= range.upperBound && $0.lowerBound - range.upperBound <= 1 }
                guard invited || invitedAfter || followed != nil else { continue }
            }
            var wide = wideRange(range)
            if let handle = followed {
                wide = wide.lowerBound..<handle.upperBound
                conf = min(1, conf + 0.05)
            }
            let id = lexicon[index].id
            candidates.append(Candidate(signal: signal, ruleID: variant ? id + ".variant" : id, wide: wide,
                                        normalized: "", confidence: conf, compactStart: range.lowerBound))
        }
        nearCandidates(detector: detector, ctx: ctx, sentence: sentence, platform: platform, into: &candidates)

        // Negation in the same clause just before a trigger cancels it: 不用加微信, 从来没有让顾客加微信.
        candidates.removeAll { c in
            guard let start = c.compactStart else { return false }
            return ctx.contains(.negation) {
                $0.lowerBound < start && start - $0.upperBound <= 5 && !clauseBetween(min($0.upperBound, start), start)
            }
        }

        let qqMentions = candidates.compactMap { $0.signal == .qq ? $0.wide : nil }
        NumberRecognizer(norm: norm, notContact: ctx.map(.notContact, wideRange), contact: ctx.map(.contact, wideRange),
                         qqMentions: qqMentions, contactCue: ctx.contains(.contact)).candidates(into: &candidates)
        LinkRecognizer(norm: norm).candidates(into: &candidates)

        // A sentence that warns about or reports diversion is not diverting; suppressions set a
        // signal aside in a sentence that also says something (a QR code for the platform's own shop).
        let suppressions = detector.rules.suppressions
        candidates.removeAll { c in
            let s = sentence[compactIndex(ofWide: c.wide.lowerBound)]
            if ctx.contains(.warning, where: { sentence[$0.lowerBound] == s }) { return true }
            for i in ctx.indices(.suppress) where sentence[ctx.entries[i].range.lowerBound] == s {
                if let only = suppressions[ctx.entries[i].rule].signal, only != c.signal { continue }
                return true
            }
            return false
        }

        return merge(candidates).map { c in
            let span = norm.span(wide: c.wide)
            return Finding(signal: c.signal, ruleID: c.ruleID, part: part, scene: scene, span: span,
                           excerpt: norm.excerpt(span), normalized: c.normalized.isEmpty ? norm.wideString(c.wide) : c.normalized,
                           confidence: c.confidence)
        }
    }

    /// Co-occurrence rules: a first and a second term within `within` characters, in one sentence.
    func nearCandidates(detector: Detector, ctx: Context, sentence: [Int32], platform: Platform, into out: inout [Candidate]) {
        let rules = detector.rules.near
        // Rules in order; only those with both halves present get a look.
        for index in rules.indices where ctx.contains(.nearFirst, rule: index) && ctx.contains(.nearSecond, rule: index) {
            if rules[index].notOn.contains(platform) { continue }
            let within = rules[index].within
            var best: Range<Int>?
            for i in ctx.indices(.nearFirst) where ctx.entries[i].rule == index {
                let a = ctx.entries[i].range
                for j in ctx.indices(.nearSecond) where ctx.entries[j].rule == index {
                    let b = ctx.entries[j].range
                    guard a != b && !a.overlaps(b) && sentence[a.lowerBound] == sentence[b.lowerBound] else { continue }
                    let lower = min(a.lowerBound, b.lowerBound)
                    let upper = max(a.upperBound, b.upperBound)
                    guard upper - lower <= within else { continue }
                    if best == nil || upper - lower < best!.count { best = lower..<upper }
                }
            }
            guard let range = best, !ctx.contains(.allowed, where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound })
            else { continue }
            out.append(Candidate(signal: rules[index].signal, ruleID: rules[index].id, wide: wideRange(range),
                                 normalized: norm.compactString(range), confidence: rules[index].confidence, compactStart: range.lowerBound))
        }
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
