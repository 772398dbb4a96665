import SluiceModel

/// The work on one part: turn lexicon and co-occurrence hits into candidates (a channel word
/// needs an invitation or a pointer), run the structured recognisers (numbers, links, e-mail),
/// then judge who is speaking (`Voice`) and keep what the speaker offers in their own voice.
struct PartScan {
    let norm: NormalizedText
    var hits: [Hit] = []

    init(norm: NormalizedText) { self.norm = norm }

    /// A candidate finding in wide coordinates.
    struct Candidate {
        enum Origin {
            /// A lexicon term or a co-occurrence rule: words that need context to mean diversion.
            case words
            /// A number, handle, link or e-mail address: an actionable contact in itself.
            case contact
        }

        var signal: Signal
        var ruleID: String
        var wide: Range<Int>
        /// What the matcher saw; empty means "the wide text of `wide`", filled in at the end.
        var normalized: String
        var confidence: Double
        /// Where it starts in the compact text, with its invitation (for negation); nil for recognisers.
        var compactStart: Int?
        /// Where the term itself starts (for quotes and clause context), when it differs.
        var termStart: Int?
        /// Where a report must have begun to make it someone else's words, when not at the term: a
        /// co-occurrence's later half.
        var reportedFrom: Int?
        var origin: Origin = .words
        /// An actionable pointer (a handle or number) is attached to these words.
        var pointed = false
        /// Why it was dropped, when it was (for `pipectl eval --explain`).
        var dropped: String?
    }

    /// Context hits (everything the automaton found that is not a lexicon term), in compact
    /// coordinates, in one array grouped by kind (hit order within a kind): one allocation per
    /// part, and a question about one kind reads only that kind's hits.
    struct Context {
        enum Kind: Int, CaseIterable {
            case allowed, invite, inviteAfter, negation, question, discussion, notContact, contact, nearFirst, nearSecond, suppress
            case report, narration, mentionAfter, handleInvite, weakInvite, refusal, addressed, usage, qqNumber, orderedHere
            /// Set aside (an invitation inside an allowed phrase, a negation inside a question).
            case dropped
        }

        struct Entry {
            var kind: Kind
            /// The near or suppress rule, for those kinds.
            var rule: Int
            var range: Range<Int>
        }

        /// A pattern's context class: its kind (nil: no context word), the near or suppress rule, and
        /// whether only its written form counts (words about speech are never matched by sound).
        struct Class {
            var kind: Kind?
            var rule: Int
            var writtenOnly: Bool

            init(_ pattern: Detector.PatternKind) {
                rule = 0
                writtenOnly = false
                switch pattern {
                case .allow: kind = .allowed
                case .invite: kind = .invite
                case .weakInvite: kind = .weakInvite
                case .inviteAfter: kind = .inviteAfter
                case .negation: kind = .negation; writtenOnly = true
                case .question: kind = .question; writtenOnly = true
                case .discussion: kind = .discussion; writtenOnly = true
                case .report: kind = .report; writtenOnly = true
                case .narration: kind = .narration; writtenOnly = true
                case .refusal: kind = .refusal; writtenOnly = true
                case .addressed: kind = .addressed; writtenOnly = true
                case .usage: kind = .usage; writtenOnly = true
                case .orderedHere: kind = .orderedHere; writtenOnly = true
                case .handleInvite: kind = .handleInvite; writtenOnly = true
                case .mentionAfter: kind = .mentionAfter; writtenOnly = true
                case .notContact: kind = .notContact
                case .contact: kind = .contact
                case .qqNumber: kind = .qqNumber
                case .nearFirst(let r): kind = .nearFirst; rule = r
                case .nearSecond(let r): kind = .nearSecond; rule = r
                case .suppress(let r): kind = .suppress; rule = r
                case .lexicon, .entryInvite: kind = nil
                }
            }
        }

        private(set) var entries: [Entry] = []
        /// Kind k's entries are entries[start[k]..<start[k + 1]]: one slot per kind, plus the end. (An
        /// array: an `InlineArray` here was copied whole on every read, 168 bytes a call.)
        private var start: [Int] = []

        /// The context hits among `hits`, grouped by kind with a counting sort (stable, so hit order
        /// stays within a kind).
        init(hits: [Hit], classes: [Class]) {
            func classify(_ hit: Hit) -> (kind: Kind, rule: Int)? {
                let c = classes[hit.pattern]
                guard let kind = c.kind, !(c.writtenOnly && hit.sounded) else { return nil }
                return (kind, c.rule)
            }
            var counts = [Int](repeating: 0, count: Kind.allCases.count + 1)
            for hit in hits { if let (kind, _) = classify(hit) { counts[kind.rawValue + 1] += 1 } }
            for k in 1..<counts.count { counts[k] += counts[k - 1] }
            start = counts
            var next = counts
            entries = Array(repeating: Entry(kind: .dropped, rule: 0, range: 0..<0), count: counts[counts.count - 1])
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
            first(kind, rule: rule, where: predicate) != nil
        }

        /// The first hit of `kind` (and `rule`, when given) that satisfies `predicate`, if any.
        func first(_ kind: Kind, rule: Int? = nil, where predicate: (Range<Int>) -> Bool) -> Range<Int>? {
            for i in indices(kind) where entries[i].kind == kind && (rule == nil || entries[i].rule == rule) {
                if predicate(entries[i].range) { return entries[i].range }
            }
            return nil
        }

        /// The rules (of `count`) with hits of both `first` and `second`, ascending.
        func rulesWithBoth(_ first: Kind, _ second: Kind, of count: Int) -> [Int] {
            guard !indices(first).isEmpty, !indices(second).isEmpty else { return [] }
            var hasFirst = [Bool](repeating: false, count: count)
            for i in indices(first) where entries[i].kind == first { hasFirst[entries[i].rule] = true }
            var both: [Int] = []
            for i in indices(second) where entries[i].kind == second && hasFirst[entries[i].rule] {
                hasFirst[entries[i].rule] = false
                both.append(entries[i].rule)
            }
            return both.sorted()
        }

        /// How many hits of `kind` there are (not counting those set aside).
        func count(_ kind: Kind) -> Int {
            var n = 0
            for i in indices(kind) where entries[i].kind == kind { n += 1 }
            return n
        }

        /// The ranges of `kind`, mapped.
        func map<T>(_ kind: Kind, _ transform: (Range<Int>) -> T) -> [T] {
            var out: [T] = []
            out.reserveCapacity(indices(kind).count)
            for i in indices(kind) where entries[i].kind == kind { out.append(transform(entries[i].range)) }
            return out
        }

        /// Sets aside hits of `kind` that lie inside a hit of `container` (they stay in place, marked dropped).
        mutating func drop(_ kind: Kind, inside container: Kind) {
            let kinds = indices(kind)
            let containers = indices(container)
            guard !kinds.isEmpty, !containers.isEmpty else { return }
            for i in kinds {
                let r = entries[i].range
                // (One set aside no longer contains: a report inside a report inside a third.)
                for j in containers where entries[j].kind == container {
                    let c = entries[j].range
                    if c.lowerBound <= r.lowerBound && r.upperBound <= c.upperBound && c != r {
                        entries[i].kind = .dropped
                        break
                    }
                }
            }
        }

        /// Sets aside hits of `kind` inside one of `ranges` (a negation that is part of a trigger: 不上车).
        mutating func drop(_ kind: Kind, within ranges: [Range<Int>]) {
            for i in indices(kind) where ranges.contains(where: { $0.lowerBound <= entries[i].range.lowerBound && entries[i].range.upperBound <= $0.upperBound }) {
                entries[i].kind = .dropped
            }
        }
    }

    /// Whether 跟 和 给 与 同 right after compact `end` name a party other than the speaker or the listener
    /// (跟家里人, 和同事 — not 跟我, 和你们): the app before it is used with them.
    /// (So does a verb of sending to them: 用微信发给爸妈, 用QQ传给同事 — `sentToOthers`.)
    func usedWithOthers(after end: Int) -> Bool {
        let c = norm.compact
        if sentToOthers(at: end) { return true }
        guard end + 1 < c.count, [0x8DDF, 0x548C, 0x7ED9, 0x4E0E, 0x540C].contains(c[end]), !norm.clauseBreak(between: end - 1, end + 1) else { return false }
        return ![0x6211, 0x4F60, 0x60A8, 0x54B1].contains(c[end + 1])  // 我 你 您 咱
    }

    /// Whether compact `k` starts a verb of sending with 给 and a party other than the speaker or the readers
    /// (发给爸妈, 转给朋友, 传给他 — not 发给我, 发给你, 发给大家, 发给宝宝们): what is sent goes to them, and the
    /// channel it goes by is their tool, no invitation to the reader.
    func sentToOthers(at k: Int) -> Bool {
        let c = norm.compact
        guard k + 2 < c.count, Self.sendingVerbs.contains(c[k]), c[k + 1] == 0x7ED9,  // 给
              !norm.clauseBreak(between: k, k + 2) else { return false }
        return !Self.speakerOrReaders.contains(c[k + 2])
    }

    /// 他 她 他们 她们 别人 人家 其他人: someone other than the speaker and the readers, as an owner (…的).
    static let othersOwning = WordTable(["他们", "她们", "他", "她", "别人", "人家", "其他人"].map { $0.unicodeScalars.map(\.value) })

    /// 发 转 传 寄
    static let sendingVerbs: ScalarSet = [0x53D1, 0x8F6C, 0x4F20, 0x5BC4]
    /// 我 你 您 咱 大(家) 各(位) 宝(宝) 亲 粉(丝) 买(家) 顾(客) 客(户): the speaker and the readers. (朋友 is not
    /// among them: 发给朋友 passes it on.)
    static let speakerOrReaders: ScalarSet = [0x6211, 0x4F60, 0x60A8, 0x54B1, 0x5927, 0x5404, 0x5B9D, 0x4EB2, 0x7C89, 0x4E70, 0x987E, 0x5BA2]

    /// Whether a discussion cue at compact `r` is a service promised to the reader: a verb of helping
    /// and 你, 您, 你们 or 大家 right before it (带你避坑, 帮您防骗, 教大家识别套路).
    func promisedToReader(_ r: Range<Int>) -> Bool {
        let c = norm.compact
        let k = r.lowerBound
        let helps: [UInt32] = [0x5E26, 0x5E2E, 0x6559, 0x66FF, 0x966A]  // 带 帮 教 替 陪
        if k >= 2, c[k - 1] == 0x4F60 || c[k - 1] == 0x60A8, helps.contains(c[k - 2]) { return true }  // 你 您
        guard k >= 3 else { return false }
        let you = c[k - 2] == 0x5927 && c[k - 1] == 0x5BB6 || c[k - 2] == 0x4F60 && c[k - 1] == 0x4EEC  // 大家 你们
        return you && helps.contains(c[k - 3])
    }

    /// Whether the speaker sets themselves apart between compact `from` (a discussion cue's end) and `to`: 我不是, 我们不是,
    /// 本店不是 or 我可不是 opening a clause after the cue's own (别人私下交易是骗子，我不是，…): what follows is theirs.
    func exceptsSelf(between from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        for k in from..<to where k > 0 && norm.clauseBreak(between: k - 1, k) {
            if norm.word(at: k, from: Self.notMe) != nil { return true }
            // …or an exception granted after the rule (平台规定不能私下交易，但老客户可以直接转我): a clause opening on 但 or
            // 不过 with 可以 or 能 in it before the words.
            if let but = norm.word(at: k, from: Self.buts), (k + but.count..<to).contains(where: { j in
                norm.clause[j] == norm.clause[k] && norm.word(at: j, from: Self.permissions).map { j + $0.count <= to } == true
            }) {
                return true
            }
        }
        return false
    }

    /// 一样 同样 照样: a safeguard claimed alike.
    static let alike = WordTable(["一样", "同样", "照样"].map { $0.unicodeScalars.map(\.value) })

    /// 卖 买 发 拍 晒 做: verbs that, with 的, describe what is found on a place (快手上卖的那些).
    static let describedVerbs = ScalarSet("卖买发拍晒做")
    /// 那些 这些 那种 这种 东西 产品 货 都 全 大多 多半 基本 很多 大部分: what a description with 的 heads.
    static let describedHeads = WordTable(["那些", "这些", "那种", "这种", "东西", "产品", "货", "都", "全", "大多", "多半", "基本", "很多", "大部分"]
        .map { $0.unicodeScalars.map(\.value) })

    /// 可以 能 能不能 可不可以 让: words of permission before a verb of carrying.
    static let carryPermissions = WordTable(["可不可以", "可以", "能不能", "能", "让"].map { $0.unicodeScalars.map(\.value) })

    /// 可以 能: an exception granted.
    static let permissions = WordTable(["可以", "能"].map { $0.unicodeScalars.map(\.value) })

    /// 我不是 我们不是 本店不是 我可不是
    static let notMe = WordTable(["我不是", "我们不是", "本店不是", "我可不是"].map { $0.unicodeScalars.map(\.value) })

    /// Whether a discussion cue at compact `r` is a harm the platform did: a cue opening on 坑 or 骗 (坑过, 骗了) right
    /// after 平台, with at most one of 又 也 都 太 总 老 真 between (被平台坑过, 平台又骗了我们).
    func harmedByPlatform(_ r: Range<Int>) -> Bool {
        let c = norm.compact
        guard c[r.lowerBound] == 0x5751 || c[r.lowerBound] == 0x9A97 else { return false }  // 坑 骗
        var k = r.lowerBound
        if k >= 1, Self.platformAdverbs.contains(c[k - 1]) { k -= 1 }
        return k >= 2 && c[k - 2] == 0x5E73 && c[k - 1] == 0x53F0 && !norm.clauseBreak(between: k - 2, r.lowerBound)  // 平台
    }

    /// Whether a discussion cue at compact `r` is what a price is compared against: 比 right before it and,
    /// within two characters after it (还, 更, 都), a word of a lower price (便宜, 低, 实惠, 划算, 省, 少).
    func priceComparedAgainst(_ r: Range<Int>) -> Bool {
        let c = norm.compact
        guard r.lowerBound >= 1, c[r.lowerBound - 1] == 0x6BD4, !norm.clauseBreak(between: r.lowerBound - 1, r.lowerBound) else { return false }  // 比
        var k = r.upperBound
        while k < min(c.count, r.upperBound + 2), Self.comparisonAdverbs.contains(c[k]) { k += 1 }
        guard k < c.count, !norm.clauseBreak(between: r.upperBound - 1, k) else { return false }
        return Self.cheaperWords.contains(c[k])
    }

    /// 还 更 都 要: between what a price is compared against and how it compares.
    static let comparisonAdverbs = ScalarSet("还更都要")
    /// 便 低 实 划 省 少: the first character of a word saying a price is lower (便宜, 低, 实惠, 划算, 省, 少).
    static let cheaperWords = ScalarSet("便低实划省少")

    /// Whether a report cue ending in 说 is followed by 一下, 下 or 说 (说一下, 说下, 说说): an imperative to the one named.
    func speechAsked(_ r: Range<Int>) -> Bool {
        let c = norm.compact
        guard c[r.upperBound - 1] == 0x8BF4, r.upperBound < c.count, !norm.clauseBreak(between: r.upperBound - 1, r.upperBound) else { return false }  // 说
        let next = c[r.upperBound]
        // (Not 下 opening a word of time or order: 说下次, 说下单, 说下午.)
        let after: UInt32 = r.upperBound + 1 < c.count ? c[r.upperBound + 1] : 0
        return next == 0x4E0B && !Self.afterXia.contains(after) || next == 0x8BF4
            || next == 0x4E00 && after == 0x4E0B  // 下 说 一下
    }

    /// Whether a report cue at compact `r` ends on 说 with a complement of failure right after (私信说不清, 电话里说不明白,
    /// 打字说不完): the channel said to fall short, nobody's words reported.
    func speechFails(_ r: Range<Int>) -> Bool {
        let c = norm.compact
        guard c[r.upperBound - 1] == 0x8BF4, r.upperBound + 1 < c.count, c[r.upperBound] == 0x4E0D,  // 说 不
              norm.clause[r.upperBound + 1] == norm.clause[r.upperBound - 1] else { return false }
        return Self.failedComplements.contains(c[r.upperBound + 1])
    }

    /// 清 明 完 了 好 出: what 说不 can fail at (说不清, 说不明白, 说不完, 说不了, 说不好, 说不出).
    static let failedComplements = ScalarSet("清明完了好出")

    /// 次 回 周 个 单 午 面 月 年 载 班 架 线: with 下 before them, a word of its own (下次, 下单, 下午 …).
    static let afterXia = ScalarSet("次回周个单午面月年载班架线")

    /// 又 也 都 太 总 老 真: an adverb between 平台 and what it did.
    static let platformAdverbs = ScalarSet("又也都太总老真")

    /// Whether a discussion cue at compact `r` is denied right before it: 不 (not 要不 or 别不), 没, 没有, 不是,
    /// 并非, 绝非, with no question mark ending its clause. Cues that are denials themselves (不靠谱) are not.
    func deniedOfSelf(_ r: Range<Int>) -> Bool {
        let c = norm.compact
        let k = r.lowerBound
        // (Nor cues that open on 有 or 是: 没有保障 says there is none, 不是托 reads as 是托 denied only with its 是.)
        guard k >= 1, ![0x4E0D, 0x6CA1, 0x522B, 0x6709, 0x662F].contains(c[k]) else { return false }  // 不 没 别 有 是
        // A verb, 不 or 没, the verb again asks (是不是冒充的, 有没有套路), as does its first two (是不冒充, 有没套路).
        if k >= 3, c[k - 3] == c[k - 1], c[k - 2] == 0x4E0D || c[k - 2] == 0x6CA1 { return false }
        if k >= 2, c[k - 2] == 0x6709 || c[k - 2] == 0x662F, c[k - 1] == 0x6CA1 || c[k - 1] == 0x4E0D { return false }
        let one = c[k - 1]
        let two: UInt32 = k >= 2 ? c[k - 2] : 0
        let denied = one == 0x4E0D && two != 0x8981 && two != 0x522B  // 不, not 要不 别不
            || one == 0x6CA1  // 没
            || one == 0x6709 && two == 0x6CA1  // 没有
            || one == 0x662F && two == 0x4E0D  // 不是
            || one == 0x975E && (two == 0x5E76 || two == 0x7EDD)  // 并非 绝非
        guard denied, !norm.gapBefore[k] else { return false }
        // A question asks (这不是骗局吗？): the clause ending at a question mark or in 吗.
        var e = r.upperBound
        while e < c.count, norm.clause[e] == norm.clause[k] { e += 1 }
        if c[e - 1] == 0x5417 { return false }  // 吗
        let to = e < c.count ? Int(norm.compactToWide[e]) : norm.wide.count
        let from = Int(norm.compactToWide[e - 1]) + 1
        return !(from < to && norm.wide[from..<to].contains(where: CharacterTables.isQuestionMark))
    }

    /// The context words an allowed phrase sets aside when it holds them.
    /// (A negation too: 别 in 别的款式 or 特别喜欢 forbids nothing.)
    static let setAsideInAllowed: [Context.Kind] = [.invite, .weakInvite, .inviteAfter, .mentionAfter, .discussion, .nearFirst, .nearSecond, .report, .narration,
                                                    .negation]

