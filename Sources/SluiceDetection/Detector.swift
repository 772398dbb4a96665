import SluiceModel

/// Finds diversion in listing text. Built once from a `RuleSet`; immutable and shareable
/// across threads (a class, so handing it to each part's scan costs one reference, not a copy
/// of every table).
package final class Detector: Sendable {
    enum PatternKind: Sendable {
        case lexicon(entry: Int, confidence: Double, requires: LexiconEntry.Requirement, variant: Variant)
        case allow, invite, weakInvite, inviteAfter, handleInvite, negation, question, discussion, report, narration, mentionAfter, notContact, contact
        /// A word before a number that makes it a QQ number though QQ is not named (群号: only QQ groups are numbered).
        case qqNumber
        /// A refusal that answers an echoed question (私下交易？不支持).
        case refusal
        /// A verb of using an app as a tool (绑定, 激活) right after a word after a channel's name.
        case usage
        /// A second-person owner right before a channel (你们线下店): the channel is the listener's.
        case addressed
        /// The order sent back to the platform after a visit (看好了再回直播间拍).
        case orderedHere
        case nearFirst(Int), nearSecond(Int), suppress(Int)
        /// An invitation for one lexicon entry only (可 for 当面: 可当面).
        case entryInvite(Int)
    }

    /// How a lexicon pattern spells its term.
    enum Variant: Sendable {
        /// As written in the rules.
        case term
        /// With look-alike characters (徽信) or a split character (亻言).
        case shape
        /// By its pinyin initials (sx for 私下): only with an invitation word, never a bare number.
        case initials
    }

    package let rules: RuleSet
    let automaton: AhoCorasick
    let kinds: [PatternKind]
    /// The same patterns by sound class (z/zh, c/ch, s/sh, n/l, -n/-ng merged): `soundPattern[i]` is
    /// the pattern the sound pattern `i` spells. A term of two syllables must sound exactly alike
    /// (`soundExact[i]`, checked on a match); longer ones may differ by those confusions.
    let soundAutomaton: AhoCorasick
    let soundPattern: [Int]
    let soundExact: [[UInt32]?]
    /// Every word of the rules written in ideographs (terms and context alike), by its exact
    /// syllables: read where a rare character stands for an everyday one of the same sound
    /// (`scanRareSounds`). `rareSoundPattern[i]` is the pattern sound pattern `i` spells.
    let rareSoundAutomaton: AhoCorasick
    let rareSoundPattern: [Int]
    let patterns: [[UInt32]]
    /// Characters a negation reaches through (see `RuleSet.negationThrough`).
    let negationThrough: ScalarSet
    /// Characters an invitation reaches through (see `RuleSet.inviteThrough`).
    let inviteThrough: ScalarSet
    /// What each pattern is as context (`PartScan.Context`), worked out once: kind, rule, and whether
    /// a sound-alike of it counts.
    let contextClass: [PartScan.Context.Class]
    /// The rules' characters written as their components, read as those characters by sound.
    let splitForms: SplitForms
    /// The terms of the lexicon's QQ entries, folded: a contact cue spelled as one of them names QQ, enough for a
    /// number cut into pieces after it (`NumberRecognizer.splitQQ`).
    let qqTerms: Set<[UInt32]>

    package init(rules: RuleSet) {
        self.rules = rules
        var patterns: [[UInt32]] = []
        var kinds: [PatternKind] = []
        func add(_ term: String, _ kind: PatternKind) {
            let scalars = term.unicodeScalars.map(\.value)
            guard !scalars.isEmpty else { return }
            patterns.append(scalars)
            kinds.append(kind)
        }
        // Look-alike spellings: the rules' split forms (亻言 for 信) and Unihan's look-alikes of channel characters.
        var shapes = rules.variants
        for (character, alikes) in CharacterTables.shapes { shapes[character, default: []] += alikes }
        for (index, entry) in rules.lexicon.enumerated() {
            var spelled = Set(entry.terms)
            for word in entry.invite { add(word, .entryInvite(index)) }
            // A colour's name and its noun are written with 的 between as often as without (绿色app,
            // 绿色的app): each spelling of a colour nickname has the other.
            var terms = entry.terms
            for term in entry.terms {
                guard let other = Self.colourVariant(of: term), spelled.insert(other).inserted else { continue }
                terms.append(other)
            }
            // A name with a number in it (58同城, 1688) read out in Chinese numerals (五八同城, 壹陆捌捌).
            for term in entry.terms {
                for other in Self.numeralVariants(of: term).map(RuleSet.fold) where spelled.insert(other).inserted { terms.append(other) }
            }
            for term in terms {
                add(term, .lexicon(entry: index, confidence: entry.confidence, requires: entry.requires, variant: .term))
                for variant in Self.variants(of: term, table: shapes) + Self.latinVariants(of: term) {
                    add(variant, .lexicon(entry: index, confidence: entry.confidence * 0.9, requires: entry.requires.ofDerivedSpellings, variant: .shape))
                }
            }
            // Pinyin initials of Chinese terms (私下 → sx, 朋友圈 → pyq), as look-alike spellings.
            for term in entry.terms {
                guard term.unicodeScalars.count >= 2, term.unicodeScalars.count <= 4,
                      let syllables = Sound.syllables(of: term.unicodeScalars.map(\.value)) else { continue }
                let initials = String(String.UnicodeScalarView(Sound.initials(syllables).compactMap(Unicode.Scalar.init)))
                guard spelled.insert(initials).inserted else { continue }
                add(initials, .lexicon(entry: index, confidence: entry.confidence * 0.9, requires: entry.requires.ofDerivedSpellings, variant: .initials))
            }
        }
        rules.allow.forEach { add($0, .allow) }
        rules.invite.forEach { add($0, .invite) }
        rules.weakInvite.forEach { add($0, .weakInvite) }
        rules.discussion.forEach { add($0, .discussion) }
        rules.report.forEach { add($0, .report) }
        rules.handleInvite.forEach { add($0, .handleInvite) }
        rules.narration.forEach { add($0, .narration) }
        rules.refusal.forEach { add($0, .refusal) }
        rules.addressed.forEach { add($0, .addressed) }
        rules.usage.forEach { add($0, .usage) }
        rules.orderedHere.forEach { add($0, .orderedHere) }
        rules.mentionAfter.forEach { add($0, .mentionAfter) }
        rules.notContactNumber.forEach { add($0, .notContact) }
        rules.contactNumber.forEach { add($0, .contact) }
        rules.qqNumber.forEach { add($0, .qqNumber) }
        rules.inviteAfter.forEach { add($0, .inviteAfter) }
        rules.negation.forEach { add($0, .negation) }
        rules.question.forEach { add($0, .question) }
        for (index, rule) in rules.near.enumerated() {
            rule.first.forEach { add($0, .nearFirst(index)) }
            rule.second.forEach { add($0, .nearSecond(index)) }
        }
        for (index, rule) in rules.suppressions.enumerated() {
            rule.when.forEach { add($0, .suppress(index)) }
        }
        // The rules' own spellings of characters (亻言 for 信, 撩 for 聊) in the words that invite and point, as
        // in the terms: 私亻言, 私撩 read as 私信, 私聊.
        // (Each word added once per kind: `known` holds every pattern with its kind, for this and the pinyin below.)
        var known = Set(patterns.indices.map { "\(patterns[$0])|\(kinds[$0])" })
        for i in patterns.indices where patterns[i].count >= 2 {
            switch kinds[i] {
            case .invite, .weakInvite, .inviteAfter, .nearFirst, .nearSecond, .handleInvite: break
            default: continue
            }
            let word = String(String.UnicodeScalarView(patterns[i].compactMap(Unicode.Scalar.init)))
            for variant in Self.variants(of: word, table: rules.variants) {
                let scalars = variant.unicodeScalars.map(\.value)
                if known.insert("\(scalars)|\(kinds[i])").inserted {
                    patterns.append(scalars)
                    kinds.append(kinds[i])
                }
            }
        }
        // Context words of two or more characters spelled in pinyin (lian xi, si liao, qi e before a number): romanised text
        // reads like the characters. (Lexicon terms get this from the sound matcher below.) Once per
        // word and kind: weixin is a lexicon term and, spelled out, the first half of a near rule too.
        for i in patterns.indices where patterns[i].count >= 2 {
            switch kinds[i] {
            case .invite, .weakInvite, .inviteAfter, .nearFirst, .nearSecond, .handleInvite, .contact, .qqNumber: break
            default: continue
            }
            guard let syllables = Sound.syllables(of: patterns[i]) else { continue }
            let latin = syllables.flatMap { Sound.syllables[Int($0)].unicodeScalars.map(\.value) }
            if known.insert("\(latin)|\(kinds[i])").inserted {
                patterns.append(latin)
                kinds.append(kinds[i])
            }
        }
        automaton = AhoCorasick(patterns: patterns)
        self.kinds = kinds
        self.patterns = patterns
        // Sound patterns for words (not for the context that qualifies them): lexicon terms, near
        // rules' halves and invitations of two or more characters.
        var sounds: [[UInt32]] = []
        var origin: [Int] = []
        var exact: [[UInt32]?] = []
        for (i, pattern) in patterns.enumerated() where pattern.count >= 2 {
            switch kinds[i] {
            case .lexicon(let entry, _, _, .term) where rules.lexicon[entry].bySound: break
            default: continue
            }
            if let symbols = Sound.symbols(of: pattern) {
                sounds.append(symbols.fuzzy)
                origin.append(i)
                exact.append(symbols.syllables >= 3 ? nil : symbols.exact)
            }
        }
        var rareSounds: [[UInt32]] = []
        var rareOrigin: [Int] = []
        for (i, pattern) in patterns.enumerated() where pattern.count >= 2 && pattern.allSatisfy(CharacterTables.isIdeograph) {
            // (Not the rules' own derived spellings: look-alikes and initials are spellings already.)
            if case .lexicon(_, _, _, let variant) = kinds[i], variant != .term { continue }
            guard let syllables = Sound.syllables(of: pattern) else { continue }
            rareSounds.append(Sound.exact(syllables))
            rareOrigin.append(i)
        }
        rareSoundAutomaton = AhoCorasick(patterns: rareSounds)
        rareSoundPattern = rareOrigin
        contextClass = kinds.map(PartScan.Context.Class.init)
        soundAutomaton = AhoCorasick(patterns: sounds)
        soundPattern = origin
        soundExact = exact
        splitForms = SplitForms(rules.variants)
        qqTerms = Set(rules.lexicon.filter { $0.signal == .qq }.flatMap(\.terms).map { $0.unicodeScalars.map(\.value) })
        negationThrough = ScalarSet(rules.negationThrough)
        inviteThrough = ScalarSet(rules.inviteThrough)
    }

    /// `绿色的app` for `绿色app` and back: a term with 色 followed by a noun, with or without 的 between.
    static func colourVariant(of term: String) -> String? {
        let scalars = Array(term.unicodeScalars)
        guard let k = scalars.firstIndex(of: "色"), k > 0, k + 1 < scalars.count else { return nil }
        var out = scalars
        if scalars[k + 1] == "的" {
            guard k + 2 < scalars.count else { return nil }
            out.remove(at: k + 1)
        } else {
            out.insert("的", at: k + 1)
        }
        return String(String.UnicodeScalarView(out))
    }

    /// `term` with each run of two or more ASCII digits read out in Chinese numerals, everyday (五八同城),
    /// formal (伍捌同城) and spoken (幺六八八); none when it holds no such run. (A lone digit — 转我1 — is a sum, not a name's.)
    static func numeralVariants(of term: String) -> [String] {
        let scalars = Array(term.unicodeScalars)
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        var runs: [Range<Int>] = []
        var k = 0
        while k < scalars.count {
            guard isDigit(scalars[k]) else { k += 1; continue }
            let start = k
            while k < scalars.count, isDigit(scalars[k]) { k += 1 }
            if k - start >= 2 { runs.append(start..<k) }
        }
        guard !runs.isEmpty else { return [] }
        // (…and as said aloud, 幺 for 1: 幺六八八.)
        let readings = ["零一二三四五六七八九", "零壹贰叁肆伍陆柒捌玖", "零幺二三四五六七八九"]
        return readings.map { Array($0.unicodeScalars) }.map { numerals in
            var out = scalars
            for r in runs { for i in r { out[i] = numerals[Int(scalars[i].value - 0x30)] } }
            return String(String.UnicodeScalarView(out))
        }
    }

    /// Spellings of a Latin name with its look-alike letters swapped in (teiegram, welxin, faceb00k);
    /// none for a term that is not all Latin letters or is shorter than `latinShapeFloor`.
    static func latinVariants(of term: String) -> [String] {
        let scalars = term.unicodeScalars
        guard scalars.count >= CharacterTables.latinShapeFloor,
              scalars.allSatisfy({ CharacterTables.isLatinLetter($0.value) }) else { return [] }
        return variants(of: term, table: CharacterTables.latinShapes)
    }

    /// Spellings of `term` with sound-alike characters swapped in (at most 64).
    static func variants(of term: String, table: [String: [String]]) -> [String] {
        var results: [String] = [""]
        var changed = false
        for scalar in term.unicodeScalars {
            let c = String(scalar)
            let options = [c] + (table[c] ?? [])
            if options.count > 1 { changed = true }
            results = results.flatMap { prefix in options.map { prefix + $0 } }
            if results.count > 64 { results = Array(results.prefix(64)) }
        }
        return changed ? results.filter { $0 != term } : []
    }

    /// Every finding in every part of a listing.
    ///
    /// The parts are read as one text, a clause apart (U+2029 between them): an invitation in the
    /// title reaches a handle at the start of the detail, and the context of one part (a report, a
    /// warning) is the context of the listing. Each finding points into the part it is in.
    package func detect(_ event: ListingEvent) -> [Finding] {
        guard event.parts.count > 1 else {
            return event.parts.first.map { detect(text: $0.text, scene: $0.scene, part: 0, platform: event.platform) } ?? []
        }
        // Joined as UTF-8 (appending scalar by scalar costs more than detecting them), with each
        // part's start and length counted in scalars, the findings' unit.
        var joined = ""
        joined.reserveCapacity(event.parts.reduce(0) { $0 + $1.text.utf8.count + 3 })
        var starts: [Int] = []
        var lengths: [Int] = []
        var scalars = 0
        for (i, part) in event.parts.enumerated() {
            if i > 0 {
                joined.unicodeScalars.append(Self.partSeparator)
                scalars += 1
            }
            starts.append(scalars)
            joined += part.text
            let n = part.text.unicodeScalars.count
            lengths.append(n)
            scalars += n
        }
        return detect(text: joined, scene: event.parts[0].scene, part: 0, platform: event.platform).map { f in
            let p = starts.lastIndex { $0 <= f.span.start } ?? 0
            var g = f
            g.part = p
            g.scene = event.parts[p].scene
            let end = min(f.span.end, starts[p] + lengths[p])
            g.span = Span(start: f.span.start - starts[p], end: max(f.span.start, end) - starts[p])
            if end < f.span.end {
                // A finding that runs into the next part points at what it holds of this one.
                let scalars = Array(event.parts[p].text.unicodeScalars)
                g.excerpt = String(String.UnicodeScalarView(scalars[g.span.start..<g.span.end]))
            }
            return g
        }
    }

    /// Between the parts of a listing read as one text: a clause break, not a sentence break.
    static let partSeparator = Unicode.Scalar(0x2029)!

    /// Whether findings make a violation.
    package func isViolation(_ findings: [Finding]) -> Bool {
        findings.contains(where: \.counts)
    }

    /// The findings that count toward a violation.
    package func counted(_ findings: [Finding]) -> [Finding] {
        findings.filter(\.counts)
    }

    /// Findings in one part's text.
    package func detect(text: String, scene: Scene, part: Int, platform: Platform) -> [Finding] {
        let scanned = scan(text)
        let found = scanned.findings(detector: self, scene: scene, part: part, platform: platform)
        guard !found.contains(where: \.counts) else { return found }
        return found + acrosticFindings(text, scene: scene, part: part, platform: platform)
            + columnFindings(text, scene: scene, part: part, platform: platform)
            + reversedFindings(text, forward: scanned, scene: scene, part: part, platform: platform)
    }

    /// A text laid out as a column, one character to a line (微⏎信⏎：⏎h⏎u⏎…, as a vertical banner or a picture's
    /// text reads), read with those lines run together: what the column says, numbers and handles too, each
    /// pointing at the characters it is written with. Only a run of four or more one-character lines is
    /// joined; ordinary line breaks stay sentence breaks.
    func columnFindings(_ text: String, scene: Scene, part: Int, platform: Platform) -> [Finding] {
        guard let column = Self.column(text) else { return [] }
        let found = scan(column.text).findings(detector: self, scene: scene, part: part, platform: platform).filter { f in
            f.counts && f.span.start < f.span.end && f.span.end <= column.at.count
        }
        guard !found.isEmpty else { return [] }
        return Self.readAnotherWay(found, in: Array(text.unicodeScalars), suffix: ".column") {
            Span(start: column.at[$0.start], end: column.at[$0.end - 1] + 1)
        }
    }

    /// The text with the line breaks of its one-character lines removed, when four or more such lines
    /// run on (spaces around a line's character do not count), with the scalar offset of each kept scalar.
    static func column(_ text: String) -> (text: String, at: [Int])? {
        guard containsNewline(text), hasColumn(text) else { return nil }
        let scalars = Array(text.unicodeScalars)
        let blank = Self.blankInLine
        // Each line's bounds and whether it holds exactly one visible character.
        var lines: [(start: Int, end: Int, single: Bool)] = []
        var start = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            lines.append((start, i, scalars[start..<i].filter { !blank($0) }.count == 1))
            start = i + 1
        }
        // The line breaks to drop: those between two one-character lines of a run of four or more.
        var drop = Set<Int>()
        var k = 0
        while k < lines.count {
            var e = k
            while e < lines.count, lines[e].single { e += 1 }
            if e - k >= 4 { for j in k..<(e - 1) { drop.insert(lines[j].end) } }
            k = max(e, k + 1)
        }
        guard !drop.isEmpty else { return nil }
        var joined = String.UnicodeScalarView()
        var at: [Int] = []
        for (i, v) in scalars.enumerated() where !drop.contains(i) && !(blank(v) && Self.inColumn(i, lines, drop)) {
            joined.append(v)
            at.append(i)
        }
        return (String(joined), at)
    }

    /// Space inside a line (a space, an ideographic space, a tab, a carriage return): no visible character of a column.
    static func blankInLine(_ v: Unicode.Scalar) -> Bool { v == " " || v == "\u{3000}" || v == "\t" || v == "\r" }

    /// Whether four one-character lines run on in `text`: one pass over its scalars, nothing allocated, so a text with
    /// ordinary line breaks costs no more than the look.
    static func hasColumn(_ text: String) -> Bool {
        var run = 0
        var visible = 0
        for v in text.unicodeScalars {
            if v == "\n" {
                run = visible == 1 ? run + 1 : 0
                if run >= 3 { return true }
                visible = 0
            } else if !blankInLine(v) {
                visible += 1
            }
        }
        // (The last line ends the text rather than a line feed.)
        return visible == 1 && run >= 3
    }

    /// Whether offset `i` lies on a one-character line whose line break is dropped (or which follows one).
    private static func inColumn(_ i: Int, _ lines: [(start: Int, end: Int, single: Bool)], _ drop: Set<Int>) -> Bool {
        guard let line = lines.first(where: { $0.start <= i && i <= $0.end }) else { return false }
        return line.single && (drop.contains(line.end) || drop.contains(line.start - 1))
    }

    /// Cues that tell the reader to read a text backwards (倒着读, 倒着念, 从右往左读).
    static let readBackwardsCues = ["倒着读", "倒着看", "倒着念", "倒过来读", "倒过来看", "倒过来念", "反着读", "反着看", "反着念",
                                    "反过来读", "反过来看", "反过来念", "从右往左读", "从右往左看", "从后往前读", "从后往前看",
                                    "从后往前念", "倒序读", "倒序看", "倒序念"]

    /// A text that tells its reader to read it backwards (信微我加 —— 倒着读) read that way: the words
    /// its reversed text says, each pointing at the characters it is written with. Without the cue a
    /// text is never reversed, so a word that happens to read backwards (信微) counts for nothing.
    /// (`forward`: the text as read forwards. A number it names as no contact's — 订单号倒着念也是对的：4433 2200 831 —
    /// stays that reversed: no phone or QQ number is read backwards there.)
    func reversedFindings(_ text: String, forward: PartScan, scene: Scene, part: Int, platform: Platform) -> [Finding] {
        let original = forward.norm.original
        // (Asked of most clean texts: one pass over the decoded scalars for the cues' first characters
        // 倒 反 从 before any search.)
        guard original.contains(where: { $0 == 0x5012 || $0 == 0x53CD || $0 == 0x4ECE }),
              Self.readBackwardsCues.contains(where: { text.contains($0) }) else { return [] }
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        let namesNoContact = forward.hits.contains { if case .notContact = kinds[$0.pattern] { true } else { false } }
        let found = scan(String(String.UnicodeScalarView(scalars.reversed())))
            .findings(detector: self, scene: scene, part: part, platform: platform)
            .filter { $0.counts && $0.span.start < $0.span.end && $0.span.end <= n }
            .filter { !namesNoContact || ($0.signal != .phone && $0.signal != .qq) }
        return Self.readAnotherWay(found, in: scalars, suffix: ".reversed") { Span(start: n - $0.end, end: n - $0.start) }
    }

    /// Findings of a text read another way (its lines' heads, its characters reversed) pointed back at the
    /// characters of the text as written: the span `back` maps, the rule id with `suffix`, a little less sure.
    static func readAnotherWay(_ found: [Finding], in scalars: [Unicode.Scalar], suffix: String,
                               back: (Span) -> Span) -> [Finding] {
        found.map { f in
            var g = f
            g.ruleID += suffix
            g.span = back(f.span)
            g.excerpt = String(String.UnicodeScalarView(scalars[g.span.start..<g.span.end]))
            g.confidence *= 0.95
            return g
        }
    }

    /// The first characters of a text's lines, when it has three or more lines and each opens with an
    /// ideograph (a poem whose heads spell 加微信: 藏头诗), with the scalar offset of each.
    static func acrostic(_ text: String) -> (text: String, at: [Int])? {
        guard containsNewline(text) else { return nil }
        var heads = String.UnicodeScalarView()
        var at: [Int] = []
        var offset = 0
        var lineStart = true
        for v in text.unicodeScalars {
            if v == "\n" {
                lineStart = true
            } else if lineStart, v != " ", v != "\u{3000}", v != "\t" {
                lineStart = false
                if CharacterTables.isIdeograph(v.value) {
                    heads.append(v)
                    at.append(offset)
                }
            }
            offset += 1
        }
        guard at.count >= 3 else { return nil }
        return (String(heads), at)
    }

    /// Whether `text` holds a line feed: asked of every text, so eight bytes at a time over its UTF-8
    /// storage (String.UTF8View's generic `contains` reads one byte per call, a tenth of a clean text's cost).
    static func containsNewline(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
            let n = bytes.count
            var i = 0
            // A byte of x is zero iff it was 0x0A: the classic has-zero-byte test.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let feeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
            while i + 8 <= n {
                let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ feeds
                if (x &- ones) & ~x & highs != 0 { return true }
                i += 8
            }
            while i < n {
                if bytes[i] == 0x0A { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether a text tells its reader to read down (藏头, 竖着读, 每行第一个字, 首字连起来) or holds the handle or
    /// number the spelled words point to (five or more letters and digits with a digit): heads that
    /// happen to spell a word (加厚款⏎微波炉可用⏎信得过的品质) say nothing.
    static func acrosticIsMeant(_ text: String) -> Bool {
        for cue in ["藏头", "竖着读", "竖着看", "竖读", "第一个字", "首字"] where text.contains(cue) { return true }
        var run = 0
        var digits = 0
        for v in text.unicodeScalars {
            if CharacterTables.isASCIIAlnum(v.value) || (0x41...0x5A).contains(v.value) || v == "_" {
                run += 1
                if ("0"..."9").contains(v) { digits += 1 }
                if run >= 5 && digits > 0 { return true }
            } else {
                run = 0
                digits = 0
            }
        }
        return false
    }

    /// Words the heads of the lines spell (加微信 down the left edge), read as one text, when the text has
    /// such heads and means them (`acrostic`, `acrosticIsMeant`): only words, no number or handle (those are
    /// read where written). Each points at the heads that spell it.
    func acrosticFindings(_ text: String, scene: Scene, part: Int, platform: Platform) -> [Finding] {
        guard let acrostic = Self.acrostic(text), Self.acrosticIsMeant(text) else { return [] }
        let found = scan(acrostic.text).findings(detector: self, scene: scene, part: part, platform: platform).filter { f in
            // (Chinese numerals heading a numbered list — 一、…⏎二、… — are no number offered.)
            f.counts && ![.phone, .qq, .email, .link].contains(f.signal)
                && f.span.start < f.span.end && f.span.end <= acrostic.at.count
        }
        guard !found.isEmpty else { return [] }
        return Self.readAnotherWay(found, in: Array(text.unicodeScalars), suffix: ".acrostic") {
            Span(start: acrostic.at[$0.start], end: acrostic.at[$0.end - 1] + 1)
        }
    }

    /// A part's text normalised, with every written and sounded hit of the automata: what
    /// detection and its explanation both judge.
    func scan(_ text: String) -> PartScan {
        let norm = NormalizedText(text)
        var scan = PartScan(norm: norm)
        // Chinese text is dense with one-character context words: about one hit per three characters.
        scan.hits.reserveCapacity(max(16, norm.compact.count / 2))
        automaton.scan(norm.compact) { pattern, start, end in
            scan.hits.append(Hit(pattern: pattern, start: start, end: end, sounded: false))
        }
        if norm.seen & NormalizedText.Seen.emojiWord != 0 { scanWithoutEmojiWords(norm, into: &scan.hits) }
        scanSounds(norm, into: &scan.hits)
        if norm.compact.contains(where: CharacterTables.isRareIdeograph) { scanRareSounds(norm, into: &scan.hits) }
        return scan
    }

    /// A slang emoji is read as a word (❤ as 心: v❤ for v信), but an evader also drops one between
    /// the characters of a word as a separator (微❤信). Where the text has such emoji, the words
    /// found only with them left out are hits too, spanning the emoji.
    func scanWithoutEmojiWords(_ norm: NormalizedText, into hits: inout [Hit]) {
        var kept: [UInt32] = []
        var at: [Int] = []
        kept.reserveCapacity(norm.compact.count)
        at.reserveCapacity(norm.compact.count)
        for i in norm.compact.indices where !norm.spellsEmoji(i) {
            kept.append(norm.compact[i])
            at.append(i)
        }
        guard kept.count < norm.compact.count else { return }
        automaton.scan(kept) { pattern, start, end in
            let from = at[start]
            let to = at[end - 1] + 1
            // Only what spans a left-out emoji is new.
            guard to - from > end - start else { return }
            hits.append(Hit(pattern: pattern, start: from, end: to, sounded: false))
        }
    }
}

extension Detector {
    /// Matches by sound: a spelling that sounds like a term (威信, wei信, weixin for 微信) but is not
    /// written like it.
    func scanSounds(_ norm: NormalizedText, into hits: inout [Hit]) {
        SoundText.withSound(norm.compact, gapBefore: norm.gapBefore, splits: splitForms) { symbols, classes, starts, ends in
            let first = hits.count
            soundAutomaton.scan(classes) { pattern, start, end in
                if let exact = soundExact[pattern], !symbols[start..<end].elementsEqual(exact) { return }
                let original = soundPattern[pattern]
                let from = Int(starts[start])
                let to = Int(ends[end - 1])
                // Written exactly like the term: the character matcher has it already.
                if norm.compact[from..<to].elementsEqual(patterns[original]) { return }
                // Written exactly like another term (红书, not 红薯), or starting on a particle or suffix no
                // word starts with (们是 in 我们是 is not 门市): the characters say what they are.
                if Self.startsNoWord(norm.compact[from]) { return }
                // …or written exactly like an ordinary word the rules know (签到 is a word of use, not 千岛; an allowed
                // phrase or a word that is no contact likewise).
                if hits[..<first].contains(where: { $0.start == from && $0.end == to && !$0.sounded && kinds[$0.pattern].namesAWord }) { return }
                if hits[first...].contains(where: { $0.pattern == original && $0.start == from && $0.end == to }) { return }
                // Pinyin in Latin letters (xian yu, wei信) is the word spelled out, never an accident of
                // sound; only characters that sound alike (威信, 到电) are a look-alike spelling.
                let romanised = norm.compact[from..<to].contains { $0 >= 0x61 && $0 <= 0x7A }
                hits.append(Hit(pattern: original, start: from, end: to, sounded: !romanised))
            }
        }
    }
}

extension Detector {
    /// Matches by sound where rare characters stand in: a word of the rules (a term or a context
    /// word) whose every character is either written as it is or replaced by a rare character of
    /// the same syllable (禩下 for 私下, 联豨 for 联系, 进宭 for 进群). Honest text seldom holds a rare
    /// character at all, so the spelling is read as the word itself, not as a chance sound-alike.
    func scanRareSounds(_ norm: NormalizedText, into hits: inout [Hit]) {
        SoundText.withSound(norm.compact, gapBefore: norm.gapBefore) { symbols, _, starts, ends in
            rareSoundAutomaton.scan(symbols) { pattern, start, end in
                let original = rareSoundPattern[pattern]
                let word = patterns[original]
                guard end - start == word.count else { return }
                var replaced = false
                for k in 0..<word.count {
                    let at = Int(starts[start + k])
                    guard Int(ends[start + k]) == at + 1 else { return }
                    let written = norm.compact[at]
                    if written == word[k] { continue }
                    guard CharacterTables.isRareIdeograph(written) else { return }
                    replaced = true
                }
                guard replaced else { return }
                hits.append(Hit(pattern: original, start: Int(starts[start]), end: Int(ends[end - 1]), sounded: false))
            }
        }
    }
}

extension Detector {
    /// 们 的 了 着 过 吗 呢 吧 啊 么: characters that end words, never start them. (Compared, not hashed:
    /// asked of every sound match.)
    @inline(__always)
    static func startsNoWord(_ v: UInt32) -> Bool {
        switch v {
        case 0x4EEC, 0x7684, 0x4E86, 0x7740, 0x8FC7, 0x5417, 0x5462, 0x5427, 0x554A, 0x4E48: true
        default: false
        }
    }
}

extension Detector.PatternKind {
    var isLexicon: Bool {
        if case .lexicon = self { return true }
        return false
    }

    /// A lexicon term, or a word the rules know as ordinary: a word of use, an allowed phrase, a word that is no contact.
    var namesAWord: Bool {
        switch self {
        case .lexicon, .usage, .allow, .notContact: true
        default: false
        }
    }
}

/// One automaton match in compact coordinates.
struct Hit {
    var pattern: Int
    var start: Int
    var end: Int
    /// Matched by sound, not by its characters.
    var sounded: Bool
}

/// How the detector read one text: its normalised forms, and every candidate with why it was
/// kept or dropped (`pipectl eval --explain`, `pipectl detect --explain`).
package struct Explanation: Sendable, JSONWritable {
    package struct Entry: Sendable, JSONWritable {
        package var finding: Finding
        /// nil when kept.
        package var dropped: String?

        package func write(to w: inout JSONWriter) {
            w.beginObject()
            w.field("signal", finding.signal.rawValue)
            w.field("rule_id", finding.ruleID)
            w.field("excerpt", finding.excerpt)
            w.field("normalized", finding.normalized)
            w.field("confidence", (finding.confidence * 1000).rounded() / 1000)
            w.field("kept", dropped == nil)
            if let dropped { w.field("dropped", dropped) }
            w.endObject()
        }
    }

    /// Compatibility forms, look-alikes and case folded; punctuation kept.
    package var wide: String
    /// What the lexicons match: separators removed, emoji read as words.
    package var compact: String
    /// The compact text's toneless pinyin, one syllable per character or pinyin run ("-": none).
    package var sound: String
    /// Context words found (kind: words), in text order.
    package var context: [String]
    package var entries: [Entry]

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("wide", wide)
        w.field("compact", compact)
        w.field("sound", sound)
        w.field("context", context)
        w.field("candidates", entries)
        w.endObject()
    }

    package func render() -> String {
        var out = ["normalised: \(wide)", "compact:    \(compact)", "sound:      \(sound)",
                   "context:    \(context.isEmpty ? "(none)" : context.joined(separator: "  "))", "candidates:"]
        if entries.isEmpty { out.append("  (none)") }
        for e in entries {
            let verdict = e.dropped.map { "dropped — \($0)" } ?? "kept"
            out.append("  \(e.finding.signal.rawValue) \(e.finding.ruleID) «\(e.finding.excerpt)» \(String(format: "%.2f", e.finding.confidence)): \(verdict)")
        }
        return out.joined(separator: "\n")
    }
}

extension Detector {
    /// Every candidate in `text` with the reason it was kept or dropped.
    package func explain(text: String, scene: Scene, platform: Platform) -> Explanation {
        let scan = scan(text)
        let norm = scan.norm
        let (kept, dropped) = scan.candidates(detector: self, scene: scene, platform: platform)
        let sound = SoundText(norm.compact, gapBefore: norm.gapBefore, splits: splitForms)
        let syllables = sound.symbols.map { symbol in
            symbol == 0 ? "-" : symbol < Sound.classBase ? String(Character(Unicode.Scalar(symbol)!)) : Sound.syllables[Int(symbol - Sound.classBase)]
        }
        var entries = kept.map { Explanation.Entry(finding: scan.finding($0, scene: scene, part: 0), dropped: nil) }
            + dropped.map { Explanation.Entry(finding: scan.finding($0, scene: scene, part: 0), dropped: $0.dropped) }
        // What the heads of the lines spell, as detection reads them when nothing else counts.
        if !kept.contains(where: { $0.confidence >= Finding.violationThreshold }) {
            entries += acrosticFindings(text, scene: scene, part: 0, platform: platform).map { Explanation.Entry(finding: $0, dropped: nil) }
            entries += columnFindings(text, scene: scene, part: 0, platform: platform).map { Explanation.Entry(finding: $0, dropped: nil) }
        }
        var context: [String] = []
        for hit in scan.hits.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            let kind: String
            switch kinds[hit.pattern] {
            case .lexicon: continue
            case .allow: kind = "allowed"
            case .invite: kind = "invite"
            case .weakInvite: kind = "weak-invite"
            case .inviteAfter: kind = "invite-after"
            case .handleInvite: kind = "handle-invite"
            case .negation: kind = "negation"
            case .question: kind = "question"
            case .discussion: kind = "discussion"
            case .report: kind = "report"
            case .narration: kind = "narration"
            case .refusal: kind = "refusal"
            case .addressed: kind = "addressed"
            case .usage: kind = "usage"
            case .orderedHere: kind = "ordered-here"
            case .mentionAfter: kind = "described"
            case .notContact: kind = "not-contact"
            case .contact: kind = "contact-cue"
            case .qqNumber: kind = "qq-number"
            case .nearFirst(let r): kind = rules.near[r].id + "/1"
            case .nearSecond(let r): kind = rules.near[r].id + "/2"
            case .suppress: kind = "suppress"
            case .entryInvite(let e): kind = "invite(\(rules.lexicon[e].id))"
            }
            context.append("\(kind):\(norm.compactString(hit.start..<hit.end))\(hit.sounded ? "~" : "")")
        }
        return Explanation(wide: norm.wideString(0..<norm.wide.count), compact: norm.compactString(0..<norm.compact.count),
                           sound: syllables.joined(separator: " "), context: context, entries: entries)
    }
}

extension Detector {
    /// One step of detection alone, for `sluice-bench --only` (returns something to keep the work).
    package func measureStep(_ step: String, text: String) -> Int {
        let norm = NormalizedText(text)
        var hits: [Hit] = []
        switch step {
        case "scan":
            automaton.scan(norm.compact) { pattern, start, end in hits.append(Hit(pattern: pattern, start: start, end: end, sounded: false)) }
        case "sound":
            scanSounds(norm, into: &hits)
        case "recognizers":
            let text = RecognizerText(norm)
            var out: [PartScan.Candidate] = []
            NumberRecognizer(text: text, notContact: [], contact: [], qqMentions: [], contactCue: false).candidates(into: &out)
            LinkRecognizer(text: text).candidates(into: &out)
            return out.count
        default:
            break
        }
        return hits.count + norm.compact.count
    }
}