    /// Every candidate with the reason it was dropped, if it was (`explain`), or only the findings.
    func candidates(detector: Detector, scene: Scene, platform: Platform) -> (kept: [Candidate], dropped: [Candidate]) {
        // A Latin context word must stand on its own too (the v of a contact cue is not the v in lsvau).
        // (A loop into a reserved array: filter grows its result an allocation at a time.)
        var hits: [Hit] = []
        hits.reserveCapacity(self.hits.count)
        // Context words and spelled variants are read within a clause: 想要”，我 holds no 要我, and
        // 视频，导 no 频道. (A term written as it is may still be broken up by an evader: 微，信.)
        for hit in self.hits {
            // (A false start joined to its clause — 不要，不要私下… — still has its comma: no context word reads across it.)
            let whole = !norm.clauseBreak(between: hit.start, hit.end - 1) && !spansPause(hit.start..<hit.end)
                || bracketedOneByOne(hit.start..<hit.end)
            switch detector.kinds[hit.pattern] {
            case .lexicon(_, _, _, let variant): if whole || (variant == .term && !hit.sounded && !endsAClause(hit)) { hits.append(hit) }
            // A writer's space parts phrases: a report cue read across one (谁要 我这里有) is none. (Only
            // context that sets words aside; a trigger spaced out by an evader is still read.)
            case .report, .narration: if whole && asciiBoundaries(hit.start..<hit.end) && !spaced(hit.start..<hit.end) { hits.append(hit) }
            // A description of someone else's offer opens at the 的 that ends it and reads on (…便宜的，十有八九是假货).
            case .mentionAfter: if asciiBoundaries(hit.start..<hit.end) { hits.append(hit) }
            default: if whole && asciiBoundaries(hit.start..<hit.end) { hits.append(hit) }
            }
        }
        var ctx = Context(hits: hits, classes: detector.contextClass)
        // No context word inside an allowed phrase counts: an invitation (去 in 去年, 上 in 上门), a
        // description (的都 in 懂的都懂), a worry put as a condition (不放心 in 要是不放心), a word of a
        // co-occurrence (不走 in 不走线下, 拍 in 拍照), a report (要我 in 要我私人V).
        for kind in Self.setAsideInAllowed { ctx.drop(kind, inside: .allowed) }
        // …nor a verb of seeing or using (到 in 看到, 买到, 见 in 线下见过).
        ctx.drop(.weakInvite, inside: .usage)
        ctx.drop(.inviteAfter, inside: .usage)
        // Negations inside a question (不能 in 能不能) don't count…
        ctx.drop(.negation, inside: .question)
        // …nor a report or a refusal (有人 and 没有 in 有没有人一起拼单).
        ctx.drop(.report, inside: .question)
        // A report cue inside a longer one (好多人 in 好多人问) is that one: its words end where the longer one does.
        ctx.drop(.report, inside: .report)
        // 说 asked for, not told (小姐姐说一下你的vx, 师傅说下电话): the one named is addressed.
        let asked = ctx.map(.report) { $0 }.filter { speechAsked($0) || speechFails($0) }
        if !asked.isEmpty { ctx.drop(.report, within: asked) }
        ctx.drop(.refusal, inside: .question)
        // A word after a name that begins a word of another kind (发 in 发票: Q：发票怎么开) invites nothing.
        ctx.drop(.inviteAfter, inside: .notContact)
        // A warning word the speaker denies of themselves (我们不刷单, 不是骗子, 没套路) discusses nothing: it
        // reassures, and the offer beside it stays theirs. (An imperative — 不要被骗, 别上当 — still warns, and
        // a question — 这不是骗局吗 — still asks.)
        let denied = ctx.map(.discussion) { $0 }.filter(deniedOfSelf)
        if !denied.isEmpty { ctx.drop(.discussion, within: denied) }
        // Nor one the speaker promises the reader as what an invitation before it is for (加我，带你避坑):
        // the pitch's selling point, not a warning about it.
        let promised = ctx.map(.discussion) { $0 }.filter { r in promisedToReader(r) && ctx.contains(.invite) { $0.upperBound < r.lowerBound && !norm.sentenceBreak(between: $0.lowerBound, r.lowerBound) } }
        if !promised.isEmpty { ctx.drop(.discussion, within: promised) }
        // Nor a harm the platform did the speaker (被平台坑过，现在老客户都…): a grievance against the platform, the motive
        // for leaving it, not a warning about those who lead buyers off it.
        let aggrieved = ctx.map(.discussion) { $0 }.filter(harmedByPlatform)
        if !aggrieved.isEmpty { ctx.drop(.discussion, within: aggrieved) }
        // Nor a price compared against what it names (比官方渠道便宜两成): the speaker's own price, not a warning.
        let compared = ctx.map(.discussion) { $0 }.filter(priceComparedAgainst)
        if !compared.isEmpty { ctx.drop(.discussion, within: compared) }
        // Nor a safeguard claimed alike for the speaker's own way (来店里，一样有保障): the pitch reassures.
        let assured = ctx.map(.discussion) { $0 }.filter { r in
            norm.compact[r.lowerBound] == 0x6709 && norm.word(endingAt: r.lowerBound, from: Self.alike) != nil  // 有
        }
        if !assured.isEmpty { ctx.drop(.discussion, within: assured) }

        var candidates: [Candidate] = []
        var dropped: [Candidate] = []
        var entryInvites: [(entry: Int, range: Range<Int>)] = []
        var unsupported: [(hit: Hit, index: Int)] = []
        entryInvites.reserveCapacity(hits.count)
        for hit in hits { if case .entryInvite(let e) = detector.kinds[hit.pattern], !hit.sounded { entryInvites.append((e, hit.start..<hit.end)) } }
        let lexicon = detector.rules.lexicon
        var lexiconRanges: [Range<Int>] = []
        lexiconRanges.reserveCapacity(16)
        var ownNames: [Range<Int>] = []
        let hasUsage = ctx.count(.usage) > 0
        candidates.reserveCapacity(16)
        for hit in hits {
            guard case .lexicon(let index, let confidence, let requires, let variant) = detector.kinds[hit.pattern] else { continue }
            if lexicon[index].notOn.contains(platform) {
                // The listing platform's own name (视频号 on WeChat Channels): no third party here.
                // (A rule kept to one platform — 比快手上便宜 on Kuaishou only — names no platform elsewhere.)
                if hit.end - hit.start >= 2 && lexicon[index].signal != .offlineTrade { ownNames.append(hit.start..<hit.end) }
                continue
            }
            let signal = lexicon[index].signal
            let range = hit.start..<hit.end
            guard asciiBoundaries(range) else { continue }
            // A kind of place qualified by the listing platform's own name right before it (抖音小程序, 快手小店 on
            // their platforms) is the platform's own.
            if signal == .platform, ownNames.contains(where: { $0.upperBound == range.lowerBound && !norm.gapBefore[range.lowerBound] }) { continue }
            // …and so is a group or channel the platform's own name qualifies a few words before (拼多多企业采购频道).
            if signal == .privateGroup, ownNames.contains(where: {
                $0.upperBound <= range.lowerBound && range.lowerBound - $0.upperBound <= 6 && !norm.clauseBreak(between: $0.upperBound - 1, range.lowerBound)
            }) { continue }
            // …and one the word for the platform itself qualifies right before it (平台小程序, 平台的app), unless another
            // platform is meant (其他平台小程序, 第三方平台的app).
            if signal == .platform, platformWordRightBefore(range) { continue }
            // …or the word for the platform itself (公益项目在平台的公益频道里), unless another platform is meant (其他平台的群).
            // (So is a link or a drive sent through the platform's own messages: 在平台消息里发网盘提取码.)
            if signal == .privateGroup || signal == .link, platformWordQualifies(range) { continue }
            if signal == .link, sentThroughPlatform(before: range) { continue }
            // …nor is a group the speaker's own community keeps, told of without an invitation (我们部门的微信群里都在投票).
            if signal == .privateGroup, communityGroupToldOf(range, ctx) { continue }
            if insideAllowed(range, ctx) || endsInAllowed(range, ctx) || startsInAllowed(range, ctx) { continue }
            // A term ending in 是 whose next words say what is meant is no contact (最后四位是批号, 后四位是生产日期).
            if norm.compact[range.upperBound - 1] == 0x662F, explainedAway(after: range.upperBound - 1, ctx) { continue }  // 是
            // Initials that are an allowed word themselves (xl, a size, for 小绿) are that word; so is a sound-alike
            // (尾号, a number's last digits, heard as 微号).
            if variant == .initials || hit.sounded, ctx.contains(.allowed, where: { $0 == range }) { continue }
            // A trip the speaker makes or a tool they used (我明天到店里看看, 我用微信扫码付的停车费) invites no one.
            // (The term's first character, or the one right before it; no array made per hit.)
            // (Or from where the longest written term of its signal holding it starts: 去 before 小红书 for 红书.)
            // (Looked for only when such a verb stands a few characters before it.)
            if range.count > 1, let verb = actVerb(at: range.lowerBound)
                ?? (actVerbNear(before: range.lowerBound) ? actVerb(at: termSpan(holding: range, signal: signal, detector: detector, hits: hits).lowerBound) : nil),
               speakersOwnTrip(verb: verb) { continue }
            // A sound-alike whose first character ends the word before it (卖家微信 heard as 加微信, 全部经平台 heard as
            // 不经平台) is that word.
            if hit.sounded, range.lowerBound > 0, !norm.gapBefore[range.lowerBound],
               endsWordBefore(norm.compact[range.lowerBound], head: norm.compact[range.lowerBound - 1]) { continue }
            // A sound-alike ending on the question particle 吗 at its clause's end (有群吗？ heard as 群码) asks; it names nothing.
            if hit.sounded, norm.compact[range.upperBound - 1] == 0x5417,
               range.upperBound == norm.compact.count || norm.clause[range.upperBound] != norm.clause[range.upperBound - 1] { continue }
            // An invitation just before, in the clause: within four characters for a word, right
            // before (one character between at most) for a single character or a sound-alike.
            var inviteStart: Int?
            // A look-alike or sound-alike spelling needs a plain invitation (加, 联系, 搜 …), not a weak one
            // (上, 到, 能 …) that ordinary sentences are full of.
            // Initials (sx, pyq) are written on purpose, like pinyin: weak invitations do for them.
            let spelledVariant = (variant != .term && variant != .initials) || hit.sounded
            // Plain invitations, then (for a term written as it is) weak ones and the entry's own.
            let plain = ctx.indices(.invite)
            // Two or three Latin letters read as initials (lp, sx) need a plain one too: a weak one (用, 到)
            // before a model code (备用电池 LP-E6) is chance.
            // Nor before a tool: a verb of use within two characters after the term, or after the longer
            // term of its signal it begins (用QQ邮箱注册, 用微信号登录, 用微信零钱付款: 微 of 微信), makes 用 an
            // instrument, not an invitation.
            // (Looked for only when the part has a verb of use at all.)
            /// Where the longest term of this signal that holds the hit ends (微 of 微信 ends where 微信 does).
            func termEnd() -> Int { termSpan(holding: range, signal: signal, detector: detector, hits: hits).upperBound }
            let tool = hasUsage && {
                let wordEnd = termEnd()
                return ctx.contains(.usage) {
                    $0.lowerBound >= wordEnd && $0.lowerBound - wordEnd <= 2 && !norm.clauseBreak(between: range.upperBound - 1, $0.lowerBound)
                }
            }()
            let weak = spelledVariant || (variant == .initials && range.count <= 3) || tool ? 0..<0 : ctx.indices(.weakInvite)
            let own = spelledVariant ? [] : entryInvites.filter { $0.entry == index }.map(\.range)
            for k in 0..<(plain.count + weak.count + own.count) {
                let invite: Range<Int>
                if k < plain.count {
                    guard ctx.entries[plain.lowerBound + k].kind == .invite else { continue }
                    invite = ctx.entries[plain.lowerBound + k].range
                } else if k < plain.count + weak.count {
                    guard ctx.entries[weak.lowerBound + k - plain.count].kind == .weakInvite else { continue }
                    invite = ctx.entries[weak.lowerBound + k - plain.count].range
                    // A verb the speaker is the subject of, or told in the past (我用微信扫码付的停车费, 以前去线下超市买),
                    // is what they did, not where they send the reader.
                    if invite.count == 1, Self.actVerbs.contains(norm.compact[invite.lowerBound]), speakersOwnTrip(verb: invite.lowerBound) { continue }
                    // Where everything is (视频都在快手, 更多款式在小红书) names the place right after 在, nothing between
                    // (都在一个链接里 is one listing's link).
                    if invite.count >= 2, norm.compact[invite.upperBound - 1] == 0x5728, invite.upperBound != range.lowerBound { continue }  // 在
                } else {
                    invite = own[k - plain.count - weak.count]
                }
                guard invite.upperBound <= range.lowerBound,
                      !clauseBetween(invite.upperBound - 1, range.lowerBound) || lineContinues(invite.upperBound, range.lowerBound) else { continue }
                // 找 taking a link as its object (我找了好久链接, 来小红书找链接的: `seekFillers` between) seeks it: whoever speaks is the seeker, no
                // one is sent anywhere. (找我 sends the reader to the speaker.)
                if signal == .link, invite.count == 1, norm.compact[invite.lowerBound] == 0x627E, range.lowerBound - invite.upperBound <= 4,
                   norm.compact[invite.upperBound..<range.lowerBound].allSatisfy(Self.seekFillers.contains) { continue }
                // 用 before an app used with someone else (我用 whatsapp 跟家里人说一声, 用微信和同事联系): a tool.
                if invite.count == 1, norm.compact[invite.lowerBound] == 0x7528, usedWithOthers(after: termEnd()) { continue }
                // A speaker's false start repeating the term's first character or two (加我那个，威，威信; 那个V，V信)
                // stands for nothing between the invitation and the term.
                let stutter = (1...2).last { m in
                    range.count > m && range.lowerBound - m >= invite.upperBound
                        && norm.compact[(range.lowerBound - m)..<range.lowerBound].elementsEqual(norm.compact[range.lowerBound..<(range.lowerBound + m)])
                } ?? 0
                let gap = range.lowerBound - stutter - invite.upperBound
                // A single character (v, 绿, 扣) or a lone symbol (+) needs the invitation at hand: right
                // before, or with a pronoun or measure word between (加我v, 加个v).
                // A group is named by what it is for (进交流群, 加宝妈福利群): up to three characters of its name
                // may stand between the invitation and 群.
                let between = invite.upperBound..<(range.lowerBound - stutter)
                // (Up to five when the reader is pulled in by name — 我拉你进团长培训群, 带你进宝妈交流群.)
                let groupName = range.count == 1 && signal == .privateGroup && gap <= (pullsReader(invite) ? 5 : 3)
                    && between.allSatisfy { CharacterTables.isIdeograph(norm.compact[$0]) }
                // A single character owned by the words before it (加一下我们老板的V) is their object, as a
                // word would be.
                let owned = range.count == 1 && gap <= 12 && norm.compact[range.lowerBound - 1] == 0x7684
                    && between.allSatisfy { detector.inviteThrough.contains(norm.compact[$0]) }
                // A one-character everyday verb (上, 去, 来) reaches a name only through the words an invitation reaches
                // through (去我们店长的小红书), or its aspect (你去了线下就知道了): with anything else between, it begins a word
                // of its own (上衣 wx-2209).
                let plainVerb = k >= plain.count && k < plain.count + weak.count && invite.count == 1
                    && CharacterTables.isIdeograph(norm.compact[invite.lowerBound])
                    && !between.allSatisfy { detector.inviteThrough.contains(norm.compact[$0]) || Self.aspectMarks.contains(norm.compact[$0]) }
                let near = !plainVerb && (groupName || owned || (range.count == 1 || (invite.count == 1 && !CharacterTables.isIdeograph(norm.compact[invite.lowerBound]))
                    ? gap <= 3 && between.allSatisfy { Self.between.contains(norm.compact[$0]) }
                    // Four characters of anything, or up to twelve of the words an invitation reaches
                    // through (加一下我们店长本人的微信).
                    : gap <= 4 || (gap <= 12 && between.allSatisfy { detector.inviteThrough.contains(norm.compact[$0]) })))
                if near { inviteStart = max(inviteStart ?? invite.lowerBound, invite.lowerBound) }
            }
            let invited = inviteStart != nil
            if isModelCode(range) && !invited { continue }
            // Letters in a list of clothing sizes (S/M/L/XL) are sizes.
            if variant == .initials && inSizeList(range) { continue }
            // Letters inside the value a record's label gives (型号：Q/QX-2088) are that code's.
            if inLabelledCode(range, ctx: ctx) { continue }
            // …and initials naming a series or a type (适用 XY 系列, VX型) are its name.
            if range.count <= 3, range.allSatisfy({ CharacterTables.isLatinLetter(norm.compact[$0]) }), namesSeries(after: range) { continue }
            // Where something was seen or used (在微信群里看到, 闲鱼上买过): a verb of use after 上 or 里 within a
            // word of the name. A place described, whatever the term, unless a handle or number follows.
            // (也 都 还, or to whom — 给我, 跟你 — may stand before the verb: 快手上也买过, 微信上给我推荐; so may the people
            // there who did it — 朋友 姐妹 网友 大家 别人 好多人: 微信群里朋友推荐的面霜, 朋友圈里好多人在晒.)
            // (…or the people there described, 的 and a word of up to three characters: 微信群里的果农都说.)
            let seenThere = hasUsage && ctx.contains(.usage) { u in
                guard !norm.clauseBreak(between: range.upperBound - 1, u.lowerBound) else { return false }
                var k = u.lowerBound - 1
                while k > range.upperBound, Self.beforeUsage.contains(norm.compact[k]) { k -= 1 }
                if k >= range.upperBound && k - range.upperBound <= 1 && [0x4E0A, 0x91CC].contains(norm.compact[k]) { return true }
                var j = k
                while j > range.upperBound, k - j < 3, norm.compact[j] != 0x7684 { j -= 1 }  // 的
                return j > range.upperBound && norm.compact[j] == 0x7684 && j - 1 - range.upperBound <= 1
                    && [0x4E0A, 0x91CC].contains(norm.compact[j - 1])
            }
            var conf = confidence
            // The handle after the name, or written before it and tied to it (lily_0925 这个是我薇); for a
            // marketplace or an app, the name to search for in quotation marks (搜🐟“阿芳小铺”).
            // (Initials joined by an underscore to what follows — dy_shop2024 — begin that handle: they
            // name no channel for it.)
            let followed = variant == .initials && gluedByUnderscore(compactEnd: range.upperBound) ? nil
                : handleAfter(compactEnd: range.upperBound) ?? handleBefore(compactStart: range.lowerBound)
                ?? (signal == .platform || signal == .otherApp ? quotedNameAfter(compactEnd: range.upperBound) : nil)
                ?? labelledHandleAfter(compactEnd: range.upperBound, ctx: ctx) ?? addedHandleNext(compactEnd: range.upperBound)
                ?? syncedHandleAfter(compactEnd: range.upperBound) ?? viewedHandleAfter(compactEnd: range.upperBound)
                ?? answerStart(afterAsked: range).flatMap { handleAfter(compactEnd: $0, wideStart: Int(norm.compactToWide[$0])) }
            // A number is a pointer for the channels that have numbers: QQ, phones, groups, WeChat, apps.
            let numbered = followed == nil && Self.numbered.contains(signal) && variant != .initials
                && (numberAfter(compactEnd: range.upperBound, ctx: ctx)
                    || answerStart(afterAsked: range).map { numberAfter(compactEnd: $0, ctx: ctx) } == true)
            // A sound-alike or look-alike spelling of any term, and a channel's name, only count with
            // an invitation or a pointer: a channel named on its own is not a contact.
            // A sound-alike of an inducement of three or more syllables (xian xia jiao yi, 吱付宝转账) is
            // deliberate: no ordinary text says it by accident.
            if seenThere && followed == nil && !numbered { continue }
            // …or done there once (B站上跟练过, 淘宝上也退过): the speaker's experience of the place.
            // (Unless a search is asked after it: 这个我在🐟上收过，…搜我名字.)
            if followed == nil && !numbered && experiencedThere(range) && !searchedLater(after: range, ctx: ctx) { continue }
            // Someone there reported (宝妈群里有人推…, 群里卡友让我来这家买): a report cue starting within five characters
            // after the group's 里 or 上, in its clause: the group is where it was said.
            if signal == .privateGroup && followed == nil && !numbered, range.upperBound < norm.compact.count,
               [0x4E0A, 0x91CC].contains(norm.compact[range.upperBound]),
               ctx.contains(.report, where: { r in
                   r.lowerBound > range.upperBound && r.lowerBound <= range.upperBound + 5
                       && !norm.clauseBreak(between: range.upperBound, r.lowerBound)
               }) { continue }
            // Another marketplace said to be no better (卡淘上也有人卖这张，价格差不多; 闲鱼上二手的也就便宜几百): a
            // comparison that keeps the buyer here, unless the sentence sends them there.
            if signal == .platform && followed == nil && !numbered && noBetterThere(after: range, ctx: ctx) { continue }
            // Where something is posted (转发到微信群里, 分享到家族群, 发到班级群): the content goes there, no one is
            // invited. (Sent to the speaker — 发到我微信 — is an invitation, and a handle or number still counts.)
            // (The app itself as the place — 截图发到v芯领取 — is where the speaker is: only a group.)
            if followed == nil && !numbered && (signal == .privateGroup || range.upperBound < norm.compact.count && norm.compact[range.upperBound] == 0x7FA4)
                && postedTo(range, group: signal == .privateGroup) { continue }
            // Initials in an English phrase (DM me, pm for price) are its abbreviations, not pinyin's, unless a
            // handle follows a few words on (dm me @lily.closet22).
            if variant == .initials && followed == nil && !numbered && inEnglish(range)
                && !atHandleSoon(range) { continue }
            // A channel named as a record's attribute (您订单上的邮箱, 订单留的邮箱里): a word that is no contact
            // (订单, 发票) and at most three characters ending in 的 right before the name — the address the
            // platform already holds — unless a handle or number follows, or a person stands between (物流专员的小绿:
            // someone's own channel).
            if followed == nil && !numbered, range.lowerBound >= 2, norm.compact[range.lowerBound - 1] == 0x7684,
               ctx.contains(.notContact, where: { r in
                   r.upperBound <= range.lowerBound - 1 && range.lowerBound - 1 - r.upperBound <= 3
                       && !norm.clauseBreak(between: r.upperBound - 1, range.lowerBound - 1)
                       && !norm.compact[r.upperBound..<(range.lowerBound - 1)].contains(where: Self.personRoles.contains)
               }) {
                continue
            }
            let deliberate = hit.sounded && requires == .none && variant == .term && detector.patterns[hit.pattern].count >= 3
            let needsInvite = requires != .none || variant != .term || (hit.sounded && !deliberate)
            if needsInvite {
                // Words after (上, 聊, 店) count one character on for a channel's name, right after for a
                // sound-alike of it (陶宝店, but not 点联系卖家).
                // (A single character needs it right after too: 微信群 holds 微 and 群 one apart.)
                // (A marketplace's own service named right after it — 美团外卖搜, 拼多多app上 — leaves the words after that
                // still following the name.)
                let service = signal == .platform && !spelledVariant ? norm.word(at: range.upperBound, from: Self.serviceWords)?.count ?? 0 : 0
                let reach = (spelledVariant || range.count == 1 ? 0 : 1) + service
                // An emoji read as a channel's name (✈️ for 飞机, 🌐 for 网址) set off by a space heads the words after it
                // as a bullet (✈️ 出国旅行必备, 🌐 本店所有商品…): a one-character word there invites no one, unless it is
                // 上 里 号 or 搜 (🐟 上挂着, v❤️ 号, 🍠 搜 幸运小铺). Written against it (🛰️找我) or with a longer word (🍠 同名) it still does.
                // (Whether the name is an emoji is asked last: most hits never get that far.)
                // (Set off by a space, not by a comma: 在闲🐟，搜 老八 still names where to search.)
                func emojiHeads(_ k: Int, _ count: Int) -> Bool {
                    count == 1 && range.upperBound < norm.compact.count && norm.gapBefore[range.upperBound]
                        && !norm.clauseBreak(between: range.upperBound - 1, range.upperBound)
                        && norm.compact[k] != 0x4E0A && norm.compact[k] != 0x91CC && norm.compact[k] != 0x53F7  // 上 里 号
                        && norm.compact[k] != 0x641C  // 搜: 🍠 搜 幸运小铺 names where to search, no bullet heads a search
                        && range.contains(where: norm.spellsEmoji)
                }
                // 群 right after a channel's name makes the group, whose own candidate answers for it and for the words
                // after it (微信群里发了新歌: 里 is the group's).
                let groupAfter = signal != .privateGroup && range.upperBound < norm.compact.count && norm.compact[range.upperBound] == 0x7FA4
                // (The entry's own words after reach at most into the next clause: 价格都在链接里，想要的直接拍，有问题私我 asks
                // the questions, not the link, two clauses on.)
                let invitedAfter = !groupAfter && lexicon[index].wordsAfter.map { words in
                    (range.upperBound...(range.upperBound + reach)).contains { k in
                        k < norm.compact.count && norm.clause[k] - norm.clause[range.upperBound - 1] <= 1
                            && words.contains { norm.compact[k...].starts(with: $0) && !emojiHeads(k, $0.count) }
                    }
                } ?? ctx.contains(.inviteAfter) { after in
                    after.lowerBound >= range.upperBound && after.lowerBound - range.upperBound <= reach
                        && !emojiHeads(after.lowerBound, after.count)
                        && afterWordInvites(term: range, after: after, ctx: ctx)
                        && (signal != .offlineTrade || !asksHandle(after) && !namesThePlace(after))
                        && (signal != .privateGroup || !meetsThere(after))
                }
                // One letter repeated (xx, XX 号) is how text blanks a word out (文三路 XX 号, XX店): 号 店 里 上
                // right after it are the blank's, no invitation; one before it still invites (可xx交易), as
                // does a verb after it (dd我，滴滴).
                // (Asked only of an invitation after the term, so no other hit pays for it.)
                func blank() -> Bool {
                    variant == .initials && range.upperBound < norm.compact.count
                        && [0x53F7, 0x5E97, 0x91CC, 0x4E0A].contains(norm.compact[range.upperBound])
                        && norm.compact[range].allSatisfy { $0 == norm.compact[range.lowerBound] }
                }
                // (A name that is an ordinary word too, `requires = "pointer"`, counts only with what follows it.)
                let pointerOnly = requires == .pointer
                guard !pointerOnly && invited || invitedAfter && !blank() || followed != nil || numbered || !pointerOnly && echoAffirmed(range)
                        || (signal == .wechat || signal == .qq) && dictationLabel(range)
                        || !pointerOnly && Self.verbChannels.contains(signal) && !spelledVariant && usedAsVerb(range)
                        || signal == .platform && linkPlaced(after: range)
                        || !pointerOnly && (signal == .platform || signal == .otherApp) && !spelledVariant
                            && (searchedLater(after: range, ctx: ctx) || benefitThere(after: range)) else {
                    // Two spellings of one signal side by side support each other (线夏面焦).
                    if spelledVariant { unsupported.append((hit, index)) }
                    continue
                }
            }
            var wide = wideRange(range)
            if let handle = followed {
                wide = min(wide.lowerBound, handle.lowerBound)..<max(wide.upperBound, handle.upperBound)
                conf = min(1, conf + 0.05)
            }
            let id = lexicon[index].id
            let spelled = variant != .term || hit.sounded
            if spelled { conf *= 0.95 }
            lexiconRanges.append(range)
            // The trigger phrase starts at its invitation (a negation before 加 reaches 加…微信).
            candidates.append(Candidate(signal: signal, ruleID: spelled ? id + ".variant" : id, wide: wide,
                                        normalized: "", confidence: conf, compactStart: needsInvite ? inviteStart ?? range.lowerBound : range.lowerBound,
                                        termStart: range.lowerBound,
                                        pointed: followed != nil || numbered))
        }
        for (hit, index) in unsupported {
            let signal = lexicon[index].signal
            let partner = unsupported.contains { other in
                other.hit.start != hit.start && lexicon[other.index].signal == signal
                    && (other.hit.start - hit.end <= 1 && other.hit.start >= hit.end || hit.start - other.hit.end <= 1 && hit.start >= other.hit.end)
            } || candidates.contains { $0.signal == signal && $0.termStart.map { abs($0 - hit.end) <= 1 || abs($0 - hit.start) <= 3 } == true }
            guard partner, case .lexicon(_, let confidence, _, _) = detector.kinds[hit.pattern] else { continue }
            lexiconRanges.append(hit.start..<hit.end)
            candidates.append(Candidate(signal: signal, ruleID: lexicon[index].id + ".variant", wide: wideRange(hit.start..<hit.end),
                                        normalized: "", confidence: confidence * 0.95, compactStart: hit.start, termStart: hit.start))
        }
        // (The triggers' own words, before any co-occurrence is added: a discussion word they hold is theirs.)
        let termRanges = lexiconRanges
        let nearFrom = candidates.count
        var quoted: [Bool]?
        nearCandidates(detector: detector, ctx: ctx, platform: platform, quoted: &quoted, into: &candidates)
        // A negation inside a co-occurrence (不用在这里拍) is part of it.
        lexiconRanges += candidates[nearFrom...].compactMap { c in
            c.compactStart.map { $0..<(compactIndex(ofWide: c.wide.upperBound - 1) + 1) }
        }
        // An invitation with a handle a few words on and no channel named (添加客服徽倍：fz_kefu): the
        // handle is the contact, WeChat's by default.
        // With WeChat or QQ named anywhere in the text, even as what may not be posted (平台不让发微信号，你搜我名字拼音
        // xiaoyuer), a bare word of letters long enough to be an ID (six or more: WeChat's own minimum) is the handle too.
        let channelNamed = candidates.contains { ($0.signal == .wechat || $0.signal == .qq) && $0.origin == .words }
        for i in ctx.indices(.handleInvite) where ctx.entries[i].kind == .handleInvite {
            let invite = ctx.entries[i].range
            guard let handle = handleAfter(compactEnd: invite.upperBound, skippingWords: 6, lettersAlone: channelNamed),
                  Self.looksLikeHandle(handle, norm.wide) || channelNamed && Self.spellsLetterID(handle, norm.wide),
                  !candidates.contains(where: { $0.wide.overlaps(handle) }) else { continue }
            // A word between them that names the token as no contact's (加个关注，款号是 mei6688: a model number) says what it is.
            let handleStart = compactIndex(ofWide: handle.lowerBound)
            if ctx.contains(.notContact, where: { $0.lowerBound >= invite.upperBound && $0.upperBound <= handleStart }) { continue }
            candidates.append(Candidate(signal: .wechat, ruleID: "handle.invited", wide: wideRange(invite).lowerBound..<handle.upperBound,
                                        normalized: "", confidence: 0.8, compactStart: invite.lowerBound, pointed: true))
        }
        // A price of its own kind asked in private (包场价格私聊, 稀有色价格私聊, 加急费私聊): the words before it name what
        // is priced — a package, a variant, a service — that the listing does not show.
        for r in pricesOfKindInPrivate() {
            let wide = wideRange(r)
            guard !candidates.contains(where: { $0.wide.overlaps(wide) }) else { continue }
            lexiconRanges.append(r)
            candidates.append(Candidate(signal: .offlineTrade, ruleID: "offline.price_of_kind_private", wide: wide,
                                        normalized: "", confidence: 0.8, compactStart: r.lowerBound))
        }
        // The listing platform itself, by name, said to cost more than what the speaker offers (来画室直接付就行，比小红书下单便宜三十
        // on Xiaohongshu): the deal is taken off it, however the comparison goes on (下单, 上买, 拍).
        for r in cheaperThanOwnName(ownNames) {
            let wide = wideRange(r)
            guard !candidates.contains(where: { $0.signal == .offlineTrade && $0.wide.overlaps(wide) }) else { continue }
            lexiconRanges.append(r)
            candidates.append(Candidate(signal: .offlineTrade, ruleID: "offline.cheaper_than_own_name", wide: wide,
                                        normalized: "", confidence: 0.85, compactStart: r.lowerBound, termStart: r.lowerBound))
        }
        // A negation that is itself part of a trigger (不上车, 不走平台) negates nothing else.
        ctx.drop(.negation, within: lexiconRanges)
        // …and so does a word of discussion that a trigger's term holds (投诉 in 不要在平台投诉). (Not one inside a co-occurrence's
        // span: 勿信 between 售后卡 and 联系方式 still warns.)
        ctx.drop(.discussion, within: termRanges)

        // QQ named, or a group's number asked for (群号): WeChat's groups have no number, so a number after 群号 is QQ's.
        let qqMentions = candidates.compactMap { $0.signal == .qq ? $0.wide : nil } + ctx.map(.qqNumber, wideRange)
        var contacts: [Candidate] = []
        let text = RecognizerText(norm, soundDigits: ctx.contains(.contact) || !qqMentions.isEmpty)
        // A QQ word written as a label (企鹅：…, 扣扣: …), invited or not: what follows is its value, enough for a number
        // cut into pieces after it. (Not a QQ word in a name, 企鹅公仔 120 只, or qq糖 250克.)
        // (The colon is looked for first: most contact cues have none, and the spelling check copies the cue.)
        var qqCues = qqMentions
        for i in ctx.indices(.contact) {
            let wide = wideRange(ctx.entries[i].range)
            var k = wide.upperBound
            while k < norm.wide.count, norm.wide[k] == 0x20 { k += 1 }
            // (…or a QQ word right before its number's first words as dictated — QQ 先记 三八七 再记…, 扣扣号是 …: 号 是 先 记 念
            // 报 — or a numeral itself.)
            guard k < norm.wide.count, norm.wide[k] == 0x3A || norm.wide[k] == 0xFF1A || Self.dictationOpeners.contains(norm.wide[k])
                    || norm.wide[k] < 0x10000 && CharacterTables.bmpDigit[Int(norm.wide[k])] != 0xFF && norm.wide[k] > 0x39 else { continue }  // : ：
            if detector.qqTerms.contains(Array(norm.compact[ctx.entries[i].range])) { qqCues.append(wide) }
        }
        NumberRecognizer(text: text, notContact: ctx.map(.notContact, wideRange), contact: ctx.map(.contact, wideRange),
                         qqMentions: qqMentions, qqCues: qqCues, contactCue: ctx.contains(.contact)).candidates(into: &contacts)
        LinkRecognizer(text: text).candidates(into: &contacts)
        for var c in contacts {
            c.origin = .contact
            c.compactStart = compactIndex(ofWide: c.wide.lowerBound)
            candidates.append(c)
        }

        // Who is speaking: keep what the speaker offers in their own voice.
        guard !candidates.isEmpty else { return ([], []) }
        // A negation reaches through lexicon words and invitations alike (不会私信任何人要联系方式).
        let voice = Voice(scan: self, ctx: ctx, through: detector.negationThrough, words: lexiconRanges + ctx.map(.invite) { $0 }, quoted: quoted ?? Voice.quotes(norm))
        let suppressions = detector.rules.suppressions
        for i in candidates.indices {
            let c = candidates[i]
            let at = c.compactStart ?? compactIndex(ofWide: c.wide.lowerBound)
            let end = c.origin == .words ? compactEnd(ofWide: c.wide.upperBound) : at
            let contactEnd = c.origin == .contact ? compactIndex(ofWide: c.wide.upperBound - 1) + 1 : nil
            let own = ownPointer(c, end: end)
            // (What the speaker's own place is said to hold — 看我个签，里面写着怎么找我 — is theirs to say.)
            if let reason = voice.qualifier(at: at, term: c.termStart ?? at, reportedFrom: own ? nil : c.reportedFrom, end: end, origin: c.origin,
                                            pointed: c.pointed, contactEnd: contactEnd,
                                            ownPointer: own, toSpeaker: c.origin == .words && voice.invitesToSpeaker(c, end: end)) {
                candidates[i].dropped = reason
                continue
            }
            // Prices said to be in the bio and stated right after (价格表在简介里写了，换弦 50，调琴 150): nothing is hidden there.
            if c.ruleID == "pointer.price_placed", pricesStated(after: end, sentenceOf: at) {
                candidates[i].dropped = "prices stated here"
                continue
            }
            // A number or handle referred back to as what someone else said (你说的那个 138…，我也接到过): theirs, not offered.
            if c.origin == .contact, let said = referredBack(before: at) {
                candidates[i].dropped = "referred back to: \(norm.compactString(said))"
                continue
            }
            if let name = platformsOwnName(c, at: at, end: end, ownNames: ownNames, voice: voice) {
                candidates[i].dropped = "the platform's own: \(norm.compactString(name))"
                continue
            }
            // A visit or a meeting with the order then sent back to the platform in its sentence (到门店来体验，看好了再回直播间拍):
            // the buyer goes to look; the deal stays here. (Only a deal: a contact handed over has left already.)
            // (Not when told not to: 付现金，不用回直播间拍.)
            // (…or, for a visit, placed on the platform by its own name after 在: 来厂里看，看好了在淘宝拍. A payment made on
            // the way is not: 定金转我支付宝就行，剩下的在抖音拍.)
            if c.signal == .offlineTrade, c.origin == .words, let back = ctx.first(.orderedHere, where: { r in
                r.lowerBound >= end && norm.sentence[r.lowerBound] == norm.sentence[at]
                    && !ctx.contains(.negation, where: { $0.upperBound <= r.lowerBound && r.lowerBound - $0.upperBound <= 1 })
            }) ?? (c.ruleID.hasPrefix("offline.visit") || c.ruleID == "offline.place_pay" && endsOnViewing(end)
                   ? orderedOnOwnName(ownNames, after: end, sentenceOf: at) : nil) {
                candidates[i].dropped = "ordered here after all: \(norm.compactString(back))"
                continue
            }
            // A group joined by tapping a corner of the screen (福利群点右上角加入): a group in the app itself.
            if c.signal == .privateGroup, c.origin == .words, !c.pointed, !voice.invitesToSpeaker(c, end: end),
               let corner = screenCorner(inSentenceOf: at) {
                candidates[i].dropped = "joined on the screen: \(norm.compactString(corner))"
                continue
            }
            // A code scanned into the platform's own pages (扫码进入平台售后页面), by the word for the platform itself.
            if c.signal == .qrCode, c.origin == .words, !voice.invitesToSpeaker(c, end: end), let word = scanLeadsToPlatform(end: end) {
                candidates[i].dropped = "the platform's own: \(norm.compactString(word))"
                continue
            }
            // A link to the listing platform's own site (v.douyin.com on Douyin, detail.tmall.com on Tmall) stays here.
            if c.signal == .link, let host = linkHost(in: c.wide.lowerBound..<min(norm.wide.count, c.wide.upperBound + (c.origin == .words ? 48 : 0))),
               Self.ownSites[platform, default: []].contains(where: { host == $0 || host.hasSuffix("." + $0) }) {
                candidates[i].dropped = "the platform's own site: \(host)"
                continue
            }
            // A site given to check the goods or the parcel (防伪查询：www…, 顺丰官网 … 查询单号), in a
            // sentence that sells nothing: no road to a sale.
            // (What sells is looked for in the link's clause and those beside it: 本店为品牌授权经销商，授权书编号…，可在品牌官网 www…
            // 输入编号查询 checks a dealer's authorisation two clauses after saying what the shop is.)
            if c.signal == .link, c.origin == .contact, let purpose = checksGoodsOrParcel(at: at, saleIn: clausesBeside(at)) {
                candidates[i].dropped = "a site to check the goods or the parcel: \(norm.compactString(purpose))"
                continue
            }
            // …and a site named in words for the same (防伪码刮开，去品牌官网输入就能查), when its own clause sells nothing.
            if c.signal == .platform, c.origin == .words, !c.pointed, let purpose = checksGoodsOrParcel(at: at, saleIn: clauseRange(at: at)) {
                candidates[i].dropped = "a site to check the goods or the parcel: \(norm.compactString(purpose))"
                continue
            }
            // …and a site named with its address for the same (品牌官网：www…（仅供查询真伪）), as its link is.
            if c.signal == .platform, c.origin == .words, c.pointed, let purpose = checksGoodsOrParcel(at: at, saleIn: sentenceRange(at: at)) {
                candidates[i].dropped = "a site to check the goods or the parcel: \(norm.compactString(purpose))"
                continue
            }
            // A service line (400/800) is an organisation's by nature: a phone suppression in its sentence
            // (全国联保: the brand's warranty line) sets it aside as it does phone words.
            let serviceLine = c.ruleID == "phone.service"
            // A landline is the maker's on its label (生产商：…⏎电话：0574-…), a label's rule only (`scope = "part"`).
            let landline = c.ruleID == "phone.landline"
            // (Words with a handle right after them — 官方客服微信 kefu_01 — are a contact: no suppression sets the
            // handle aside.)
            let handled = c.pointed && [Signal.wechat, .qq].contains(c.signal)
            if c.origin == .words && !handled || serviceLine || landline {
                // Suppressions set words aside: a general one (a device that supports WeChat) in its
                // clause; one for a signal (where a QR code leads: the platform's own shop) in its sentence,
                // unless its rule keeps it to the clause.
                // Whether the candidate is a pointer whose words hold `v`.
                func pointerHolds(_ v: UInt32) -> Bool { c.ruleID.hasPrefix("pointer.") && (at..<end).contains { norm.compact[$0] == v } }
                // Whether the pointer's place is said to hold a group (粉丝群在主页可以直接加入): 群 then 在, with 我 or 的
                // between 在 and the place at most twice, right before it.
                func groupPlacedThere() -> Bool {
                    guard c.ruleID.hasPrefix("pointer.") else { return false }
                    var k = at - 1
                    while k >= 0, at - k <= 2, [0x6211, 0x7684].contains(norm.compact[k]) { k -= 1 }  // 我 的
                    return k >= 1 && norm.compact[k] == 0x5728 && norm.compact[k - 1] == 0x7FA4 && !norm.clauseBreak(between: k - 1, at)  // 在, 群
                }
                // (A co-occurrence is set aside where its later half stands, too: 视频号小店同名 | 微信小店下单 on
                // WeChat Channels pairs 同名 with the 微信 of 微信小店, the platform's own shop.)
                let lastWide = c.wide.upperBound - 1
                let last = compactIndex(ofWide: lastWide)
                let later = c.reportedFrom ?? (last > at && last < norm.compact.count && Int(norm.compactToWide[last]) == lastWide ? last : at)
                // Words asked about and answered at once (问：有售后群吗？答：有，店铺首页点加入粉丝群) are what the answer
                // says they are: a suppression there sets them aside as it would in their own sentence.
                var answerChecked = false
                var answer: Int?
                func answered() -> Int? {
                    if !answerChecked { answerChecked = true; answer = end > at ? answerStart(afterAsked: at..<end) : nil }
                    return answer
                }
                for s in ctx.indices(.suppress) where ctx.entries[s].kind == .suppress {
                    let r = ctx.entries[s].range
                    // What the words are compared with (比平台客服快, 比官方便宜) is not what they are.
                    if r.lowerBound >= 1, norm.compact[r.lowerBound - 1] == 0x6BD4 { continue }  // 比
                    // …nor is what the words are set apart from by 另 between them (粉丝团人太多了…我们另外建了个小群).
                    if r.upperBound <= at, (r.upperBound..<at).contains(where: { norm.compact[$0] == 0x53E6 }) { continue }  // 另
                    let suppression = suppressions[ctx.entries[s].rule]
                    let only = suppression.signal
                    // A pointer to a group's number (群号在店铺首页) is a group's words: the shop's own group on the
                    // platform (淘宝群, 粉丝群) sets it aside as it does the group itself.
                    // Likewise a pointer that is scanned (扫一下包裹里的…): what the platform's own app scans is the
                    // platform's (用淘宝扫一下包裹里的二维码).
                    if let only, only != c.signal, !(only == .privateGroup && (pointerHolds(0x7FA4) || groupPlacedThere())), !(only == .qrCode && pointerHolds(0x626B)) { continue }  // 群, 扫
                    if (serviceLine || landline) && only == nil { continue }
                    if landline && suppression.scope != .part { continue }
                    // A service line offered for a deal (全国统一服务热线 400-…，来电享批发价) is the seller's line to
                    // a sale, whatever it is called; a maker's label (`scope = "part"`) may print a retail price.
                    // (A sale on the platform itself — 订单请在天猫下单 — offers nothing by phone.)
                    // (联系 or 加 whose object is the suppression's own words — 建议联系品牌官方售后 400-… — calls the maker, no sale.)
                    if serviceLine && suppression.scope != .part
                        && sells(in: sentenceRange(at: at), besides: ownNames, contacting: r) { continue }
                    if !suppression.onlyOn.isEmpty, !suppression.onlyOn.contains(platform) { continue }
                    switch suppression.scope {
                    // (A visit, no price named, is served by the platform's order redeemed anywhere in its sentence:
                    // 来我们工作室做体测，线上买的卡现场核销; 下单选自提，来俺门市拉. A payment made offline is not: 平台预约只占号，
                    // 费用线下结算.)
                    case .clause: guard norm.clause[r.lowerBound] == norm.clause[at] || norm.clause[r.lowerBound] == norm.clause[later]
                                            || answered().map({ norm.clause[r.lowerBound] == norm.clause[$0] }) == true
                                            || only == .offlineTrade && c.ruleID.hasPrefix("offline.visit") && c.ruleID != "offline.visit_discount"
                                                && norm.sentence[r.lowerBound] == norm.sentence[at] else { continue }
                    case .sentence: guard norm.sentence[r.lowerBound] == norm.sentence[at] || norm.sentence[r.lowerBound] == norm.sentence[later]
                                              || answered().map({ norm.sentence[r.lowerBound] == norm.sentence[$0] }) == true else { continue }
                    case .part: break
                    }
                    // A phrase denied by 非 right before it (非抖音链接) is what the words are not.
                    if r.lowerBound > 0, norm.compact[r.lowerBound - 1] == 0x975E { continue }  // 非
                    // An invitation to the speaker (扫码加我), or where the speaker's own handle is shown (订单备注里我给您留的
                    //那个号), is never a device's or the platform's own feature.
                    // (What the speaker's own page holds, said to be a group — 粉丝群在我主页 — is that group, not a handle.)
                    if voice.invitesToSpeaker(c, end: end) || own && !groupPlacedThere() { break }
                    // The platform's own way denied or cancelled (不用再在平台预约, 平台订单先取消, 平台预约费不用交) is what the
                    // speaker tells the reader not to use: it sets nothing aside.
                    if voice.negation(before: r.lowerBound, end: r.upperBound) != nil || deniedWay(r, inside: at..<end) { continue }
                    candidates[i].dropped = "suppressed: \(norm.compactString(r))"
                    break
                }
            }
        }
        // In a text that discusses diversion (warns, reports, complains, asks whether it is real), its
        // words are quoted, not spoken: only an actionable contact offered in the speaker's own voice
        // (a number, handle, link, e-mail) counts, with the words in its sentence.
        if voice.discusses {
            let offered = Set(candidates.compactMap { c in
                c.dropped == nil && (c.origin == .contact || c.pointed) ? norm.sentence[c.compactStart ?? 0] : nil
            })
            // A long text's warning reaches its own sentence and the ones beside it: a product's fakes
            // discussed (市面上有人冒充…) three sentences after an offer leave the offer the speaker's.
            let cues = ctx.map(.discussion) { $0 }
            let cueSentences = cues.map { norm.sentence[$0.lowerBound] }
            let cueEnds = cues.map(\.upperBound)
            // In a transcript (买家：… ⏎ 卖家：…) a cue is its own speaker's: the buyer's 安全吗 after the seller's
            // offer leaves the offer the seller's.
            let turns = turnStarts()
            let cueTurns = cues.map { r in turns.lastIndex { $0 <= r.lowerBound } ?? -1 }
            for i in candidates.indices where candidates[i].dropped == nil && candidates[i].origin == .words && !candidates[i].pointed {
                let sentence = norm.sentence[candidates[i].compactStart ?? 0]
                let turn = turns.lastIndex { $0 <= candidates[i].compactStart ?? 0 } ?? -1
                if !cueSentences.indices.contains(where: { abs(cueSentences[$0] - sentence) <= 1 && cueTurns[$0] == turn }) { continue }
                // An invitation to the speaker (私我要联系方式, 戳我主页) is their own, outside the warning's clause,
                // and so is where the speaker's own handle is shown (我的号在背景图上).
                let end = compactIndex(ofWide: candidates[i].wide.upperBound - 1) + 1
                if voice.invitesToSpeaker(candidates[i], end: end) || ownPointer(candidates[i], end: end) { continue }
                // …and so is a request the speaker makes of the reader (撤销投诉后，请告诉我您的vx).
                if voice.asksReader(from: candidates[i].compactStart ?? end, to: end) { continue }
                // …and so is what the speaker says in a sentence one of whose clauses turns to whoever wants it and sends them to
                // the speaker (别在平台买了，被坑了好几次，…想要的私我给你推荐): the warning is the pitch.
                if voice.audienceSentToSpeaker(inSentenceOf: candidates[i].compactStart ?? end) { continue }
                // …and so is the speaker's own practice stated (我们可以走闲鱼担保) in a clause of its own.
                let at = candidates[i].compactStart ?? 0
                if voice.speaksAsSelf(at: at, term: candidates[i].termStart ?? at, end: end) { continue }
                // …and so is the advice the speaker gives, the one official channel they claim, or their reaching the
                // reader on it (为防诈骗，建议到店当面交易; 认准唯一客服微信; 有问题私我，我加你微信).
                if voice.ownedInWarning(at: at, term: candidates[i].termStart ?? at, platform: candidates[i].signal == .platform) { continue }
                // …and a cue that ends the words themselves (平台只是引流: 引流 is their last word) discusses nothing else,
                // nor does one that names a group's or a guide's topic (装修避坑交流群, 防骗指南).
                if cues.allSatisfy({
                    abs(norm.sentence[$0.lowerBound] - sentence) > 1 || $0.lowerBound > at && $0.upperBound == end || namesTopic($0)
                }) { continue }
                // …and so is what follows a reply to all after the cue (为什么这么多人问…？统一回复：…).
                if let cue = cueEnds.lazy.filter({ $0 < at }).min(), (cue..<at).contains(where: { voice.repliesToAll(at: $0, before: at) }) { continue }
                // …and what follows a wink after the last cue (平台规定我们不能说太多 您懂的 去某鱼搜…): the rule got round.
                // …or the speaker setting themselves apart from it (别人私下交易是骗子，我不是，转我…).
                if let cue = cueEnds.lazy.filter({ $0 < at }).max(), voice.winks(between: cue, at) || exceptsSelf(between: cue, at) { continue }
                // …or a workaround told after the cue inside the words (平台规定不能留联系方式，所以放在头像里了).
                if cues.contains(where: { voice.workaround(after: $0, words: at, end) }) { continue }
                if !offered.contains(norm.sentence[candidates[i].compactStart ?? 0]) {
                    candidates[i].dropped = "discussion: \(voice.discussionCue ?? "")"
                }
            }
        }
        for c in candidates where c.dropped != nil { dropped.append(c) }
        candidates.removeAll { $0.dropped != nil }
        return (merge(candidates), dropped)
    }

    func findings(detector: Detector, scene: Scene, part: Int, platform: Platform) -> [Finding] {
        candidates(detector: detector, scene: scene, platform: platform).kept.map { finding($0, scene: scene, part: part) }
    }

    func finding(_ c: Candidate, scene: Scene, part: Int) -> Finding {
        let span = norm.span(wide: c.wide)
        return Finding(signal: c.signal, ruleID: c.ruleID, part: part, scene: scene, span: span,
                       excerpt: norm.excerpt(span), normalized: c.normalized.isEmpty ? norm.wideString(c.wide) : c.normalized,
                       confidence: c.confidence)
    }

    /// Co-occurrence rules: a first and a second term within `within` characters, in one sentence.
    /// `quoted` is computed on first need and handed back for the voice to reuse.
    func nearCandidates(detector: Detector, ctx: Context, platform: Platform, quoted: inout [Bool]?, into out: inout [Candidate]) {
        let rules = detector.rules.near
        let sentence = norm.sentence
        // Rules in order; only those with both halves present get a look (found from the halves, not by
        // asking every rule).
        for index in ctx.rulesWithBoth(.nearFirst, .nearSecond, of: rules.count) {
            if rules[index].notOn.contains(platform) { continue }
            let within = rules[index].within
            var best: Range<Int>?
            var halves: (Range<Int>, Range<Int>)?
            var later = 0
            var earlierEnd = 0
            for i in ctx.indices(.nearFirst) where ctx.entries[i].rule == index {
                let a = ctx.entries[i].range
                for j in ctx.indices(.nearSecond) where ctx.entries[j].rule == index {
                    let b = ctx.entries[j].range
                    guard a != b && !a.overlaps(b),
                          sentence[a.lowerBound] == sentence[b.lowerBound] || (a.lowerBound < b.lowerBound ? askedThenAnswered(a, b) || refersBack(a, b)
                                                                                                           : askedThenAnswered(b, a) || refersBack(b, a))
                    else { continue }
                    // A half inside an allowed phrase (现金 in 现金券) is part of that phrase.
                    if insideAllowed(a, ctx) || insideAllowed(b, ctx) { continue }
                    // A pointer's half ending a word no contact is (号 of 备案号印在…) is that word's.
                    if rules[index].id.hasPrefix("pointer."), [a, b].contains(where: { h in
                        ctx.contains(.notContact) { $0.lowerBound < h.lowerBound && h.lowerBound < $0.upperBound }
                    }) { continue }
                    // …and one whose profile is said to hold the platform's own shop (看我主页团购, 我主页的橱窗) points there.
                    if rules[index].id.hasPrefix("pointer."), [a, b].contains(where: profileHoldsOwnShop) { continue }
                    // The earlier half right after 比 is what something else is compared with (团购比到店买单便宜: the
                    // voucher is the cheaper one), not what the pair says it is.
                    let earlier = a.lowerBound < b.lowerBound ? a : b
                    if earlier.lowerBound > 0, norm.compact[earlier.lowerBound - 1] == 0x6BD4,  // 比
                       !norm.clauseBreak(between: earlier.lowerBound - 1, earlier.lowerBound) { continue }
                    if rules[index].clause && norm.clause[a.lowerBound] != norm.clause[b.lowerBound] { continue }
                    if rules[index].ordered && a.lowerBound > b.lowerBound { continue }
                    // A one-character first half ending the second's verb (直接付|款, 直接打|钱) is that verb's own
                    // object, no topic of its own: 下单时直接付款 pays the order.
                    if a.count == 1 && b.upperBound == a.lowerBound { continue }
                    // One half quoted and the other not: the quote is someone else's words (评论区一堆“加我…”的).
                    if quoted == nil { quoted = Voice.quotes(norm) }
                    if let q = quoted, !q.isEmpty, q[a.lowerBound] != q[b.lowerBound] { continue }
                    let lower = min(a.lowerBound, b.lowerBound)
                    let upper = max(a.upperBound, b.upperBound)
                    guard upper - lower <= within else { continue }
                    if best == nil || upper - lower < best!.count {
                        best = lower..<upper
                        halves = (a, b)
                        later = max(a.lowerBound, b.lowerBound)
                        earlierEnd = a.lowerBound < b.lowerBound ? a.upperBound : b.upperBound
                    }
                }
            }
            guard var range = best, !ctx.contains(.allowed, where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound })
            else { continue }
            // An earlier half inside a longer word of the same rule (卡号 in 银行卡号) starts where that word does when a
            // negation stands before the word (无需提供银行卡号转账): the negation reaches the pair. (Measured for `within`
            // without it; with no negation there, the pair keeps its own start.)
            var wordStart = range.lowerBound
            for kind in [Context.Kind.nearFirst, .nearSecond] {
                for i in ctx.indices(kind) where ctx.entries[i].kind == kind && ctx.entries[i].rule == index {
                    let e = ctx.entries[i].range
                    if e.lowerBound < wordStart && e.upperBound > wordStart && e.upperBound <= range.upperBound { wordStart = e.lowerBound }
                }
            }
            if wordStart < range.lowerBound,
               ctx.contains(.negation, where: { $0.upperBound <= wordStart && wordStart - $0.upperBound <= 12 && sentence[$0.lowerBound] == sentence[wordStart] }) {
                range = wordStart..<range.upperBound
            }
            // A trade or a payment (交 付 支 结) in the later half, named as the platform's own (上门安装 平台担保交易,
            // 到店后线上付款), goes through here. (比线上少八百 sets the platform against the place: no trade of its own.)
            // (So does one the platform makes, 直接 between: 回收款平台直接打到你账户.)
            if platformsOwnPayment(at: later) { continue }
            // …and a payment made into the platform (款项打到平台账户, 转到平台担保) is the platform's too.
            if Self.trading.contains(norm.compact[later]), paidIntoPlatform(at: range.upperBound) { continue }
            // A trip the speaker makes is no invitation (我还是去实体店买吧, 昨天去门店问了).
            if let (a, b) = halves, [a, b].contains(where: { isMotionVerb($0) && speakersOwnTrip(verb: $0.lowerBound) }) { continue }
            // A number an organisation owns (是保险公司的救援电话，出事先打那个; 物业的电话) is theirs to call, not the speaker's.
            if rules[index].id.hasPrefix("pointer."), let (a, b) = halves, ownedByOrganisation(min(a.lowerBound, b.lowerBound)) { continue }
            // A search between a going and a shop (去天猫搜我们店) goes to an app's search box, not through a door.
            if rules[index].id.hasPrefix("offline.visit"), let (a, b) = halves, a.upperBound < b.lowerBound,
               (a.upperBound..<b.lowerBound).contains(where: { norm.compact[$0] == 0x641C }) { continue }  // 搜
            // What is pointed at, said right after to be something else (那串数字是开播时间, 那个号是订单号), is no contact…
            if rules[index].id.hasPrefix("pointer."), explainedAway(after: range.upperBound, ctx) || masked(after: range.upperBound)
                || explainedAway(before: range.lowerBound, ctx) { continue }
            // …nor is what is denied where it is named (昵称后面的数字是我生日，不是号码; 寄回来就行，不用过来拿): a negation
            // right before the later half, after the earlier one (a negation of the earlier half's own — 不方便说 — is its word).
            // (…or a negation reaching into the later half: 不发|货 in 私下转账的一律不发货.)
            if ctx.contains(.negation, where: { n in
                (n.upperBound <= later && (later - n.upperBound <= 1 || whatBetween(n.upperBound, later) || companionBetween(n.upperBound, later))
                    || n.lowerBound < later && n.upperBound > later)
                    && n.lowerBound >= earlierEnd && !norm.clauseBreak(between: n.lowerBound, later)
            }) { continue }
            // The co-occurrence is the speaker's only if its later half is: reported from there on (评论区说不了，有人私信
            //要联系方式), the pair is someone else's words.
            out.append(Candidate(signal: rules[index].signal, ruleID: rules[index].id, wide: wideRange(range),
                                 normalized: norm.compactString(range), confidence: rules[index].confidence, compactStart: range.lowerBound,
                                 reportedFrom: later))
        }
    }

    /// Where the answer to a channel asked about opens: 吗 or 呢 right after the name at compact `range`, then the next
    /// sentence (有Q吗？2039…, 微信呢？shop_cui) — the writer asks and answers with the number or the handle itself, after an
    /// answer's label and a short yes if any (问：有微信吗？答：有的，xia_01). The handle is read from that position on.
    func answerStart(afterAsked range: Range<Int>) -> Int? {
        let c = norm.compact
        let q = range.upperBound
        var k: Int
        if q + 1 < c.count, c[q] == 0x5417 || c[q] == 0x5462, norm.sentenceBreak(between: q, q + 1) { k = q + 1 }  // 吗 呢
        // (…or a question mark right after the name: 有没有微信？A：有，…)
        else if q < c.count, q > 0, questionMarkFollows(range), norm.sentenceBreak(between: q - 1, q) { k = q }
        else { return nil }
        // An answer's label (答：, 回复：) opens it.
        for label in Self.answerLabels where k + label.count < c.count && c[k..<(k + label.count)].elementsEqual(label)
            && !norm.separators(before: k + label.count).isEmpty {
            k += label.count
            break
        }
        // …and a short yes of its own (有的，xia_01; 可以，2039481756) comes before what is offered.
        for yes in Self.shortYeses where k + yes.count < c.count && c[k..<(k + yes.count)].elementsEqual(yes)
            && !norm.separators(before: k + yes.count).isEmpty {
            k += yes.count
            break
        }
        return k
    }

    /// 答 回复 回 A: an answer's label.
    static let answerLabels: [[UInt32]] = ["回复", "答", "回", "a"].map { $0.unicodeScalars.map(\.value) }
    /// 有的 有滴 有呢 有哦 有啊 有 可以 能 在 嗯 对 是的 当然: a yes standing alone.
    static let shortYeses: [[UInt32]] = ["有的", "有滴", "有呢", "有哦", "有啊", "有", "可以", "能", "在", "嗯", "对", "是的", "当然"]
        .map { $0.unicodeScalars.map(\.value) }

    /// Whether, in the clause before compact position `k`, an organisation owns what follows (保险公司的, 物业的, 品牌的,
    /// 厂家的, 官方的): its number or card, not the speaker's. (Not the speaker's own: 我们公司的, 本公司的.)
    func ownedByOrganisation(_ k: Int) -> Bool {
        let c = norm.compact
        let start = norm.clauseStart(from: k, norm.clause[k])
        return (start..<k).contains { j in
            norm.word(at: j, from: Self.organisations) != nil && (j == start || !Self.ownersOfSpeaker.contains(c[j - 1]))
        }
    }

    /// 我 们 本 咱: the speaker's own before an organisation (我们公司的, 本公司的).
    static let ownersOfSpeaker: ScalarSet = [0x6211, 0x4EEC, 0x672C, 0x54B1]

    /// 公司的 官方的 品牌的 厂家的 物业的 医院的 银行的 合作社的: an organisation as owner.
    static let organisations = WordTable(["公司的", "官方的", "品牌的", "厂家的", "物业的", "医院的", "银行的", "合作社的"]
        .map { $0.unicodeScalars.map(\.value) })

    /// 平台 担保 线上 在线: words that make the trade or payment after them the platform's own (平台担保交易, 线上付款).
    static let platformsWay = WordTable(["平台", "担保", "线上", "在线"].map { $0.unicodeScalars.map(\.value) })
    /// 交 付 支 结 打 转 退 返: the first characters of a trade or a payment (交易, 付款, 支付, 结账, 打款: 回收款通过平台打到您的
    /// 账户; 平台直接退你).
    static let trading: ScalarSet = [0x4EA4, 0x4ED8, 0x652F, 0x7ED3, 0x6253, 0x8F6C, 0x9000, 0x8FD4]

    /// Whether a trade or a payment starts at compact `k` (交 付 支 结 打 转 退 返), or after 直接 there, with a word that makes it
    /// the platform's own right before (平台担保交易, 回收款平台直接打到你账户), and the platform not gone round (不走平台直接打给我,
    /// 绕过平台: 走 经 绕 跳 避 离 脱, or 过 without 通, before 平台).
    func platformsOwnPayment(at k: Int) -> Bool {
        let c = norm.compact
        guard k < c.count else { return false }
        var verb = k
        if k + 2 < c.count, c[k] == 0x76F4, c[k + 1] == 0x63A5 { verb = k + 2 }  // 直接 after the words
        var wordEnd = k
        if k >= 2, c[k - 2] == 0x76F4, c[k - 1] == 0x63A5 { wordEnd = k - 2 }  // 直接 before the verb
        // (…and 会 将 也 都 就 before that: 平台会直接退你.)
        var adverbs = 0
        while wordEnd >= 1, adverbs < 2, Self.paymentAdverbs.contains(c[wordEnd - 1]) { wordEnd -= 1; adverbs += 1 }
        guard Self.trading.contains(c[verb]), let w = norm.word(endingAt: wordEnd, from: Self.platformsWay) else { return false }
        let before = wordEnd - w.count - 1
        guard before >= 0 else { return true }
        if Self.goneRound.contains(c[before]) { return false }
        return !(c[before] == 0x8FC7 && (before == 0 || c[before - 1] != 0x901A))  // 过, not 通过
    }

    /// Whether 平台 or 担保 opens at compact `k`, in the clause of what ends there, and not 平台外 or 平台以外 (打到平台账户:
    /// into the platform's own).
    func paidIntoPlatform(at k: Int) -> Bool {
        let c = norm.compact
        guard k >= 1, let w = norm.word(at: k, from: Self.platformsWay), w.count == 2, !norm.clauseBreak(between: k - 1, k) else { return false }
        let j = k + 2
        return j >= c.count || (c[j] != 0x5916 && c[j] != 0x4EE5)  // 外 以
    }

    /// 会 将 也 都 就: adverbs between the platform and what it does (平台会直接退你).
    static let paymentAdverbs = ScalarSet("会将也都就")

    /// 走 经 绕 跳 避 离 脱: verbs that go round or leave what follows them (不走平台, 绕平台, 脱离平台).
    static let goneRound: ScalarSet = [0x8D70, 0x7ECF, 0x7ED5, 0x8DF3, 0x907F, 0x79BB, 0x8131]

    /// Whether 平台, or 平台的, stands right before compact `range`, with no word for another before it (其他 别的 另 外
    /// 那个 第三方): the platform's own kind of place (平台小程序).
    func platformWordRightBefore(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        var k = range.lowerBound
        if k >= 1, c[k - 1] == 0x7684, !norm.gapBefore[k] { k -= 1 }  // 的
        guard k >= 2, c[k - 2] == 0x5E73, c[k - 1] == 0x53F0, !norm.clauseBreak(between: k - 2, range.lowerBound) else { return false }  // 平台
        let before = c[max(0, k - 5)..<(k - 2)]
        return !before.contains(where: Self.anotherPlatform.contains)
    }

    /// 其 别 另 外 那 方 before 平台 (其他平台, 别的平台, 另一个平台, 外平台, 那个平台, 第三方平台): another platform.
    static let anotherPlatform: ScalarSet = [0x5176, 0x522B, 0x53E6, 0x5916, 0x90A3, 0x65B9]
    /// 其 别 另 外 那: words before 平台 that mean another one than this (其他平台, 别的平台, 那个平台).
    static let otherThanThis: ScalarSet = [0x5176, 0x522B, 0x53E6, 0x5916, 0x90A3]

    /// A corner of the screen (右上角 右下角 左上角 左下角) in the sentence holding compact `at`: what is tapped there is in
    /// the app.
    func screenCorner(inSentenceOf at: Int) -> Range<Int>? {
        let c = norm.compact
        for k in sentenceRange(at: at) where k + 2 < c.count && c[k + 2] == 0x89D2  // 角
            && (c[k] == 0x5DE6 || c[k] == 0x53F3) && (c[k + 1] == 0x4E0A || c[k + 1] == 0x4E0B) {  // 左 右, 上 下
            // (A picture's corner — 背景图右下角, 图片左上角 — is the picture's, where a code is printed.)
            if k > 0, c[k - 1] == 0x56FE || c[k - 1] == 0x7247 { continue }  // 图 片
            return k..<(k + 3)
        }
        return nil
    }

    /// 平台 within four characters after a scan's words ending at compact `end`, in their clause (扫码进入平台售后页面):
    /// where the code leads is the platform itself. Not another platform (其他平台, 别的平台, 第三方平台, 非平台) nor
    /// outside it (平台外).
    func scanLeadsToPlatform(end: Int) -> Range<Int>? {
        let c = norm.compact
        guard end > 0, end < c.count else { return nil }
        let clause = norm.clause[end - 1]
        var k = end
        while k + 1 < min(c.count, end + 5), norm.clause[k] == clause {
            defer { k += 1 }
            guard c[k] == 0x5E73, c[k + 1] == 0x53F0, norm.clause[k + 1] == clause else { continue }  // 平台
            if k + 2 < c.count, c[k + 2] == 0x5916 { return nil }  // 外
            // (…or 非: 非平台.)
            if c[max(end, k - 3)..<k].contains(where: { Self.anotherPlatform.contains($0) || $0 == 0x975E }) { return nil }
            return k..<(k + 2)
        }
        return nil
    }

    /// Whether 平台 then 的 内 上 or 里 stands at most six characters before compact `range`, or 平台 then at most four
    /// characters of a kind right before it, in its clause, with no word for another before it (其他 别的 另 外 那个 那些):
    /// a group or channel of the platform itself (平台的公益频道, 平台内的群, 平台批发频道).
    /// Whether the clause before compact `range` names the platform's own messages (平台消息, 平台私信, 站内信 …) with no
    /// other platform meant: what is sent there (在平台消息里发网盘提取码) travels on the platform.
    func sentThroughPlatform(before range: Range<Int>) -> Bool {
        let c = norm.compact
        var k = range.lowerBound - 1
        while k >= 1, range.lowerBound - k <= 12, !norm.clauseBreak(between: k, range.lowerBound) {
            if c[k - 1] == 0x5E73, c[k] == 0x53F0, norm.word(at: k + 1, from: Self.platformMessages) != nil {  // 平台
                return !c[max(0, k - 4)..<(k - 1)].contains(where: Self.otherThanThis.contains)
            }
            k -= 1
        }
        return false
    }

    /// 消息 私信 站内信 聊天 客服: the platform's own ways of sending.
    static let platformMessages = WordTable(["消息", "私信", "站内信", "聊天", "客服"].map { $0.unicodeScalars.map(\.value) })

    func platformWordQualifies(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        var k = max(0, range.lowerBound - 8)
        while k + 2 < range.lowerBound {
            defer { k += 1 }
            // (…or a kind of its own right after 平台, four characters at most: 平台批发频道.)
            guard c[k] == 0x5E73, c[k + 1] == 0x53F0,  // 平台
                  [0x7684, 0x5185, 0x4E0A, 0x91CC].contains(c[k + 2]) && range.lowerBound - (k + 3) <= 6  // + 的 内 上 里
                    || range.lowerBound - (k + 2) <= 4 && (k + 2..<range.lowerBound).allSatisfy({ CharacterTables.isIdeograph(c[$0]) }),
                  !norm.clauseBreak(between: k, range.lowerBound) else { continue }
            let before = c[max(0, k - 3)..<k]
            // 其 他, 别, 另, 外, 那 (那个 那些): another platform.
            if before.contains(where: Self.otherThanThis.contains) { return false }
            return true
        }
        return false
    }

    /// Whether the group at compact `range` is one the speaker's own community keeps — 我们 and a community (部门, 单位,
    /// 车队, 班级, 小区 …) before it in its clause, only 的, 有个 or 那个 between (我们部门的微信群, 我们车队有个微信群) — and its
    /// sentence invites no one: colleagues, neighbours or teammates told of, no group offered to the reader. (Not a shop's
    /// or a company's: 我们店的群 and 我们公司的群 may be a seller's.)
    func communityGroupToldOf(_ range: Range<Int>, _ ctx: Context) -> Bool {
        let sentence = norm.sentence[range.lowerBound]
        var told = communityKeeps(groupAt: range)
        // A group named again later in the sentence (…有个微信群，每次骑行前在群里接龙; …比微信群还多) is the same community's:
        // some 群 before it in the sentence is one (each asked once, none of them searching further itself).
        var k = range.lowerBound - 1
        while !told, k > 0, norm.sentence[k] == sentence {
            if norm.compact[k] == 0x7FA4, communityKeeps(groupAt: k..<(k + 1)) { told = true }  // 群
            k -= 1
        }
        guard told else { return false }
        return ![Context.Kind.invite, .handleInvite].contains { kind in ctx.contains(kind) { norm.sentence[$0.lowerBound] == sentence } }
    }

    /// Whether 我们 and a community stand before the group at compact `range` in its clause, with only `communityJoiners`
    /// between (`communityGroupToldOf`).
    private func communityKeeps(groupAt range: Range<Int>) -> Bool {
        let c = norm.compact
        // (群 alone, after the channel that names it — 微信群 — starts where the channel's name does.)
        let groupStart = range.lowerBound - (norm.word(endingAt: range.lowerBound, from: Self.groupChannels)?.count ?? 0)
        var k = max(0, groupStart - 10)
        while k + 2 < groupStart {
            defer { k += 1 }
            guard c[k] == 0x6211, c[k + 1] == 0x4EEC, !norm.clauseBreak(between: k, range.lowerBound),  // 我们
                  let community = norm.word(at: k + 2, from: Self.communities), k + 2 + community.count <= groupStart else { continue }
            if c[(k + 2 + community.count)..<groupStart].allSatisfy(Self.communityJoiners.contains) { return true }
        }
        return false
    }

    /// Communities a speaker belongs to and talks about: a workplace's department, a team, a class, a neighbourhood, a village.
    static let communities = WordTable(["部门", "单位", "科室", "车队", "球队", "乐队", "合唱团", "舞队", "社团", "班级", "班", "小区",
                                          "村", "学校", "宿舍", "寝室", "家族", "车友会", "跑团", "骑行队"].map { $0.unicodeScalars.map(\.value) })
    /// Channels a group is named by (微信群, QQ群).
    static let groupChannels = WordTable(["微信", "qq", "企鹅", "扣扣", "vx", "wx", "v"].map { $0.unicodeScalars.map(\.value) })
    /// 的 有 个 一 那: what may stand between the community and its group (的, 有个, 有一个, 那个).
    static let communityJoiners: ScalarSet = [0x7684, 0x6709, 0x4E2A, 0x4E00, 0x90A3]

    /// Whether compact `range` is a bare verb of going or coming (去, 到, 来, 过来).
    func isMotionVerb(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        switch range.count {
        case 1: return c[range.lowerBound] == 0x53BB || c[range.lowerBound] == 0x5230 || c[range.lowerBound] == 0x6765
        case 2: return c[range.lowerBound] == 0x8FC7 && c[range.lowerBound + 1] == 0x6765
        default: return false
        }
    }

    /// Last characters of the words for a person in a role (专员, 客服, 师傅, 经理, 店长, 老板, 主管).
    static let personRoles = ScalarSet("员服傅理长板管")

    /// Weak invitations that are verbs of using or going (用 去 来 到 上 走): with the speaker as their subject they
    /// tell what the speaker did.
    static let actVerbs = ScalarSet("用去来到上走")

    /// Adverbs and times that stand between a subject and its verb of going (我还是去, 我明天到, 我们周末过来).
    static let tripFillers = ScalarSet("就还是也都先再自己亲自明后今天周末下次改有空会要想准备打算得只能直接专门特意一般每经常偶尔平时晚早上午点刚才已经正现在")
    /// Past times that make a trip a story (昨天去实体店问了, 上次到店里看过). (之前 and 以前 only opening their clause:
    /// 拍之前先来… is before an order still to come.)
    static let pastTimes = WordTable(["昨天", "前天", "上次", "上周", "上个月", "去年", "前几天", "刚才", "刚刚", "那天", "当时"]
        .map { $0.unicodeScalars.map(\.value) })
    static let pastOpenings: [[UInt32]] = ["之前", "以前"].map { $0.unicodeScalars.map(\.value) }
    /// What stands between 找 and the link it seeks: aspect, duration, a measure or a demonstrative (找了好久链接, 找个链接, 找这个链接).
    static let seekFillers = ScalarSet("了过到个半天好久这那的条")
    /// Verbs whose object 我 is (加我, 私我, 私聊我, 私信我, 滴滴我, 找我 …): 我 after one is no subject.
    static let takesMe = ScalarSet("加私滴找给跟和带叫让问诉系帮陪接拉扣戳踢敲聊信dv")
    /// The listeners (你, 您, 大家): named after the words, the act is done with them.
    static let listeners = ScalarSet("你您")

    /// Whether the verb of going or using at compact `verb` is the speaker's own act, not an invitation: 我 is its
    /// subject with only adverbs and times between (我还是去实体店买吧, 我明天到店里看看, 我用微信扫码付的停车费), or a
    /// past time opens it (昨天去实体店问了). Someone taken along (我带你去门店) stops the walk back: that invites, and
    /// so does 我们, which takes the listener in (我们走个线下, 我们上 Telegram 说); 我 as an object (滴滴我 走闲鱼) is
    /// no subject; and the listener named later in the clause (我用脸书跟你说, 我上飞机等你) makes it an offer.
    func speakersOwnTrip(verb: Int) -> Bool {
        let c = norm.compact
        let clause = norm.clause[verb]
        // 到 after 从 in its clause is a range's end (从摆地摊到开工作室), no destination.
        guard norm.closesRange(at: verb) || subjectOrPast(before: verb) else { return false }
        // (Only then is the rest of the clause read for the listener.)
        var end = verb + 1
        while end < c.count, norm.clause[end] == clause {
            if Self.listeners.contains(c[end]) { return false }
            end += 1
        }
        // Nor when the reader is told next to look for the speaker there (我改到快手了，搜“阿梅”; 我去小红书了，关注我):
        // the speaker moved, and the reader is sent after them.
        if end < c.count, norm.sentence[end] == norm.sentence[verb], sentAfterSpeaker(at: end) { return false }
        return true
    }

    /// Whether compact `k` opens an imperative sending the reader after the speaker: 关注我, 找我, 来找我, 加我, 私我, or 搜
    /// before a name in quotation marks, 我, or a name (搜“阿梅”, 搜我, 搜同名, 搜店名). (搜了, 搜同款 tell a search.)
    func sentAfterSpeaker(at k: Int) -> Bool {
        let c = norm.compact
        if norm.word(at: k, from: Self.sentAfter) != nil { return true }
        guard c[k] == 0x641C, k + 1 < c.count else { return false }  // 搜
        if c[k + 1] == 0x6211 { return true }  // 我
        if norm.separators(before: k + 1).contains(where: { [0x201C, 0x300C, 0x300E, 0x22].contains($0) }) { return true }
        return (k + 1..<min(c.count, k + 4)).contains { c[$0] == 0x540D && norm.clause[$0] == norm.clause[k] }  // 名
    }

    /// 关注我 找我 来找我 加我 私我: the reader told to follow the speaker where they went.
    static let sentAfter = WordTable(["关注我", "找我", "来找我", "加我", "私我"].map { $0.unicodeScalars.map(\.value) })

    /// Whether 我 (not as an object) or a past time stands before compact `verb` in its clause, with only adverbs and
    /// times between (`speakersOwnTrip`).
    func subjectOrPast(before verb: Int) -> Bool {
        let c = norm.compact
        let clause = norm.clause[verb]
        var k = verb
        while k > 0, verb - k < 8, norm.clause[k - 1] == clause {
            if norm.word(endingAt: k, from: Self.pastTimes) != nil { return true }
            if Self.pastOpenings.contains(where: { t in
                k >= t.count && c[(k - t.count)..<k].elementsEqual(t) && (k == t.count || norm.clause[k - t.count - 1] != clause)
            }) { return true }
            let v = c[k - 1]
            if v == 0x6211 {  // 我
                return k < 2 || norm.clause[k - 2] != clause || !Self.takesMe.contains(c[k - 2])
            }
            guard Self.tripFillers.contains(v) else { return false }
            k -= 1
        }
        return false
    }

    /// A handle after 同步 or 同号 right after a channel's name (VX 同步 mix_shop9: the account kept in step with it).
    func syncedHandleAfter(compactEnd: Int) -> Range<Int>? {
        let c = norm.compact
        guard compactEnd + 2 < c.count, c[compactEnd] == 0x540C, c[compactEnd + 1] == 0x6B65 || c[compactEnd + 1] == 0x53F7 else { return nil }  // 同步 同号
        return handleAfter(compactEnd: compactEnd + 2)
    }

    /// Whether only a companion stands from compact `from` to `to`: 和 跟 与 or 同, then up to three characters ending on
    /// 人 家 他 她 or 们 (不要和任何人私下交易, 别跟商家线下付).
    func companionBetween(_ from: Int, _ to: Int) -> Bool {
        let c = norm.compact
        return (2...5).contains(to - from) && [0x548C, 0x8DDF, 0x4E0E, 0x540C].contains(c[from])
            && [0x4EBA, 0x5BB6, 0x4ED6, 0x5979, 0x4EEC].contains(c[to - 1])
    }

    /// Whether the platform's own way at compact `r`, overlapping the trigger at `trigger`, is denied or cancelled in the
    /// trigger's own words: 不 别 无 没 免 甭, 取消 or 退了 within four characters before or after it, in its clause and inside the
    /// trigger (不用再|在平台预约, 平台订单|先取消, 平台预约|费不用交).
    func deniedWay(_ r: Range<Int>, inside trigger: Range<Int>) -> Bool {
        guard r.overlaps(trigger) else { return false }
        let c = norm.compact
        let clause = norm.clause[r.lowerBound]
        let window = max(trigger.lowerBound, r.lowerBound - 4)..<min(trigger.upperBound, r.upperBound + 4)
        return window.contains { k in
            !r.contains(k) && norm.clause[k] == clause
                && (Self.denials.contains(c[k]) || c[k] == 0x53D6 && k + 1 < c.count && c[k + 1] == 0x6D88  // 取消
                    // 退 then 了 掉 款 单: refunded, the order dropped (平台订单退了吧).
                    || c[k] == 0x9000 && k + 1 < c.count && [0x4E86, 0x6389, 0x6B3E, 0x5355].contains(c[k + 1]))
        }
    }

    /// 不 别 无 没 免 甭: a denial's first character.
    static let denials: ScalarSet = [0x4E0D, 0x522B, 0x65E0, 0x6CA1, 0x514D, 0x752D]

    /// Whether only 什么 or 啥 stands from compact `from` to `to` (不是什么联系方式).
    func whatBetween(_ from: Int, _ to: Int) -> Bool {
        let c = norm.compact
        return to - from == 2 && c[from] == 0x4EC0 && c[from + 1] == 0x4E48 || to - from == 1 && c[from] == 0x5565
    }

    /// Whether `question` is a question how to reach the speaker (怎么找我, 如何联系我) ending its sentence
    /// with a question mark, and `answer` stands in the next sentence (怎么找我？看我第一篇笔记的最后一张图): a
    /// question put and answered is one thought.
    func askedThenAnswered(_ question: Range<Int>, _ answer: Range<Int>) -> Bool {
        let c = norm.compact
        // …or the thing itself asked about with 吗 or 呢 (有群吗？答：有，私信拉): the answer opens the next sentence.
        if answerStart(afterAsked: question) != nil, norm.sentence[answer.lowerBound] == norm.sentence[question.lowerBound] + 1 { return true }
        guard question.count >= 3, c[question.lowerBound] == 0x600E && c[question.lowerBound + 1] == 0x4E48  // 怎么
                || c[question.lowerBound] == 0x5982 && c[question.lowerBound + 1] == 0x4F55,  // 如何
              norm.sentence[answer.lowerBound] == norm.sentence[question.lowerBound] + 1 else { return false }
        return questionMarkFollows(question)
    }

    /// Whether the `later` half lies in the sentence right after the `earlier` one's, and that sentence opens on a word
    /// pointing back at what was just named (看我头像。那里有号。): 那里 那儿 那边 上面 里面 这里 — one place told in two
    /// sentences.
    func refersBack(_ earlier: Range<Int>, _ later: Range<Int>) -> Bool {
        let s = norm.sentence[later.lowerBound]
        guard s == norm.sentence[earlier.lowerBound] + 1 else { return false }
        return norm.word(at: norm.sentenceStart(from: later.lowerBound, s), from: Self.pointingBack) != nil
    }

    /// 那里 那儿 那边 上面 里面 这里: words opening a sentence on the place the one before named.
    static let pointingBack = WordTable(["那里", "那儿", "那边", "上面", "里面", "这里"].map { $0.unicodeScalars.map(\.value) })

    /// Whether a question mark stands right after compact `range`, spaces passed over (微信？).
    func questionMarkFollows(_ range: Range<Int>) -> Bool {
        let w = norm.wide
        var i = Int(norm.compactToWide[range.upperBound - 1]) + 1
        while i < w.count, w[i] == 0x20 || w[i] == 0x3000 { i += 1 }
        return i < w.count && CharacterTables.isQuestionMark(w[i])
    }

    /// Where each turn of a transcript starts, in compact coordinates: lines opening with a speaker's
    /// label (买家：, 客服：, 用户A：, A：), one to four letters or ideographs and a colon. Empty unless
    /// two lines are labelled: a text with one label is one speaker's.
    func turnStarts() -> [Int] {
        let w = norm.wide
        var starts: [Int] = []
        var i = 0
        while i < w.count {
            if i == 0 || w[i - 1] == 0x0A {
                var k = i
                while k < w.count, k - i < 4, CharacterTables.isIdeograph(w[k]) || CharacterTables.isASCIIAlnum(w[k]) { k += 1 }
                if k > i, k < w.count, w[k] == 0x3A || w[k] == 0xFF1A { starts.append(compactIndex(ofWide: i)) }
            }
            guard let next = w[i...].firstIndex(of: 0x0A) else { break }
            i = next + 1
        }
        return starts.count >= 2 ? starts : []
    }

    /// The listing platform's own name (one of `ownNames`, in compact coordinates) that makes candidate
    /// words from compact `at` to `end` the platform's, not a third party's, or nil.
    func platformsOwnName(_ c: Candidate, at: Int, end: Int, ownNames: [Range<Int>], voice: Voice) -> Range<Int>? {
        // A 口令 copied to open the platform's own app (复制口令打开淘宝 on Taobao), named in its sentence, is
        // the platform's own sharing feature; the same words on another platform send the buyer away.
        if c.ruleID == LinkRecognizer.tokenRuleID {
            return ownNames.first { norm.sentence[$0.lowerBound] == norm.sentence[at] }
        }
        guard c.origin == .words else { return nil }
        // A code scanned to reach the platform's own page (扫码关注视频号直播间 on WeChat Channels) or in its
        // app (二维码请在小红书内扫描), a link opened there (用浏览器打开淘宝网页版 on Taobao), or "search me over
        // there" naming the platform itself (在那个抖音上搜我们 on Douyin): the name from the words on, in
        // their clause or inside the words themselves (复制此条消息，打开手机淘宝 on Taobao), keeps the buyer here,
        // unless the code adds the speaker (扫码加我).
        // (Not a name denied: 非抖音链接 is a link elsewhere.)
        if c.signal == .qrCode || c.signal == .link || c.signal == .platform && c.ruleID.hasPrefix("pointer."),
           let name = ownNames.first(where: { $0.lowerBound >= at && ($0.upperBound <= end || $0.lowerBound - end <= 8 && norm.clause[$0.lowerBound] == norm.clause[at]) }),
           name.lowerBound == 0 || norm.compact[name.lowerBound - 1] != 0x975E,  // 非
           !voice.invitesToSpeaker(c, end: end) {
            return name
        }
        // The platform's own account said to be something visible (抖音号就是我们的店名 on Douyin: the pointer starts at the
        // account's 号, right after the platform's name): an account here, no channel elsewhere.
        // (Only the account equated with it, 号就是 or 号是: 抖音号后面去掉两个零 derives another channel's id from it.)
        if c.ruleID.hasPrefix("pointer."), at + 2 < norm.compact.count, norm.compact[at] == 0x53F7,  // 号
           norm.compact[at + 1] == 0x662F || norm.compact[at + 1] == 0x5C31 && norm.compact[at + 2] == 0x662F,  // 是 就是
           let name = ownNames.first(where: { $0.upperBound == at }) {
            return name
        }
        // A shop named by the platform's own name (到我们视频号小店来 on WeChat Channels, 抖音小店 on Douyin) is
        // the online shop here: coming to it is no visit to a physical place.
        if c.signal == .offlineTrade,
           let name = ownNames.first(where: { o in
               o.lowerBound >= at && o.upperBound < end && (o.upperBound..<min(o.upperBound + 2, end)).contains { norm.compact[$0] == 0x5E97 }  // 店
           }) {
            return name
        }
        // A search in the platform's own app (its name in characters, then 搜) opening the words or right before them
        // (直接在淘宝搜店名下单更便宜 on Taobao): the price is this platform's, no other place's.
        if c.signal == .platform || c.signal == .offlineTrade, !c.pointed,
           let name = ownNames.first(where: { o in
               o.allSatisfy({ CharacterTables.isIdeograph(norm.compact[$0]) }) && o.upperBound < norm.compact.count
                   && norm.compact[o.upperBound] == 0x641C  // 搜
                   && (o.lowerBound == at || o.upperBound + 1 == at && norm.clause[o.lowerBound] == norm.clause[at])
                   && (o.lowerBound == 0 || norm.compact[o.lowerBound - 1] != 0x975E)  // 非
           }) {
            return name
        }
        // Another place named only to choose this one by its name (京东上同款便宜五十，但我还是在天猫买了 on Tmall):
        // 还是 (在) and the platform's own name, with a purchase, later in the sentence.
        // (Not a contact offered: 加微信 abc12345 看样，下单还是在抖音 gives the speaker's handle whatever it says next.)
        if !c.pointed, let name = ownNames.first(where: { o in
               o.lowerBound > end && norm.sentence[o.lowerBound] == norm.sentence[at] && chosenHere(name: o)
           }) {
            return name
        }
        // …or by a word for here (还是在旗舰店买放心, 还是这里买吧): 还是, at most 在, the word, then the purchase.
        if !c.pointed, c.signal == .platform, let here = hereChosen(after: end, sentenceOf: at) {
            return here
        }
        // What a pointer shows, said right after to be the platform's own (号在我主页简介，是小红书号): an account here.
        // (Whose it is may stand between: 是他们小红书店铺, 是我家的抖音小店.)
        if c.ruleID.hasPrefix("pointer."),
           let name = ownNames.first(where: { o in
               let shi = o.lowerBound - 1 - ownerWord(endingAt: o.lowerBound)
               return o.lowerBound > end && shi >= end && shi - end <= 8 && norm.compact[shi] == 0x662F
                   // (说是 or 注是 — 加的时候说是红薯来的, 备注是小红书 — gives the words to say, not what the account is.)
                   && (shi < 1 || ![0x8BF4, 0x6CE8].contains(norm.compact[shi - 1]))
                   && norm.sentence[o.lowerBound] == norm.sentence[at] }) {
            return name
        }
        // A pointer whose account is the platform's own by name (快手号就在我头像下面 on Kuaishou): 号 right after
        // the platform's name is an account here.
        if c.ruleID == "pointer.contact", norm.compact[at] == 0x53F7,  // 号
           let name = ownNames.first(where: { $0.upperBound == at }) {
            return name
        }
        return nil
    }

    /// The length of the owner said right before compact `k` (我们, 他们的, 我家, 她家的, 我的): 0 when none.
    func ownerWord(endingAt k: Int) -> Int {
        let c = norm.compact
        var j = k
        if j > 0, c[j - 1] == 0x7684 { j -= 1 }  // 的
        guard j > 0 else { return 0 }
        if c[j - 1] == 0x4EEC || c[j - 1] == 0x5BB6 { j -= 1 }  // 们 家
        guard j > 0, Self.persons.contains(c[j - 1]) else { return 0 }
        return k - (j - 1)
    }

    /// 我 你 他 她 您: a person named.
    static let persons: ScalarSet = [0x6211, 0x4F60, 0x4ED6, 0x5979, 0x60A8]

    /// Whether the words ending at compact `end` end on looking the goods over (看货, 验货): a visit to see them, nothing paid.
    func endsOnViewing(_ end: Int) -> Bool {
        let c = norm.compact
        guard end >= 2, end <= c.count, c[end - 1] == 0x8D27 else { return false }  // 货
        return c[end - 2] == 0x770B || c[end - 2] == 0x9A8C  // 看 验
    }

    /// The platform's own name after compact `end` in the sentence of `at`, with 在 right before it and 拍, 下单 or 买 right after
    /// it or after 上 or 里 (看好了在淘宝拍, 在抖音上下单): the order placed here. Not after a negation (不用在淘宝拍) and not said
    /// of before (之前在淘宝买过).
    func orderedOnOwnName(_ ownNames: [Range<Int>], after end: Int, sentenceOf at: Int) -> Range<Int>? {
        let c = norm.compact
        return ownNames.first { o in
            guard o.lowerBound >= end + 1, norm.sentence[o.lowerBound] == norm.sentence[at], c[o.lowerBound - 1] == 0x5728 else { return false }  // 在
            if o.lowerBound >= 2, [0x4E0D, 0x522B, 0x524D, 0x7528, 0x8981].contains(c[o.lowerBound - 2]) { return false }  // 不 别 前 用 要
            var k = o.upperBound
            if k < c.count, c[k] == 0x4E0A || c[k] == 0x91CC { k += 1 }  // 上 里
            guard k < c.count else { return false }
            if c[k] == 0x62CD || c[k] == 0x4E70 { return k + 1 >= c.count || c[k + 1] != 0x8FC7 }  // 拍 买, not 过
            return k + 1 < c.count && c[k] == 0x4E0B && c[k + 1] == 0x5355  // 下单
        }
    }

    /// A word for here (这里 这边 这儿 旗舰店 官方店 直播间 本店), after 还是 and at most 在, with the purchase right after it, later
    /// in the sentence of `at` than compact `end` (淘宝上有便宜的，但我还是在旗舰店买放心): the word's range.
    func hereChosen(after end: Int, sentenceOf at: Int) -> Range<Int>? {
        let c = norm.compact
        var k = end
        while k + 2 < c.count, norm.sentence[k] == norm.sentence[at] {
            if c[k] == 0x8FD8, c[k + 1] == 0x662F {  // 还是
                var h = k + 2
                if h < c.count, c[h] == 0x5728 { h += 1 }  // 在
                if let word = norm.word(at: h, from: Self.hereWords), purchase(after: h..<(h + word.count), verbs: [0x4E70, 0x62CD, 0x5165]) {  // 买 拍 入
                    return h..<(h + word.count)
                }
            }
            k += 1
        }
        return nil
    }

    /// 这里 这边 这儿 旗舰店 官方旗舰店 官方店 直播间 本店: here, where the listing is.
    static let hereWords = WordTable(["这里", "这边", "这儿", "旗舰店", "官方旗舰店", "官方店", "直播间", "本店"].map { $0.unicodeScalars.map(\.value) })

    /// Whether the platform's own name at compact `name` is chosen: 还是, 还是在, 还在, 再在 or 回 right before it, and 买 下单
    /// 拍 or 入 (after at most 上 or 里) right after it (还是在天猫买了, 还是淘宝下单, 验完再在快手拍, 回抖音下单), or right
    /// before 还是 (下单还是在抖音, 下单还在天猫下).
    func chosenHere(name: Range<Int>) -> Bool {
        let c = norm.compact
        var k = name.lowerBound
        var at = false
        if k > 0, c[k - 1] == 0x5728 { k -= 1; at = true }  // 在
        // A contrast opening the clause on the platform's own name (淘宝也有卖，不过快手直播间送的赠品多) prefers it.
        if k >= 2, norm.clauseStart(from: k, norm.clause[k]) == k - 2,
           (c[k - 2], c[k - 1]) == (0x4E0D, 0x8FC7) || (c[k - 2], c[k - 1]) == (0x4F46, 0x662F) || (c[k - 2], c[k - 1]) == (0x53EF, 0x662F) {  // 不过 但是 可是
            return true
        }
        // The goods said to be bought there (东西在淘宝店买, 宝贝在拼多多上拍): 在 before the name, the clause opening on the goods,
        // then the purchase after the name (店 上 里 between at most).
        if at, k >= 2, norm.clauseStart(from: k, norm.clause[k]) == k - 2, norm.word(at: k - 2, from: Self.goodsWords) != nil {
            if purchase(after: name, shop: true, verbs: [0x4E70, 0x62CD]) { return true }  // 买 拍
        }
        // …or a clause opening on the purchase or the booking, then 在 and the name ending it (约咨询在快手, 下单在抖音).
        if at, k >= 1, name.upperBound == norm.clauseEnd(from: name.lowerBound, norm.clause[name.lowerBound]) {
            let start = norm.clauseStart(from: k, norm.clause[k])
            if k - start <= 5, start < k, norm.word(at: start, from: Self.purchaseOpeners) != nil { return true }
        }
        // …or a clause opening on 在 and the name, the purchase or the booking right after it (在小红书约的, 在抖音买的).
        // (A time word may open the clause first: 这次在快手找的小王.)
        if at, k == norm.clauseStart(from: k, norm.clause[k]) || k >= 2 && norm.clauseStart(from: k, norm.clause[k]) == k - 2
                && norm.word(at: k - 2, from: Self.thisTime) != nil,
           purchase(after: name, verbs: [0x4E70, 0x62CD, 0x7EA6, 0x8BA2, 0x627E, 0x79DF]) {  // 买 拍 约 订 找 租
            return true
        }
        // 还是 before it, or 还 or 再 before 在 (下单还在天猫下, 验完再在快手拍), or 回 right before it (看好了回快手拍).
        let still: Int
        if k >= 2, c[k - 2] == 0x8FD8, c[k - 1] == 0x662F { still = 2 }  // 还是
        else if at, k >= 1, c[k - 1] == 0x8FD8 || c[k - 1] == 0x518D { still = 1 }  // 还 再
        else if !at, k >= 1, c[k - 1] == 0x56DE { still = 1 }  // 回
        else { return false }
        // …or the purchase named first, then where it is still made (线下看样，下单还是在抖音).
        let p = k - still
        if p >= 2, c[p - 2] == 0x4E0B && c[p - 1] == 0x5355 || c[p - 2] == 0x4ED8 && c[p - 1] == 0x6B3E { return true }  // 下单 付款
        if p >= 1, [0x4E70, 0x62CD].contains(c[p - 1]) { return true }  // 买 拍
        // …or judged the better place a few characters on in its clause (还是快手上老张靠谱, 还是在天猫买放心).
        return purchase(after: name, verbs: [0x4E70, 0x62CD, 0x5165])  // 买 拍 入
            || (name.upperBound..<min(c.count, name.upperBound + 6)).contains { k in
                norm.clause[k] == norm.clause[name.lowerBound] && norm.word(at: k, from: Self.judgedBetter) != nil
            }
    }

    /// 靠谱 放心 踏实 稳妥 有保障 省心 划算 实惠 便宜: a place judged the better one.
    static let judgedBetter = WordTable(["靠谱", "放心", "踏实", "稳妥", "有保障", "省心", "划算", "实惠", "便宜"].map { $0.unicodeScalars.map(\.value) })
    /// 这次 这回 后来 最后 现在: the time a choice was made.
    static let thisTime = WordTable(["这次", "这回", "后来", "最后", "现在"].map { $0.unicodeScalars.map(\.value) })

    /// Whether a purchase follows the name at compact `name`: one of `verbs` or 下单, after 店 (when `shop`) and then 上 or 里,
    /// each at most once (淘宝店买, 拼多多上拍, 天猫下单).
    func purchase(after name: Range<Int>, shop: Bool = false, verbs: ScalarSet) -> Bool {
        let c = norm.compact
        var j = name.upperBound
        if shop, j < c.count, c[j] == 0x5E97 { j += 1 }  // 店
        if j < c.count, c[j] == 0x4E0A || c[j] == 0x91CC { j += 1 }  // 上 里
        guard j < c.count else { return false }
        return verbs.contains(c[j]) || j + 1 < c.count && c[j] == 0x4E0B && c[j + 1] == 0x5355  // 下单
    }

    /// Whether what was just pointed at, ending at compact position `k`, is said right after to be masked (快递单上的
    /// 电话被打码了, 号码都遮住了): 被 都 已经 也 at most, then 打码 打了码 遮住 遮挡 挡住 隐藏 屏蔽 涂掉 马赛克; or a number
    /// with digits masked right after (电话：138****5678). Nothing can be read there.
    func masked(after k: Int) -> Bool {
        let c = norm.compact
        var i = pastRestOfWord(k)
        // …or shown masked in place (电话：138****5678): the field's value given, and no one can dial it.
        if i < c.count, (0x30...0x39).contains(c[i]) {
            var e = i
            while e < c.count, (0x30...0x39).contains(c[e]) { e += 1 }
            if masked(i..<e) { return true }
        }
        while i < c.count, i - k < 4, [0x88AB, 0x90FD, 0x5DF2, 0x7ECF, 0x4E5F].contains(c[i]) { i += 1 }  // 被 都 已 经 也
        return norm.word(at: i, from: Self.masks) != nil
    }

    /// Compact position `k`, or past the rest of the word when a pointer's words ending at `k` end inside one (号|码 of
    /// 号码: 上面的号码是批次号, 简介里的号码都遮住了; 加|数字 or 加|字母 of 字母加数字: 那几个字母加数字是款号).
    func pastRestOfWord(_ k: Int) -> Int {
        let c = norm.compact
        guard k > 0, k < c.count else { return k }
        if c[k - 1] == 0x53F7 && c[k] == 0x7801 { return k + 1 }  // 号|码
        if c[k - 1] == 0x52A0, k + 1 < c.count, (c[k], c[k + 1]) == (0x6570, 0x5B57) || (c[k], c[k + 1]) == (0x5B57, 0x6BCD) { return k + 2 }  // 加|数字 加|字母
        return k
    }

    /// 打码 打了码 遮住 遮挡 挡住 隐藏 屏蔽 涂掉 马赛克: hidden from view
    static let masks = WordTable(["打码", "打了码", "遮住", "遮挡", "挡住", "隐藏", "屏蔽", "涂掉", "马赛克"].map { $0.unicodeScalars.map(\.value) })

    /// Whether what is pointed at from compact `k` on is said, in its clause before it, to be something no contact is:
    /// a time, a date or a word of `not_contact_number`, then 就是, 是, 看 or 见, then at most the speaker's own place
    /// (上架时间就是我直播间名字后面那串数字). A contact said so (电话号码就是…) is not explained away.
    func explainedAway(before k: Int, _ ctx: Context) -> Bool {
        let c = norm.compact
        guard k > 0, k < c.count else { return false }
        let start = norm.clauseStart(from: k, norm.clause[k])
        // 是 at most six characters before the words, in their clause, or 看 见 (衣服的品牌看我笔记封面右下角那串字母). (Not
        // 在: what is kept somewhere beside the contact — 价格表在我头像那张图上 — is no explanation of it.)
        guard let shi = (max(start, k - 7)..<k).last(where: { [0x662F, 0x770B, 0x89C1].contains(c[$0]) }) else { return false }  // 是 看 见
        let subjectEnd = shi > start && c[shi - 1] == 0x5C31 ? shi - 1 : shi  // 就
        guard subjectEnd - start >= 2 else { return false }
        let subject = start..<subjectEnd
        if subject.dropLast().contains(where: namesATime) { return true }
        return ctx.contains(.notContact) { subject.contains($0.lowerBound) && $0.upperBound <= subjectEnd }
    }

    /// Whether the words at compact position `k` say what was just pointed at is not a contact: 是, 就是
    /// or 为, then a word that makes a number no contact (订单号, 型号: `context.not_contact_number`) or a
    /// time, a date or a birthday (开播时间, 生产日期, 生日); or, in the next clause, 那个就是 … naming something with no
    /// contact word, handle, number or owner in it (最后一帧，那个就是做好的样子 — not 那个就是我的号, 那个就是我们老板的).
    func explainedAway(after k: Int, _ ctx: Context) -> Bool {
        let c = norm.compact
        var i = k
        // 那个 / 这个 opening the next clause, then 就是 / 是.
        if i + 2 < c.count, norm.clauseBreak(between: i - 1, i), (c[i] == 0x90A3 || c[i] == 0x8FD9), c[i + 1] == 0x4E2A {
            var j = i + 2
            if j < c.count, c[j] == 0x5C31 { j += 1 }
            if j < c.count, c[j] == 0x662F {
                let e = norm.clauseEnd(from: j + 1, norm.clause[j])
                let named = j + 1..<e
                // (Someone's — 我的…, 我们老板的 — is whose contact it is, not what else it is; one character
                // — 那个就是威 — names nothing else, it clips a channel's name.)
                return named.count >= 2 && c[e - 1] != 0x7684 && !named.contains { c[$0] == 0x53F7 || c[$0] == 0x6211 || CharacterTables.isASCIIAlnum(c[$0]) }
                    && !ctx.contains(.contact) { named.overlaps($0) }
            }
        }
        // (The rest of a word the pointer's words end inside: 的号 in 上面的号码是批次号, 字母加 in 字母加数字是款号.)
        i = pastRestOfWord(i)
        if i < c.count, c[i] == 0x5C31 { i += 1 }  // 就
        guard i < c.count, c[i] == 0x662F || c[i] == 0x4E3A else { return false }  // 是 为
        i += 1
        if i < c.count, c[i] == 0x6211 { i += 1 }  // 我(们)(的)
        if i < c.count, c[i] == 0x4EEC { i += 1 }
        if i < c.count, c[i] == 0x7684 { i += 1 }
        // A time, a date, a birthday or a year (时间, 日期, 生日, 开业年份).
        if (i..<max(i, min(i + 4, c.count - 1))).contains(where: namesATime) { return true }
        return ctx.contains(.notContact) { $0.lowerBound == i || $0.lowerBound == i + 1 || $0.lowerBound == i + 2 }
    }

    /// Whether the last character of a term of two or more begins an allowed phrase that runs on past
    /// it (去那拍 in 去那拍照, +v in +v领马甲): the phrase claims the character, and the term is cut short.
    /// (Not across a writer's space after a Latin letter: 加客服 v 领红包 sets the v apart from 领, no V-neck.)
    func endsInAllowed(_ range: Range<Int>, _ ctx: Context) -> Bool {
        range.count >= 2 && ctx.contains(.allowed) { $0.lowerBound == range.upperBound - 1 && $0.upperBound > range.upperBound }
            && !(norm.gapBefore[range.upperBound] && CharacterTables.isLatinLetter(norm.compact[range.upperBound - 1]))
    }

    /// Whether the first character of a term of two or more ends an allowed phrase that began before
    /// it (原来 in 原来店里): the phrase claims the character, and the term never started. A comparison's standard
    /// (比私下 in 比私下买放心: what the platform is better than) claims as many characters as it holds.
    func startsInAllowed(_ range: Range<Int>, _ ctx: Context) -> Bool {
        range.count >= 2 && ctx.contains(.allowed) { a in
            a.lowerBound < range.lowerBound && a.upperBound < range.upperBound
                && (a.upperBound == range.lowerBound + 1 || a.upperBound > range.lowerBound && norm.compact[a.lowerBound] == 0x6BD4)  // 比
        }
    }

    /// Whether `range` lies strictly inside an allowed phrase.
    func insideAllowed(_ range: Range<Int>, _ ctx: Context) -> Bool {
        ctx.contains(.allowed) { a in
            a.lowerBound <= range.lowerBound && range.upperBound <= a.upperBound && a != range
                // A phrase that opens with the term right after an invitation to the speaker and ends before a
                // handle (加我 微信支付给我 mumu_88) does not hold it: the speaker's channel, not the feature.
                && !(a.lowerBound == range.lowerBound && invitesSpeaker(before: range.lowerBound, ctx)
                     && handleAfter(compactEnd: a.upperBound, skippingWords: 2) != nil)
                // …nor does one the term ends, with a number right after it (小企鹅 2049381657: the penguin's number).
                && !(a.upperBound == range.upperBound && numberAfter(compactEnd: a.upperBound, ctx: ctx))
        }
    }

    /// Whether an invitation with the speaker as its object (加我, 联系我, 滴我) ends right before compact `k`.
    func invitesSpeaker(before k: Int, _ ctx: Context) -> Bool {
        k >= 2 && norm.compact[k - 1] == 0x6211 && ctx.contains(.invite) { $0.upperBound == k - 1 || $0.upperBound == k }
    }

    /// Whether the compact characters at `j` and `j + 1` (both in the text) are 时间, 日期, 生日 or 年份: a time, a date, a
    /// birthday or a year.
    func namesATime(_ j: Int) -> Bool {
        let c = norm.compact
        let pair = (c[j], c[j + 1])
        return pair == (0x65F6, 0x95F4) || pair == (0x65E5, 0x671F) || pair == (0x751F, 0x65E5) || pair == (0x5E74, 0x4EFD)
    }

    /// Whether the letters at wide `r` are a word of the rules, whole (WeChat, taobao): a name, not an account's.
    func namesAWord(wide r: Range<Int>) -> Bool {
        let a = compactIndex(ofWide: r.lowerBound)
        let b = compactEnd(ofWide: r.upperBound)
        return hits.contains { $0.start == a && $0.end == b }
    }

    /// The compact end of a span ending before wide `w`: how many compact scalars come from wide scalars before it. (A
    /// span ending in a mark the compact view drops — 叫“于老板翡翠” — ends where its last kept scalar does.)
    func compactEnd(ofWide w: Int) -> Int {
        // compactToWide is increasing.
        var lo = 0
        var hi = norm.compactToWide.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(norm.compactToWide[mid]) < w { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The first compact index at or after wide `w` (the last one past the end).
    func compactIndex(ofWide w: Int) -> Int {
        min(compactEnd(ofWide: w), max(0, norm.compact.count - 1))
    }

    /// Whether the term at compact `range` is where something is posted: right after a verb of posting (发到
    /// 发至 发在 发进, 分享到 转发到 晒到 传到, or 推荐给 分享给 介绍给 the people there), or after one and whose it is when that is no one in the
    /// conversation (家族 家庭 亲友 朋友 同学 工作 各个 各大 自己的); a group (`group`) also after up to three
    /// characters of its name (发到班级群) that hold no 我 or 你.
    func postedTo(_ range: Range<Int>, group: Bool) -> Bool {
        let c = norm.compact
        func posted(endingAt j: Int) -> Bool {
            guard j >= 2, !norm.clauseBreak(between: j - 1, range.lowerBound) else { return false }
            switch (c[j - 2], c[j - 1]) {
            case (0x53D1, 0x5230), (0x53D1, 0x81F3), (0x53D1, 0x5728), (0x53D1, 0x8FDB),  // 发到 发至 发在 发进
                 (0x4EAB, 0x5230), (0x4EAB, 0x81F3), (0x6652, 0x5230), (0x4F20, 0x5230),  // 享到 享至 晒到 传到
                 (0x8350, 0x7ED9), (0x4EAB, 0x7ED9), (0x7ECD, 0x7ED9):  // 荐给 享给 绍给 (推荐给 分享给 介绍给 the people there)
                return true
            default:
                return false
            }
        }
        let k = range.lowerBound
        if posted(endingAt: k) { return true }
        // A verb of posting right before a group and 里 after it (视频发微信群里, 截图转家族群里): posted into it.
        // (The group's name may stand between: 发微信群里 holds 群 after 微信.)
        if group || c[range.upperBound - 1] == 0x7FA4, range.upperBound < c.count, c[range.upperBound] == 0x91CC {
            for n in 0...3 where k - n >= 1 {
                if n > 0, !CharacterTables.isIdeograph(c[k - n]) || [0x6211, 0x4F60, 0x60A8].contains(c[k - n]) { break }
                if [0x53D1, 0x8F6C, 0x6652, 0x4F20].contains(c[k - n - 1]), !norm.clauseBreak(between: k - n - 1, range.upperBound) { return true }  // 发 转 晒 传
            }
        }
        for owner in Self.postOwners where owner.count <= k && c[(k - owner.count)..<k].elementsEqual(owner) {
            if posted(endingAt: k - owner.count) { return true }
        }
        guard group else { return false }
        for n in 1...3 where n <= k {
            let name = (k - n)..<k
            guard name.allSatisfy({ CharacterTables.isIdeograph(c[$0]) && c[$0] != 0x6211 && c[$0] != 0x4F60 && c[$0] != 0x60A8 }) else { break }
            if posted(endingAt: k - n) { return true }
        }
        return false
    }

    /// Whether an @handle stands within the next 24 characters of the clause after compact `range` (dm me
    /// on insta @mira.edits).
    func atHandleSoon(_ range: Range<Int>) -> Bool {
        let w = norm.wide
        var i = Int(norm.compactToWide[range.upperBound - 1]) + 1
        let limit = min(w.count - 1, i + 24)
        while i < limit {
            if CharacterTables.isBreakOrComma(w[i]) { return false }
            if w[i] == 0x40 || w[i] == 0xFF20, CharacterTables.isASCIIAlnum(w[i + 1]) { return true }
            i += 1
        }
        return false
    }

    /// Whether the invitation at compact `invite` pulls the reader in by name: 拉 带 邀 and 你 or 您 right
    /// before it (我拉你进, 带您入).
    func pullsReader(_ invite: Range<Int>) -> Bool {
        let c = norm.compact
        let k = invite.lowerBound
        return k >= 2 && (c[k - 1] == 0x4F60 || c[k - 1] == 0x60A8) && [0x62C9, 0x5E26, 0x9080].contains(c[k - 2])  // 拉 带 邀
    }

    /// Where a link at compact `at` is said, in its clause or one beside it, to check the goods or the parcel (防伪 真伪 验真 序列号
    /// 快递单号 物流 运单 派送进度 …), when its sentence holds no word of a sale or an offer (下单 购买 买 便宜 优惠 价
    /// 款 折 券 领 包邮 批发 合作 店 加 联系); nil otherwise.
    /// (`saleIn`: where to look for the sale instead of the whole sentence.)
    /// Whether the half at compact `h` ends on 主页 with the platform's own shop right after it, 的 or 里的 between at most
    /// (看我主页团购, 我主页的橱窗, 主页里的小店): what the profile is pointed at for is the shop here.
    func profileHoldsOwnShop(_ h: Range<Int>) -> Bool {
        let c = norm.compact
        guard h.count >= 2, c[h.upperBound - 2] == 0x4E3B, c[h.upperBound - 1] == 0x9875 else { return false }  // 主页
        var k = h.upperBound
        if k < c.count, c[k] == 0x91CC { k += 1 }  // 里
        if k < c.count, c[k] == 0x7684 { k += 1 }  // 的
        return norm.word(at: k, from: Self.ownShopWords) != nil
    }

    /// 团购 橱窗 小店 店铺 商品 小黄车 直播间: the platform's own shop as a profile holds it.
    static let ownShopWords = WordTable(["团购", "橱窗", "小店", "店铺", "商品", "小黄车", "直播间"].map { $0.unicodeScalars.map(\.value) })

    /// Whether a messenger's name at compact `range` stands as a clause of its own (号 or 是 may end it), a later clause of its
    /// sentence, within twenty characters, saying how the account is spelled (拼音, 全拼, 首字母, 后面加 …): a handle dictated
    /// in pieces (我说一遍，薇心，起名两个字拼音，后面加八八).
    func dictationLabel(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        let clause = norm.clause[range.lowerBound]
        guard norm.clauseStart(from: range.lowerBound, clause) == range.lowerBound else { return false }
        var end = range.upperBound
        if end < c.count, norm.clause[end] == clause, c[end] == 0x53F7 || c[end] == 0x662F { end += 1 }  // 号 是
        guard end >= c.count || norm.clause[end] != clause, end < c.count, norm.sentence[end] == norm.sentence[range.lowerBound] else { return false }
        var k = end
        while k < min(c.count, end + 20), norm.sentence[k] == norm.sentence[range.lowerBound] {
            if norm.word(at: k, from: Self.spellingWords) != nil { return true }
            // (What comes after or before it must then be letters or digits: 后面加八八, not 后面加个备注.)
            if let joined = norm.word(at: k, from: Self.pieceJoins), k + joined.count < c.count {
                let next = c[k + joined.count]
                if CharacterTables.isASCIIAlnum(next) || next < 0x10000 && CharacterTables.bmpDigit[Int(next)] != 0xFF { return true }
            }
            k += 1
        }
        return false
    }

    /// 拼音 全拼 首字母 连起来: how a dictated account is spelled.
    static let spellingWords = WordTable(["拼音", "全拼", "首字母", "连起来"].map { $0.unicodeScalars.map(\.value) })
    /// 后面加 后面是 前面是: where a dictated account's pieces go.
    static let pieceJoins = WordTable(["后面加", "后面是", "前面是"].map { $0.unicodeScalars.map(\.value) })

    /// Whether two or more amounts of digits stand after compact `end` in the sentence of `at` (换弦 50，调琴 150): prices stated.
    func pricesStated(after end: Int, sentenceOf at: Int) -> Bool {
        let c = norm.compact
        var k = end
        var amounts = 0
        while k < c.count, norm.sentence[k] == norm.sentence[at] {
            if (0x30...0x39).contains(c[k]), k == 0 || !(0x30...0x39).contains(c[k - 1]) {
                var e = k
                while e < c.count, (0x30...0x39).contains(c[e]) { e += 1 }
                // (An amount, not a phone's or an account's digits.)
                if e - k <= 5 { amounts += 1 }
                if amounts >= 2 { return true }
                k = e
                continue
            }
            k += 1
        }
        return false
    }

    /// What someone else said, ending right before compact `k` in its clause (你说的那个, 楼上说的, 你提到的): the contact
    /// after it is referred back to.
    func referredBack(before k: Int) -> Range<Int>? {
        guard let w = norm.word(endingAt: k, from: Self.saidByOthers) else { return nil }
        let start = k - w.count
        return norm.clause[start] == norm.clause[max(k - 1, 0)] ? start..<k : nil
    }

    /// 你说的(那个) 他说的(那个) 她说的(那个) 楼上说的 楼主说的 你提到的 上面说的 你发的那个: what someone else said.
    static let saidByOthers = WordTable(["你说的那个", "你说的", "他说的那个", "她说的那个", "楼上说的", "楼上说的那个", "楼主说的", "楼主说的那个",
                                         "你提到的", "你提到的那个", "上面说的", "上面说的那个", "你发的那个"].map { $0.unicodeScalars.map(\.value) })

    /// The clause of compact `at` with the ones right before and after it in its sentence.
    func clausesBeside(_ at: Int) -> Range<Int> {
        let sentence = sentenceRange(at: at)
        let clause = norm.clause[at]
        let lower = sentence.first { norm.clause[$0] >= clause - 1 } ?? at
        let upper = (sentence.last { norm.clause[$0] <= clause + 1 } ?? at) + 1
        return lower..<upper
    }

    func checksGoodsOrParcel(at: Int, saleIn: Range<Int>? = nil) -> Range<Int>? {
        let sentence = sentenceRange(at: at)
        if sells(in: saleIn ?? sentence) { return nil }
        // The check is said at the site or in a clause beside it (防伪码刮开，去品牌官网输入就能查), not clauses away (这批玉石都有证书，
        // …，具体细节在我视频号里: the certificate is no reason to go there).
        let clause = norm.clause[at]
        for k in sentence where abs(norm.clause[k] - clause) <= 1 {
            if let w = norm.word(at: k, from: Self.checkWords) { return k..<(k + w.count) }
        }
        return nil
    }

    /// The compact range of the clause holding compact `at`.
    func clauseRange(at: Int) -> Range<Int> {
        norm.clauseStart(from: at, norm.clause[at])..<norm.clauseEnd(from: at, norm.clause[at])
    }

    /// The compact range of the sentence holding compact `at`.
    func sentenceRange(at: Int) -> Range<Int> {
        let sentence = norm.sentence[at]
        var from = at
        while from > 0, norm.sentence[from - 1] == sentence { from -= 1 }
        var to = at
        while to < norm.compact.count, norm.sentence[to] == sentence { to += 1 }
        return from..<to
    }

    /// Whether compact `range` holds a word of a sale or an offer (`saleWords`), outside the clauses that
    /// name the listing platform itself (`ownNames`: 请在天猫下单 on Tmall is a sale here).
    func sells(in range: Range<Int>, besides ownNames: [Range<Int>] = [], contacting party: Range<Int>? = nil) -> Bool {
        range.contains { k in
            guard let word = norm.word(at: k, from: Self.saleWords), !ownNames.contains(where: { norm.clause[$0.lowerBound] == norm.clause[k] }) else { return false }
            // (联系 or 加 reaching `party`, named at most two characters on: 联系品牌官方售后 contacts the maker.)
            if let party, word == [0x8054, 0x7CFB] || word == [0x52A0],
               party.lowerBound >= k + word.count, party.lowerBound - (k + word.count) <= 2 { return false }
            return true
        }
    }

    /// The sites of each listing platform: a link to one of them, on that platform, leads nowhere else.
    static let ownSites: [Platform: [String]] = [
        .douyin: ["douyin.com", "iesdouyin.com"],
        .taobao: ["taobao.com", "tmall.com", "tb.cn"],
        .tmall: ["tmall.com", "taobao.com", "tb.cn"],
        .kuaishou: ["kuaishou.com", "kuaishouapp.com", "gifshow.com"],
        .pinduoduo: ["pinduoduo.com", "yangkeduo.com"],
        .xiaohongshu: ["xiaohongshu.com", "xhslink.com"],
        .wechatChannels: ["channels.weixin.qq.com"],
    ]

    /// The host of the first dotted run of letters, digits, dots and hyphens in wide `range` (https://v.douyin.com/…
    /// → v.douyin.com), lower-cased; nil when there is none. (For a link named in words — 链接：https… — the range
    /// reaches on past the words to the address they name.)
    func linkHost(in range: Range<Int>) -> String? {
        let w = norm.wide
        var k = range.lowerBound
        while k < min(range.upperBound, w.count) {
            var e = k
            var dotted = false
            while e < min(range.upperBound, w.count), CharacterTables.isASCIIAlnum(w[e]) || w[e] == 0x2E || w[e] == 0x2D {
                if w[e] == 0x2E { dotted = true }
                e += 1
            }
            if dotted, e > k {
                var a = k
                var b = e
                while a < b, w[a] == 0x2E || w[a] == 0x2D { a += 1 }
                while b > a, w[b - 1] == 0x2E || w[b - 1] == 0x2D { b -= 1 }
                return String(String.UnicodeScalarView(w[a..<b].compactMap(Unicode.Scalar.init))).lowercased()
            }
            k = e + 1
        }
        return nil
    }

    /// What checking the goods or the parcel is called.
    static let checkWords = WordTable(["防伪", "真伪", "验真", "序列号", "快递单号", "物流单号", "运单", "查物流", "物流查询", "查快递",
                                         "派送进度", "物流信息", "证书", "证书编号", "编号查询",
                                         // …or the goods' own manual (说明书电子版…扫了是品牌官网的使用教程). (Not a how-to video: 安装视频
                                         // 移步b站 sends the buyer to another platform.)
                                         "说明书", "使用说明", "操作指南"].map { Array($0.unicodeScalars.map(\.value)) })
    /// Words of a sale or an offer, which make a link a road to one.
    static let saleWords = WordTable(["下单", "购买", "买", "便宜", "优惠", "价", "款", "折", "券", "领", "包邮", "批发", "合作", "店",
                                        "加", "联系", "私", "货品", "商品", "更多款", "上新", "新品"].map { Array($0.unicodeScalars.map(\.value)) })

    static let postOwners: [[UInt32]] = ["家族", "家庭", "亲友", "朋友", "同学", "工作", "各个", "各大", "自己的", "自己"].map { Array($0.unicodeScalars.map(\.value)) }

    /// Whether a Latin term stands in English: a Latin word of two or more letters beside it across one
    /// space (DM me, pm for price, my wx).
    func inEnglish(_ range: Range<Int>) -> Bool {
        let w = norm.wide
        let start = Int(norm.compactToWide[range.lowerBound])
        let end = Int(norm.compactToWide[range.upperBound - 1]) + 1
        func letters(from k: Int, step: Int) -> Int {
            var k = k
            var n = 0
            while k >= 0 && k < w.count && CharacterTables.isLatinLetter(w[k]) {
                n += 1
                k += step
            }
            return n
        }
        if end + 1 < w.count, w[end] == 0x20, letters(from: end + 1, step: 1) >= 2 { return true }
        return start >= 2 && w[start - 1] == 0x20 && letters(from: start - 2, step: -1) >= 2
    }

    func wideRange(_ compact: Range<Int>) -> Range<Int> {
        Int(norm.compactToWide[compact.lowerBound])..<(Int(norm.compactToWide[compact.upperBound - 1]) + 1)
    }

    /// An ASCII term must not be glued to other ASCII letters (`vx` is not in `hellovx`),
    /// unless a separator stands between.
    func asciiBoundaries(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        let isLetter = CharacterTables.isLatinLetter
        if isLetter(c[range.lowerBound]), range.lowerBound > 0, isLetter(c[range.lowerBound - 1]), !norm.gapBefore[range.lowerBound] {
            return false
        }
        if isLetter(c[range.upperBound - 1]), range.upperBound < c.count, isLetter(c[range.upperBound]), !norm.gapBefore[range.upperBound] {
            return false
        }
        return true
    }

    /// Characters that make a word with a 家 after them (卖家 买家 商家 店家 厂家 大家 回家 专家 自家 老家 东家 玩家
    /// 农家 人家 娘家 作家 国家 管家 行家 庄家 咱家 我家 你家 他家 她家 谁家 哪家 这家 那家 本家 全家 各家 独家 两家 一家 别家):
    /// a sound-alike of 加 there is that word's end.
    static let jiaWordHeads = ScalarSet("卖买商店厂大回专自老东玩农人娘作国管行庄咱我你他她谁哪这那本全各独两一别")

    /// Characters that make a word with a 部 after them (全部 大部 内部 外部 局部 一部 干部 细部 头部 总部 分部 本部 东部 西部
    /// 南部 北部 中部 腹部 背部 胸部 腰部 脚部 面部 底部 顶部 俱乐部 …): a sound-alike of 不 there is that word's end.
    static let buWordHeads = ScalarSet("全大内外局一干细头总分本东西南北中腹背胸腰脚面底顶乐")

    /// Whether `scalar`, heard as the first character of a term, ends a word with `head` before it (家 after 卖, 部
    /// after 全).
    func endsWordBefore(_ scalar: UInt32, head: UInt32) -> Bool {
        switch scalar {
        case 0x5BB6: return Self.jiaWordHeads.contains(head)  // 家
        case 0x90E8: return Self.buWordHeads.contains(head)  // 部
        default: return false
        }
    }

    /// Whether the term ending at compact `compactEnd` is joined to a letter or digit by one underscore
    /// (dy_shop2024): the start of a handle, not a name before one.
    func gluedByUnderscore(compactEnd: Int) -> Bool {
        let w = norm.wide
        let end = Int(norm.compactToWide[compactEnd - 1]) + 1
        return end + 1 < w.count && w[end] == 0x5F && CharacterTables.isASCIIAlnum(w[end + 1])
    }

    /// Whether the Latin word holding compact `range` is a clothing size (XS S M L XL XXL XXXL, 2XL …) with another
    /// size right before or after it across one mark or space (S/M/L/XL, M、L、XL, L-XL).
    func inSizeList(_ range: Range<Int>) -> Bool {
        let w = norm.wide
        func isSize(_ a: Int, _ b: Int) -> Bool {
            b - a <= 4 && Self.sizes.contains { $0.count == b - a && $0.elementsEqual(w[a..<b]) }
        }
        func word(around i: Int) -> (Int, Int) {
            var a = i, b = i
            while a > 0, CharacterTables.isASCIIAlnum(w[a - 1]) { a -= 1 }
            while b < w.count, CharacterTables.isASCIIAlnum(w[b]) { b += 1 }
            return (a, b)
        }
        let (a, b) = word(around: Int(norm.compactToWide[range.lowerBound]))
        guard isSize(a, b) else { return false }
        let marks: [UInt32] = [0x2F, 0x3001, 0x2C, 0xFF0C, 0x2D, 0x20, 0x7C, 0xFF0F]
        if a >= 2, marks.contains(w[a - 1]), CharacterTables.isASCIIAlnum(w[a - 2]) {
            let (p, q) = word(around: a - 2)
            if isSize(p, q) { return true }
        }
        if b + 1 < w.count, marks.contains(w[b]), CharacterTables.isASCIIAlnum(w[b + 1]) {
            let (p, q) = word(around: b + 1)
            if isSize(p, q) { return true }
        }
        return false
    }

    /// Whether, in the sentence after compact `range` (a marketplace's name) and within eighteen characters, the
    /// price there is said to be no better (价格差不多, 也就便宜, 没便宜多少 …), or a later clause opens on this one
    /// (这个 这款 这家 这次 这套) with 更 within five characters after (携程上也有类似的团，这个行程更轻松), with no
    /// invitation in that sentence.
    func noBetterThere(after range: Range<Int>, ctx: Context) -> Bool {
        let c = norm.compact
        let sentence = norm.sentence[range.lowerBound]
        var k = range.upperBound
        var found = false
        while k < min(c.count, range.upperBound + 18), norm.sentence[k] == sentence {
            if norm.word(at: k, from: Self.noBetter) != nil { found = true; break }
            if k + 2 < c.count, norm.clauseBreak(between: k - 1, k), c[k] == 0x8FD9, Self.thisOne.contains(c[k + 1]),  // 这
               (k + 2..<min(c.count, k + 7)).contains(where: { norm.clause[$0] == norm.clause[k] && c[$0] == 0x66F4 }) {  // 更
                found = true; break
            }
            k += 1
        }
        guard found else { return false }
        // (Not when the sentence invites anywhere — 想要的私聊我，…走闲鱼发，价格一样 — or a verb of going or using
        // stands right before the name: 走闲鱼, 去闲鱼.)
        return !ctx.contains(.invite) { r in norm.sentence[r.lowerBound] == sentence }
            && !ctx.contains(.weakInvite) { r in r.upperBound == range.lowerBound }
    }

    /// Compact ranges of a price of its own kind asked in private: 价格, 价钱, 价 or 费 right before 私聊, 私信 or 私我, with
    /// up to four characters of the clause before it naming the kind (包场价格私聊, 带棚款价格私聊, 加急费私聊, 课包价私聊).
    /// Not 价格私聊 opening its clause (the listed price, asked), nor a kind that names none (具体 详细 实际 最终 什么).
    /// Where the listing platform's own name (`ownNames`) follows 比 or 比在 and a word of costing less (便宜 划算 实惠 优惠 省 低)
    /// comes within five characters after it in its clause (比小红书下单便宜, 比在抖音上买划算): from 比 to that word.
    func cheaperThanOwnName(_ ownNames: [Range<Int>]) -> [Range<Int>] {
        let c = norm.compact
        var out: [Range<Int>] = []
        for o in ownNames {
            var b = o.lowerBound - 1
            if b >= 1, c[b] == 0x5728 { b -= 1 }  // 在
            guard b >= 0, c[b] == 0x6BD4, !norm.clauseBreak(between: b, o.lowerBound) else { continue }  // 比
            // (不比 or 没比 denies it: 这里不比小红书下单便宜.)
            if b >= 1, c[b - 1] == 0x4E0D || c[b - 1] == 0x6CA1 { continue }
            var k = o.upperBound
            while k < min(c.count, o.upperBound + 5), norm.clause[k] == norm.clause[o.lowerBound] {
                if Self.costsLess.contains(c[k]) || c[k] == 0x4FBF && k + 1 < c.count && c[k + 1] == 0x5B9C
                    || (c[k] == 0x5212 || c[k] == 0x5B9E || c[k] == 0x4F18) && k + 1 < c.count && [0x7B97, 0x60E0].contains(c[k + 1]) {
                    out.append(b..<(k + (Self.costsLess.contains(c[k]) ? 1 : 2)))
                    break
                }
                // (Dearer there — 比抖音贵 — sends no one.)
                if c[k] == 0x8D35 { break }  // 贵
                k += 1
            }
        }
        return out
    }

    /// 省 低: one character of costing less (便宜 划算 实惠 优惠 are read in pairs).
    static let costsLess: ScalarSet = [0x7701, 0x4F4E]

    func pricesOfKindInPrivate() -> [Range<Int>] {
        let c = norm.compact
        var out: [Range<Int>] = []
        var k = 1
        while k + 2 < c.count {
            defer { k += 1 }
            // 费, 价格 价钱, or 价 itself (包场价私聊)
            let price = c[k] == 0x8D39 ? 1 : c[k] == 0x4EF7 ? (c[k + 1] == 0x683C || c[k + 1] == 0x94B1 ? 2 : 1) : 0
            guard price > 0, let ask = norm.word(at: k + price, from: Self.askedInPrivate),
                  norm.clause[k + price + ask.count - 1] == norm.clause[k] else { continue }
            let clause = norm.clause[k]
            var start = k
            while start > 0, k - start < 4, norm.clause[start - 1] == clause, !norm.gapBefore[start] { start -= 1 }
            guard start < k, CharacterTables.isIdeograph(c[k - 1]) || CharacterTables.isLatinLetter(c[k - 1]),
                  !(start..<k).contains(where: { norm.word(at: $0, from: Self.noKind) != nil }) else { continue }
            out.append(start..<(k + price + ask.count))
        }
        return out
    }

    /// Whether a discussion cue is the topic in the name of a group or a guide (避坑交流群, 防骗指南, 避坑群): up to two
    /// characters of 交流 互助 分享 between it and the noun.
    func namesTopic(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        var k = cue.upperBound
        while k < c.count, k - cue.upperBound < 2, Self.topicJoiners.contains(c[k]), !norm.gapBefore[k] { k += 1 }
        guard k < c.count, !norm.gapBefore[k] else { return false }
        return norm.word(at: k, from: Self.topicNouns) != nil
    }

    /// 交 流 互 助 分 享: between a topic and its group (避坑交流群).
    static let topicJoiners = ScalarSet("交流互助分享")
    /// 群 社群 指南 攻略 笔记 合集 课: what a topic names.
    static let topicNouns = WordTable(["群", "社群", "指南", "攻略", "笔记", "合集", "课"].map { $0.unicodeScalars.map(\.value) })

    /// 私聊 私信 私我: asked in private.
    static let askedInPrivate = WordTable(["私聊", "私信", "私我"].map { $0.unicodeScalars.map(\.value) })
    /// 具体 详细 实际 最终 什么: words before a price that name no kind of it.
    static let noKind = WordTable(["具体", "详细", "实际", "最终", "什么"].map { $0.unicodeScalars.map(\.value) })

    /// 外卖 小程序 app 商城 团购 优选 买菜 极速版: a marketplace's own service, named right after it.
    static let serviceWords = WordTable(["外卖", "小程序", "app", "商城", "团购", "优选", "买菜", "极速版"].map { $0.unicodeScalars.map(\.value) })

    /// 个 款 家 次 套 (after 这): this one, against the place named.
    static let thisOne = ScalarSet("个款家次套")

    /// A price elsewhere no better than here, the speaker's choice kept despite it, or the place only rated.
    static let noBetter = WordTable(["价格差不多", "价钱差不多", "差不多价", "价格一样", "一样的价格", "价格也差不多", "都差不多",
                                       "也差不多", "没便宜多少", "便宜不了多少", "也就便宜", "没便宜", "也不便宜", "没什么区别",
                                       // …or the speaker's own choice kept despite it (咸鱼上也有二手的，但我还是想买新的).
                                       "但我还是", "但是我还是", "不过我还是", "可我还是",
                                       // …or the place only rated (新氧上也有这家，评价不错).
                                       "评价不错", "评价很好", "评价也不错", "评分很高", "评分也高", "评分挺高", "口碑不错", "分也挺高", "分挺高", "分很高", "分也很高",
                                       "评价也很好", "评价也好", "评价挺好", "评价都很好", "评价都不错", "口碑也好", "口碑很好", "口碑也不错",
                                       // …or here said to be better (淘宝上也有同款，这里送安装更划算).
                                       "这里更", "这边更", "这里送", "这边送", "这里划算", "这边划算", "还是这里", "还是这边",
                                       "这里便宜", "这边便宜", "这儿便宜", "这里实惠", "这边实惠",
                                       // …or only here offering what matters (同款车在其他平台也有，但只有这里有质保).
                                       "只有这里", "只有这边", "只有这家", "只有本店", "这里才有", "这边才有", "这家才有",
                                       // …or doing it oneself the better bargain (闲鱼上隐藏炒到好几百，还是自己拆划算).
                                       "还是自己", "不如自己",
                                       // …or this shop rated best, or the place lacking what this one has (这家评价最好; 但是没有包损).
                                       "这家评价", "这家最", "这家口碑", "但是没有", "但没有", "可是没有",
                                       // …or this shop said to be better (…也有分装，这家包装更好), or the speaker not daring
                                       // to buy there (闲鱼上转卡的好多，但不敢买).
                                       "这家质量", "这家包装", "这家更", "这家的更", "这家做得", "不敢买", "不敢",
                                       // …or doubted there (拼多多上同款便宜一点，不知道真假).
                                       "不知道真假", "不知真假", "不知道是不是真的", "怕是假的", "怕买到假",
                                       // …or this one rated (不过这个评价好), or which is the better bargain asked (和这个比哪个划算).
                                       "这个评价", "这个口碑", "哪个",
                                       // …or only a little cheaper (二手的才便宜两千), or asked whether it is the same (和这里一样吗).
                                       "才便宜", "只便宜", "一样吗", "一样么", "有区别吗", "有什么区别",
                                       // …or what is written there doubted (官网上写的门店地址对吗).
                                       "对吗", "准吗", "靠谱吗", "可信吗",
                                       // …or how it is there asked (散装的好吃吗), or the place not trusted (不太放心).
                                       "好吃吗", "好用吗", "怎么样", "正品吗", "能用吗", "不放心", "不太放心", "不敢用"]
        .map { $0.unicodeScalars.map(\.value) })

    /// Whether the Latin letters at compact `range` lie in the value a record's label gives: a word that is no contact
    /// (`not_contact_number`: 型号 货号 编号 …) ending right before a colon, then the code unbroken by a space from the
    /// colon to the letters (型号：Q/QX-2088, 货号：VX-300). A handle labelled by a channel (微信：abc) has no such word,
    /// and a code holding a word of three or more letters (型号：VX-lily0925) is a handle dressed as one.
    func inLabelledCode(_ range: Range<Int>, ctx: Context) -> Bool {
        let w = norm.wide
        guard range.allSatisfy({ CharacterTables.isLatinLetter(norm.compact[$0]) }) else { return false }
        func inCode(_ k: Int) -> Bool { CharacterTables.isASCIIAlnum(w[k]) || Self.codeJoiners.contains(w[k]) }
        let start = Int(norm.compactToWide[range.lowerBound])
        var run = 0
        var k = start
        while k < w.count, inCode(k) {
            run = CharacterTables.isLatinLetter(w[k]) ? run + 1 : 0
            if run > 2 { return false }
            k += 1
        }
        var i = start - 1
        while i >= 0, inCode(i) { i -= 1 }
        while i >= 0, w[i] == 0x20 { i -= 1 }
        guard i > 0, w[i] == 0x3A || w[i] == 0xFF1A else { return false }  // : ：
        let labelEnd = compactIndex(ofWide: i)
        return ctx.contains(.notContact) { $0.upperBound == labelEnd }
    }

    /// Whether 系列, 型 or 款 follows the letters at compact `range` at once (a space between allowed): a series's name.
    func namesSeries(after range: Range<Int>) -> Bool {
        let k = range.upperBound
        guard k < norm.compact.count, !norm.clauseBreak(between: k - 1, k) else { return false }
        return norm.word(at: k, from: Self.seriesWords) != nil
    }

    /// 下单 购买 预约 预订 约 买 拍 订: a purchase or a booking, opening a clause that ends on where it is made.
    static let purchaseOpeners = WordTable(["下单", "购买", "预约", "预订", "约", "买", "拍", "订"].map { $0.unicodeScalars.map(\.value) })

    /// 东西 商品 宝贝 产品: the goods, opening a clause that says where they are bought.
    static let goodsWords = WordTable(["东西", "商品", "宝贝", "产品"].map { $0.unicodeScalars.map(\.value) })

    /// 号 是 先 记 念 报: the words a number's dictation opens with, right after its channel's name.
    static let dictationOpeners: ScalarSet = [0x53F7, 0x662F, 0x5148, 0x8BB0, 0x5FF5, 0x62A5]

    /// 系列 型 款
    static let seriesWords = WordTable(["系列", "型", "款"].map { $0.unicodeScalars.map(\.value) })

    /// / - _ . : what joins the parts of a code.
    static let codeJoiners: ScalarSet = [0x2F, 0x2D, 0x5F, 0x2E]

    /// Whether a search is asked for later in the sentence of compact `range` (a marketplace's or an app's name),
    /// across at most two clause breaks and within eighteen characters: 搜 opening its clause, or after 去 就 再 直接,
    /// not told as done (搜了, 搜过, 搜到) and with a name of two or more characters after it in its clause
    /// (二手显卡在闲鱼便宜，搜 李工装机; 课表在Keep上，搜 魏教练).
    /// Whether the readers called by name (…们 or 大家, at most four characters) open the clause right before compact `k`.
    func addressOpens(before k: Int) -> Bool {
        let c = norm.compact
        guard k >= 2, c[k - 1] == 0x4EEC || c[k - 2] == 0x5927 && c[k - 1] == 0x5BB6 else { return false }  // 们, 大家
        let start = norm.clauseStart(from: k - 1, norm.clause[k - 1])
        return k - start <= 4 && (start == 0 || norm.clauseBreak(between: start - 1, start))
    }

    /// search, as letters.
    static let searchWord: [UInt32] = "search".unicodeScalars.map(\.value)

    func searchedLater(after range: Range<Int>, ctx: Context) -> Bool {
        let c = norm.compact
        // (Not for a place where something was bought or seen: 在淘宝买的，…搜…. A one-character nickname — 鱼 — only
        // with the speaker searched for: 谷子都挂鱼了，搜我名字.)
        guard !ctx.contains(.usage, where: { $0.lowerBound >= range.upperBound && $0.lowerBound - range.upperBound <= 2 })
        else { return false }
        let sentence = norm.sentence[range.lowerBound]
        var breaks = 0
        var k = range.upperBound
        while k < min(c.count, range.upperBound + 18), norm.sentence[k] == sentence {
            if k > range.upperBound, norm.clauseBreak(between: k - 1, k) {
                breaks += 1
                if breaks > 2 { return false }
            }
            let opens = k > range.upperBound && (norm.clauseBreak(between: k - 1, k) || [0x53BB, 0x5C31, 0x518D].contains(c[k - 1])  // 去 就 再
                || k >= 2 && c[k - 2] == 0x76F4 && c[k - 1] == 0x63A5)  // 直接
            // (…or in English, opening its clause, before a name in characters: xhs 更全，search 林林美妆. An English sentence's
            // search — search my shop name there — is read by the English rules.)
            if opens, c[k] == 0x73, k + 7 < c.count, c[k..<(k + 6)].elementsEqual(Self.searchWord), norm.clause[k + 6] == norm.clause[k],
               CharacterTables.isIdeograph(c[k + 6]) {
                return true
            }
            if c[k] == 0x641C {  // 搜
                guard opens, k + 2 < c.count, !Self.notASearch.contains(c[k + 1]),
                      norm.clause[k + 2] == norm.clause[k], range.count >= 2 || c[k + 1] == 0x6211 else { return false }  // 我
                return true
            }
            // …or to go and order there (狗东自营也有，那边发货快，直接去拍): 去 then 拍 买 or 下单, not a photo (去拍照).
            if c[k] == 0x53BB, k + 1 < c.count, k > range.upperBound, range.count >= 2,
               norm.clauseBreak(between: k - 1, k) || [0x5C31, 0x518D].contains(c[k - 1]) || k >= 2 && c[k - 2] == 0x76F4 && c[k - 1] == 0x63A5
                || addressOpens(before: k) {
                let next = c[k + 1]
                let after: UInt32 = k + 2 < c.count ? c[k + 2] : 0
                // …or to go over there (稀有品种在闲鱼卖，这里不上架，去那边看): 去 then 那边 那里 那儿, opening its clause.
                // (…or after the readers called by name, opening it: 老铁们去那边关注, 大家去那里看.)
                if next == 0x90A3, Self.thereSecond.contains(after), norm.clauseBreak(between: k - 1, k) || addressOpens(before: k) { return true }  // 那
                if next == 0x4E70 || next == 0x62CD && ![0x7167, 0x6444, 0x89C6, 0x4E86].contains(after)  // 买, 拍 (not 拍照 拍摄 拍视频 拍了)
                    || next == 0x4E0B && after == 0x5355 { return true }  // 下单
            }
            k += 1
        }
        return false
    }

    /// Whether a later clause of the sentence of compact `range` (a marketplace's or an app's name), within sixteen
    /// characters, opens on 那边, 那里 or 那儿 and says within four characters that it is free or cheaper there, with no
    /// 但 不过 可是 after it in that clause (视频课在B站更新，那边免费看): the reader sent over for the benefit. (A
    /// comparison that stays — 那边便宜但是质量一般 — sends no one.)
    func benefitThere(after range: Range<Int>) -> Bool {
        let c = norm.compact
        let sentence = norm.sentence[range.lowerBound]
        var k = range.upperBound + 1
        while k + 2 < c.count, k <= range.upperBound + 16, norm.sentence[k] == sentence {
            defer { k += 1 }
            guard norm.clauseBreak(between: k - 1, k), c[k] == 0x90A3, Self.thereSecond.contains(c[k + 1]) else { continue }  // 那
            let clause = norm.clause[k]
            var benefit = false
            var b = k + 2
            while b < c.count, norm.clause[b] == clause {
                if b <= k + 6, norm.word(at: b, from: Self.benefits) != nil { benefit = true }
                if benefit, norm.word(at: b, from: Self.buts) != nil { return false }
                b += 1
            }
            if benefit { return true }
        }
        return false
    }

    /// 边 里 儿 (那边, 那里, 那儿)
    static let thereSecond = ScalarSet("边里儿")
    /// Free, cheaper or more: what a place elsewhere is said to give.
    /// (…or paid in instalments there: 那边能分期.)
    /// (…or a price or a gift kept for someone there: 那边有老客户专享价, 那边有福利.)
    static let benefits = WordTable(["免费", "便宜", "优惠", "划算", "实惠", "包邮", "有券", "送", "更多", "更全", "分期",
                                     "有老客户", "专享", "专属", "特价", "折扣", "低价", "更低", "福利", "返现", "赠品"].map { $0.unicodeScalars.map(\.value) })
    /// 但 不过 可是 就是: a comparison turned back.
    static let buts = WordTable(["但", "不过", "可是", "就是"].map { $0.unicodeScalars.map(\.value) })

    /// Whether the clause before `term` puts it in the speaker's present: 我 咱 本店 现在 只 or 都 before it, and no 以前
    /// 之前 曾经 (我们家在拼夕夕也开了店, 现在都在微信卖了; not 朋友在京东也开了店, 以前在闲鱼卖过).
    func inSpeakersPresent(_ term: Range<Int>) -> Bool {
        let c = norm.compact
        var k = norm.clauseStart(from: term.lowerBound, norm.clause[term.lowerBound])
        var present = false
        var past = false
        while k < term.lowerBound {
            let v = c[k]
            let next: UInt32 = k + 1 < c.count ? c[k + 1] : 0
            if v == 0x6211 || v == 0x54B1 || v == 0x53EA || v == 0x90FD || (v == 0x672C && next == 0x5E97) || (v == 0x73B0 && next == 0x5728) {
                present = true
            }
            if (v == 0x4EE5 || v == 0x4E4B) && next == 0x524D || v == 0x66FE && next == 0x7ECF { past = true }
            k += 1
        }
        return present && !past
    }

    /// Whether the name at compact `range` is followed by 上 or 里, at most one of 也 都 还, a verb phrase of one to three
    /// characters and 过 or 了, in one clause (B站上跟练过, 淘宝上也找人改过, 微博上也关注了): something the speaker once did
    /// there. (Not 加过 — someone added there before is still reached there — nor 过来 过去, which ask for something,
    /// nor 了 before what comes next — 关注了再领 — or after a posting — 挂了 发了: there now, to be found.)
    func experiencedThere(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        var k = range.upperBound
        guard k + 2 < c.count, c[k] == 0x4E0A || c[k] == 0x91CC else { return false }  // 上 里
        k += 1
        if Self.alsoStill.contains(c[k]) { k += 1 }
        for n in 1...3 {
            let g = k + n
            guard g < c.count, c[g] == 0x8FC7 || c[g] == 0x4E86, !norm.clauseBreak(between: range.upperBound, g) else { continue }  // 过 了
            guard (k..<g).allSatisfy({ CharacterTables.isIdeograph(c[$0]) && !Self.notExperience.contains(c[$0]) }) else { return false }
            if g + 1 < c.count, !norm.clauseBreak(between: g, g + 1), c[g + 1] == 0x6765 || c[g + 1] == 0x53BB { return false }  // 来 去
            // (了 with what comes next after it — 上了就发, 关注了再领 — is no deed done.)
            if c[g] == 0x4E86, g + 1 < c.count, !norm.clauseBreak(between: g, g + 1), Voice.notPerfective.contains(c[g + 1]) { return false }
            // (…nor something put up there with 了, 闲鱼上也挂了: it is there now, to be found.)
            if c[g] == 0x4E86, (k..<g).contains(where: { Voice.posting.contains(c[$0]) }) { return false }
            // (…nor a shop the speaker opened there, 我们拼多多上也开了店: it is open now.)
            if c[g] == 0x4E86, c[g - 1] == 0x5F00, inSpeakersPresent(range) { return false }  // 开了
            return true
        }
        return false
    }

    /// 也 都 还
    static let alsoStill = ScalarSet("也都还")
    /// 加 不 没 过 来 去: no deed of the speaker's there (加过 reaches someone there; a negation did nothing).
    static let notExperience = ScalarSet("加不没过来去")

    /// After 搜, what makes no search for a name: 了 过 到 (done), 索 救 查 集 刮 身 (搜索, 搜救, 搜查 …).
    static let notASearch = ScalarSet("了过到索救查集刮身")

    /// Clothing sizes as written (folded to lower case).
    static let sizes: [[UInt32]] = ["xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl", "5xl"].map { $0.unicodeScalars.map(\.value) }

    /// A short Latin term glued to digits is a model or unit (`VX-300`, `WX-5`, `QQ3`, `5V`), not a contact.
    func isModelCode(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        let isLetter = CharacterTables.isLatinLetter
        func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
        guard range.allSatisfy({ isLetter(c[$0]) }), range.count <= 3 else { return false }
        if range.lowerBound > 0, isDigit(c[range.lowerBound - 1]), !norm.gapBefore[range.lowerBound] { return true }
        // The wide position right after the term.
        let w = norm.wide
        let end = Int(norm.compactToWide[range.upperBound - 1]) + 1
        // Through a hyphen to a code with a digit in it: LP-E6, VX-A300.
        if end + 1 < w.count, w[end] == 0x2D || w[end] == 0x2010 {
            var k = end + 1
            var digit = false
            while k < w.count, CharacterTables.isASCIIAlnum(w[k]), k - end <= 6 {
                if isDigit(w[k]) { digit = true }
                k += 1
            }
            if digit && (k == w.count || !CharacterTables.isASCIIAlnum(w[k])) { return true }
        }
        guard range.upperBound < c.count, isDigit(c[range.upperBound]) else { return false }
        // Directly attached, or through a hyphen: VX9, VX-300, WX-2024.
        let next = Int(norm.compactToWide[range.upperBound])
        return next == end || (next == end + 1 && (w[end] == 0x2D || w[end] == 0x2010))
    }

    func clauseBetween(_ a: Int, _ b: Int) -> Bool { norm.clauseBreak(between: a, b) }

    /// Whether a channel's name asked back as a question (微信？) is answered yes right after it (有的,
    /// 有, 可以, 能, 行, 当然, 没问题): the speaker grants the channel the buyer asked for.
    func echoAffirmed(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        guard questionMarkFollows(range) else { return false }
        let k = range.upperBound
        guard k < c.count else { return false }
        let next: UInt32 = k + 1 < c.count ? c[k + 1] : 0
        let yesHave = c[k] == 0x6709 && (next == 0x7684 || next == 0x554A || next == 0x5440 || next == 0x54E6 || k + 1 >= c.count
            || norm.clauseBreak(between: k, k + 1))  // 有的 有啊 有呀 有哦 有，
        return yesHave || (c[k] == 0x53EF && next == 0x4EE5) || c[k] == 0x80FD || c[k] == 0x884C || (c[k] == 0x5F53 && next == 0x7136)
            || (c[k] == 0x6CA1 && next == 0x95EE)  // 可以 能 行 当然 没问
    }

    /// Whether compact positions `end` and `start` meet across a bare line break: text laid out in
    /// lines (a poster, a card, a screenshot) breaks a phrase where the line ends (下单请加⏎企业微信).
    func lineContinues(_ end: Int, _ start: Int) -> Bool {
        guard end == start else { return false }
        let gap = norm.separators(before: start)
        return gap.contains(0x0A) && gap.allSatisfy { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x3000 }
    }

    /// 他 她 朋友 同学 别人 人家 有人 网友, or one of the speaker's family (`Voice.family`), in the clause before
    /// compact position `k`: someone else is its subject.
    func someoneElseOpens(before k: Int) -> Bool {
        let c = norm.compact
        guard k > 0, k <= c.count else { return false }
        let start = norm.clauseStart(from: k - 1, norm.clause[k - 1])
        return (start..<k).contains { i in
            Voice.thirdPerson.contains(c[i]) || norm.word(at: i, from: Self.others) != nil || norm.word(at: i, from: Voice.family) != nil
        }
    }

    /// 朋友 同学 别人 人家 有人 网友: people other than the speaker
    static let others = WordTable(["朋友", "同学", "别人", "人家", "有人", "网友"].map { $0.unicodeScalars.map(\.value) })

    /// 号 or 多少 after a name asks for its handle (v号, 微信多少): a way of trading has none, so after
    /// one (来电号码 sounds like 来店号码) it asks for nothing.
    func asksHandle(_ after: Range<Int>) -> Bool {
        let c = norm.compact
        return c[after.lowerBound] == 0x53F7 || c[after.upperBound - 1] == 0x5C11
    }

    /// Whether a word after a place to meet or pay (来店, 到店, 线下) is 里, 上 or 店 alone: 来店里买 names the shop, which may
    /// be this one (在群里看到别人晒的，专门来店里买), 到店上课 what is done there, and 线下店 a kind of shop (线下店装修中);
    /// none invites by itself.
    func namesThePlace(_ after: Range<Int>) -> Bool {
        after.count == 1 && [0x91CC, 0x4E0A, 0x5E97].contains(norm.compact[after.lowerBound])  // 里 上 店
    }

    /// Whether a word after a group's name is 见, alone or after 里 (群里见, 群见): meeting there names no group to
    /// join and no way in.
    func meetsThere(_ after: Range<Int>) -> Bool {
        let c = norm.compact
        guard after.count == 1 else { return false }
        let k = c[after.lowerBound] == 0x91CC ? after.upperBound : after.lowerBound  // 里
        return k < c.count && c[k] == 0x89C1  // 见
    }

    /// 抢 买 拍 购 囤: bought, when 的 了 or 过 follows.
    static let buyVerbs = ScalarSet("抢买拍购囤")

    /// Whether the doing that starts at a word after a channel's name is judged at once: after 上 or 里, one to five
    /// characters of the doing (a two-character word after it, none), then at most one of 也 都 还, 得 if any, then a degree word
    /// (很 挺 非常 特别 蛮 十分 超级), not before 多 or 少.
    func judged(after: Range<Int>) -> Bool {
        let c = norm.compact
        let place = after.count == 1 && (c[after.lowerBound] == 0x4E0A || c[after.lowerBound] == 0x91CC)  // 上 里
        guard place || after.count >= 2 else { return false }
        let from = after.upperBound
        // (After 上 or 里 the doing takes at least one character, ideographs all: k is where its judging may start.)
        let first = place ? from + 1 : from
        let last = min(c.count, from + (place ? 6 : 1))
        guard first < last else { return false }
        for k in first..<last {
            guard !norm.clauseBreak(between: after.lowerBound, k), !place || CharacterTables.isIdeograph(c[k - 1]) else { return false }
            var m = k
            if PartScan.alsoStill.contains(c[m]) { m += 1 }
            if m < c.count, c[m] == 0x5F97, m > from { m += 1 }  // 得 (回得很及时)
            guard m + 1 < c.count, !norm.clauseBreak(between: k, m + 1) else { continue }
            if let degree = norm.word(at: m, from: Self.degreeWords), m + degree.count < c.count,
               !norm.clauseBreak(between: m, m + degree.count), c[m + degree.count] != 0x591A, c[m + degree.count] != 0x5C11 {  // 多 少
                return true
            }
        }
        return false
    }

    /// 很 挺 非常 特别 蛮 十分 超级: a degree word judging what was done.
    static let degreeWords = WordTable(["很", "挺", "非常", "特别", "蛮", "十分", "超级"].map { $0.unicodeScalars.map(\.value) })

    /// "only", as an after-word is written (orders via WhatsApp only).
    static let only: [UInt32] = "only".unicodeScalars.map(\.value)

    /// Whether a word after a channel's name (上, 里, 聊, 店) makes it an invitation. Not when a
    /// bracket stands between them (二维码（酒店…）: the aside is another phrase), not when a negated
    /// predicate follows (小程序里没搜到, 淘宝上不卖: where something is not), and not when the two are an
    /// item of an enumeration (支持视频通话、微聊、定位: a feature list), and not as a locative made
    /// attributive (闲鱼上的东西: what is there, not an invitation to go). A list parted by spaces
    /// (定位 拍照 微聊 防水) is an enumeration too (`spaceListed`). Nor what was bought there (抖音直播间抢的: `buyVerbs`),
    /// nor an account a use makes attributive (充值的QQ号).
    func afterWordInvites(term: Range<Int>, after: Range<Int>, ctx: Context) -> Bool {
        // A one-character word one character on that ends a word with the character between (号 of 信号 in Signal 信号增强器,
        // 上 of 马上): that word's, not one after the name.
        if after.count == 1, after.lowerBound == term.upperBound + 1, norm.word(at: term.upperBound, from: Self.wordsEndingOnAfterWord) != nil { return false }
        // 号 opening a word of its own (号召 calls on, 号称 claims: 群号召大家…, 微信号称…): no account's number.
        if after.count == 1, norm.compact[after.lowerBound] == 0x53F7, after.upperBound < norm.compact.count,
           norm.compact[after.upperBound] == 0x53EC || norm.compact[after.upperBound] == 0x79F0 { return false }  // 召 称
        // Sending to someone else (微信发给爸妈看了, QQ转给同事): the channel carries it to them.
        if sentToOthers(at: after.lowerBound) { return false }
        // Bought there, told as done (抖音直播间抢的, 淘宝店买了): the speaker's purchase, not an invitation to go. (Not after
        // 上 or 里 alone: 有需要的在微信上拍的 is an offer, which `Voice` reads.)
        if after.count > 1 || norm.compact[after.lowerBound] == 0x5E97 {  // 店
            let c = norm.compact
            var k = after.upperBound
            if k < c.count, [0x4E5F, 0x90FD, 0x8FD8].contains(c[k]) { k += 1 }  // 也 都 还
            if k + 1 < c.count, Self.buyVerbs.contains(c[k]), [0x7684, 0x4E86, 0x8FC7].contains(c[k + 1]) { return false }  // 的 了 过
        }
        // What was done there judged (微信上修图沟通也很快, 群里回复挺及时): a degree word (很, 挺, 非常 …) after the
        // doing says how it went, no invitation. (Not 很多, 很少: 微信上款式很多 tells what is there.)
        if judged(after: after) { return false }
        // 号 after a name a use makes attributive (充值的QQ号填错了, 绑定的微信号): the account something is done with.
        if after.count == 1, norm.compact[after.lowerBound] == 0x53F7, term.lowerBound >= 2, norm.compact[term.lowerBound - 1] == 0x7684,
           ctx.contains(.usage, where: { $0.upperBound == term.lowerBound - 1 }) { return false }
        let w = norm.wide
        let from = Int(norm.compactToWide[term.upperBound - 1]) + 1
        let to = Int(norm.compactToWide[after.lowerBound])
        if from < to, (from..<to).contains(where: { Self.brackets.contains(w[$0]) }) { return false }
        let next = Int(norm.compactToWide[after.upperBound - 1]) + 1
        if next < w.count, w[next] == 0x6CA1 || w[next] == 0x4E0D { return false }  // 没 不
        // Kana right after the word, or between it and the name, make it a Japanese word (LINE スタンプ付き: 付き is
        // "with"), no invitation.
        if next < w.count && CharacterTables.isKana(w[next]) || from < to && (from..<to).contains(where: { CharacterTables.isKana(w[$0]) }) { return false }
        // "only" before another word (our website only shows products) qualifies what follows: no name said to be the only way.
        if norm.compact[after].elementsEqual(Self.only) {
            var j = next
            while j < w.count, w[j] == 0x20 { j += 1 }
            if j < w.count, CharacterTables.isLatinLetter(w[j]) { return false }
        }
        // 多少 asks for a handle (v多少, 微信是多少), but 多少钱/元/块/个/件/人 asks a price or a count.
        if after.count >= 2, norm.compact[after.upperBound - 2] == 0x591A, norm.compact[after.upperBound - 1] == 0x5C11,
           next < w.count, [0x94B1, 0x5143, 0x5757, 0x4E2A, 0x4EF6, 0x4EBA].contains(w[next]) { return false }
        // 上 opening the next clause takes what follows it as its own object (…偏灰的绿，上身很显白), unless that
        // is 面 or 边, which point back at the name (某宝，上面搜店名).
        if after.count == 1, norm.compact[after.lowerBound] == 0x4E0A, norm.clauseBreak(between: term.upperBound - 1, after.lowerBound),
           after.upperBound < norm.compact.count, norm.clause[after.upperBound] == norm.clause[after.lowerBound],
           ![0x9762, 0x8FB9].contains(norm.compact[after.upperBound]) { return false }
        // 上 then a permission to carry (飞机上可以带荧光棒吗, 车上能带宠物): on board a vehicle, no app. (带你 and 带大家 lead
        // the reader: 群里带你赚钱.)
        if after.count == 1, norm.compact[after.lowerBound] == 0x4E0A {
            let c = norm.compact
            var k = after.upperBound
            if k < c.count, c[k] == 0x4E0D { k += 1 }  // 不
            if let may = norm.word(at: k, from: Self.carryPermissions) { k += may.count }
            if k + 1 < c.count, c[k] == 0x5E26, ![0x4F60, 0x60A8, 0x5927].contains(c[k + 1]) { return false }  // 带; 你 您 大
        }
        // 上 or 里, one verb and 的 heading what it describes (快手上卖的那些三无产品, 群里发的东西都是假的): what is there, described.
        if after.count == 1, [0x4E0A, 0x91CC].contains(norm.compact[after.lowerBound]) {
            let c = norm.compact
            let k = after.upperBound
            if k + 2 < c.count, Self.describedVerbs.contains(c[k]), c[k + 1] == 0x7684, norm.clause[k + 2] == norm.clause[k],
               norm.word(at: k + 2, from: Self.describedHeads) != nil { return false }
        }
        // 上 or 里 made attributive by 的 (闲鱼上的东西, 群里的人): a description of what is there.
        if after.count == 1, [0x4E0A, 0x91CC].contains(norm.compact[after.lowerBound]) {
            var k = next
            while k < w.count, w[k] == 0x20 { k += 1 }
            if k < w.count, w[k] == 0x7684 { return false }
        }
        // Others recommending, praising, buying or asking there (小红书上也有人推荐): a place described. (Someone
        // selling there, 有人出同款, is a pointer to a seller.)
        do {
            let c = norm.compact
            // From after 上 or 里 (小红书上也有人…), or inside the word-after itself (…上也有 人…).
            var k = after.count == 1 && [0x4E0A, 0x91CC].contains(c[after.lowerBound]) ? after.upperBound : after.lowerBound
            while k < c.count, [0x4E5F, 0x90FD, 0x8FD8].contains(c[k]) { k += 1 }  // 也 都 还
            // 有人 then 推 说 夸 买 用 问
            if k + 2 < c.count, c[k] == 0x6709, c[k + 1] == 0x4EBA, [0x63A8, 0x8BF4, 0x5938, 0x4E70, 0x7528, 0x95EE].contains(c[k + 2]) { return false }
            // (有 then) a quantity with no 我 after it (B站上有很多免费教程, 小红书上很多人晒了效果): what there is plenty of
            // there, or what many do there, described.
            let q = k < c.count && c[k] == 0x6709 ? k + 1 : k
            if q < c.count, let many = norm.word(at: q, from: Self.quantities),
               !(q + many.count..<min(c.count, q + 6 + many.count)).contains(where: { c[$0] == 0x6211 && norm.clause[$0] == norm.clause[q] }) {
                return false
            }
            // 有 then someone else's (B站上也有他的教学视频, 小红书上有别人的测评): what a third party has there.
            if k < c.count, c[k] == 0x6709, let owner = norm.word(at: k + 1, from: Self.othersOwning) {
                let m = k + 1 + owner.count
                if m < c.count, c[m] == 0x7684 { return false }  // 的
            }
            // Someone there reported (群里卡友让我来这家买): a report cue within four characters after 上 or 里, someone
            // between, tells what was said there.
            if after.count == 1, [0x4E0A, 0x91CC].contains(c[after.lowerBound]),
               ctx.contains(.report, where: { r in
                   r.lowerBound > after.upperBound && r.lowerBound <= after.upperBound + 4
                       && !norm.clauseBreak(between: after.lowerBound, r.lowerBound)
               }) { return false }
            // Talk there reported (群里都在说, 群里姐妹推荐的, 群里说的): 说, 推荐 or 夸 within a few words after
            // 上 or 里, with a subject or an adverb before it or 的 过 了 after it, tells what was said there.
            // Said right after, it is where to talk (软件上说, 群里聊).
            if after.count == 1, [0x4E0A, 0x91CC].contains(c[after.lowerBound]) {
                var m = k
                while m < min(c.count, k + 4), !norm.clauseBreak(between: after.lowerBound, m) {
                    let length = c[m] == 0x8BF4 || c[m] == 0x5938 ? 1 : c[m] == 0x63A8 && m + 1 < c.count && c[m + 1] == 0x8350 ? 2 : 0
                    if length > 0 {
                        let tail = m + length < c.count ? c[m + length] : 0
                        // (跟我 和我 对我 before it — 在QQ上跟我说 — name the speaker as the one talked to: where to talk.)
                        // (Not when someone else opens the clause as its subject: 朋友在QQ上和我说这个主播靠谱.)
                        let toSpeaker = m == after.upperBound + 2 && [0x8DDF, 0x548C, 0x5BF9].contains(c[m - 2]) && c[m - 1] == 0x6211
                            && !someoneElseOpens(before: term.lowerBound)
                        if m > after.upperBound && !toSpeaker || [0x7684, 0x8FC7, 0x4E86].contains(tail) { return false }
                        break
                    }
                    m += 1
                }
            }
            // A price said to be higher there (抖音上同款贵了二十, 淘宝上要贵五十): a comparison that keeps the buyer
            // here. 贵 within six characters of 上 or 里 in its clause, not denied (不贵) and not asked (贵不贵).
            if after.count == 1, [0x4E0A, 0x91CC].contains(c[after.lowerBound]) {
                var m = after.upperBound
                while m < min(c.count, after.upperBound + 6), !norm.clauseBreak(between: after.lowerBound, m) {
                    if c[m] == 0x8D35 {  // 贵
                        let denied = m > after.upperBound && [0x4E0D, 0x6CA1].contains(c[m - 1])  // 不 没
                        let asked = m + 1 < c.count && c[m + 1] == 0x4E0D
                        if !denied && !asked { return false }
                        break
                    }
                    m += 1
                }
            }
        }
        // Selling, taking orders or having a shop there (卖了, 接单, 卖货, 也开了店) points there only in the
        // speaker's present: 我 咱 本店 现在 只 or 都 before the name in its clause, and no 以前 之前 曾经
        // (现在都在微信卖了, 我们家在拼夕夕也开了店; not 旧手机在闲鱼卖了三百块, 朋友在京东也开了店).
        do {
            let c = norm.compact
            let a = c[after.lowerBound]
            let b: UInt32 = after.count >= 2 ? c[after.lowerBound + 1] : 0
            let d: UInt32 = after.count >= 3 ? c[after.lowerBound + 2] : 0
            // 卖了 卖货 接单 也开… 也有店 开了店 还开… (not 在卖 or 有卖: what is on sale there, said by anyone).
            // …and 上 then 卖 and what is sold (闲鱼上卖二手家具太难了): selling there told of, unless the price or the
            // saving is what follows (闲鱼上卖得便宜, 上卖的更便宜, 上卖50). (Not 里: 群里卖剩的货 sells in a group.)
            let sellsThere: Bool = {
                guard after.count == 1, a == 0x4E0A, after.upperBound + 1 < c.count, c[after.upperBound] == 0x5356,
                      !norm.clauseBreak(between: after.upperBound, after.upperBound + 1) else { return false }
                let object = c[after.upperBound + 1]
                return ![0x5F97, 0x7684, 0x66F4, 0x4FBF, 0x4EF7].contains(object) && !CharacterTables.isASCIIAlnum(object)  // 得 的 更 便 价
            }()
            let commerce = a == 0x5356 && (b == 0x4E86 || b == 0x8D27) || a == 0x63A5 && b == 0x5355
                || a == 0x4E5F && (b == 0x5F00 || b == 0x6709 && d == 0x5E97) || a == 0x5F00 && b == 0x4E86 && d == 0x5E97 || a == 0x8FD8 && b == 0x5F00
                || sellsThere
            if commerce, !inSpeakersPresent(term) { return false }
        }
        // A verb of use right after (微信上绑定, 小程序里激活): the app is a tool here, not a meeting place.
        if ctx.contains(.usage, where: { $0.lowerBound == after.upperBound }) { return false }
        let before = Int(norm.compactToWide[term.lowerBound]) - 1
        if (before >= 0 && w[before] == 0x3001) || (next < w.count && w[next] == 0x3001) { return false }  // 、
        // …or spaces, in a list of four or more short items (可插卡 定位 拍照 微聊 防水): a feature listed.
        if spaceListed(from: before + 1, to: next) { return false }
        return true
    }

    /// Whether wide `from..<to` is one item of a run of four or more items of one to three ideographs parted by
    /// single spaces, none of them 我 你 您 (可插卡 定位 拍照 微聊 防水): a list of features, not a sentence spaced
    /// into phrases (闲余见 我挂了 名字叫 …).
    func spaceListed(from: Int, to: Int) -> Bool {
        let w = norm.wide
        func isItem(_ r: Range<Int>) -> Bool {
            (1...3).contains(r.count) && r.allSatisfy { CharacterTables.isIdeograph(w[$0]) && ![0x6211, 0x4F60, 0x60A8].contains(w[$0]) }
        }
        guard from >= 0, to <= w.count, from < to, isItem(from..<to) else { return false }
        var items = 1
        // Items before, then after, each one space away.
        var k = from
        while k > 0, w[k - 1] == 0x20 {
            var s = k - 1
            while s > 0, CharacterTables.isIdeograph(w[s - 1]) { s -= 1 }
            guard isItem(s..<(k - 1)) else { break }
            items += 1
            k = s
        }
        k = to
        while k < w.count, w[k] == 0x20 {
            var e = k + 1
            while e < w.count, CharacterTables.isIdeograph(w[e]) { e += 1 }
            guard isItem((k + 1)..<e) else { break }
            items += 1
            k = e
        }
        return items >= 4
    }

    /// 很多 好多 不少 许多 大量: plenty of something (`afterWordInvites`).
    static let quantities = WordTable(["很多", "好多", "不少", "许多", "大量"].map { $0.unicodeScalars.map(\.value) })
    /// Two-character words ending on a word that may follow a channel's name (号 上 里): 信号, 马上, 这里 … (`afterWordInvites`).
    static let wordsEndingOnAfterWord = WordTable(["信号", "型号", "编号", "序号", "口号", "记号", "符号", "挂号", "字号", "暗号", "问号", "句号",
                                                    "等号", "称号", "马上", "早上", "晚上", "以上", "身上", "手上", "路上", "楼上", "这里", "那里",
                                                    "哪里", "心里", "家里", "公里", "夜里"].map { $0.unicodeScalars.map(\.value) })
    /// Brackets that open or close an aside: ( ) （ ） [ ] 【 】 「 」 『 』.
    static let brackets: ScalarSet = [0x28, 0x29, 0xFF08, 0xFF09, 0x5B, 0x5D, 0x3010, 0x3011, 0x300C, 0x300D, 0x300E, 0x300F]

    /// Channels that have numbers: a number right after their name points at them.
    static let numbered: Set<Signal> = [.qq, .wechat, .phone, .privateGroup, .otherApp]
    /// Whether, later in the sentence of a marketplace named at compact `range`, the speaker says where they put its
    /// link (最便宜的是拼夕夕，链接我放主页了; 同款在京东便宜一百，链接我放评论区第一条): 链接, then within three
    /// characters 放 挂 贴 发 or 在, then within three more a place the speaker controls (主页 评论 简介 置顶 签名 个签 背景).
    func linkPlaced(after range: Range<Int>) -> Bool {
        let c = norm.compact
        let sentence = norm.sentence[range.lowerBound]
        var k = range.upperBound
        while k + 1 < c.count, norm.sentence[k] == sentence {
            if c[k] == 0x94FE, c[k + 1] == 0x63A5,  // 链接
               let verb = (k + 2..<min(c.count, k + 5)).first(where: { [0x653E, 0x6302, 0x8D34, 0x53D1, 0x5728].contains(c[$0]) }),  // 放 挂 贴 发 在
               (verb + 1..<min(c.count, verb + 4)).contains(where: { norm.word(at: $0, from: Self.placedAt) != nil }) {
                return true
            }
            k += 1
        }
        return false
    }

    /// What may stand between 上/里 after a place and the verb of use that says what was done there: 也 都 还, 给 跟
    /// 我 你, and the people who did it (朋友 姐妹 网友 大家 别人 好多人 家长).
    static let beforeUsage: ScalarSet = [0x4E5F, 0x90FD, 0x8FD8, 0x7ED9, 0x8DDF, 0x6211, 0x4F60,
                                           0x670B, 0x53CB, 0x59D0, 0x59B9, 0x7F51, 0x5927, 0x5BB6, 0x522B, 0x4EBA, 0x597D, 0x591A, 0x957F,
                                           0x535A, 0x4E3B, 0x8FBE]  // …博主 达人 (ins上博主穿的)

    /// Places on a profile or post the speaker controls, where a link is put: 主页 评论 简介 置顶 签名 个签 背景.
    static let placedAt = WordTable(["主页", "评论", "简介", "置顶", "签名", "个签", "背景"].map { Array($0.unicodeScalars.map(\.value)) })

    /// The channels people use as a verb (微信我, QQ我, 电话我, whatsapp我).
    static let verbChannels: Set<Signal> = [.qq, .wechat, .phone, .otherApp]

    /// Whether a channel's name at compact `range` is used as a verb on the speaker: 我 right after it, then
    /// the clause's end, a particle (吧 哦 呀 啊 哈 哟) or 一下, 就行, 就好, 即可, or a colon and what to reach
    /// (有需要微信我, 急事电话我就行, whatsapp我：6123 4567). (小红书我也发了 names a place, and is no channel's verb.)
    func usedAsVerb(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        let k = range.upperBound
        guard k < c.count, c[k] == 0x6211, !norm.clauseBreak(between: k - 1, k) else { return false }  // 我
        let n = k + 1
        if n >= c.count || norm.clauseBreak(between: k, n) { return true }
        if [0x5427, 0x54E6, 0x5440, 0x554A, 0x54C8, 0x54DF].contains(c[n]) { return true }  // 吧 哦 呀 啊 哈 哟
        guard n + 1 < c.count else { return false }
        let pair = (c[n], c[n + 1])
        return pair == (0x4E00, 0x4E0B) || pair == (0x5C31, 0x884C) || pair == (0x5C31, 0x597D) || pair == (0x5373, 0x53EF)  // 一下 就行 就好 即可
    }

    /// Words that may stand between an invitation and a single-character channel, up to three of
    /// them: 我 们 个 你 您 的 下 那 这 一 (加我v, 加个v, 加我那个V, 加我们的赖).
    static let between: ScalarSet = [0x6211, 0x4EEC, 0x4E2A, 0x4F60, 0x60A8, 0x7684, 0x4E0B, 0x90A3, 0x8FD9, 0x4E00]
    /// 了 过: a verb's aspect, between an everyday verb (去了线下) and the name it reaches.
    static let aspectMarks = ScalarSet("了过")

    /// A handle right after a term (`vx: nz_shop77`, `微信号是 ab_cd12`), in wide coordinates: five or
    /// more letters, digits, `_` or `-` with a letter or `_` among them (a bare number is `numberAfter`'s).
    func handleAfter(compactEnd: Int, skippingWords words: Int = 0, wideStart: Int? = nil, lettersAlone: Bool = false) -> Range<Int>? {
        let w = norm.wide
        var i = wideStart ?? (compactEnd > 0 ? Int(norm.compactToWide[compactEnd - 1]) + 1 : 0)
        // Skip separators and a few linking words: 号 是 为 叫 ： @ 「 “ (and up to `words` ideographs),
        // and an English `ID` label.
        var skipped = 0
        var ideographs = 0
        var colon = false
        var identity = false
        var at = false
        // A name ending its line, the next line opening with a label to a colon (薇⏎❤：kf_007): one entry
        // laid over two lines. (Only a colon after the break makes it one.) A name ending a question
        // answered by its account (该加我薇？号 dy_muzi): 号 or a colon after the question mark.
        var crossed: UInt32?
        var hao = false
        // A linking character, or 有 after 只 (只有).
        func links(_ i: Int) -> Bool { Self.linking.contains(w[i]) || (w[i] == 0x6709 && i > 0 && w[i - 1] == 0x53EA) }
        while i < w.count, skipped < 4 + words,
              links(i) || (!CharacterTables.isASCIIAlnum(w[i]) && !CharacterTables.isIdeograph(w[i]) && w[i] != 0x5F)
                || (CharacterTables.isIdeograph(w[i]) && ideographs < words) {
            if CharacterTables.isIdeograph(w[i]) && !links(i) { ideographs += 1 }
            if w[i] == 0x0A || CharacterTables.isQuestionMark(w[i]), skipped == 0, crossed == nil, compactEnd > 0 {
                crossed = w[i]
                i += 1
                continue
            }
            if w[i] == 0x53F7 { hao = true }
            // A name bracketed as a label (【微信】abc…, [客服V] kf_01): the bracket closing right after it is the
            // label's colon, not the end of a sentence.
            if skipped == 0, crossed == nil, closesLabel(at: i) {
                colon = true
                skipped += 1
                i += 1
                continue
            }
            if CharacterTables.isBreakOrComma(w[i]) { return nil }
            // A note to write when adding, in quotation marks (添加时备注“抖音婚庆”：…), is passed over
            // whole, when the invitation may reach past words at all.
            if words > 0, w[i] == 0x201C || w[i] == 0x300C, let close = (i + 1..<min(w.count, i + 12)).first(where: { w[$0] == 0x201D || w[$0] == 0x300D }) {
                skipped += 1
                i = close + 1
                continue
            }
            if w[i] == 0x3A || w[i] == 0xFF1A { colon = true }
            // 是 叫 为 with no word skipped before it says what the name's account is, as a colon labels it (vx是LinShop),
            // when the letters end the phrase (V是Vision系列 names a product line).
            if ideographs == 0, w[i] == 0x662F || w[i] == 0x53EB || w[i] == 0x4E3A { identity = true }
            if w[i] == 0x40 { at = true }
            // Spaces are free: text spaced out character by character (客 服 徽 言 :) is the same words;
            // so is one symbol standing after each word character (V🌟X🌟同🌟步🌟更🌟新：…).
            let interleaved = !CharacterTables.isIdeograph(w[i]) && i > 0
                && (CharacterTables.isIdeograph(w[i - 1]) || CharacterTables.isASCIIAlnum(w[i - 1]))
            if w[i] != 0x20 && !interleaved { skipped += 1 }
            i += 1
        }
        // (Over a line break with no colon, only a token shaped as a handle by its marks — V X⏎mm_shop⏎2024, as
        // text read from a picture lays it out — is the name's.)
        let lineCrossed = crossed == 0x0A && !colon
        if let crossed, !colon, crossed != 0x0A && !hao { return nil }
        // An English label between them (WeChat ID: …, Line ID: …).
        // (In either case: Kakao ID, WeChat id.)
        // (…or DM, account, handle, username: Instagram DM @anna.lash.)
        if let label = englishLabel(at: i) {
            i += label
            // (Its colon labels what follows as the ID: Kakao ID：luckyshop.)
            while i < w.count, Self.linking.contains(w[i]) {
                if w[i] == 0x3A || w[i] == 0xFF1A { colon = true }
                i += 1
            }
            // (…and so does "is" after it, though it labels nothing a colon would: Kakao ID is minji0420, but
            // Instagram account is closed.)
            if i + 2 < w.count, w[i] | 0x20 == 0x69, w[i + 1] | 0x20 == 0x73, w[i + 2] == 0x20 {
                i += 2
                while i < w.count, w[i] == 0x20 { i += 1 }
            }
        }
        let start = i
        // An @ right before a name in ideographs (微博 @林一的小日子) mentions the account on that app: the name, up
        // to a space or a mark, is its handle.
        if at, start > 0, w[start - 1] == 0x40 || w[start - 1] == 0xFF20, start < w.count, CharacterTables.isIdeograph(w[start]) {
            var e = start
            while e < w.count, e - start < 16, CharacterTables.isIdeograph(w[e]) || CharacterTables.isASCIIAlnum(w[e]) || w[e] == 0x5F { e += 1 }
            return e - start >= 2 ? start..<e : nil
        }
        var alnum = 0
        var letters = 0
        var marks = 0
        var hyphens = 0
        var dotted = false
        // A handle spelled out character by character (l i n g 2 0 2 4) reads as one: a space counts
        // as part of it when single characters stand on both sides.
        // (An underscore or a hyphen spelled out stands alone too: l i l y _ 9 9.)
        func single(_ v: UInt32) -> Bool { CharacterTables.isASCIIAlnum(v) || v == 0x5F || v == 0x2D }
        // A run before a lone character may be longer: spelling out drifts (dyk f 0 0 1).
        // (The gap may be an enumeration comma or a slash as well as spaces: w、a、n、g, w/e/n — up to three of them.)
        func gap(_ v: UInt32) -> Bool { v == 0x20 || v == 0x3001 || v == 0x2F }
        func spacedOut(_ k: Int) -> Int? {
            guard gap(w[k]), k - 1 >= start, single(w[k - 1]) else { return nil }
            var j = k
            while j < w.count, j - k < 3, gap(w[j]) { j += 1 }
            guard j < w.count, single(w[j]), j + 1 >= w.count || !single(w[j + 1]),
                  k - 2 < start || !single(w[k - 2]) || j + 1 >= w.count || gap(w[j + 1]) else { return nil }
            // (A lone hyphen spaced off after a word is a dash between phrases — sourcing.chen — bulk orders —
            // not a spelled-out one.)
            if w[j] == 0x2D, k - 2 >= start, single(w[k - 2]) { return nil }
            return j - k
        }
        // A dot inside it (anna.handmade, or a middle dot: hnhl・laoliao) joins its parts; a middle dot marks it as a
        // handle, as an underscore does.
        func innerDot(_ k: Int) -> Bool {
            (w[k] == 0x2E || w[k] == 0x30FB || w[k] == 0xB7) && k > start && k + 1 < w.count
                && CharacterTables.isASCIIAlnum(w[k - 1]) && CharacterTables.isASCIIAlnum(w[k + 1])
        }
        // A hyphen joining two parts of two or more letters each (jl-fanxian, kf-lily) marks a handle as an
        // underscore does; one letter on a side is an English word's (t-shirt, e-mail), digits a range's (155-160).
        // A hash before four digits after letters (akai#4521): a Discord name's tag, part of it.
        func innerHash(_ k: Int) -> Bool {
            w[k] == 0x23 && k > start && k + 4 <= w.count && CharacterTables.isLatinLetter(w[k - 1])
                && (k + 1...k + 4).allSatisfy { $0 < w.count && (0x30...0x39).contains(w[$0]) }
        }
        func innerHyphen(_ k: Int) -> Bool {
            w[k] == 0x2D && k - 2 >= start && k + 2 < w.count
                && [w[k - 2], w[k - 1], w[k + 1], w[k + 2]].allSatisfy(CharacterTables.isLatinLetter)
        }
        // A word from `table` between two parts, spaces around it or not, a letter or digit on both sides: how far
        // it reaches. An underscore spelled as a word (tb 下划线 lucky88) is the handle's underscore; words joining a
        // handle dictated in pieces (zhou 后面接 cha 再接 888) are no part of it.
        // (Hyphens may part the word from the pieces as they part the pieces: l-i-n-下划线-s-h-o-p.)
        func wordBetweenParts(_ k: Int, _ table: [[UInt32]]) -> Int? {
            guard k > start, CharacterTables.isASCIIAlnum(w[k - 1]) || w[k - 1] == 0x2D && k - 1 > start && CharacterTables.isASCIIAlnum(w[k - 2])
            else { return nil }
            let hyphened = w[k - 1] == 0x2D
            var j = k
            while j < w.count, gap(w[j]) { j += 1 }
            guard let word = table.first(where: { w[j...].starts(with: $0) }) else { return nil }
            j += word.count
            while j < w.count, gap(w[j]) || hyphened && w[j] == 0x2D && j > 0 && !CharacterTables.isASCIIAlnum(w[j - 1]) && w[j - 1] != 0x2D { j += 1 }
            return j < w.count && CharacterTables.isASCIIAlnum(w[j]) ? j - k : nil
        }
        func spelledUnderscore(_ k: Int) -> Int? { wordBetweenParts(k, RecognizerText.spelledUnderscores) }
        func joined(_ k: Int) -> Int? { wordBetweenParts(k, Self.joinWords) }
        // Spaces the reader is told to close up (jin bi _ pi fa（连起来）, ab 12 cd（去掉空格）) are inside it.
        let closeUp = spacesClosedUp(from: start)
        // …and so are those of a handle spelled syllable by syllable after a label's colon (微信：hu yang mao 8 8).
        let syllablesEnd = colon && words == 0 ? spelledBySyllables(from: start) : nil
        while i < w.count {
            if let end = syllablesEnd, i < end, w[i] == 0x20 {
                i += 1
                continue
            }
            if let skip = joined(i) {
                marks += 1
                i += skip
                continue
            }
            if closeUp, gap(w[i]), i > start, single(w[i - 1]) {
                var j = i
                while j < w.count, gap(w[j]) { j += 1 }
                if j < w.count, single(w[j]) { i = j; continue }
            }
            if let skip = spelledUnderscore(i) {
                marks += 1
                i += skip
                continue
            }
            // A dot spelled 点 between its parts, after a letter (lily点0823): the handle's dot, as written out.
            if w[i] == 0x70B9, letters > 0, i + 1 < w.count, CharacterTables.isASCIIAlnum(w[i - 1]), CharacterTables.isASCIIAlnum(w[i + 1]) {
                marks += 1
                i += 1
                continue
            }
            if let skip = spacedOut(i) {
                i += skip
                continue
            }
            // After a label's colon, letters then digits a space apart (V 信：l o v e 520, vx：abc 123) are one handle
            // dictated in two pieces. (Words running on after letters — skip the line: order in the shop — are not.)
            if colon && words == 0, w[i] == 0x20, letters > 0, alnum == letters, i + 1 < w.count, (0x30...0x39).contains(w[i + 1]) {
                i += 1
                continue
            }
            // Digits written as Chinese numerals beside its letters or digits (vx：abc一二三四五): a run of three or more
            // is its digits, as a numeral style rewrites them.
            if let run = numeralRun(i), i > start && CharacterTables.isASCIIAlnum(w[i - 1])
                || i + run < w.count && CharacterTables.isASCIIAlnum(w[i + run]) {
                alnum += run
                i += run
                continue
            }
            if innerHash(i) {
                marks += 1
                i += 1
                continue
            }
            guard CharacterTables.isASCIIAlnum(w[i]) || w[i] == 0x5F || w[i] == 0x2D || innerDot(i) else { break }
            if CharacterTables.isASCIIAlnum(w[i]) { alnum += 1 }
            if (0x61...0x7A).contains(w[i]) { letters += 1 }
            if w[i] == 0x5F || w[i] != 0x2E && innerDot(i) { marks += 1 }
            if innerHyphen(i) { hyphens += 1 }
            if w[i] == 0x2E { dotted = true }
            i += 1
        }
        // (A hyphenated name with a dot in it is a domain, sf-express.com: the link recogniser's to judge.)
        if !dotted { marks += hyphens }
        if lineCrossed && marks == 0 { return nil }
        // A handle starts with a letter (WeChat IDs must) or holds an underscore, and has a digit or an
        // underscore: a word (WhatsApp, friends) or a code (320583KJ) is none.
        // After a label's colon (V：xiaolu) the token is the handle even when it is letters only.
        // So is it where the caller knows a channel is named (`lettersAlone`: 微信号不让发，你搜 xiaoyuer).
        // (Letters alone after a colon are a handle only where they end the phrase — V：xiaolu — not where
        // English words run on: skip the line: order in the shop.)
        var runsOn = false
        if marks == 0 && alnum == letters {
            var k = i
            while k < w.count, w[k] == 0x20 { k += 1 }
            runsOn = k > i && k < w.count && (0x61...0x7A).contains(w[k])
        }
        // An @ right before the token marks it a handle, letters only or not (…：@anna.handmade), English words after it or
        // not (Instagram @anna.lash only).
        let marked = at && start > 0 && w[start - 1] == 0x40
        guard alnum >= 5, marks > 0 || (0x61...0x7A).contains(w[start]),
              marks > 0 || alnum > letters || ((colon && words == 0 || lettersAlone) && !runsOn || marked) && letters <= 20
                || identity && words == 0 && !runsOn && letters <= 20 && (i == w.count || !CharacterTables.isIdeograph(w[i]))
                    && !namesAWord(wide: start..<i) else { return nil }
        // Two or three letters before ten or more digits is a tracking or order number (JD0127839465301).
        if letters <= 3 && alnum - letters >= 10 && marks == 0 { return nil }
        return start..<i
    }

    /// The length of an English label standing as a word at wide `k` (id, dm, account, handle, username), if one does.
    func englishLabel(at k: Int) -> Int? {
        let w = norm.wide
        guard k < w.count, k == 0 || !CharacterTables.isASCIIAlnum(w[k - 1]) else { return nil }
        for label in Self.englishLabels where k + label.count < w.count && !CharacterTables.isASCIIAlnum(w[k + label.count]) {
            if (0..<label.count).allSatisfy({ w[k + $0] | 0x20 == label[$0] }) { return label.count }
        }
        return nil
    }

    /// id dm account handle username: English words labelling a handle after a channel's name.
    static let englishLabels: [[UInt32]] = ["id", "dm", "account", "handle", "username"].map { $0.unicodeScalars.map(\.value) }

    /// Whether wide `k` is a closing bracket (】 ] ］ 〕 〗) whose opening bracket stands a few characters before it,
    /// letters and ideographs alone between: a bracketed label (【微信】, 【客服V】), what follows it its value.
    func closesLabel(at k: Int) -> Bool {
        let w = norm.wide
        let open: UInt32
        switch w[k] {
        case 0x3011: open = 0x3010
        case 0x5D: open = 0x5B
        case 0xFF3D: open = 0xFF3B
        case 0x3015: open = 0x3014
        case 0x3017: open = 0x3016
        default: return false
        }
        var j = k - 1
        while j >= 0, k - j <= 8, CharacterTables.isIdeograph(w[j]) || CharacterTables.isASCIIAlnum(w[j]) { j -= 1 }
        return j >= 0 && j < k - 1 && w[j] == open
    }

    /// The length of the run of three or more Chinese numerals (一二三, 零〇, 幺) at wide `k`, if one starts there.
    func numeralRun(_ k: Int) -> Int? {
        let w = norm.wide
        var j = k
        while j < w.count, w[j] >= 0x80, w[j] < 0x10000, CharacterTables.bmpDigit[Int(w[j])] != 0xFF { j += 1 }
        return j - k >= 3 ? j - k : nil
    }

    /// Whether the run of letters, digits, `_`, `-` and spaces from wide `start` is followed (after an opening
    /// bracket, if any) by an instruction to close up its spaces: 连起来, 连在一起, 合起来, 拼起来, 去掉空格, 去空格,
    /// 不要空格, 不带空格, 没有空格, 无空格.
    func spacesClosedUp(from start: Int) -> Bool {
        let w = norm.wide
        var k = start
        var spaces = false
        while k < w.count, CharacterTables.isASCIIAlnum(w[k]) || w[k] == 0x5F || w[k] == 0x2D || w[k] == 0x20 {
            if w[k] == 0x20 { spaces = true }
            k += 1
        }
        guard spaces else { return false }
        while k < w.count, w[k] == 0x28 || w[k] == 0xFF08 || w[k] == 0x20 || w[k] == 0x2C || w[k] == 0xFF0C { k += 1 }
        return Self.closeUpWords.contains { w[k...].starts(with: $0) }
    }

    /// Where a run from wide `start` ends when it is three or more pieces one space apart, each a toneless pinyin syllable or
    /// digits, ending the phrase (hu yang mao 8 8, then the end, a mark or an ideograph): a handle spelled by its syllables.
    /// (English words run on with words no syllable spells — skip the line — and end nothing here.)
    func spelledBySyllables(from start: Int) -> Int? {
        let w = norm.wide
        var k = start
        var pieces = 0
        var end = start
        while k < w.count {
            var e = k
            while e < w.count, CharacterTables.isASCIIAlnum(w[e]) { e += 1 }
            guard e > k, e - k <= 6 else { return nil }
            let digits = w[k..<e].allSatisfy { (0x30...0x39).contains($0) }
            guard digits || Self.pinyinSyllables.contains(Array(w[k..<e])) else { return nil }
            pieces += 1
            end = e
            guard e + 1 < w.count, w[e] == 0x20, CharacterTables.isASCIIAlnum(w[e + 1]) else { break }
            k = e + 1
        }
        return pieces >= 3 ? end : nil
    }

    /// Every toneless pinyin syllable (Unihan's readings), as scalars.
    static let pinyinSyllables: Set<[UInt32]> = Set(Sound.syllables.filter { !$0.isEmpty }.map { $0.unicodeScalars.map(\.value) })

    /// 后面接 再接 接着是 后面是 然后(是) 再加上 后面加 后面跟 再跟 接: words joining the pieces of a dictated handle.
    static let joinWords: [[UInt32]] = ["后面接", "再接", "接着是", "后面是", "然后是", "然后", "再加上", "后面加", "后面跟", "再跟", "接"].map { $0.unicodeScalars.map(\.value) }

    /// 连起来 连在一起 连着写 连写 合起来 拼起来 去掉空格 去空格 不要空格 不带空格 没有空格 无空格: the reader told to close a spaced
    /// handle up.
    static let closeUpWords: [[UInt32]] = ["连起来", "连在一起", "连着写", "连写", "合起来", "拼起来", "去掉空格", "去空格", "不要空格", "不带空格",
                                           "没有空格", "无空格"].map { $0.unicodeScalars.map(\.value) }

    /// A handle marked with @ or labelled by a colon a few words after a channel's name, in its clause
    /// (ins同步更新：@anna.handmade, 微信每天上新：mm_shop88): the account on that channel. Its wide range.
    /// (A label that names a record, not an account — 绿源 型号：LY-2208, 证书编号：… — labels its own
    /// value: a word that is no contact between the name and the colon.)
    func labelledHandleAfter(compactEnd: Int, ctx: Context) -> Range<Int>? {
        guard let handle = handleAfter(compactEnd: compactEnd, skippingWords: 4), handle.lowerBound > 0 else { return nil }
        var k = handle.lowerBound - 1
        while k > 0, norm.wide[k] == 0x20 { k -= 1 }
        guard [0x40, 0x3A, 0xFF1A].contains(norm.wide[k]) else { return nil }
        let labelEnd = compactIndex(ofWide: k)
        if ctx.contains(.notContact, where: { $0.lowerBound >= compactEnd && $0.upperBound <= labelEnd }) { return nil }
        return handle
    }

    /// A handle the reader is sent to look at on a channel, its showcase named after it (wx 看 cheng_shop 朋友圈,
    /// 微信翻 mm_shop88 的动态): 看, 翻 or 刷 (去 before them) between the name and the handle, then 的 at most,
    /// then 朋友圈, 动态, 主页, 空间 or 相册. Its wide range.
    func viewedHandleAfter(compactEnd: Int) -> Range<Int>? {
        let c = norm.compact
        var k = compactEnd
        if k < c.count, c[k] == 0x53BB { k += 1 }  // 去
        guard k < c.count, Self.viewVerbs.contains(c[k]), !norm.clauseBreak(between: compactEnd - 1, k) else { return nil }
        guard let handle = handleAfter(compactEnd: k + 1), handle.lowerBound > 0 else { return nil }
        var after = compactIndex(ofWide: handle.upperBound)
        guard after < c.count, Int(norm.compactToWide[after]) >= handle.upperBound, !norm.clauseBreak(between: after - 1, after) else { return nil }
        if c[after] == 0x7684 { after += 1 }  // 的
        guard after + 1 < c.count else { return nil }
        let two = (c[after], c[after + 1])
        let showcase = two == (0x670B, 0x53CB) && after + 2 < c.count && c[after + 2] == 0x5708  // 朋友圈
            || two == (0x52A8, 0x6001) || two == (0x4E3B, 0x9875) || two == (0x7A7A, 0x95F4) || two == (0x76F8, 0x518C)  // 动态 主页 空间 相册
        return showcase ? handle : nil
    }

    /// 看 翻 刷: what the reader is sent to do at a handle's showcase.
    static let viewVerbs = ScalarSet("看翻刷")

    /// A handle introduced by 加 opening the clause right after the one a channel's name ends (新群在微信，加 fans_qun88
    /// 拉你): the account on that channel. Its wide range.
    func addedHandleNext(compactEnd: Int) -> Range<Int>? {
        guard compactEnd < norm.compact.count, norm.clauseBreak(between: compactEnd - 1, compactEnd),
              !norm.sentenceBreak(between: compactEnd - 1, compactEnd), norm.compact[compactEnd] == 0x52A0  // 加
        else { return nil }
        return handleAfter(compactEnd: compactEnd + 1)
    }

    /// A handle written before a channel's name and tied to it by 是 (lily_0925 这个是我薇, abc_123 是我的微信,
    /// 13812345678 就是我电话): its wide range. Only 这 个 就 是 我 的, spaces and colons may stand between.
    func handleBefore(compactStart: Int) -> Range<Int>? {
        let w = norm.wide
        guard compactStart < norm.compact.count else { return nil }
        var i = Int(norm.compactToWide[compactStart]) - 1
        var tied = false
        var steps = 0
        while i >= 0, steps < 8 {
            let v = w[i]
            if v == 0x662F {
                tied = true  // 是
            } else if !Self.tyingBack.contains(v) {
                break
            }
            i -= 1
            steps += 1
        }
        guard tied, i >= 0, CharacterTables.isASCIIAlnum(w[i]) || w[i] == 0x5F else { return nil }
        var start = i
        while start > 0, CharacterTables.isASCIIAlnum(w[start - 1]) || w[start - 1] == 0x5F || w[start - 1] == 0x2D { start -= 1 }
        let handle = start..<(i + 1)
        let digits = handle.allSatisfy { (0x30...0x39).contains(w[$0]) }
        guard Self.looksLikeHandle(handle, w) || digits && (5...12).contains(handle.count) else { return nil }
        return handle
    }

    /// A name in quotation marks (“阿芳小铺” 「…」 『…』 "…") right after compact position `compactEnd`, or
    /// after 搜 / 搜索 / 搜寻 / 上 / 里 / 叫 and separators: what to search for there, or what the shop is
    /// called there (在某宝叫“小满家居”). Or a search for a quoted name a few words on in the sentence
    /// (某🐟同款更便宜 搜“阿鹿二手”). Its wide range, marks included.
    func quotedNameAfter(compactEnd: Int) -> Range<Int>? {
        guard compactEnd > 0 else { return nil }
        let nameEnd = Int(norm.compactToWide[compactEnd - 1]) + 1
        return quotedName(from: nameEnd) ?? searchedName(from: nameEnd)
    }

    /// A quoted name at wide position `start`, after up to four of 搜 索 寻 上 里 叫 and separators; or, after 搜 and a
    /// colon, an unquoted one that ends its clause.
    private func quotedName(from start: Int) -> Range<Int>? {
        let w = norm.wide
        var i = start
        var steps = 0
        // (…and 店名 / 名字 / 店铺 before the name: 搜店名'阿花小铺'; or 一家 before 叫: 在某宝一家叫“木木家居”的店.)
        while i < w.count, steps < 4, [0x641C, 0x7D22, 0x5BFB, 0x4E0A, 0x91CC, 0x53EB, 0x20, 0x3000, 0x3A, 0xFF1A,
                                       0x5E97, 0x540D, 0x5B57, 0x94FA].contains(w[i])
                || (w[i] == 0x4E00 && i + 2 < w.count && w[i + 1] == 0x5BB6 && w[i + 2] == 0x53EB) || (w[i] == 0x5BB6 && i > start && w[i - 1] == 0x4E00) {
            i += 1
            steps += 1
        }
        guard i < w.count else { return nil }
        guard let close = Self.closingMark[w[i]] else {
            // …or after 搜 and a colon, a name unquoted that runs to the end of its clause (淘宝搜：乐乐玩具工厂).
            let label = w[start..<i]
            guard label.contains(0x641C), label.contains(where: { $0 == 0x3A || $0 == 0xFF1A }) else { return nil }
            var k = i
            while k < w.count, CharacterTables.isIdeograph(w[k]) || CharacterTables.isASCIIAlnum(w[k]) { k += 1 }
            let ends = k == w.count || CharacterTables.isStrongBreak(w[k]) || [0xFF0C, 0x2C, 0x20, 0x3000, 0x0A].contains(w[k])
            return ends && (2...16).contains(k - i) ? i..<k : nil
        }
        var k = i + 1
        while k < w.count, w[k] != close, k - i <= 17, !CharacterTables.isStrongBreak(w[k]) { k += 1 }
        guard k < w.count, w[k] == close, k - i - 1 >= 2, k - i - 1 <= 16 else { return nil }
        return i..<(k + 1)
    }

    /// 搜 (or 🔍) up to ten characters after wide position `start`, or the word search up to twenty-four,
    /// in its sentence, with a quoted name right after it: the name to search for at the place named
    /// at `start`.
    private func searchedName(from start: Int) -> Range<Int>? {
        let w = norm.wide
        var i = start
        while i < w.count, i - start <= 24, !CharacterTables.isStrongBreak(w[i]) {
            // (Further on, up to two clauses, only when the buyer is sent to search: 某宝同款便宜40，不懂为什么有人在这买，
            // 自己去搜「…」 — not 我在这搜「…」买的.)
            // (Searched here — 我在这搜「…」买的, 这边搜 — is this platform's search.)
            if w[i] == 0x641C || w[i] == 0x1F50D, i - start <= 10 || i > start && w[i - 1] == 0x53BB,  // 去
               !(max(start, i - 2)..<i).contains(where: { w[$0] == 0x8FD9 }) {  // 这
                return quotedName(from: i + 1)
            }
            // …or a quoted name with the search right after it (某宝有 我买过 店名叫「柚柚家」 去搜).
            if Self.closingMark[w[i]] != nil, let name = quotedName(from: i) {
                var k = name.upperBound
                while k < w.count, k - name.upperBound < 3, w[k] == 0x20 || w[k] == 0x53BB || w[k] == 0x5C31 { k += 1 }  // 去 就
                if k < w.count, w[k] == 0x641C || w[k] == 0x1F50D { return name }
            }
            // …or the English word: search 'lulu closet'.
            if i + 6 <= w.count, w[i] == 0x73, w[i..<(i + 6)].elementsEqual([0x73, 0x65, 0x61, 0x72, 0x63, 0x68]),
               i == 0 || !CharacterTables.isASCIIAlnum(w[i - 1]) { return quotedName(from: i + 6) }
            i += 1
        }
        return nil
    }

    /// Opening quotation marks and the mark that closes each.
    static let closingMark: [UInt32: UInt32] = [0x201C: 0x201D, 0x300C: 0x300D, 0x300E: 0x300F, 0x22: 0x22, 0x27: 0x27, 0x2018: 0x2019, 0x3010: 0x3011]

    /// 这 个 就 我 的, spaces and colons: what may stand between a handle and 是 or 是 and the name.
    static let tyingBack: ScalarSet = [0x8FD9, 0x4E2A, 0x5C31, 0x6211, 0x7684, 0x20, 0x3000, 0x3A, 0xFF1A]

    /// Linking words and separators between a channel's name and its handle: 号 是 为 叫 搜 ： @
    /// (搜: where to search for it, tg 搜 @lin_shop).
    static let linking: ScalarSet = [0x53F7, 0x662F, 0x4E3A, 0x53EB, 0x641C, 0x3A, 0xFF1A, 0x20, 0x3000, 0x2D, 0x40,
                                       0x8FD8, 0x5C31,  // …and 还 就 before 是 (微信还是 …, 微信就是 …)
                                       0x6211,  // …and 我 after a name used as the verb (wechat 我 my_shop, 微信我 abc_12)
                                       0x53EA]  // …and 只 of 只有 (我本人的v只有 xiaomei_real; 有 alone is no link: 微信有 iphone15 的图)

    /// A handle that stands without a channel's name: an underscore, or letters and digits mixed
    /// (three or more letters, two or more digits).
    /// Whether a range is letters alone, six to twenty of them: the shape of a WeChat ID with no digit in it.
    static func spellsLetterID(_ range: Range<Int>, _ w: [UInt32]) -> Bool {
        (6...20).contains(range.count) && range.allSatisfy { (0x61...0x7A).contains(w[$0]) }
    }

    static func looksLikeHandle(_ range: Range<Int>, _ w: [UInt32]) -> Bool {
        var letters = 0
        var digits = 0
        var underscore = false
        for k in range {
            if (0x61...0x7A).contains(w[k]) { letters += 1 }
            if (0x30...0x39).contains(w[k]) { digits += 1 }
            if w[k] == 0x5F { underscore = true }
        }
        return underscore ? letters >= 3 : letters >= 3 && digits >= 2
    }

    /// Whether a number of five to twelve digits, not glued to letters (a code: JD0127…, 13800mAh),
    /// follows a term in its clause (`扣 469201738`), with no word between that makes it something else
    /// (`扣 冰种 证书号 2739001862`).
    func numberAfter(compactEnd: Int, ctx: Context) -> Bool {
        let c = norm.compact
        let clause = compactEnd < c.count ? norm.clause[compactEnd] : -1
        func isDigit(_ i: Int) -> Bool { c[i] < 0x10000 && CharacterTables.bmpDigit[Int(c[i])] != 0xFF }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < c.count && (0x61...0x7A).contains(c[i]) }
        var i = compactEnd
        while i < c.count, i - compactEnd < 8, norm.clause[i] == clause {
            if isDigit(i) {
                var e = i
                while e < c.count, isDigit(e), norm.clause[e] == clause { e += 1 }
                let glued = (isLetter(i - 1) && !norm.gapBefore[i] && i > compactEnd) || (isLetter(e) && !norm.gapBefore[e])
                // A word between them that makes the number something else (扣 冰种 证书号 2739001862) parts them.
                let labelled = ctx.contains(.notContact) { $0.lowerBound >= compactEnd && $0.upperBound <= i }
                return (5...12).contains(e - i) && !glued && !masked(i..<e) && !labelled
            }
            i += 1
        }
        return false
    }

    /// Whether a pointer rule's words say where the speaker's own handle is shown: 我 in them or right
    /// before them (我的号在背景图上, 看我主页简介).
    func ownPointer(_ c: Candidate, end: Int) -> Bool {
        guard c.origin == .words, c.ruleID.hasPrefix("pointer."), let start = c.compactStart, start < end else { return false }
        return (start..<end).contains { norm.compact[$0] == 0x6211 } || start > 0 && norm.compact[start - 1] == 0x6211
    }

    /// Whether a comma or another clause mark was removed between two characters of compact `range`.
    func spansPause(_ range: Range<Int>) -> Bool {
        range.dropFirst().contains { k in norm.gapBefore[k] && norm.separators(before: k).contains { CharacterTables.isClauseBreak($0) || CharacterTables.isStrongBreak($0) } }
    }

    /// A verb of going or using at compact `k` or right before it (去小红书, 用微信): where it is.
    func actVerb(at k: Int) -> Int? {
        Self.actVerbs.contains(norm.compact[k]) ? k : k > 0 && Self.actVerbs.contains(norm.compact[k - 1]) ? k - 1 : nil
    }

    /// Whether a verb of going or using stands two to four characters before compact `k`.
    func actVerbNear(before k: Int) -> Bool {
        (max(0, k - 4)..<max(0, k - 1)).contains { Self.actVerbs.contains(norm.compact[$0]) }
    }

    /// Where the written lexicon terms of `signal` that hold compact `range` reach: from the earliest start to the latest
    /// end among them (小红书 around 红书, 微信 around 微), `range` itself when none holds it.
    func termSpan(holding range: Range<Int>, signal: Signal, detector: Detector, hits: [Hit]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        for other in hits where !other.sounded && other.start <= range.lowerBound && other.end >= range.upperBound && (other.start < start || other.end > end) {
            if case .lexicon(let o, _, _, .term) = detector.kinds[other.pattern], detector.rules.lexicon[o].signal == signal {
                start = min(start, other.start)
                end = max(end, other.end)
            }
        }
        return start..<end
    }

    /// Whether each character of compact `range` stands in brackets of its own, one pair after another (【薇】【信】,
    /// [V][X]): a word decorated character by character, not a sentence per character.
    func bracketedOneByOne(_ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        func pair(_ close: UInt32, _ open: UInt32) -> Bool {
            switch (close, open) {
            case (0x3011, 0x3010), (0x5D, 0x5B), (0xFF09, 0xFF08), (0x29, 0x28), (0x300D, 0x300C), (0x300F, 0x300E), (0x3015, 0x3014), (0x3017, 0x3016): true
            default: false
            }
        }
        let w = norm.wide
        let first = Int(norm.compactToWide[range.lowerBound])
        guard first > 0 else { return false }
        let opener = w[first - 1]
        for k in range.dropFirst() {
            let between = norm.separators(before: k)
            guard between.count == 2, pair(between[between.startIndex], between[between.startIndex + 1]),
                  between[between.startIndex + 1] == opener else { return false }
        }
        let last = Int(norm.compactToWide[range.upperBound - 1])
        return last + 1 < w.count && pair(w[last + 1], opener)
    }

    /// Whether a clause break inside a two-character term's hit is where one clause ends and the next begins, not an
    /// evader's comma (微，信): the clause the hit starts in opened two or more characters before it, and the one it ends
    /// in runs on two or more characters after it (这款茶叶在抖音商城也能搜到，店名一样 holds no 到店). (A longer term read
    /// across a comma still names one thing: 网盘，链接私发你; 私聊，价格好商量.)
    func endsAClause(_ hit: Hit) -> Bool {
        guard hit.end - hit.start == 2 else { return false }
        let clause = norm.clause
        var k = hit.start
        while k > 0, clause[k - 1] == clause[hit.start] { k -= 1 }
        var e = hit.end
        while e < norm.compact.count, clause[e] == clause[hit.end - 1] { e += 1 }
        return hit.start - k >= 2 && e - hit.end >= 2
    }

    /// Whether a space parts phrases inside compact `range`, between two of its characters
    /// (`NormalizedText.phraseBreak`).
    func spaced(_ range: Range<Int>) -> Bool {
        range.dropFirst().contains { norm.phraseBreak(before: $0) }
    }

    /// Whether the digits at compact `range` have some of theirs masked out (1386****321): a number
    /// shown for checking, which no one can dial.
    func masked(_ range: Range<Int>) -> Bool {
        range.dropFirst().contains { norm.separators(before: $0).count(where: { $0 == 0x2A }) >= 2 }
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
