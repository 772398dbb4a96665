/// Who is speaking, clause by clause. The same words are an inducement in the speaker's own
/// voice and discussion when they are reported (有人说…, 让我…, 写着…), quoted in a text that
/// warns or complains, described as someone else's (…的都是骗子), negated (不会让您…), or
/// warned against in their own clause. Context only ever acts on the clause (or, for a report,
/// the rest of the sentence) it qualifies, so a harmless clause elsewhere changes nothing.
struct Voice {
    let norm: NormalizedText
    let ctx: PartScan.Context
    /// Characters a negation reaches through to a trigger (让, 您, 去 …): `context.negation_through`.
    let through: ScalarSet
    /// Whether each compact position is inside quotation marks; empty when the part has none.
    let quoted: [Bool]
    /// Whether each compact position is inside a title's marks (《…》 〈…〉); empty when there are none.
    let titled: [Bool]
    /// A report: from its cue on (or, `whole`, all through) the sentence is someone else's words.
    typealias Frame = (sentence: Int32, from: Int, cue: Range<Int>, whole: Bool)
    /// Reports: each covers its sentence from the cue on.
    let frames: [Frame]
    /// The first discussion cue, when the part has one.
    let discussionCue: String?

    /// Whether the part discusses diversion (warns, reports, complains, asks whether it is real).
    var discusses: Bool { discussionCue != nil }

    /// Compact ranges of lexicon terms: a negation reaches through them (不接受私下转账和见面交易).
    let words: [Range<Int>]

    init(scan: PartScan, ctx: PartScan.Context, through: ScalarSet, words: [Range<Int>], quoted: [Bool]) {
        norm = scan.norm
        self.words = words
        self.ctx = ctx
        self.through = through
        frames = ctx.map(.report) { (scan.norm.sentence[$0.lowerBound], $0.lowerBound, $0, false) }
            .filter { !Self.placeHasAccount(scan.norm, cue: $0.cue) && !Self.describesPlace(scan.norm, cue: $0.cue)
                && !Self.endsOnObject(scan.norm, cue: $0.cue) && !Self.forbids(scan.norm, cue: $0.cue) && !Self.saysHow(scan.norm, cue: $0.cue)
                && !Self.supposed(scan.norm, cue: $0.cue) }
            + ctx.map(.narration) { (scan.norm.sentence[$0.lowerBound], $0.lowerBound, $0, true) }
                .filter { !Self.toldToSay(scan.norm, cue: $0.cue) && !Self.saysHow(scan.norm, cue: $0.cue) }
            + Self.askedTo(scan.norm, words: words) + Self.familySays(scan.norm)
        discussionCue = ctx.map(.discussion) { scan.norm.compactString($0) }.first
        self.quoted = quoted
        titled = Self.titles(norm)
        // Only reports and warnings read phrases: worked out once, and only when there is one.
        phrases = frames.isEmpty && discussionCue == nil ? [] : Self.phrases(norm)
        // Retractions matter only to negations: looked for once, and only when there is one.
        lastRetraction = ctx.contains(.negation) ? Self.lastRetraction(norm) : nil
    }

    /// 写着的 / 印着的: a report cue of writing that modifies what follows (店在简介写着的那个地方) names where something
    /// is written, and reports no one's words.
    static func describesPlace(_ norm: NormalizedText, cue: Range<Int>) -> Bool {
        let c = norm.compact
        return cue.upperBound < c.count && c[cue.upperBound - 1] == 0x7740 && c[cue.upperBound] == 0x7684  // 着 的
            && !norm.clauseBreak(between: cue.upperBound - 1, cue.upperBound)
    }

    /// 有个号 after a place in the speaker's own (看我主页背景图，右下角有个号): where an account is to be found,
    /// not a report of someone's account (群里有个号一直私信我). The place ends in 角 上 里 下 面 边 处 right
    /// before it, and 我 stands before it in its sentence.
    static func placeHasAccount(_ norm: NormalizedText, cue: Range<Int>) -> Bool {
        let c = norm.compact
        guard cue.lowerBound >= 1, cue.count == 3, c[cue.lowerBound] == 0x6709, c[cue.lowerBound + 2] == 0x53F7,  // 有…号
              [0x89D2, 0x4E0A, 0x91CC, 0x4E0B, 0x9762, 0x8FB9, 0x5904].contains(c[cue.lowerBound - 1]) else { return false }
        let sentence = norm.sentence[cue.lowerBound]
        var k = cue.lowerBound - 1
        while k >= 0, norm.sentence[k] == sentence {
            if c[k] == 0x6211 { return true }  // 我
            k -= 1
        }
        return false
    }

    /// Last characters of the words for a person in a role who may be reported saying something: 员 傅 理 长 板 管 主
    /// (业务员, 师傅, 经理, 团长, 老板, 主管, 群主), 教 练 师 生 (私教, 教练, 老师, 医生), 东 介 机 姨 (房东, 中介, 司机,
    /// 阿姨). (Not 服: 客服说 is a report word of its own; 汉服说 is no one.)
    static let roleEnds = ScalarSet("员傅理长板管主教练师生东介机姨")
    /// 道 按 照 论 不 只 尽 别 before the last character: 按理说, 道理说, 不管说 — a way of speaking.
    static let notRoleBefore = ScalarSet("道按照论不只尽别")

    /// Someone of the speaker's family, friends or colleagues saying something (我同事说她在微信群里团的比这便宜): from
    /// their 说 or 讲 on, the sentence is their words, as after any report cue.
    static func familySays(_ norm: NormalizedText) -> [Frame] {
        let c = norm.compact
        var out: [Frame] = []
        // (Found from the verb back: a text has few of them.)
        for j in 1..<max(1, c.count) where c[j] == 0x8BF4 || c[j] == 0x8BB2 {  // 说 讲
            if let w = norm.word(endingAt: j, from: family), norm.clause[j - w.count] == norm.clause[j] {
                out.append((norm.sentence[j], j - w.count, (j - w.count)..<(j + 1), false))
                continue
            }
            // …or someone named by their role (小区团长说, 群主说, 业务员说): a word of two or more characters
            // ending in a role's last character, not the speaker's own side (我们店长说), not 说明 and not 说的 (楼主说的那个
            // 店: what was said, named).
            guard j >= 2, roleEnds.contains(c[j - 1]), CharacterTables.isIdeograph(c[j - 2]),
                  norm.clause[j - 2] == norm.clause[j], j + 1 >= c.count || c[j + 1] != 0x660E && c[j + 1] != 0x7684,  // 明 的
                  // (按理说, 照道理说, 不管说: a way of speaking, no one in a role.)
                  !notRoleBefore.contains(c[j - 2]) else { continue }
            // (Looked for within the ten characters before the role, in its clause: a text may hold many 说.)
            var start = j - 2
            while start > 0, j - 2 - start < 10, norm.clause[start - 1] == norm.clause[j] { start -= 1 }
            if (start..<(j - 1)).contains(where: { c[$0] == 0x6211 || c[$0] == 0x54B1 || c[$0] == 0x672C }) { continue }  // 我 咱 本
            out.append((norm.sentence[j], j - 2, (j - 2)..<(j + 1), false))
        }
        return out
    }

    /// Whether a causative or request cue ends on its object (让我, 叫我, 要我, 让你) and its clause ends there
    /// (有活直接叫我，少收二十), or a lone 喊 or 叫 ends its clause (有事群里喊): no deed follows for anyone to be made
    /// to do, so nothing after it is reported — 叫我 is "call me".
    static func endsOnObject(_ norm: NormalizedText, cue: Range<Int>) -> Bool {
        let c = norm.compact
        // (A lone causative — 喊, 叫 — with its object right after it: 直接喊我，….)
        var end = cue.upperBound
        // (…or with nothing after it in its clause: 有事群里喊，… calls out, and makes no one do anything.)
        if cue.count == 1, causatives.contains(c[end - 1]), end == c.count || norm.clauseBreak(between: end - 1, end) { return true }
        if cue.count == 1, end < c.count, causatives.contains(c[end - 1]), objects.contains(c[end]),
           !norm.clauseBreak(between: end - 1, end) { end += 1 }
        guard end - cue.lowerBound >= 2, end <= c.count, objects.contains(c[end - 1]),
              causatives.contains(c[end - 2]) else { return false }
        return end == c.count || norm.clauseBreak(between: end - 1, end)
    }

    /// Whether a causative cue (让加, 叫加) has 不 right before it (平台不让加微信): a rule that forbids, not a request
    /// someone made.
    static func forbids(_ norm: NormalizedText, cue: Range<Int>) -> Bool {
        let c = norm.compact
        guard cue.lowerBound > 0, causatives.contains(c[cue.lowerBound]), !norm.gapBefore[cue.lowerBound] else { return false }
        return c[cue.lowerBound - 1] == 0x4E0D  // 不 (not 没: 又没让你去别的平台 tells what no one did)
    }

    /// 我 你 您: the one a causative cue ends on.
    static let objects: ScalarSet = [0x6211, 0x4F60, 0x60A8]
    /// 让 叫 要 喊
    static let causatives: ScalarSet = [0x8BA9, 0x53EB, 0x8981, 0x558A]

    /// 让 right before a trigger or an invitation, with no one named between (…福利群，让私下转账; 让扫码进群): a
    /// request someone else made, told with its subject left out. (让我, 让你 … are report words of their own.)
    /// Not the 让 of a word (转让, 出让, 礼让: 门票转让不走平台 is the speaker's own terms).
    static func askedTo(_ norm: NormalizedText, words: [Range<Int>]) -> [Frame] {
        var out: [Frame] = []
        for r in words where r.lowerBound > 0 && norm.compact[r.lowerBound - 1] == 0x8BA9 && !norm.gapBefore[r.lowerBound] {
            let k = r.lowerBound - 1
            if k > 0, !norm.gapBefore[k], yieldingWords.contains(norm.compact[k - 1]) { continue }
            // (Nor 不让: 平台不让加微信 is a rule that forbids, not a request.)
            if k > 0, norm.compact[k - 1] == 0x4E0D { continue }
            out.append((norm.sentence[k], k, k..<r.lowerBound, false))
        }
        return out
    }

    /// 转 出 礼 谦 退 忍 避 相: with 让 after them, a word of its own (转让, 出让, 礼让 …), no request.
    static let yieldingWords: ScalarSet = [0x8F6C, 0x51FA, 0x793C, 0x8C26, 0x9000, 0x5FCD, 0x907F, 0x76F8]

    /// Why the words or contact from compact position `at` (its invitation) through `term` (the word
    /// itself) to `end` are not the speaker's own offer, or nil.
    /// `contactEnd`: where a contact's own characters end (a number, a link).
    /// `ownPointer`: the words say where the speaker's own handle is shown (我的号在背景图上).
    /// `toSpeaker`: the invitation leads to the speaker (加我, 私我, 我发你): their own offer, which a
    /// warning elsewhere in the clause does not make a quotation.
    /// `reportedFrom`: where a report reaches the words, when not at `term` (a co-occurrence's later half).
    func qualifier(at: Int, term: Int, reportedFrom: Int? = nil, end: Int, origin: PartScan.Candidate.Origin, pointed: Bool = false,
                   contactEnd: Int? = nil, ownPointer: Bool = false, toSpeaker: Bool = false) -> String? {
        guard at < norm.compact.count, term < norm.compact.count else { return nil }
        let clause = norm.clause[term]
        let reported = reportedFrom ?? term
        let sentence = norm.sentence[reported]
        for f in frames where f.sentence == sentence && (f.from <= reported || f.whole) {
            // Someone narrated, then a later phrase turning to whoever wants the goods (她说她那边有货源，要的姐妹加她):
            // the speaker passes the offer on.
            if f.whole, f.cue.upperBound <= reported, turnsToAudience(after: f.cue.upperBound, term: reported) { continue }
            // A cue opening its clause on a private message and ending the sentence (…平台不能写，私信我说) reports nothing:
            // it tells the reader to message the speaker. (A postposed report — 要加微信才能退款，客服说 — still reports.)
            if !f.whole, bareAtSentenceEnd(f.cue) { continue }
            // …or the report told, then passed on to whoever wants it in a later clause, with no warning there
            // (商家让我加QQ 2233…退款，大家要的话可以试试): the speaker recommends the contact.
            if f.cue.upperBound <= reported, passedOnToAudience(after: end) { continue }
            // Coming across someone (遇到个卖土鸡蛋的大姐) reports what was met, in its clause; a later clause
            // (她家的鸡蛋比快手上便宜) is the speaker telling of it, unless its own cue reports again.
            if !f.whole, encounters(f.cue), norm.clause[f.cue.lowerBound] != norm.clause[reported] { continue }
            // A request denied (我们不会要求您加…，但福利群欢迎您): no one's words are reported past its clause.
            if !f.whole, deniedReport(f.cue), turnsBack(after: f.cue.upperBound, before: reported) { continue }
            if !f.whole, backInOwnVoice(after: f.from, term: reported) || answersInOwnVoice(after: f.cue.upperBound, term: reported)
                || relays(after: f.cue.upperBound) || affirmed(after: reported, sentence: sentence)
                || answeredYes(after: f.cue.upperBound, before: reported) || seesTheSpeaker(f.cue) || shownForUse(f.cue)
                || onOwnProfile(f.cue) || describesOthersThenInvites(f.cue, term: reported) || spokenBySpeaker(f.cue)
                || closedByParticle(f.cue, before: reported) || endorsed(f.cue, before: reported)
                || answeredAfterAsked(f.cue, term: reported) || answeredAfterParticle(f.cue, term: reported) || turnsToAudience(after: f.cue.upperBound, term: reported)
                || asksThroughListener(f.cue, before: reported) || supposes(f.cue) || namesWhatWasSaid(f.cue) || groupToldToHave(f.cue)
                // (…or a later clause stating the line itself, in a part that warns of nothing: 卖家说下次直接找她买，她的号是 ….)
                || norm.clause[f.cue.lowerBound] != norm.clause[reported] && statesContact(at: term, contactEnd: contactEnd ?? (pointed ? end : nil))
                // (A later clause claiming the speaker's own channel after the report: 近期有人冒充本店，认准唯一客服微信 ….)
                || norm.clause[f.cue.lowerBound] != norm.clause[reported] && ownedInWarning(at: at, term: reported) { continue }
            return "reported: \(norm.compactString(f.cue))"
        }
        if !quoted.isEmpty, quoted[term], discusses || !frames.isEmpty {
            return "quoted in a discussion"
        }
        // Words no contact is attached to: a title or an echo can hold them, a listener can own them.
        let bareWords = origin == .words && !pointed
        // Quoted words made a kind by 的 after the closing mark (一堆“加我看主页”的) are someone else's.
        if bareWords, !quoted.isEmpty, quoted[at], quoted[term] {
            var k = term
            while k < norm.compact.count, quoted[k] { k += 1 }
            if k < norm.compact.count, norm.compact[k] == 0x7684 { return "quoted as a kind: …”的" }
            // …or named as words right after the closing mark (“加我V我50”这个梗, “私下交易”这种说法): mentioned, not said.
            if k + 1 < norm.compact.count, [0x8FD9, 0x90A3].contains(norm.compact[k]),  // 这 那
               [0x4E2A, 0x53E5, 0x79CD, 0x4E9B, 0x8BCD, 0x6897, 0x6837].contains(norm.compact[k + 1]) {  // 个 句 种 些 词 梗 样
                return "quoted and named: …”\(norm.compactString(k..<(k + 2)))"
            }
        }
        // A book's or a film's title (《线下交易心理学》) names a work; it offers nothing.
        if bareWords, !titled.isEmpty, titled[term] {
            return "a title"
        }
        // The channel belongs to the one spoken to (你们线下店, 你们的微信): the speaker is their customer.
        if bareWords, let owner = addressed(before: term) {
            return "addressed to its owner: \(norm.compactString(owner))"
        }
        // …or the one spoken to is asked whether they are there too (京东上也有你们旗舰店吗？).
        if bareWords, !toSpeaker, let owner = askedOfListener(after: end) {
            return "asked of its owner: \(norm.compactString(owner))"
        }
        for i in ctx.indices(.mentionAfter) where ctx.entries[i].kind == .mentionAfter {
            let r = ctx.entries[i].range
            // The speaker's own (我们的账号, 我的号, where the speaker's own handle is shown: 我第一个作品的评论区) is
            // no one else's.
            if ownedBySpeaker(r.lowerBound) || ownPointer { continue }
            // 的号 right after the channel's name (那个绿色图标的号) is the account on that channel, not a person's.
            if r.lowerBound == end, r.count == 2, norm.compact[r.lowerBound] == 0x7684, norm.compact[r.lowerBound + 1] == 0x53F7 { continue }
            if r.lowerBound >= end && norm.clause[r.lowerBound] == clause && !turnsToWishers(across: r, clause: clause) {
                return "described as someone else's: \(norm.compactString(r))"
            }
        }
        // A negation before the invitation, or between it and the words (店里不存在私下交易), unless it was asked and
        // granted (有人说我们不能私下交易？能的，私我就行).
        // (The 没有 of 有没有 asks; with the answer's handle or number after it — 有没有微信？A：有，faq_01 — it denies nothing.)
        if let negation = negation(before: at, end: end) ?? (term > at ? negation(before: term, end: end) : nil), !granted(after: term),
           !(pointed && askedWhetherThere(negation)) {
            return "negated: \(norm.compactString(negation))"
        }
        // Words owned as a joke right after them (V我50看看实力（开玩笑的）) offer nothing; a joke that takes
        // back a negation (别加我微信哦（开玩笑的）) is read by `negation(before:end:)`.
        if bareWords, let joke = jokeAfter(end), negation(ignoringRetraction: at, end: end) == nil {
            return "said in jest: \(norm.compactString(joke))"
        }
        // A failed attempt (电话联系不上您, 微信加不了): the words report what could not be done.
        if bareWords, let failed = cannot(from: at, term: term, end: end) {
            return "negated: \(norm.compactString(failed))"
        }
        // A question about what something is (这个是微信小店同款吗？) or which way to go (还是要去别的平台？)
        // asks; it offers nothing. A request (能加你微信吗) is no such question.
        // (Unless the writer answers it yes at once — 要加微信才能买吗？是的 — an offer in a question's dress.)
        if bareWords, let cue = asks(at: at, term: term), !answeredAtOnce(term) {
            return "asked about: \(norm.compactString(cue))"
        }
        // The end of a range opened by 从 (收钱从现金到扫码): a change told, not a way to go.
        if bareWords, at > 0, norm.clause[at - 1] == norm.clause[at], norm.closesRange(at: at - 1) {
            return "a range's end: 从…到"
        }
        // A deed told as done (我妈在微信上给我转了两百, 上周去实体店看过真机): something that happened, not a way to pay or go.
        // (Or a visit told right before the word, 去了趟线下的科技馆: the speaker went there.)
        // (Not what the speaker posted there with a search asked after it: 58同城上我发了详细地址，搜一下就能看到.)
        if bareWords, let done = toldAsDone(from: at, after: end) ?? visited(before: term) ?? visitedEarlier(before: at, end: end),
           !postedForSearch(done) {
            return "told as done: \(norm.compactString(done))"
        }
        // Someone else's deed told inside the words (微信上他发了好多照片给我): 他 or 她 right before a deed with 了 or 过.
        if bareWords, let deed = thirdPersonDeed(inside: at..<end) {
            return "told of someone else: \(norm.compactString(deed))"
        }
        // Others doing something there (闲鱼上有人卖假货, 抖音上也有人搬运我的笔记): the place is where someone else acts, told.
        if bareWords, !toSpeaker, let others = othersActThere(after: end) {
            return "told of others there: \(norm.compactString(others))"
        }
        // A group named for the community it belongs to (小区业主群, 公司群, 家长群), with no one invited in its
        // sentence: the speaker's neighbours, colleagues or classmates, not a seller's group.
        if bareWords, let community = communityGroup(term: term) {
            return "a community's own group: \(norm.compactString(community))"
        }
        // Words made a kind someone is (一个加微信买代购的，…; 那种让你私下转账的都…): described, not said.
        if bareWords, !toSpeaker, let kind = describedKind(at: at, end: end) {
            return "described as a kind: \(norm.compactString(kind))"
        }
        // A condition warned against (不在这里拍的话，我们没法保证售后): the way named only to say what is lost by it.
        if bareWords, let loss = conditionWarned(end: end) {
            return "a condition warned against: \(norm.compactString(loss))"
        }
        // What befell the deed, told as done (私下买号被找回了, 加微信被封了): a consequence, not an offer.
        if bareWords, !toSpeaker, let fate = befell(after: end) {
            return "told what befell it: \(norm.compactString(fate))"
        }
        // The speaker's own past (之前在线下批发，现在…; 去年在闲鱼上卖过): history, not a way to go now.
        // (Only for words that end in its clause: 之前有买家问线下能不能买，能，地址私我 answers now, in a later clause.)
        if bareWords, !toSpeaker, let past = pastInClause(before: at), norm.clause[max(at, end - 1)] == norm.clause[at] {
            return "told of the past: \(norm.compactString(past))"
        }
        // Someone of the speaker's family doing it (我爸非要在微信群里抢红包, 教会了我妈用微信视频): their life, told.
        // …or someone the speaker tells of by a pronoun opening the clause (他在服务区看到好东西就拍照发微信给我).
        if bareWords, let who = actedByThirdPerson(before: at), !audienceAddressed(after: end) {
            return "told of someone else: \(norm.compactString(who))"
        }
        if bareWords, !toSpeaker, let who = actedByFamily(before: at), !audienceAddressed(after: end) {
            return "told of family: \(norm.compactString(who))"
        }
        // Something a relative sent the speaker, or the channel they sent it by (微信里我妈转给我的链接, 我妈微信转给我):
        // received and told, not offered.
        if bareWords, let who = familySentToSpeaker(near: at, end: end), !audienceAddressed(after: end) {
            return "sent to the speaker by family: \(norm.compactString(who))"
        }
        // A course's lesson heading (第12课：用QQ邮箱发送邮件): the words are what the lesson teaches.
        if bareWords, !toSpeaker, let heading = lessonHeading(before: at) {
            return "a lesson's topic: \(norm.compactString(heading))"
        }
        // A how-to the speaker teaches (教大家怎么在闲鱼上卖二手书): the words are its topic, not a way offered.
        if bareWords, !toSpeaker, let how = taughtHow(before: at) {
            return "taught as a how-to: \(norm.compactString(how))"
        }
        // A question about the rules (能发自己的微信号吗？, 私下交易被发现会怎么样？) asks; it offers nothing.
        if bareWords, !toSpeaker, let cue = asksAboutRules(at: at, term: term, end: end) {
            return "asked about the rules: \(norm.compactString(cue))"
        }
        // Led into it by someone (被一个叫 lily_shop 的拉去私下交易, 被人诱导加了微信): the words are what was done to the
        // one telling it, not a way offered.
        if bareWords, !toSpeaker, let led = ledInto(before: term) {
            return "led into it: \(norm.compactString(led))"
        }
        // The words as a topic the speaker then refuses (私下交易我们是不做的, 线下交易本店一律不支持).
        if bareWords, let refused = refusedAfter(end: end) {
            return "negated: \(norm.compactString(refused))"
        }
        if bareWords, let refusal = refusal(answering: term, end: end) {
            return "echoed and refused: \(norm.compactString(refusal))"
        }
        // The readers who want it named as a topic, then turned down (想私下找师傅的，抱歉，我们只接平台订单).
        if bareWords, let refusal = wantedThenRefused(term: term) {
            return "wanted and refused: \(norm.compactString(refusal))"
        }
        // A warning in the clause qualifies words; an offered contact (a handle after the channel, a number
        // or a link) only when the warning is right at it (骗子微信 abc123), not a few words off
        // (被骗过的姐妹加我微信 abc123, 被坑过的姐妹找我 电话 159…).
        let offered = pointed || origin == .contact || ownPointer
        for i in ctx.indices(.discussion) where ctx.entries[i].kind == .discussion {
            let r = ctx.entries[i].range
            guard norm.clause[r.lowerBound] == clause else { continue }
            // A wink between the cue and the words (平台规定我们不能说太多 您懂的 去某鱼搜…) says the rule is being
            // got round: what follows is the speaker's offer.
            if r.upperBound < at, winks(between: r.upperBound, at) { continue }
            // …and so does a workaround told after it (平台规定不能留联系方式，所以放在头像里了): 所以 只好 于是 opening a later
            // clause inside the words.
            if workaround(after: r, words: at, end) { continue }
            // A cue that claims the offered contact as the one official channel (唯一客服微信 lin_kefu01) vouches for it.
            if offered, word(at: r.lowerBound, from: Self.ownClaims) != nil { continue }
            // …or right after a contact (发手机号 13800000000 引流).
            let rightAfter = contactEnd.map { r.lowerBound >= $0 && r.lowerBound - $0 <= 3 } ?? false
            // (A space that parts phrases keeps them apart — 别信那些骗子 我的号在背景图上 — unless the warning
            // is a phrase of its own, a label: 骗子 微信 abc12345.)
            let unit = phrases
            let rightAt = r.upperBound <= at && at - r.upperBound <= 2
                && (unit[r.lowerBound] == unit[at] || (r.lowerBound == 0 || unit[r.lowerBound - 1] != unit[r.lowerBound])
                    && unit[r.upperBound - 1] != unit[r.upperBound])
            // …or the warning naming whose the labelled contact is (骗子的电话 1350…): the label alone between them.
            if !offered && !toSpeaker || rightAt || rightAfter || warnsLabel(r, at: at) {
                return "warned against: \(norm.compactString(r))"
            }
        }
        return nil
    }

    /// Whether a negation stands right before a report cue in its clause (不会要求您…, 从不让你…): the speaker denies
    /// the request, and once they turn to a contrast (…，但福利群欢迎您) the words are theirs again.
    /// Whether a 让 cue's subject is a kind of people described by 的 right before it in the clause, with no person named in the
    /// description (不会用手机的阿姨让子女打这个电话): the speaker tells that group to have it done, reporting no one.
    func groupToldToHave(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        guard cue.count >= 2, c[cue.upperBound - 1] == 0x8BA9 else { return false }  // 让
        let clause = norm.clause[cue.lowerBound]
        let start = norm.clauseStart(from: cue.lowerBound, clause)
        guard let de = (max(start, cue.lowerBound - 3)..<cue.lowerBound).last(where: { c[$0] == 0x7684 }), de > start else { return false }  // 的
        // 我 你 他 她 您: a person named in the description (我家的阿姨让我…) makes it someone's words.
        return !(start..<de).contains { PartScan.persons.contains(c[$0]) }
    }

    func deniedReport(_ cue: Range<Int>) -> Bool {
        ctx.contains(.negation) { $0.upperBound <= cue.lowerBound && cue.lowerBound - $0.upperBound <= 1 && norm.clause[$0.lowerBound] == norm.clause[cue.lowerBound] }
    }

    /// Whether a clause opening on a contrast (但, 但是, 不过, 可是, 只是) starts after compact `from` and at or before
    /// `to`: the speaker turns from what they denied to what they offer.
    func turnsBack(after from: Int, before to: Int) -> Bool {
        let c = norm.compact
        guard from < to else { return false }
        for p in (from + 1)...to where norm.clause[p] != norm.clause[p - 1] {
            if c[p] == 0x4F46 { return true }  // 但
            if p + 1 < c.count, (c[p] == 0x4E0D && c[p + 1] == 0x8FC7) || (c[p] == 0x53EF && c[p + 1] == 0x662F)
                || (c[p] == 0x53EA && c[p + 1] == 0x662F) { return true }  // 不过 可是 只是
        }
        return false
    }

    /// Whether, after a report that opened at compact position `cue`, the speaker speaks for
    /// themselves again before or at `term`: a later clause, not the words a speech verb just
    /// introduced, has 我 with no speech verb before it (别人都说我卖得便宜，不信的加我微信…;
    /// 有人问我微信，我就说一遍：…), and the term's own clause names no third person before it
    /// (客服让我加他微信，我没加，他还发了手机号… stays reported).
    func backInOwnVoice(after cue: Int, term: Int) -> Bool {
        let c = norm.compact
        let unit = phrases
        let first = unit[cue]
        guard unit[term] != first, quoted.isEmpty || !quoted[term] else { return false }
        var k = cue
        while k < c.count, unit[k] == first { k += 1 }
        var own = false
        while k <= term {
            let clause = unit[k]
            let start = k
            // The clause right after a speech verb is what was said (有人说：加我微信…), unless the verb is negated
            // (这边不方便说，私信我…, 不好说, 没法说): nothing was said, the speaker goes on.
            let introduced = speaks(at: start - 1)
                && !(max(0, start - 4)..<(start - 1)).contains { unit[$0] == unit[start - 1] && [0x4E0D, 0x6CA1, 0x522B].contains(c[$0]) }  // 不 没 别
            var spoken = false
            // A clause opening on the speaker's own correction (其实, 实际上, 说实话, 老实说: 很多人说我们贵，其实私下买更便宜) is
            // theirs.
            if !introduced, word(at: start, from: Self.corrections) != nil, clause != unit[term] || start < term { own = true }
            while k < c.count, unit[k] == clause {
                let v = c[k]
                if k <= term || clause != unit[term] {
                    if speaks(at: k) { spoken = true }
                    if v == 0x6211, !spoken, !introduced, quoted.isEmpty || !quoted[k] { own = true }  // 我
                    if clause == unit[term], k < term, Self.thirdPerson.contains(v) { return false }
                }
                k += 1
            }
            if k > term { break }
        }
        return own
    }

    /// Whether the report cue at compact `cue` opens its clause on a private message (私信, 私聊, 私我) and ends its
    /// sentence, with nothing said after it.
    func bareAtSentenceEnd(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        guard cue.lowerBound == 0 || norm.clauseBreak(between: cue.lowerBound - 1, cue.lowerBound),
              norm.word(at: cue.lowerBound, from: Self.privateMessages) != nil else { return false }
        return cue.upperBound == c.count || norm.sentenceBreak(between: cue.upperBound - 1, cue.upperBound)
    }

    /// 私信 私聊 私我: a private message, as a cue's first word.
    static let privateMessages = WordTable(["私信", "私聊", "私我"].map { $0.unicodeScalars.map(\.value) })

    /// Whether the contact starting at compact position `term` (a number or a handle: `contactEnd` set) is stated in
    /// its own clause by 是 after the channel's or the handle's word (她的号是 xy1362…, 他微信是 …, 电话是 …), a few
    /// letters of the handle between, or with only the channel's word before it there (号码 1336…), in a part that warns
    /// of nothing: the speaker hands the line on.
    func statesContact(at term: Int, contactEnd: Int?) -> Bool {
        let c = norm.compact
        guard contactEnd != nil, !discusses, term >= 2 else { return false }
        // …or labelled by the channel's word alone, opening its clause (号码 1336…, 电话：…): a line written out.
        let start = norm.clauseStart(from: term, norm.clause[term])
        if start < term, isContactLabel(start..<term) { return true }
        // (…the label itself opening the clause, its handle after it: 微信 help_lan.)
        if start == term, Self.contactLabels.contains(where: { c[term...].starts(with: $0) }) { return true }
        var k = term
        while k > 0, term - k < 4, norm.clause[k - 1] == norm.clause[term], CharacterTables.isLatinLetter(c[k - 1]) { k -= 1 }
        guard k >= 2, norm.clause[k - 2] == norm.clause[term], c[k - 1] == 0x662F else { return false }  // 是
        return Self.channelEnds.contains(c[k - 2])
    }

    /// Whether only a contact's label, after 的 or not, stands between a warning `r` and the contact at compact `at` in its
    /// clause (骗子的电话 1350…, 骗子微信 …): the warning says whose it is.
    func warnsLabel(_ r: Range<Int>, at: Int) -> Bool {
        let c = norm.compact
        guard r.upperBound < at, at < c.count, norm.clause[r.upperBound] == norm.clause[at] else { return false }
        let from = c[r.upperBound] == 0x7684 ? r.upperBound + 1 : r.upperBound  // 的
        return from < at && isContactLabel(from..<at)
    }

    /// Whether compact `range` is exactly one of `contactLabels`.
    func isContactLabel(_ range: Range<Int>) -> Bool {
        Self.contactLabels.contains { $0.count == range.count && norm.compact[range].elementsEqual($0) }
    }

    /// 号码 电话 手机 手机号 微信 微信号 vx qq …: a contact's label.
    static let contactLabels: [[UInt32]] = ["号码", "电话", "手机", "手机号", "电话号码", "手机号码", "微信", "微信号", "vx", "wx", "qq", "qq号", "扣扣"]
        .map { $0.unicodeScalars.map(\.value) }

    /// 号 信 话 机 v x: the last character of a channel's or a handle's word before 是 (号是, 微信是, 电话是, 手机是, vx是).
    static let channelEnds: ScalarSet = [0x53F7, 0x4FE1, 0x8BDD, 0x673A, 0x76, 0x78]

    /// 其实 实际上 说实话 老实说: a clause opening on one of these corrects what was said, in the speaker's own voice.
    static let corrections = WordTable(["其实", "实际上", "说实话", "老实说"].map { Array($0.unicodeScalars.map(\.value)) })

    /// Clause numbers, with a space that parts phrases also ending one (主播说不能私下 但我可以:
    /// `NormalizedText.phraseBreak`); empty when the part has no report and no warning.
    let phrases: [Int32]

    static func phrases(_ norm: NormalizedText) -> [Int32] {
        let c = norm.compact
        var out = [Int32](repeating: 0, count: c.count)
        var id: Int32 = 0
        for k in 0..<c.count {
            if k > 0, norm.clause[k] != norm.clause[k - 1] || norm.phraseBreak(before: k) {
                id += 1
            }
            out[k] = id
        }
        return out
    }

    /// Adverbs of habit between 我 and a speech verb (我都说, 我一般都说, 我每次都会说): the speaker tells what they
    /// always answer.
    static let habit = ScalarSet("都一般每次总是就会也通常向还")

    /// Whether from compact `k` up to four adverbs of habit, unbroken, come before a speech verb (before `end`).
    func speaksAfterHabit(_ k: Int, before end: Int) -> Bool {
        let c = norm.compact
        var j = k
        while j < end, j - k < 4, Self.habit.contains(c[j]), j == k || !norm.gapBefore[j] { j += 1 }
        return j > k && j < end && !norm.gapBefore[j] && speaks(at: j)
    }

    /// Whether a report cue (都说, 总说) is the speaker's own, 我 and adverbs of habit right before it (我一般都说…): the
    /// speaker tells what they say, in their own voice. Not where 我 is someone's object (跟我说, 问我都说).
    func spokenBySpeaker(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        // (The cue itself only adverbs and the verb: in 我同事说 the cue 同事说 names who spoke.)
        guard cue.allSatisfy({ Self.habit.contains(c[$0]) || speaks(at: $0) }) else { return false }
        var k = cue.lowerBound - 1
        while k >= 0, cue.lowerBound - k <= 4, Self.habit.contains(c[k]) { k -= 1 }
        guard k >= 0, c[k] == 0x6211 else { return false }
        return k == 0 || !Self.objectOf.contains(c[k - 1]) || norm.clauseBreak(between: k - 1, k)
    }
    /// 跟 和 对 给 问 诉 让 叫 帮 向: words that make the 我 after them someone's object.
    static let objectOf = ScalarSet("跟和对给问诉让叫帮向")

    /// Whether, between a report's cue (ending at compact position `from`) and `term`, the speaker
    /// answers in their own voice: 我 right before a speech verb (有人问哪里买 我说一下 …, 我来说) or with adverbs of
    /// habit between (我一般都说), a reply to all (统一回复, 统一说), or posting it again (重新发一次, 再发一遍, 重发).
    func answersInOwnVoice(after from: Int, term: Int) -> Bool {
        let c = norm.compact
        guard from < term else { return false }
        for k in from..<term {
            // (Written together: in 有人私信我，说… the 我 is someone's object and 说 theirs.)
            if c[k] == 0x6211, k + 1 < term, !norm.gapBefore[k + 1],
               speaks(at: k + 1) || c[k + 1] == 0x6765 && k + 2 < term && speaks(at: k + 2) || speaksAfterHabit(k + 1, before: term) {
                if quoted.isEmpty || !quoted[k] { return true }
            }
            if repliesToAll(at: k, before: term) { return true }
            // Posting it again (好多人加不上，重新发一次：…; 再发一遍, 重发): the speaker's own deed.
            if c[k] == 0x91CD, k + 2 < term, c[k + 1] == 0x65B0, Self.reposting.contains(c[k + 2]) { return true }  // 重新发
            if c[k] == 0x518D, k + 2 < term, Self.reposting.contains(c[k + 1]), c[k + 2] == 0x4E00 { return true }  // 再发一
            if c[k] == 0x91CD, k + 1 < term, c[k + 1] == 0x53D1 { return true }  // 重发
            // 因为 opening a clause after the question (很多人问为什么不在小红书卖，因为抽成高，…): the speaker answers.
            if c[k] == 0x56E0, k + 1 < term, c[k + 1] == 0x4E3A, k > from, norm.clauseBreak(between: k - 1, k) { return true }
        }
        return false
    }

    /// Whether, after a report's cue (ending at compact position `from`), a later phrase up to `term`'s
    /// opens by turning to whoever wants the goods (天天有人问，想要的加微信…; 好多人说好用，需要的姐妹私我): the
    /// speaker addresses the audience, which no one reported does. Not the words a statement verb just
    /// introduced (客服说：想要的加微信), and not a question.
    func turnsToAudience(after from: Int, term: Int) -> Bool {
        let c = norm.compact
        let unit = phrases
        guard from > 0, from <= term, unit[term] != unit[from - 1], quoted.isEmpty || !quoted[term],
              !endsInQuestionMark(sentenceOf: term) else { return false }
        var k = from
        while k < c.count, unit[k] == unit[from - 1] { k += 1 }
        while k <= term {
            let start = k
            let introduced = speaks(at: start - 1) && c[start - 1] != 0x95EE  // (问 asks; what follows may answer)
            // (…or on the listeners themselves, in the phrase that holds the words: 主播别光说不让加v 你们看我头像….)
            if !introduced, opensOnAudience(start, in: unit) || unit[start] == unit[term] && word(at: start, from: Self.listeners) != nil { return true }
            while k < c.count, unit[k] == unit[start] { k += 1 }
        }
        return false
    }

    /// Whether a later clause of the sentence holding compact position `end - 1` opens on whoever wants the goods
    /// (我奶奶…在微信上卖她做的鞋垫，想要的私我): the story ends in an offer, and its channel is where to go.
    /// Whether some clause of the sentence holding compact `k` opens on the audience and invites them to the speaker, warning of
    /// nothing (你们别被骗了，想买正品直接问我，我 vx 号跟小红书号一样).
    func audienceSentToSpeaker(inSentenceOf k: Int) -> Bool {
        let c = norm.compact
        let sentence = norm.sentence[k]
        var start = k
        while start > 0, norm.sentence[start - 1] == sentence { start -= 1 }
        while start < c.count, norm.sentence[start] == sentence {
            let stop = norm.clauseEnd(from: start, norm.clause[start])
            if opensOnAudience(start, in: norm.clause), !warns(start..<stop),
               (start..<stop).contains(where: { norm.word(at: $0, from: Self.toSpeaker) != nil }) { return true }
            start = stop
        }
        return false
    }

    /// 私我 找我 问我 联系我 私信我 私聊我: the reader sent to the speaker.
    static let toSpeaker = WordTable(["私我", "找我", "问我", "联系我", "私信我", "私聊我"].map { $0.unicodeScalars.map(\.value) })

    func audienceAddressed(after end: Int) -> Bool {
        audienceClause(after: end) != nil
    }

    /// Whether the later clause of the sentence holding compact position `end - 1` that opens on whoever wants the
    /// goods (`audienceClause`) holds no warning or denial (不 别 没 勿 小心 注意 谨慎 骗): a report passed on as a
    /// recommendation (…让我加QQ 2233…退款，大家要的话可以试试). (大家要的话小心点 warns.)
    func passedOnToAudience(after end: Int) -> Bool {
        if let clause = audienceClause(after: end), !warns(clause) { return true }
        return recommendedToAudience(after: end)
    }

    /// Whether a later clause of the sentence holding compact position `end - 1`, at most three on, recommends the same to
    /// the listeners with no warning in it (卖家说下次直接线下找他更便宜，我觉得挺好，推荐大家也这么做): the speaker passes the report
    /// on as advice. A clause between that warns or turns to the platform's own way (我坚持在APP上约，…押金走的平台托管，推荐大家也这样)
    /// makes the advice about that instead.
    func recommendedToAudience(after end: Int) -> Bool {
        let c = norm.compact
        guard end > 0, end < c.count else { return false }
        var k = norm.clauseEnd(from: end - 1, norm.clause[end - 1])
        var clauses = 0
        while k < c.count, clauses < 3, !norm.sentenceBreak(between: end - 1, k) {
            let stop = norm.clauseEnd(from: k, norm.clause[k])
            if warns(k..<stop) || (k..<stop).contains(where: { word(at: $0, from: Self.platformsOwnWay) != nil }) { return false }
            if (k..<stop).contains(where: { word(at: $0, from: Self.recommending) != nil }) { return true }
            k = stop
            clauses += 1
        }
        return false
    }

    /// The platform's own way named (平台, app, 线上, 官方): advice after it is about that way.
    static let platformsOwnWay = WordTable(["平台", "app", "线上", "官方"].map { $0.unicodeScalars.map(\.value) })

    /// Advice to the listeners to do the same (推荐大家, 建议你们, 大家也可以, 你们也去).
    static let recommending = WordTable(["推荐大家", "建议大家", "推荐你们", "建议你们", "大家也可以", "你们也可以", "大家也这么", "你们也这么",
                                          "大家也这样", "你们也这样",
                                          // (…or to go or add too: 我加了确实便宜，你们也去.)
                                          "你们也去", "大家也去", "你们也加", "大家也加", "你们可以去", "大家可以去", "你们也试试", "大家也试试"].map { $0.unicodeScalars.map(\.value) })

    /// Whether compact `range` holds a warning or a denial: 不 别 没 勿 骗, or a word of `caution`.
    func warns(_ range: Range<Int>) -> Bool {
        let c = norm.compact
        return range.contains { j in
            [0x4E0D, 0x522B, 0x6CA1, 0x52FF, 0x9A97].contains(c[j])  // 不 别 没 勿 骗
                || word(at: j, from: Self.caution) != nil
        }
    }

    /// The first later clause of the sentence holding compact position `end - 1` that opens on whoever wants the
    /// goods (`opensOnAudience`), as a compact range; nil when none does.
    func audienceClause(after end: Int) -> Range<Int>? {
        let c = norm.compact
        guard end > 0, end < c.count else { return nil }
        var k = norm.clauseEnd(from: end - 1, norm.clause[end - 1])
        while k < c.count, !norm.sentenceBreak(between: end - 1, k) {
            let start = k
            let stop = norm.clauseEnd(from: start, norm.clause[start])
            if opensOnAudience(start, in: norm.clause) { return start..<stop }
            k = stop
        }
        return nil
    }

    /// Whether a wink (懂的, 懂得: 你懂的, 懂的都懂), not denied (不懂的, 没懂的), stands between compact positions `from` and `to`.
    func winks(between from: Int, _ to: Int) -> Bool {
        let c = norm.compact
        guard from + 1 < to else { return false }
        let denials: [UInt32] = [0x4E0D, 0x6CA1]  // 不 没
        for k in from..<(to - 1) where c[k] == 0x61C2 {  // 懂
            let next: UInt32 = c[k + 1]
            guard next == 0x7684 || next == 0x5F97 else { continue }  // 的 得
            if k == 0 || !denials.contains(c[k - 1]) { return true }
        }
        return false
    }

    /// Whether the words `at..<end`, a few characters after the cue `cue`, hold a later clause that opens on a workaround
    /// (所以, 只好 …): the rule told, then got round (平台规定不能留联系方式，所以放在头像里了).
    func workaround(after cue: Range<Int>, words at: Int, _ end: Int) -> Bool {
        guard cue.upperBound <= at, at - cue.upperBound <= 8, at < end else { return false }
        return (max(at, 1)..<end).contains { k in
            norm.clause[k] != norm.clause[cue.lowerBound] && norm.clause[k - 1] != norm.clause[k] && word(at: k, from: Self.workarounds) != nil
        }
    }

    /// 所以 只好 于是 那就 只能: a workaround opening its clause.
    static let workarounds = WordTable(["所以", "只好", "于是", "那就", "只能"].map { $0.unicodeScalars.map(\.value) })

    /// 小心 注意 谨慎 当心 提防: words of caution.
    static let caution = WordTable(["小心", "注意", "谨慎", "当心", "提防"].map { $0.unicodeScalars.map(\.value) })

    /// Whether the unit (phrase or clause, numbered by `unit`) starting at compact position `start` holds
    /// a word of `audience` within its first four characters (想要的加…, 姐妹们想要的…), or opens on 要的.
    func opensOnAudience(_ start: Int, in unit: [Int32]) -> Bool {
        let c = norm.compact
        // 要的 opening the phrase itself (要的姐妹加她, 要的话私我), not 要的是 (what is needed is).
        // (…or right after the listeners: 大家要的话可以试试.)
        let opening = word(at: start, from: Self.listeners).map { start + $0.count } ?? start
        if opening + 2 < c.count, c[opening] == 0x8981, c[opening + 1] == 0x7684, c[opening + 2] != 0x662F, unit[opening + 2] == unit[start] { return true }
        return (start..<min(start + 4, c.count)).contains { unit[$0] == unit[start] && word(at: $0, from: Self.audience) != nil }
    }

    /// Whether the description at compact `r` (begun in the channel's `clause`) crosses the break after a clause of
    /// wishing closed by its 的 (想进粉丝福利群的，评论区扣…): that clause picks out whoever wants it, and what follows is
    /// said to them — unless it warns them (想私下交易的，一律不发货).
    func turnsToWishers(across r: Range<Int>, clause: Int32) -> Bool {
        guard norm.clause[r.upperBound - 1] != clause, wishes(closedAt: r.lowerBound) else { return false }
        let next = r.lowerBound + 1
        return !warns(next..<norm.clauseEnd(from: next, norm.clause[next]))
    }

    /// Whether the 的 at compact position `k` closes a clause that opens on a wish (`wishing`: 想进粉丝福利群的，…),
    /// the listeners before it or not (姐妹们想要同款的，…): the clause names whoever wants something.
    func wishes(closedAt k: Int) -> Bool {
        let c = norm.compact
        guard k + 1 < c.count, c[k] == 0x7684, norm.clause[k + 1] != norm.clause[k] else { return false }
        let start = norm.clauseStart(from: k, norm.clause[k])
        let opening = word(at: start, from: Self.listeners).map { start + $0.count } ?? start
        guard let wish = word(at: opening, from: Self.wishing) else { return false }
        return opening + wish.count <= k
    }

    /// 想 要 需要: a wish, opening a clause that picks out whoever has it.
    static let wishing = WordTable(["想", "要", "需要"].map { $0.unicodeScalars.map(\.value) })

    /// 你们 大家 各位 家人们 姐妹们 宝子们 宝宝们 老铁们 朋友们: the listeners, addressed.
    static let listeners = WordTable(["你们", "大家", "各位", "家人们", "姐妹们", "宝子们", "宝宝们", "老铁们", "朋友们"]
        .map { $0.unicodeScalars.map(\.value) })

    /// Whether 的 right at compact `end`, in `clause`, is followed by someone addressed (的宝子, 的姐妹): the words describe them.
    func describesAddressee(after end: Int, clause: Int32) -> Bool {
        end + 1 < norm.compact.count && norm.compact[end] == 0x7684 && norm.clause[end + 1] == clause
            && norm.word(at: end + 1, from: Self.addressees) != nil
    }

    /// 宝子 宝宝 姐妹 家人 老铁 朋友 小伙伴 亲 同学 …: whom a speaker addresses (a description before them with 的 picks them out).
    static let addressees = WordTable(["宝子", "宝宝", "姐妹", "家人", "老铁", "朋友", "小伙伴", "亲们", "同学", "老板", "兄弟", "集美", "铁子"]
        .map { $0.unicodeScalars.map(\.value) })

    /// 想要的 需要的 有需要的 感兴趣的 有兴趣的 想买的 要买的 有意的 想看的 想了解的 (着急的 急用的 急要的 等不及的: those who
    /// cannot wait for them): whoever wants the goods (or to see them), addressed (not 喜欢的:
    /// 喜欢的点个赞 asks for a like)
    static let audience = WordTable(["想要的", "需要的", "有需要的", "感兴趣的", "有兴趣的", "想买的", "要买的", "有意的", "想看的", "想了解的",
                                       "着急的", "急用的", "急要的", "等不及的",
                                       // …or whoever wants in (业主群里好多人找我修，想进的私我).
                                       "想进的", "想加的", "要进的", "想来的"]
        .map { $0.unicodeScalars.map(\.value) })

    /// Whether a reply to all (统一回复, 统一说, 统一发, 统一答) starts at compact position `k`, before `term`:
    /// what follows is the speaker's answer.
    func repliesToAll(at k: Int, before term: Int) -> Bool {
        let c = norm.compact
        return c[k] == 0x7EDF && k + 2 < term && c[k + 1] == 0x4E00 && [0x56DE, 0x8BF4, 0x53D1, 0x7B54].contains(c[k + 2])
    }

    /// Whether a reported question whose object closes its phrase (好多人问链接，…) is followed, before
    /// `term`'s phrase, by the speaker's answer: later phrases with no speech verb, no third person and no
    /// question (好多人问链接，这里发不了，主页那个群号进去就有). A question whose words follow in a phrase of
    /// their own (有人问，能不能加微信) has no object, and stays reported.
    func answeredAfterAsked(_ cue: Range<Int>, term: Int) -> Bool {
        let c = norm.compact
        // (The cue may end at 问 or name the asker right before it: 有人|问怎么加我.)
        guard cue.upperBound > 0, cue.upperBound < c.count else { return false }
        let asks = c[cue.upperBound - 1] == 0x95EE ? cue.upperBound : c[cue.upperBound] == 0x95EE ? cue.upperBound + 1 : nil  // 问
        guard let asks, asks < c.count else { return false }
        let unit = phrases
        let asked = unit[asks - 1]
        var k = asks
        while k < c.count, unit[k] == asked { k += 1 }
        // (The question may stand before the cue as its topic, nothing after 问: 做的酱料好多人问，方式在我主页. With
        // nothing before the cue either — 有人问，能不能加微信 — the next phrase is the question's own words.)
        let topicFirst = k == asks && cue.lowerBound > 0 && unit[cue.lowerBound - 1] == asked
        guard (1...6).contains(k - asks) || topicFirst, k <= term, unit[term] != asked else { return false }
        var end = term
        while end < c.count, unit[end] == unit[term] { end += 1 }
        for j in k..<end {
            let v = c[j]
            // (Speech denied or barred — 不能说, 不好说, 没法说 — is the speaker's own reticence, not a report.)
            if speaks(at: j), j > k, [0x4E0D, 0x80FD, 0x597D, 0x6CD5, 0x4FBF, 0x6562].contains(c[j - 1]) { continue }
            if speaks(at: j) || Self.thirdPerson.contains(v) || Self.isQuestionParticle(v) { return false }
        }
        return !endsInQuestionMark(sentenceOf: term) && (quoted.isEmpty || !quoted[term])
    }

    /// Whether a question reported in unpunctuated speech (有些家人问能不能便宜点啊…) ends at a particle
    /// within a few words of its cue (啊 呀 哈 嘛 呢 吗), and the speaker then addresses the listener (你, 您)
    /// before `term`: the answer is the speaker's (…如果你要拿十件以上你就加一下我们那个绿色的软件). Speech
    /// written by a recogniser has no punctuation to end the question.
    func answeredAfterParticle(_ cue: Range<Int>, term: Int) -> Bool {
        let c = norm.compact
        guard cue.contains(where: { c[$0] == 0x95EE }), cue.upperBound < term else { return false }  // 问
        guard let k = (cue.upperBound..<min(term, cue.upperBound + 12)).first(where: {
            [0x554A, 0x5440, 0x54C8, 0x561B, 0x5462, 0x5417].contains(c[$0])  // 啊 呀 哈 嘛 呢 吗
        }) else { return false }
        return (k + 1..<term).contains { c[$0] == 0x4F60 || c[$0] == 0x60A8 } && (quoted.isEmpty || !quoted[term])
    }

    /// Whether a cue ending in 说 or 讲 is followed by 的 and a pointing word (主播说的那个地方, 他讲的这家店): what was
    /// said names a thing the speaker goes on to talk about, in their own voice; no words are reported. (说的是, 说的话,
    /// 说的都 still report them.)
    func namesWhatWasSaid(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        let k = cue.upperBound
        guard k >= 1, k + 1 < c.count, c[k - 1] == 0x8BF4 || c[k - 1] == 0x8BB2, c[k] == 0x7684 else { return false }  // 说 讲, 的
        return [0x90A3, 0x8FD9].contains(c[k + 1])  // 那 这
    }

    /// Whether a report cue of someone there (有人, 有买家, 有朋友) opens a condition closed by 的话 in its clause, with no
    /// verb of saying or asking between (有人要的话加我微信, 有买家需要的话…): whoever may want it, not anyone's words.
    func supposes(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        guard cue.count >= 2, c[cue.lowerBound] == 0x6709 else { return false }  // 有
        var k = cue.upperBound
        while k + 1 < c.count, k - cue.upperBound < 6, !norm.clauseBreak(between: cue.lowerBound, k + 1) {
            if Self.saysOrAsks.contains(c[k]) { return false }
            if c[k] == 0x7684, c[k + 1] == 0x8BDD { return true }  // 的话
            k += 1
        }
        return false
    }

    /// 说 讲 问 让 叫 发 私: a verb of saying, asking, telling or messaging after someone (有人说, 有人问, 有人私信).
    static let saysOrAsks: ScalarSet = [0x8BF4, 0x8BB2, 0x95EE, 0x8BA9, 0x53EB, 0x53D1, 0x79C1]

    /// Whether the cue is put as a case to come (下次有朋友要买房…, 如果有人问…, 以后有姐妹要的): 下次 以后 如果 要是 假如
    /// 万一 right before it in its clause. No one's words are reported; the speaker tells what to do then.
    static func supposed(_ norm: NormalizedText, cue: Range<Int>) -> Bool {
        let c = norm.compact
        let k = cue.lowerBound
        guard k >= 2, !norm.clauseBreak(between: k - 2, k) else { return false }
        return Self.cases.contains { w in k >= w.count && c[(k - w.count)..<k].elementsEqual(w) }
    }
    /// 下次 以后 如果 要是 假如 万一 下回: a case to come.
    static let cases: [[UInt32]] = ["下次", "以后", "如果", "要是", "假如", "万一", "下回"].map { $0.unicodeScalars.map(\.value) }

    /// Whether the cue's 说 is followed by 得 (他说得很清楚, 老板讲得很细): how someone speaks, told as a manner, not
    /// their words reported.
    static func saysHow(_ norm: NormalizedText, cue: Range<Int>) -> Bool {
        let c = norm.compact
        guard cue.upperBound < c.count, c[cue.upperBound] == 0x5F97 else { return false }  // 得
        return [0x8BF4, 0x8BB2].contains(c[cue.upperBound - 1])  // 说 讲
    }

    /// Whether a narration cue (前台说, 司机说) follows, in its clause and at most four characters back, a going or a
    /// turning to that person (来医院前台说…, 到前台说, 跟司机说): the reader is told what to say, no one is reported.
    static func toldToSay(_ norm: NormalizedText, cue: Range<Int>) -> Bool {
        let c = norm.compact
        var k = cue.lowerBound - 1
        while k >= 0, cue.lowerBound - k <= 4, !norm.clauseBreak(between: k, cue.lowerBound) {
            if [0x6765, 0x5230, 0x53BB, 0x8DDF].contains(c[k]) { return true }  // 来 到 去 跟
            k -= 1
        }
        return false
    }

    /// 遇到 碰到: a report cue of coming across someone. (Not 刷到: what was scrolled to is content, and
    /// the clauses after it may still tell of it.)
    func encounters(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        return cue.count == 2 && c[cue.upperBound - 1] == 0x5230 && [0x9047, 0x78B0].contains(c[cue.lowerBound])  // 遇 碰 + 到
    }

    /// Whether a report's cue (ending at compact position `from`) introduces a message the speaker
    /// passes on to the audience (老板让我通知一下, 朋友让我告诉大家, 客服让我转告您): 告诉 通知 转告 转达, 我
    /// before it, and 大家 你们 各位 一下 您 or 你 after it; or what was said, for the audience to note down
    /// (主播说的大家记一下：…). What follows is the speaker's to say.
    func relays(after from: Int) -> Bool {
        let c = norm.compact
        var k = from
        // What was said, for the audience to note down (主播说的大家记一下：…), in a part that warns of nothing.
        if !discusses, k < c.count, c[k] == 0x7684, word(at: k + 1, from: Self.noteDown) != nil { return true }  // 的
        if k < c.count, c[k] == 0x6211 { k += 1 }  // 我
        guard k + 3 < c.count else { return false }
        let verb = (c[k], c[k + 1])
        guard verb == (0x544A, 0x8BC9) || verb == (0x901A, 0x77E5) || verb == (0x8F6C, 0x544A) || verb == (0x8F6C, 0x8FBE) else { return false }
        let next = (c[k + 2], c[k + 3])
        return next == (0x5927, 0x5BB6) || next == (0x4F60, 0x4EEC) || next == (0x5404, 0x4F4D) || next == (0x4E00, 0x4E0B)
            || c[k + 2] == 0x60A8 || c[k + 2] == 0x4F60  // 您 你
    }

    /// 大家记一下 大家记好 大家记住 大家记下 都记一下 记一下: the audience told to note something down.
    static let noteDown = WordTable(["大家记一下", "大家记好", "大家记住", "大家记下", "都记一下", "记一下"].map { $0.unicodeScalars.map(\.value) })

    /// Whether the clause after the one holding compact position `term`, in its sentence, opens with a
    /// yes (可以, 行, 没问题, 当然, 是的, 有的, 欢迎, 没错): the speaker grants what was reported as asked
    /// (有人问能不能私下交易，可以的，私聊), also in the next sentence when that one was a question.
    func affirmed(after term: Int, sentence: Int32) -> Bool {
        let c = norm.compact
        let k = norm.clauseEnd(from: term, norm.clause[term])
        // …or the next sentence, when the reported one was a question (有人问企鹅？有的有的，…): asked, then answered.
        guard k + 1 < c.count, norm.sentence[k] == sentence || norm.sentence[k] == sentence + 1 && endsInQuestionMark(sentenceOf: term)
        else { return false }
        return opensWithYes(k)
    }

    /// Whether the question holding compact position `term` is answered by granting it in the next sentence:
    /// 能的, 可以 or 行 (不能私下交易？能的，…). (是的 or 没错 would confirm a negated question, not grant it.)
    func granted(after term: Int) -> Bool {
        answer(toQuestionAt: term).map(opensWithGrant) ?? false || grantedOnCondition(after: term)
    }

    /// Whether a later clause of the sentence holding compact `term` opens on a wish held to (真要的话, 实在想要的话) and
    /// sends the reader to the speaker (私我, 找我, 联系我): the thing advised against, granted to whoever insists
    /// (不建议私下交易，真要的话私我).
    func grantedOnCondition(after term: Int) -> Bool {
        let c = norm.compact
        var k = term + 1
        while k < c.count, norm.sentence[k] == norm.sentence[term] {
            defer { k += 1 }
            guard norm.clauseBreak(between: k - 1, k), let wish = word(at: k, from: Self.insistedWishes) else { continue }
            var j = k + wish.count
            while j < c.count, norm.clause[j] == norm.clause[k] || j == k + wish.count {
                if word(at: j, from: Self.toSpeakerWords) != nil { return true }
                j += 1
            }
        }
        return false
    }

    /// 真要的话 非要的话 实在要的话 实在想要的话 一定要的话 真想要的话 真需要的话 硬要的话: a wish held to.
    static let insistedWishes = WordTable(["真要的话", "非要的话", "实在要的话", "实在想要的话", "一定要的话", "真想要的话", "真需要的话", "硬要的话"]
        .map { $0.unicodeScalars.map(\.value) })
    /// 私我 私信我 私聊我 找我 联系我 加我 滴滴我 戳我: the reader sent to the speaker.
    static let toSpeakerWords = WordTable(["私我", "私信我", "私聊我", "找我", "联系我", "加我", "滴滴我", "戳我"].map { $0.unicodeScalars.map(\.value) })

    /// Whether the question holding compact position `term` ends in a question mark and the next sentence
    /// opens with a yes (可以, 是的, 有的 …): asked and answered by one writer, which offers what was asked.
    func answeredAtOnce(_ term: Int) -> Bool {
        answer(toQuestionAt: term).map(opensWithYes) ?? false
    }

    /// Where the sentence after the one holding compact position `term` starts, when that one ends in a
    /// question mark: where its answer would open.
    func answer(toQuestionAt term: Int) -> Int? {
        guard endsInQuestionMark(sentenceOf: term) else { return nil }
        var k = term
        while k < norm.compact.count, norm.sentence[k] == norm.sentence[term] { k += 1 }
        return k
    }

    /// Whether compact position `k` opens with 能的, 可以 or 行: a request granted. (可以的话 / 可以吗 is a condition
    /// or a question, not a yes.)
    func opensWithGrant(_ k: Int) -> Bool {
        let c = norm.compact
        guard k + 1 < c.count else { return false }
        let pair = (c[k], c[k + 1])
        if pair == (0x53EF, 0x4EE5), k + 2 < c.count, c[k + 2] == 0x5417 || (c[k + 2] == 0x7684 && k + 3 < c.count && c[k + 3] == 0x8BDD) { return false }
        return pair == (0x80FD, 0x7684) || pair == (0x53EF, 0x4EE5) || c[k] == 0x884C
    }

    /// Whether a clause after the report's own one, opening after compact position `from` and at or
    /// before the words at `term`, opens with a yes (有老铁问有没有群，有的有的，扣扣群 …): the question was
    /// reported, the answer and what follows it are the speaker's.
    func answeredYes(after from: Int, before term: Int) -> Bool {
        guard from < term else { return false }
        let c = norm.compact
        // (A space that parts phrases in unpunctuated speech — 有人问抖音上有没有 有的 … — ends the question too.)
        let unit = phrases.isEmpty ? norm.clause : phrases
        var k = from + 1
        while k <= term {
            // (A lone yes between commas — 有人问能不能转账，能，转我 — may share a clause with its neighbours: its separator
            // opens it.)
            if unit[k] != unit[k - 1] || !norm.separators(before: k).isEmpty, opensWithYes(k) {
                let next: UInt32 = k + 1 < c.count && unit[k + 1] == unit[k] ? c[k + 1] : 0
                let third: UInt32 = k + 2 < c.count && unit[k + 2] == unit[k] ? c[k + 2] : 0
                // Not 行 opening a word (行业, 行李) nor 有的 as "some" (有的人, 有的时候).
                let word = c[k] == 0x884C && next != 0 && ![0x7684, 0x554A, 0x5427, 0x5440, 0x54E6, 0x884C].contains(next)
                let some = (c[k], next) == (0x6709, 0x7684) && [0x4EBA, 0x65F6, 0x662F, 0x5730].contains(third)
                if !word && !some { return true }
            }
            k += 1
        }
        return false
    }

    /// Whether compact position `k` opens a yes: 可以, 能的, 行, 没问题, 当然, 是的, 有的, 欢迎, 没错 (not 可以吗, 可以的话).
    func opensWithYes(_ k: Int) -> Bool {
        let c = norm.compact
        guard k + 1 < c.count else { return false }
        let pair = (c[k], c[k + 1])
        return opensWithGrant(k) || pair == (0x6CA1, 0x95EE) || pair == (0x5F53, 0x7136) || pair == (0x662F, 0x7684)
            || pair == (0x6709, 0x7684) || pair == (0x6B22, 0x8FCE) || pair == (0x6CA1, 0x9519) || shortYes(k)
    }

    /// Whether the clause opening at compact position `k` is a short yes of its own: 能 or 有 alone (能，转我就发), or at
    /// most three characters of condition then 可以 or 能 ending it (同城可以, 本地能).
    func shortYes(_ k: Int) -> Bool {
        let c = norm.compact
        // (A lone character before a comma may share its clause with what follows — 私，私聊我 — so 能 or 有 is read by
        // the separator after it.)
        if c[k] == 0x80FD || c[k] == 0x6709, k + 1 < c.count, !norm.separators(before: k + 1).isEmpty { return true }  // 能 有
        let clause = norm.clause[k]
        let end = norm.clauseEnd(from: k, clause)
        let n = end - k
        guard n >= 2, n <= 5 else { return false }
        if c[end - 2] == 0x53EF && c[end - 1] == 0x4EE5 { return n < 3 || c[end - 3] != 0x4E0D }  // 可以, not 不可以
        return n <= 4 && c[end - 1] == 0x80FD && c[end - 2] != 0x4E0D  // 能, not 不能
    }

    /// Whether the words right before compact position `k` are the speaker's own possessor: 我, 我们,
    /// 咱们 (我们的账号).
    func ownedBySpeaker(_ k: Int) -> Bool {
        let c = norm.compact
        guard k >= 1 else { return false }
        if c[k - 1] == 0x6211 { return true }  // 我
        return k >= 2 && c[k - 1] == 0x4EEC && (c[k - 2] == 0x6211 || c[k - 2] == 0x54B1)  // 我们 咱们
    }

    /// 说 讲 问 道 称 着 让 叫: verbs that introduce someone's words.
    static let speech: ScalarSet = [0x8BF4, 0x8BB2, 0x95EE, 0x9053, 0x79F0, 0x7740, 0x8BA9, 0x53EB]
    /// 说 问 答 笑 叹 写 回 骂 喊 叫 哭: the verbs 道 follows when it introduces speech (说道, 问道, 写道).
    static let beforeSpeechDao: ScalarSet = [0x8BF4, 0x95EE, 0x7B54, 0x7B11, 0x53F9, 0x5199, 0x56DE, 0x9A82, 0x558A, 0x53EB, 0x54ED]

    /// Whether compact position `k` holds a speech verb. 道 is one only after a verb of saying (说道, 问道, 写道);
    /// elsewhere it ends an ordinary word (渠道, 知道, 味道, 频道), which introduces no one's words.
    func speaks(at k: Int) -> Bool {
        let c = norm.compact
        guard k >= 0, k < c.count, Self.speech.contains(c[k]) else { return false }
        if c[k] == 0x9053 { return k > 0 && !norm.gapBefore[k] && Self.beforeSpeechDao.contains(c[k - 1]) }
        return true
    }
    /// 他 她 它: a third person.
    static let thirdPerson: ScalarSet = [0x4ED6, 0x5979, 0x5B83]

    /// Whether the words from compact `start` to `end` ask the reader for something of theirs, for the speaker
    /// (告诉我您的vx, 发我一下你的微信): 我 receiving, then 您 or 你 within a few characters. A request the speaker makes
    /// of the reader is theirs whatever a warning around it says; not when a speech verb or a causative in the clause
    /// introduced it (有人让我告诉他你的微信), nor when it is quoted.
    func asksReader(from start: Int, to end: Int) -> Bool {
        let c = norm.compact
        guard start >= 0, start < end, end <= c.count,
              let me = (start..<end).first(where: { c[$0] == 0x6211 }),  // 我
              (me + 1..<min(end, me + 5)).contains(where: { c[$0] == 0x60A8 || c[$0] == 0x4F60 }),  // 您 你
              quoted.isEmpty || !quoted[me] else { return false }
        var k = me - 1
        while k >= 0, norm.clause[k] == norm.clause[me] {
            if speaks(at: k) { return false }
            k -= 1
        }
        return true
    }

    /// Whether a candidate is invited to the speaker (私我要联系方式, 戳我主页看联系方式): an invitation
    /// with 我 right after it, a few characters before the term in its clause or ending the words
    /// themselves at compact position `end` (扫码加我), outside quotation marks.
    /// Whether a third party (卖家, 客服, 对方, 他 …) stands as the subject right before compact `k`, in its clause, with at
    /// most two adverbs between (卖家私下加我, 客服又主动加我, 他居然加我).
    func thirdPartyActs(before k: Int) -> Bool {
        guard k > 0, k < norm.compact.count else { return false }
        // (A word ending at `j` and starting in the clause of `k`.)
        func word(endingAt j: Int, from table: WordTable) -> [UInt32]? {
            norm.word(endingAt: j, from: table).flatMap { norm.clause[j - $0.count] == norm.clause[k] ? $0 : nil }
        }
        var j = k
        for _ in 0..<2 {
            if let a = word(endingAt: j, from: Self.actingAdverbs) { j -= a.count } else { break }
        }
        return word(endingAt: j, from: Self.thirdParties) != nil
    }

    /// 卖家 商家 店家 店主 客服 主播 老板 掌柜 对方 人家 骗子 他 她 (他们, 她们 end in 们 and are read as 他 她 before it).
    static let thirdParties = WordTable(["卖家", "商家", "店家", "店主", "客服", "主播", "老板", "掌柜", "对方", "人家", "骗子", "他们", "她们", "他", "她"]
        .map { $0.unicodeScalars.map(\.value) })
    /// 私下 直接 主动 偷偷 居然 竟然 非要 一直 老是 又 还 就 也 都 总: how a third party did it.
    static let actingAdverbs = WordTable(["私下", "直接", "主动", "偷偷", "居然", "竟然", "非要", "一直", "老是", "又", "还", "就", "也", "都", "总"]
        .map { $0.unicodeScalars.map(\.value) })

    func invitesToSpeaker(_ c: PartScan.Candidate, end: Int) -> Bool {
        guard let term = c.termStart, term < norm.compact.count else { return false }
        for i in ctx.indices(.invite) where ctx.entries[i].kind == .invite {
            let r = ctx.entries[i].range
            // …or right after the words (来蓝色软件找我, 企鹅私我): the channel is where to reach the speaker.
            let after = r.lowerBound >= end && r.lowerBound - end <= 1 && norm.clause[r.lowerBound] == norm.clause[term]
            guard r.upperBound < term || r.upperBound == end || after, r.upperBound < norm.compact.count, r.upperBound <= term + 8 || after,
                  term - min(term, r.upperBound) <= 6, norm.clause[r.lowerBound] == norm.clause[term],
                  norm.compact[r.upperBound] == 0x6211 || sentByTheSpeaker(r),
                  // 我, not 我们: following "us" is following the shop where it sells (扫码关注我们).
                  r.upperBound + 1 >= norm.compact.count || norm.compact[r.upperBound + 1] != 0x4EEC else { continue }
            // …in the speaker's own words, not ones a speech verb in the clause introduced (朋友问能不能加我微信).
            var k = r.lowerBound - 1
            var spoken = false
            while k >= 0, norm.clause[k] == norm.clause[term] {
                if speaks(at: k) { spoken = true; break }
                k -= 1
            }
            // …nor the deed of someone a report cue names right before it (有人私聊我说要面交: someone messaged the
            // speaker; the speaker invites no one).
            if ctx.contains(.report, where: { $0.upperBound <= r.lowerBound && r.lowerBound - $0.upperBound <= 2
                                                && norm.clause[$0.lowerBound] == norm.clause[r.lowerBound] }) { spoken = true }
            // …nor that of a third party named as its subject (卖家私下加我微信让我删差评: the seller added the speaker).
            if !spoken, thirdPartyActs(before: r.lowerBound) { spoken = true }
            if !spoken, quoted.isEmpty || !quoted[r.lowerBound] { return true }
        }
        return false
    }

    /// Whether the words of a candidate from compact position `at` (its invitation) through `term` to
    /// `end` are the speaker stating their own practice, in a text that warns or complains: in the term's
    /// clause, 我 / 我们 / 咱们 / 本店 as subject, then a word of habit or offer (可以 能 都 直接 还是 就 一般
    /// 支持) before the term (很多人怕被骗，我们可以走闲鱼担保; 为了防骗，大额的我们都是线下交易), with no
    /// passive, causative, speech verb or negation between (我们被骗去线下交易 stays a story) and no question; or an
    /// invitation to the speaker's own place (直接来我们仓库挑).
    func speaksAsSelf(at: Int, term: Int, end: Int) -> Bool {
        let c = norm.compact
        guard term < c.count, quoted.isEmpty || !quoted[term] else { return false }
        let clause = norm.clause[term]
        // A question asks, it states nothing.
        if clauseAsks(term) { return false }
        // 来 / 到 / 去 + 我们 / 我 inside the words: the speaker's own place.
        if at < end {
            for k in at..<min(end, c.count - 1) where [0x6765, 0x5230, 0x53BB].contains(c[k]) && c[k + 1] == 0x6211 { return true }
        }
        var k = term - 1
        var subject: Int?
        while k >= 0, norm.clause[k] == clause {
            let v = c[k]
            if v == 0x6211 || v == 0x54B1 && k + 1 < c.count && c[k + 1] == 0x4EEC || v == 0x672C && k + 1 < c.count && c[k + 1] == 0x5E97 {
                // As subject, not object: no verb acting on the speaker right before (让我, 骗我, 给我, 加我, 问我, 找我).
                let before: UInt32 = k > 0 && norm.clause[k - 1] == clause ? c[k - 1] : 0
                if ![0x8BA9, 0x53EB, 0x9A97, 0x7ED9, 0x52A0, 0x95EE, 0x627E, 0x88AB, 0x8DDF, 0x5E2E, 0x66FF, 0x548C].contains(before) { subject = k }
                break
            }
            k -= 1
        }
        guard let s = subject else { return false }
        var offer = false
        var m = s + 1
        while m < term {
            let v = c[m]
            // 被 让 叫 说 问 骗: a story or someone else's words; 不 没 别 无 勿 非: a refusal (本店不支持任何形式的私下交易).
            if [0x88AB, 0x8BA9, 0x53EB, 0x8BF4, 0x95EE, 0x9A97, 0x4E0D, 0x6CA1, 0x522B, 0x65E0, 0x52FF, 0x975E].contains(v) { return false }
            let next: UInt32 = m + 1 < c.count ? c[m + 1] : 0
            if (v == 0x53EF && next == 0x4EE5) || v == 0x80FD || v == 0x90FD || (v == 0x76F4 && next == 0x63A5) || (v == 0x8FD8 && next == 0x662F)
                || v == 0x5C31 || (v == 0x4E00 && next == 0x822C) || (v == 0x652F && next == 0x6301) { offer = true }
            m += 1
        }
        return offer
    }

    /// Whether the clause holding compact `term` asks: a question particle from `term` to the clause's end, or a question
    /// mark ending its sentence (`speaksAsSelf`, `ownedInWarning`: a question states nothing).
    func clauseAsks(_ term: Int) -> Bool {
        let c = norm.compact
        let clause = norm.clause[term]
        var q = term
        while q < c.count, norm.clause[q] == clause { if Self.isQuestionParticle(c[q]) { return true }; q += 1 }
        return endsInQuestionMark(sentenceOf: term)
    }

    /// Whether the words ending at compact `term` are the speaker's own in a text that warns: advice the speaker gives
    /// (为防诈骗，贵重商品建议到店当面交易), the speaker's one official channel claimed (认准唯一客服微信 …, 本店官方福利群只有
    /// 一个), or the speaker reaching the reader on it (有问题私我，我加你微信). In the term's clause, before it, with no
    /// negation, third person or speech verb between, and no question.
    /// (Another marketplace is named as the brand's one official channel in honest notices too — 天猫旗舰店是唯一官方渠道 —
    /// so for `platform` only advice counts.)
    func ownedInWarning(at: Int, term: Int, platform: Bool = false) -> Bool {
        let c = norm.compact
        guard term < c.count, quoted.isEmpty || !quoted[term] else { return false }
        let clause = norm.clause[term]
        let start = norm.clauseStart(from: min(at, term), clause)
        if clauseAsks(term) { return false }
        // The speaker reaching the reader: 我 + 加 拉 发 带 + 你 您 right before the term (我加你微信).
        if term - start >= 3, c[term - 3] == 0x6211, [0x52A0, 0x62C9, 0x53D1, 0x5E26].contains(c[term - 2]), c[term - 1] == 0x4F60 || c[term - 1] == 0x60A8 {
            return true
        }
        let claims = platform ? Self.advice : Self.ownClaims
        guard (start..<term).contains(where: { word(at: $0, from: claims) != nil }) else { return false }
        // Nothing between that denies, tells of someone else or reports (认准平台，不加微信; 他说他是唯一官方微信), or names the
        // platform's own store as the channel (天猫旗舰店是唯一官方线上渠道).
        for k in start..<term {
            if word(at: k, from: Self.storeWords) != nil { return false }
            let v = c[k]
            if [0x4E0D, 0x6CA1, 0x522B, 0x65E0, 0x52FF, 0x975E, 0x4ED6, 0x5979, 0x8BF4].contains(v) { return false }  // 不 没 别 无 勿 非 他 她 说
            if word(at: k, from: Self.othersClaiming) != nil { return false }
        }
        return true
    }

    /// 建议 推荐 最好: advice the speaker gives.
    static let advice = WordTable(["建议", "推荐", "最好"].map { $0.unicodeScalars.map(\.value) })
    /// Advice, or 认准 唯一 只有一个 官方 (the one official channel), or 本人 (the speaker in person: 有人冒充我，我本人的v只有 …):
    /// the speaker's own, in a warning.
    static let ownClaims = WordTable(advice.words + ["认准", "唯一", "只有一个", "官方", "本人"].map { $0.unicodeScalars.map(\.value) })
    /// 平台 线上 旗舰店 店铺: a store on a platform named as the channel.
    static let storeWords = WordTable(["平台", "线上", "旗舰店", "店铺"].map { $0.unicodeScalars.map(\.value) })
    /// 冒充 假冒 骗子 对方 有人 自称: a claim made by someone else.
    static let othersClaiming = WordTable(["冒充", "假冒", "骗子", "对方", "有人", "自称"].map { $0.unicodeScalars.map(\.value) })

    /// Whether a report's cue ends its clause with a particle (店名写着呢，…; 有人问了，…): nothing is
    /// reported after it, and a later clause (the one holding compact position `term`) is the speaker's.
    func closedByParticle(_ cue: Range<Int>, before term: Int) -> Bool {
        let c = norm.compact
        let k = cue.upperBound
        guard k < c.count, [0x5462, 0x4E86, 0x554A, 0x54E6, 0x5440, 0x561B].contains(c[k]) else { return false }  // 呢 了 啊 哦 呀 嘛
        return k + 1 <= term && norm.clauseBreak(between: k, k + 1) && norm.clause[term] != norm.clause[k]
    }

    /// Whether a report is closed at once by the speaker agreeing with it (主播说的没错，…; 客服说得对，…): what
    /// follows in a later clause is the speaker's own claim.
    /// 没错 对 是真的 没毛病 不错 (built once: asked of every report a candidate sits in).
    static let agreement = WordTable([[0x6CA1, 0x9519], [0x5BF9], [0x662F, 0x771F, 0x7684], [0x6CA1, 0x6BDB, 0x75C5], [0x4E0D, 0x9519]])

    func endorsed(_ cue: Range<Int>, before term: Int) -> Bool {
        let c = norm.compact
        var k = cue.upperBound
        guard k < c.count, c[k] == 0x7684 || c[k] == 0x5F97 else { return false }  // 的 得
        k += 1
        guard let word = word(at: k, from: Self.agreement) else { return false }
        let end = k + word.count
        return end <= term && norm.clause[term] != norm.clause[end - 1]
    }

    /// Whether a causative cue ending on the listener (让您, 叫你) has, in its clause before compact position `term`,
    /// a verb whose object is the speaker (让您家孩子加一下我微信, 让你朋友联系我): the speaker asks the listener, through
    /// whoever the listener brings, to reach the speaker — a request of their own, no one's words reported.
    /// (我 then 们 is the shop, not the speaker alone; a verb of speech between reports again.)
    func asksThroughListener(_ cue: Range<Int>, before term: Int) -> Bool {
        let c = norm.compact
        guard cue.count >= 2, c[cue.upperBound - 1] == 0x60A8 || c[cue.upperBound - 1] == 0x4F60,  // 您 你
              [0x8BA9, 0x53EB].contains(c[cue.upperBound - 2]) else { return false }  // 让 叫
        var k = cue.upperBound
        while k + 1 < min(term, c.count), norm.clause[k] == norm.clause[cue.lowerBound], k - cue.upperBound < 10 {
            if speaks(at: k) { return false }
            if PartScan.takesMe.contains(c[k]) {
                var j = k + 1
                // 加一下我, 加下我
                if j + 1 < c.count, c[j] == 0x4E00, c[j + 1] == 0x4E0B { j += 2 } else if j < c.count, c[j] == 0x4E0B { j += 1 }
                if j < c.count, c[j] == 0x6211, j + 1 >= c.count || c[j + 1] != 0x4EEC { return true }  // 我, not 我们
            }
            k += 1
        }
        return false
    }

    /// Whether a report's cue is someone coming across the speaker (刷到我的宝子们, 看到我的朋友), or what is written
    /// or printed somewhere is the speaker's own (车门上印着我电话, 餐盒上贴着我的号): the speaker is what was seen or
    /// shown, and what follows is theirs to say.
    func seesTheSpeaker(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        return cue.upperBound < c.count && (c[cue.upperBound - 1] == 0x5230 || c[cue.upperBound - 1] == 0x7740)  // …到 …着
            && c[cue.upperBound] == 0x6211  // 我
    }

    /// Whether a report's cue of writing (写着 印着 挂着) follows, in its clause, the speaker's own profile or picture
    /// (主页 背景图 头像 简介 签名 置顶 封面), no third person between (主页背景图上写着企鹅号): what is written there is
    /// the speaker's. (他主页上写着… stays reported.)
    func onOwnProfile(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        guard cue.count == 2, c[cue.upperBound - 1] == 0x7740, [0x5199, 0x5370, 0x6302].contains(c[cue.lowerBound]) else { return false }  // 写 印 挂 …着
        var start = norm.clauseStart(from: cue.lowerBound, norm.clause[cue.lowerBound])
        // (A clause opening on 上面 里面 背面 — 看我主页背景图，上面写着… — points back at the clause before, in its sentence.)
        if start >= 1, start + 2 <= cue.lowerBound, [0x4E0A, 0x91CC, 0x80CC].contains(c[start]), c[start + 1] == 0x9762,
           norm.sentence[start - 1] == norm.sentence[start] {
            start = norm.clauseStart(from: start - 1, norm.clause[start - 1])
        }
        let before = start..<cue.lowerBound
        return !before.contains { Self.thirdPerson.contains(c[$0]) } && before.contains { word(at: $0, from: Self.ownProfile) != nil }
    }

    /// 主页 背景图 头像 简介 签名 置顶 封面: where a speaker's own profile shows something.
    static let ownProfile = WordTable(["主页", "背景图", "头像", "简介", "签名", "置顶", "封面"].map { $0.unicodeScalars.map(\.value) })

    /// Whether a report's cue is someone doing something, not saying it (车队群里天天有人出号: 有人 with no speech verb and
    /// no 我 after it in its phrase), and the term's own later phrase opens on an invitation (进群扣门派, 加我, 私我, 扫码,
    /// 去那边搜),
    /// or on whoever wants one (想进群私我): the speaker describes the place, then invites in their own voice.
    func describesOthersThenInvites(_ cue: Range<Int>, term: Int) -> Bool {
        let c = norm.compact
        let unit = phrases
        guard cue.count == 2, c[cue.lowerBound] == 0x6709, c[cue.lowerBound + 1] == 0x4EBA,  // 有人
              term < c.count, unit[term] != unit[cue.lowerBound], quoted.isEmpty || !quoted[term] else { return false }
        var k = cue.upperBound
        while k < c.count, unit[k] == unit[cue.lowerBound] {
            if speaks(at: k) || c[k] == 0x6211 { return false }  // 我
            k += 1
        }
        var start = term
        while start > 0, unit[start - 1] == unit[term] { start -= 1 }
        // (…or on whoever wants to: 想 or 要 first — 想进群私我, 要加的扫码.)
        if start + 1 < c.count, c[start] == 0x60F3 || c[start] == 0x8981, unit[start + 1] == unit[term] { start += 1 }  // 想 要
        return start > cue.upperBound && [0x8FDB, 0x52A0, 0x79C1, 0x626B, 0x53BB, 0x641C].contains(c[start])  // 进 加 私 扫 去 搜
    }

    /// Whether a report's cue says where something is shown (印着 贴着 写着 挂着 刻着 标着: 包装纸上印着微信) and a
    /// later clause of its sentence, after the cue's own, puts it to the reader's use (回购直接加, 玩完可以加: `forUse`): the speaker points
    /// at their own contact. Not when that clause is told as done (我直接加了, 直接打过), nor denied or warned of (别直接加).
    func shownForUse(_ cue: Range<Int>) -> Bool {
        let c = norm.compact
        guard cue.count >= 2, c[cue.upperBound - 1] == 0x7740,  // …着
              [0x5370, 0x8D34, 0x5199, 0x6302, 0x523B, 0x6807].contains(c[cue.upperBound - 2]) else { return false }  // 印 贴 写 挂 刻 标
        // (From the clause after the cue's: what is shown and its use may both lie inside the words — 印着订货电话，吃好了直接打.)
        var k = norm.clauseEnd(from: cue.upperBound - 1, norm.clause[cue.upperBound - 1])
        while k < c.count, !norm.sentenceBreak(between: cue.upperBound - 1, k) {
            let stop = norm.clauseEnd(from: k, norm.clause[k])
            let clause = k..<stop
            if !warns(clause), clause.contains(where: { j in
                j + 2 < stop && word(at: j, from: Self.forUse) != nil  // 直接 可以 记得 欢迎
                    && [0x52A0, 0x6253, 0x626B, 0x8054].contains(c[j + 2])  // 加 打 扫 联
                    && (j == clause.lowerBound || c[j - 1] != 0x6211)  // not 我直接加
                    && (j + 3 >= stop || c[j + 3] != 0x4E86 && c[j + 3] != 0x8FC7)  // not …了 …过
            }) { return true }
            k = stop
        }
        return false
    }

    /// 直接 可以 记得 欢迎: before 加 打 扫 联系, the reader told to use what is shown (回购直接加, 玩完可以加).
    static let forUse = WordTable(["直接", "可以", "记得", "欢迎"].map { $0.unicodeScalars.map(\.value) })

    /// Where the part's last retraction starts, when it has one and a negation.
    let lastRetraction: Int?

    /// Whether a retraction follows compact position `at` in the part.
    func retracted(after at: Int) -> Bool {
        lastRetraction.map { $0 > at } ?? false
    }

    /// Where the last retraction starts: 其实有 其实可以 其实能 其实是有 (not 其实有人, 其实有些: someone
    /// else), or a joke owned (开玩笑, not 不是开玩笑; 逗你).
    static func lastRetraction(_ norm: NormalizedText) -> Int? {
        let c = norm.compact
        var last: Int?
        var k = 0
        while k + 1 < c.count {
            defer { k += 1 }
            if c[k] == 0x5176 && c[k + 1] == 0x5B9E, k + 2 < c.count {  // 其实 + 有 / 可 / 能 / 是有
                let n = c[k + 2]
                let after: UInt32 = k + 3 < c.count ? c[k + 3] : 0
                if n == 0x6709 && after != 0x4EBA && after != 0x4E9B || n == 0x53EF || n == 0x80FD
                    || (n == 0x662F && after == 0x6709) { last = k }
            }
            if ownsJoke(c, at: k, notBefore: 0) { last = k }
            if c[k] == 0x9017 && (c[k + 1] == 0x4F60 || c[k + 1] == 0x60A8) { last = k }  // 逗你 逗您
            // A wink at a way round (我们不私下交易的哈（懂的私）): 懂的 or 懂得, not denied, then 私 来 加 找.
            if c[k] == 0x61C2, c[k + 1] == 0x7684 || c[k + 1] == 0x5F97, k + 2 < c.count, [0x79C1, 0x6765, 0x52A0, 0x627E].contains(c[k + 2]),
               k == 0 || c[k - 1] != 0x4E0D && c[k - 1] != 0x6CA1 { last = k }  // 不 没
            // What the buyer gets from the speaker anyway (平台不让加微信，但是老顾客可以私我要), or gets for doing it
            // (千万别加我微信哦，加了就给你便宜).
            // (私我要 and its kind only after a contrast — 但 不过 可是 — within eight characters: 不加微信，有事私我要发票
            // asks for an invoice here.)
            if c[k] == 0x52A0 || c[k] == 0x79C1 || c[k] == 0x627E, let w = norm.word(at: k, from: obtainedAnyway)?.count,  // 加 私 找
               c[k] == 0x52A0 || contrastBefore(c, k) {
                last = k
                k += w - 1
            }
        }
        return last
    }

    /// Words by which the buyer gets it from the speaker anyway, after a refusal: 私我要 私信我要 找我要 私我拿 找我拿,
    /// 加了就 加了给 加了有.
    static let obtainedAnyway = WordTable(["私我要", "私信我要", "私聊我要", "找我要", "私我拿", "找我拿", "加了就", "加了给", "加了有"]
        .map { $0.unicodeScalars.map(\.value) })

    /// Whether 但, 不过 or 可是 stands within the eight characters before `k` in `c`.
    static func contrastBefore(_ c: [UInt32], _ k: Int) -> Bool {
        for j in max(0, k - 8)..<k {
            let v = c[j]
            if v == 0x4F46 { return true }  // 但
            let prev: UInt32 = j > 0 ? c[j - 1] : 0
            if v == 0x8FC7 && prev == 0x4E0D { return true }  // 不过
            if v == 0x662F && prev == 0x53EF { return true }  // 可是
        }
        return false
    }

    /// Whether invitation `r` is the speaker sending or bringing something to the listener: 我 right
    /// before 发 给 拉 推 (我发你闲鱼链接, 我拉你进群).
    private func sentByTheSpeaker(_ r: Range<Int>) -> Bool {
        let c = norm.compact
        return r.lowerBound > 0 && c[r.lowerBound - 1] == 0x6211 && [0x53D1, 0x7ED9, 0x62C9, 0x63A8].contains(c[r.lowerBound])
    }

    /// A negation (or a refusal: 不行, 不可以) after the words ending at compact position `end` that closes their clause: only the
    /// rest of a trigger (私下|交易), the speaker as subject and adverbs stand between (我们 本店 是 都 也 一律 绝对), only particles after it
    /// (的 哦 哈 啊 呢 了 哟). 私下交易不用担心 is no refusal: 担心 follows the negation.
    func refusedAfter(end: Int) -> Range<Int>? {
        let c = norm.compact
        guard end > 0, end < c.count else { return nil }
        // (Words ending on this place — …私聊，平台上没有 — leave the negation to tell what the place lacks.)
        if norm.word(endingAt: end, from: Self.herePlaces) != nil { return nil }
        let clause = norm.clause[end - 1]
        // Whether a turn-down at `r` closes the words' clause: it starts within six characters after them with only the
        // speaker, adverbs or the rest of a trigger between, and only particles follow it — after a negation, a verb of
        // handing over or doing, or a gain denied, may come first.
        func closesClause(_ r: Range<Int>, verbOrGainAfter: Bool) -> Bool {
            guard r.lowerBound >= end, r.lowerBound - end <= 6, norm.clause[r.lowerBound] == clause,
                  (end..<r.lowerBound).allSatisfy({ k in Self.subjectAndAdverbs.contains(c[k]) || words.contains { $0.contains(k) } }) else { return false }
            var k = r.upperBound
            if verbOrGainAfter {
                // A verb of handing over may follow the negation (我的微信不方便发, 电话不能给).
                if k < c.count, norm.clause[k] == clause, Self.handing.contains(c[k]) || Self.doing.contains(c[k]) { k += 1 }
                // …or a gain denied (私下也不会更便宜, 线下没有优惠): the road said to bring nothing.
                else if let gain = gainDenied(at: k, clause: clause) { k = gain }
            }
            while k < c.count, norm.clause[k] == clause, Self.particles.contains(c[k]) { k += 1 }
            return k >= c.count || norm.clause[k] != clause
        }
        for i in ctx.indices(.negation) where ctx.entries[i].kind == .negation && closesClause(ctx.entries[i].range, verbOrGainAfter: true) {
            return ctx.entries[i].range
        }
        // …or a refusal that is no negation before a trigger closing the clause (私下不行，请在平台拍下; 加微信是不可以的):
        // 不行 before words would be a condition (不行的话加我微信), after them it turns them down.
        for i in ctx.indices(.refusal) where ctx.entries[i].kind == .refusal && closesClause(ctx.entries[i].range, verbOrGainAfter: false) {
            return ctx.entries[i].range
        }
        return nil
    }

    /// 平台上 平台 这里 这边: the place the words are set against.
    static let herePlaces = WordTable(["平台上", "平台", "这里", "这边"].map { $0.unicodeScalars.map(\.value) })

    /// Where a gain named at compact position `k` ends: 更 or 再 may open it (更便宜, 再优惠), then
    /// 便宜 优惠 划算 实惠 or 低; nil when none is there.
    func gainDenied(at k: Int, clause: Int32) -> Int? {
        let c = norm.compact
        var i = k
        if i < c.count, norm.clause[i] == clause, c[i] == 0x66F4 || c[i] == 0x518D { i += 1 }
        guard let word = word(at: i, from: Self.gains) else { return nil }
        return norm.clause[i + word.count - 1] == clause ? i + word.count : nil
    }

    /// The first word of `table` written at compact position `k`, if any.
    func word(at k: Int, from table: WordTable) -> [UInt32]? { norm.word(at: k, from: table) }

    /// 便宜 优惠 划算 实惠 低: what a road off the platform is said to bring.
    static let gains = WordTable(["便宜", "优惠", "划算", "实惠", "低"].map { $0.unicodeScalars.map(\.value) })

    /// 我 们 本 店 是 都 也 一 律 绝 对 概 这 边 里: the speaker as subject (我们这边, 本店这里), and adverbs,
    /// between a topic and its refusal.
    static let subjectAndAdverbs: ScalarSet = [0x6211, 0x4EEC, 0x672C, 0x5E97, 0x662F, 0x90FD, 0x4E5F, 0x4E00, 0x5F8B, 0x7EDD, 0x5BF9, 0x6982,
                                                 0x8FD9, 0x8FB9, 0x91CC]
    /// 发 给 留 说 加 透 露: verbs of handing a contact over, which a refusal may end with.
    static let handing: ScalarSet = [0x53D1, 0x7ED9, 0x7559, 0x8BF4, 0x52A0, 0x900F, 0x9732]
    /// 做 干 搞 弄 接: verbs of doing that a refusal may end with (私下交易我们是不得做的).
    static let doing: ScalarSet = [0x505A, 0x5E72, 0x641E, 0x5F04, 0x63A5]
    /// 的 哦 哈 啊 呢 了 哟 喔: particles that may close a refusal.
    static let particles: ScalarSet = [0x7684, 0x54E6, 0x54C8, 0x554A, 0x5462, 0x4E86, 0x54DF, 0x5594]

    /// A negative potential complement (不上 不到 不了 …) in the clause from the invitation at compact
    /// position `at` to a character past the words' `end`, outside the term itself (电话联系不上, 进不了群,
    /// 搜不到这个群, 微信加不上; 不上车 is a term of its own).
    func cannot(from at: Int, term: Int, end: Int) -> Range<Int>? {
        let c = norm.compact
        guard at > 0 || end > 0 else { return nil }
        let from = max(at - 1, 0)
        let to = min(end + 2, c.count - 1)
        guard from < to else { return nil }
        for k in from..<to where c[k] == 0x4E0D && Self.complements.contains(c[k + 1]) && !(term..<end).contains(k) {
            guard norm.clause[k] == norm.clause[term], norm.clause[k + 1] == norm.clause[term] else { continue }
            return k..<(k + 2)
        }
        // …or what came of it right after the words, in their clause (二维码扫了没反应, 加了没通过): it failed.
        if end < c.count, norm.clause[end] == norm.clause[term], let failed = word(at: end, from: Self.failures) {
            return end..<(end + failed.count)
        }
        return nil
    }

    /// 没反应 没有反应 没动静 没用 没通过 失败 无效 打不开 不管用: an attempt that came to nothing.
    static let failures = WordTable(["没反应", "没有反应", "没动静", "没用", "没通过", "失败", "无效", "打不开", "不管用"]
        .map { $0.unicodeScalars.map(\.value) })

    /// 上 到 了 通 着 进: complements that, after 不, say an action cannot be done.
    static let complements: ScalarSet = [0x4E0A, 0x5230, 0x4E86, 0x901A, 0x7740, 0x8FDB]

    /// The cue of a question that asks about the words from compact position `at` to `term`: 是 (is it)
    /// or 还是 (or) in their clause, the clause ending in 吗 or 么 or the sentence in a
    /// question mark, and no request in the clause (能, 可以, 方便: 是不是可以加你微信).
    func asks(at: Int, term: Int) -> Range<Int>? {
        let c = norm.compact
        let clause = norm.clause[term]
        let start = norm.clauseStart(from: min(at, term), clause)
        let end = norm.clauseEnd(from: term, clause)
        // 是 anywhere in the clause: before the words (这个是微信小店同款吗) or after them (和京东上卖的是同一款吗).
        // …or a condition asked after them (要加微信才能买吗: whether it takes that).
        func condition() -> Int? { (term..<max(term, end - 1)).first { k in c[k] == 0x624D && (c[k + 1] == 0x80FD || c[k + 1] == 0x53EF) } }
        // (是 between the invitation and the words asks what the thing acted on is: 码扫了是公众号吗.)
        let before: Int? = (start..<term).last { c[$0] == 0x662F }
        // …or whether it is there too: 上 or 里 within six characters of the words, at most one of 也 都 还, then 有, or 能
        // then 买 (淘宝上也有卖的吗？小程序上也能买吗？).
        var buyable: Int?
        func there() -> Int? {
            var k = term
            while k < min(end, term + 6), !Self.placeEnds.contains(c[k]) { k += 1 }
            guard k + 1 < end, c[k] == 0x4E0A || c[k] == 0x91CC else { return nil }  // 上 里
            k += 1
            if PartScan.alsoStill.contains(c[k]) { k += 1 }
            if k + 1 < end, c[k] == 0x80FD, c[k + 1] == 0x4E70 { buyable = k; return k }  // 能买
            return k < end && c[k] == 0x6709 ? k : nil  // 有
        }
        // …or whether it has or does the thing too, right after its name (拼多多也有吗, 快手那边也招吗): 也 都 还, then one
        // character, ending the clause on 吗.
        func tooThere() -> Int? {
            guard end - 3 >= term, Self.isQuestionParticle(c[end - 1]), CharacterTables.isIdeograph(c[end - 2]),
                  PartScan.alsoStill.contains(c[end - 3]) else { return nil }
            return end - 2
        }
        guard let shi = before ?? (term..<end).first(where: { c[$0] == 0x662F }) ?? condition() ?? there() ?? tooThere() else {
            return identityAsked(after: end, sentence: Int(norm.sentence[term]))
        }
        // (才能, 才可以 state a condition — 是不是要加微信才能买 — and request nothing; nor does 能买 asking whether it is sold there.)
        for k in start..<end where requests(at: k, before: end) && !(k > start && c[k - 1] == 0x624D) && k != buyable { return nil }
        let particle = Self.isQuestionParticle(c[end - 1])
        // (The sentence's question mark may close a later clause that suggests, not asks: 闲鱼上有我的店，要不要去看看？ tells
        // where the shop is and then invites.)
        // (A clause asking by A-not-A after the words and going on to another choice — etsy 上有没有你们家，还是只能这里买 —
        // asks with no particle or mark. Without the choice it may be a wish: 你闲鱼上有没有号，我在那边买更方便.)
        func aNotA() -> Bool {
            var k = term
            while k + 2 < end {
                let mid: UInt32 = c[k + 1]
                if c[k] == c[k + 2] && (mid == 0x4E0D || mid == 0x6CA1) {  // 不 没
                    // (还是 after it in the sentence: opening the next clause, or in the same one where a space, not a
                    // comma, parts them — 陶宝上有没有你们家 还是只在抖音.)
                    let sentence = norm.sentence[term]
                    var h = k + 3
                    while h + 1 < c.count, norm.sentence[h] == sentence {
                        if c[h] == 0x8FD8 && c[h + 1] == 0x662F { return true }  // 还是
                        h += 1
                    }
                    return false
                }
                k += 1
            }
            return false
        }
        let marked = endsInQuestionMark(sentenceOf: term) && !suggestionFollows(end)
        guard particle || marked || aNotA() else { return identityAsked(after: end, sentence: Int(norm.sentence[term])) }
        return shi > start && c[shi - 1] == 0x8FD8 ? (shi - 1)..<(shi + 1) : shi..<(shi + 1)
    }

    /// The 是 of the next clause in the sentence when that clause asks who someone is, ending on 吗 or 么 with
    /// nothing requested (携程也有，和你们是一家的吗; 那边也有同名的，是你本人吗): the place before it is asked about.
    func identityAsked(after end: Int, sentence: Int) -> Range<Int>? {
        let c = norm.compact
        guard end < c.count, Int(norm.sentence[end]) == sentence else { return nil }
        let next = norm.clause[end]
        let last = norm.clauseEnd(from: end, next)
        guard last - end >= 3, Self.isQuestionParticle(c[last - 1]) else { return nil }
        guard let shi = (end..<last).first(where: { c[$0] == 0x662F }) else { return nil }  // 是
        // (No request: 是不是可以加你微信吗 asks for something.)
        if (end..<last).contains(where: { requests(at: $0, before: last) }) { return nil }
        return shi..<(shi + 1)
    }

    /// Whether a request's word stands at compact `k`, before `end`: 能, 可 or 方便 (能加你微信吗, 可以私下吗, 方便给个电话吗).
    func requests(at k: Int, before end: Int) -> Bool {
        let c = norm.compact
        return c[k] == 0x80FD || c[k] == 0x53EF || (c[k] == 0x65B9 && k + 1 < end && c[k + 1] == 0x4FBF)  // 能 可 方便
    }

    /// Whether the clause after compact `end`, in the same sentence, opens with a suggestion put as a question (要不要, 想不想,
    /// 要不, 不如, 去不去, 来不来), after at most a listener (你, 您, 大家).
    func suggestionFollows(_ end: Int) -> Bool {
        let c = norm.compact
        guard end < c.count, end > 0, norm.sentence[end] == norm.sentence[end - 1] else { return false }
        var k = end
        if let listener = norm.word(at: k, from: Self.suggestedTo) { k += listener.count }
        return norm.word(at: k, from: Self.suggestions) != nil
    }
    /// 你们 你 您 大家: whom a suggestion is put to.
    static let suggestedTo = WordTable(["你们", "你", "您", "大家"].map { $0.unicodeScalars.map(\.value) })
    /// 要不要 想不想 要不 不如 …: a suggestion put as a question.
    static let suggestions = WordTable(["要不要", "想不想", "要不", "不如", "去不去", "来不来", "加不加", "进不进"].map { $0.unicodeScalars.map(\.value) })

    /// A question about the rules rather than a request: whether one's own may be posted at all, with no
    /// one addressed (小红书能发自己的微信号吗？ — not 能发我你的微信吗, 能留电话吗), or what befalls it (私下交易被发现会怎么样？,
    /// 会被封吗). The clause ends in 吗 or 么, or its sentence in a question mark.
    func asksAboutRules(at: Int, term: Int, end: Int) -> Range<Int>? {
        let c = norm.compact
        let clause = norm.clause[term]
        let start = norm.clauseStart(from: min(at, term), clause)
        let last = norm.clauseEnd(from: term, clause) - 1
        guard Self.isQuestionParticle(c[last]) || endsInQuestionMark(sentenceOf: term) else { return nil }
        // Or else only here, asked right after (主播能加微信吗？还是只能在直播间买？): whether the other road is
        // allowed at all, the platform's being the alternative.
        if let onlyHere = onlyHereAsked(after: last + 1) { return onlyHere }
        // No one addressed: 你 您 in the clause make it a request of the listener.
        if (start...last).contains(where: { c[$0] == 0x4F60 || c[$0] == 0x60A8 }) { return nil }
        // What befalls it: 会怎么样 会怎样 什么后果 会被 after the words.
        for k in end..<max(end, last) {
            let a = c[k], b = c[k + 1]
            if a == 0x4F1A && (b == 0x88AB || b == 0x600E) || a == 0x540E && b == 0x679C { return k..<(k + 2) }
        }
        // Whether it may be posted: 能 or 可以 then 发 留 写 放 挂 贴, not to anyone (发我, 发给), before the words.
        // (One's own: 自己 between the verb and the words. 能留电话吗 asks the listener for an exchange.)
        for k in start..<min(at, term) where Self.posting.contains(c[k]) && k > start {
            let may = c[k - 1] == 0x80FD || c[k - 1] == 0x4EE5 && k >= 2 && c[k - 2] == 0x53EF
            let own = ((k + 1)..<max(k + 1, min(at, term) - 1)).contains { c[$0] == 0x81EA && c[$0 + 1] == 0x5DF1 }  // 自己
            if may && own { return (k - 1)..<(k + 1) }
        }
        return nil
    }

    /// 还是 within two characters of `k`, then 只能 只可以 必须 一定要 at once, in a question: "or must it be…?"
    func onlyHereAsked(after k: Int) -> Range<Int>? {
        let c = norm.compact
        guard k + 3 < c.count, let h = (k..<min(k + 3, c.count - 3)).first(where: { c[$0] == 0x8FD8 && c[$0 + 1] == 0x662F }),  // 还是
              word(at: h + 2, from: Self.onlyWays) != nil, endsInQuestionMark(sentenceOf: h + 2) else { return nil }
        return h..<(h + 4)
    }

    /// 只能 只可以 必须 一定要: the one way allowed
    static let onlyWays = WordTable(["只能", "只可以", "必须", "一定要"].map { $0.unicodeScalars.map(\.value) })

    /// 吗 or 么: a particle that ends a yes-no question.
    static func isQuestionParticle(_ v: UInt32) -> Bool { v == 0x5417 || v == 0x4E48 }

    /// Whether the sentence holding compact position `k` ends in a question mark (？ or ?).
    func endsInQuestionMark(sentenceOf k: Int) -> Bool {
        let c = norm.compact
        let sentence = norm.sentence[k]
        var last = k
        while last + 1 < c.count, norm.sentence[last + 1] == sentence { last += 1 }
        return questionAfter(last)
    }

    /// A refusal that answers the question holding compact position `term`: the question ends with a
    /// question mark, and a refusal standing on its own opens the very next sentence (亲，面交？不了 — the buyer's words,
    /// repeated and turned down).
    /// A question may also end in 吗 or 么 where its phrase does (a space or a symbol after it, as a
    /// FAQ writes: 支持线下吗 ❌不支持 …), the refusal opening the next phrase.
    /// The refusal may repeat what it turns down, 私人 or 个人 before it (主播微信多少？答：没有私人微信).
    func refusal(answering term: Int, end: Int? = nil) -> Range<Int>? {
        guard term < norm.compact.count else { return nil }
        let c = norm.compact
        for i in ctx.indices(.refusal) where ctx.entries[i].kind == .refusal {
            let r = ctx.entries[i].range
            // A FAQ labels the answer (问：能加微信吗？答：抱歉，…): the label and its colon stand
            // before the refusal, not in the question.
            let q = r.lowerBound - 1 - answerLabel(before: r.lowerBound)
            guard q >= term, norm.sentence[q] == norm.sentence[term] else { continue }
            // (A refusal inside the words is theirs: 直接发我要什么，不用下单 turns the order down, not the offer.)
            if let end, r.lowerBound < end { continue }
            let particle = Self.isQuestionParticle(norm.compact[q]) && !norm.separators(before: r.lowerBound).isEmpty
                && norm.clause[q] == norm.clause[term]
            guard norm.sentence[r.lowerBound] != norm.sentence[q] || particle else { continue }
            // The refusal stands alone (不行哦，抱歉，): its clause ends within a particle or two. 不能少于两件
            // after 私下交易？ sets a condition; it refuses nothing. After a phrase-final particle its phrase
            // may end instead (❌不支持 所有订单…).
            var e = r.upperBound
            if let end, end > term, e < c.count, norm.clause[e] == norm.clause[r.lowerBound] {
                var k = e
                if let owner = word(at: k, from: Self.personal) { k += owner.count }
                let asked = c[term..<end]
                var n = 0
                while k + n < c.count, n < asked.count, c[k + n] == asked[term + n], norm.clause[k + n] == norm.clause[r.lowerBound] { n += 1 }
                if n == asked.count || n >= 2 { e = k + n }
            }
            guard (0...2).contains(where: { e + $0 >= norm.compact.count || norm.clause[e + $0] != norm.clause[r.lowerBound]
                || (particle && norm.phraseBreak(before: e + $0)) }) else { continue }
            if particle { return r }
            let from = Int(norm.compactToWide[q]) + 1
            let to = Int(norm.compactToWide[r.lowerBound])
            if from < to, norm.wide[from..<to].contains(where: CharacterTables.isQuestionMark) { return r }
        }
        return nil
    }

    /// An apology or a flat refusal opening the clause after the one holding compact position `term`, when that clause
    /// names those who want something (想…的, 要…的, 需要…的话: 想私下交易的，不好意思，不行), and standing on its own:
    /// the wish addressed and turned down. (Only these refusals: 不用 and 无需 after a wish — 想看货的，不用预约 — wave a
    /// step through, they refuse nothing.)
    func wantedThenRefused(term: Int) -> Range<Int>? {
        let c = norm.compact
        guard term < c.count else { return nil }
        let clause = norm.clause[term]
        let start = norm.clauseStart(from: term, clause)
        let end = norm.clauseEnd(from: term, clause)
        guard end < c.count, norm.sentence[end] == norm.sentence[term] else { return nil }
        // The clause opens on a wish (谁 or 有 may stand before it) and closes on 的 or 的话.
        var k = start
        if k < term, c[k] == 0x8C01 || c[k] == 0x6709 { k += 1 }  // 谁 有
        guard let wish = word(at: k, from: Self.wishes), k + wish.count <= term else { return nil }
        guard c[end - 1] == 0x7684 || end - start > 2 && c[end - 2] == 0x7684 && c[end - 1] == 0x8BDD else { return nil }  // 的, 的话
        guard let refusal = word(at: end, from: Self.flatRefusals) else { return nil }
        // Standing on its own: its clause ends within a particle.
        let after = end + refusal.count
        guard after >= c.count || norm.clause[after] != norm.clause[end]
            || Self.particles.contains(c[after]) && (after + 1 >= c.count || norm.clause[after + 1] != norm.clause[end]) else { return nil }
        return end..<after
    }

    /// 想要 想 要 需要 打算: words opening a wish.
    static let wishes = WordTable(["想要", "想", "要", "需要", "打算"].map { $0.unicodeScalars.map(\.value) })
    /// 对不起 抱歉 不好意思 不行 不可以 不支持 不接受 不接 不做: apologies and flat refusals.
    static let flatRefusals = WordTable(["对不起", "抱歉", "不好意思", "不行", "不可以", "不支持", "不接受", "不接", "不做"].map { $0.unicodeScalars.map(\.value) })

    /// A passive 被 at most sixteen characters before compact position `term`, in its clause, then a verb of leading or
    /// luring before the term (拉 骗 带 引 诱 哄 劝 忽悠: 被拉去私下交易, 被骗去线下): the range from 被 to that verb.
    func ledInto(before term: Int) -> Range<Int>? {
        let c = norm.compact
        guard term > 0 else { return nil }
        let clause = norm.clause[term]
        var k = term - 1
        while k >= 0, term - k <= 16, norm.clause[k] == clause {
            if c[k] == 0x88AB {  // 被
                for j in (k + 1)..<term where Self.leading.contains(c[j]) { return k..<(j + 1) }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// 拉 骗 带 引 诱 哄 劝 悠: verbs of leading or luring someone somewhere (忽悠 by its second character).
    static let leading: ScalarSet = [0x62C9, 0x9A97, 0x5E26, 0x5F15, 0x8BF1, 0x54C4, 0x529D, 0x60A0]

    /// Whether the negation at compact `n` is the 没有 of a question 有没有 (有没有微信).
    func askedWhetherThere(_ n: Range<Int>) -> Bool {
        let c = norm.compact
        return n.count == 2 && n.lowerBound >= 1 && c[n.lowerBound - 1] == 0x6709 && c[n.lowerBound] == 0x6CA1 && c[n.lowerBound + 1] == 0x6709  // 有没有
    }

    /// 私人的 个人的 私人 个人: whose the refused channel would be.
    static let personal = WordTable(["私人的", "个人的", "私人", "个人"].map { $0.unicodeScalars.map(\.value) })

    /// An answer's label before a colon right before compact position `at`: 答 回复 回答 A (a FAQ), or a
    /// speaker's label opening a line of a transcript (⏎客服：, ⏎卖家：). Its length in compact characters
    /// (0: none).
    /// 卖家 商家 店家 店主 客服 掌柜 主播 老板: the seller's side labelling its turn in a transcript.
    static let sellerTurns = WordTable(["卖家", "商家", "店家", "店主", "客服", "掌柜", "主播", "老板"].map { $0.unicodeScalars.map(\.value) })

    func answerLabel(before at: Int) -> Int {
        guard at >= 1 else { return 0 }
        let c = norm.compact
        let colon = Int(norm.compactToWide[at - 1]) + 1
        guard colon < norm.wide.count, norm.wide[colon] == 0x3A || norm.wide[colon] == 0xFF1A else { return 0 }
        if c[at - 1] == 0x7B54 { return 1 }  // 答
        if c[at - 1] == 0x61, at < 2 || !CharacterTables.isLatinLetter(c[at - 2]) { return 1 }  // a
        if at >= 2, c[at - 2] == 0x56DE, c[at - 1] == 0x590D || c[at - 1] == 0x7B54 { return 2 }  // 回复 回答
        // …or, in a transcript, the seller's turn (买家：可以加个微信吗？卖家：不好意思亲，…).
        if let role = norm.word(endingAt: at, from: Self.sellerTurns) { return role.count }
        for k in 1...min(4, at) {
            let w = Int(norm.compactToWide[at - k])
            guard colon - w == k else { break }  // the label's characters stand together
            if w > 0 && norm.wide[w - 1] == 0x0A { return k }
        }
        return 0
    }

    /// A negation whose scope reaches compact position `at`: in the same sentence, not cut off by a
    /// clause break (a list comma 、 does not cut), a sentence-final particle (别犹豫了), or ordinary
    /// words — beyond three characters only `through` characters (让 您 去 …) may stand between.
    /// A negation may also hold the trigger's invitation (不加私人微信, 不用私下交易).
    func negation(before at: Int, end: Int) -> Range<Int>? {
        // A denial taken back later in the part (我们没有淘宝店（其实有…）, 别加我微信哦（开玩笑的…）) denies nothing.
        if retracted(after: at) { return nil }
        return negation(ignoringRetraction: at, end: end)
    }

    /// A joke owned (开玩笑, not 不是开玩笑) after the words ending at compact position `end`, in their
    /// sentence or the next, with no invitation after it (开玩笑的，要的加 takes the joke back).
    func jokeAfter(_ end: Int) -> Range<Int>? {
        let c = norm.compact
        guard end < c.count else { return nil }
        var k = end
        while k + 1 < c.count, norm.sentence[k] <= norm.sentence[end - 1] + 1 {
            if Self.ownsJoke(c, at: k, notBefore: end) {
                if ctx.contains(.invite, where: { $0.lowerBound > k }) { return nil }
                return k..<(k + 3)
            }
            k += 1
        }
        return nil
    }

    /// Whether 开玩笑 starts at compact position `k` and is owned: no 不, 没 or 别 in the two characters
    /// before it (不是开玩笑, 没开玩笑, 别开玩笑), looking no further back than `lower`.
    static func ownsJoke(_ c: [UInt32], at k: Int, notBefore lower: Int) -> Bool {
        k + 2 < c.count && c[k] == 0x5F00 && c[k + 1] == 0x73A9 && c[k + 2] == 0x7B11
            && !(max(lower, k - 2)..<k).contains { [0x4E0D, 0x6CA1, 0x522B].contains(c[$0]) }
    }

    func negation(ignoringRetraction at: Int, end: Int) -> Range<Int>? {
        // (Whether the words are a condition does not depend on the negation: asked once, when one reaches them.)
        var isCondition: Bool?
        for i in ctx.indices(.negation) where ctx.entries[i].kind == .negation {
            let n = ctx.entries[i].range
            // (Twelve characters; English words are longer, and `reaches` counts them: up to thirty letters.)
            let gap = at - n.upperBound
            guard n.lowerBound < at || (n.lowerBound == at && n.upperBound < end), n.upperBound <= max(at, end - 1),
                  gap <= 12 || gap <= 30 && (n.upperBound..<at).allSatisfy({ CharacterTables.isASCIIAlnum(norm.compact[$0]) })
                    // (A list may be longer: its items are reached one by one.)
                    || gap <= 40 && reachesList(from: n.upperBound, to: at),
                  norm.sentence[n.lowerBound] == norm.sentence[at] else { continue }
            // A worry denied (别担心私下转账不安全, 不用怕线下交易): the negation is the worry's, and the words are reassured.
            // (Only with the harm feared named after the words in their clause: 别担心私下交易的问题，我们只走平台 still refuses.)
            if n.upperBound < norm.compact.count, word(at: n.upperBound, from: Self.worries) != nil, !norm.clauseBreak(between: n.upperBound, at),
               (end..<min(norm.compact.count, end + 4)).contains(where: { norm.clause[$0] == norm.clause[at] && word(at: $0, from: Self.fearedHarms) != nil }) { continue }
            // A negation spelled inside an invitation of another language (Portuguese chama no zap, mensagem no WhatsApp:
            // no is "in the") is the invitation's word.
            if ctx.contains(.invite, where: { $0.lowerBound <= n.lowerBound && n.upperBound <= $0.upperBound && $0.count > n.count }) { continue }
            // A bare English no (no venmo or zelle) reaches two words at most: no problem, add me on … is no refusal.
            if n.count == 2, norm.compact[n.lowerBound] == 0x6E, norm.compact[n.lowerBound + 1] == 0x6F,
               n.upperBound < at, (n.upperBound..<at).count(where: { $0 == n.upperBound || norm.spaceBefore($0) }) > 2 { continue }
            // A negated condition (不想加微信的话…, 不愿意私下交易的就算了) presupposes the thing offered.
            // …and so does a rhetorical question (不加微信怎么给你算批发价): how else the speaker could do it for the listener.
            // A later clause or phrase that turns to the listeners (…不让加v 你们看我头像…) is a statement of its own.
            if n.upperBound + 1 < at, (n.upperBound + 1..<at).contains(where: { k in
                (norm.clauseBreak(between: k - 1, k) || norm.phraseBreak(before: k)) && word(at: k, from: Self.listeners) != nil
            }) { continue }
            if isCondition == nil { isCondition = conditional(after: end, clause: norm.clause[at]) || rhetorical(after: end, clause: norm.clause[at]) }
            if isCondition == true { continue }
            // What the listeners have not yet done, picking out whom the speaker addresses (还没加我企鹅的宝子？号 …), presupposes
            // it too. (Only 没: 不加微信的朋友也没关系 lets them off.)
            if norm.compact[n].contains(0x6CA1), describesAddressee(after: end, clause: norm.clause[at]) { continue }
            if n.upperBound > at || reaches(from: n.upperBound, to: at) || reachesList(from: n.upperBound, to: at) { return n }
        }
        return nil
    }

    /// 不安全 被骗 被坑 没保障 没有保障 有风险 不靠谱 出问题: the harm a worry fears.
    static let fearedHarms = WordTable(["不安全", "被骗", "被坑", "没保障", "没有保障", "有风险", "不靠谱", "出问题"].map { $0.unicodeScalars.map(\.value) })
    /// 担心 怕 害怕 顾虑 纠结: what a negation before them denies is the worry.
    static let worries = WordTable(["担心", "害怕", "怕", "顾虑", "纠结"].map { $0.unicodeScalars.map(\.value) })

    /// 发 说: said or posted again
    static let reposting: ScalarSet = [0x53D1, 0x8BF4]
    /// 发 留 写 放 挂 贴: putting something up
    static let posting: ScalarSet = [0x53D1, 0x7559, 0x5199, 0x653E, 0x6302, 0x8D34]
    /// 转 打 付 汇 看 买 试 逛 拿 取 摸 留 搜 发 订 聊 吵 问 系: deeds a story tells as done
    /// 给 帮 替 为 跟 让 叫 对 向: before 我, they make the speaker the one done for, not the doer.
    static let speakerAsObject = ScalarSet("给帮替为跟让叫对向")
    static let deeds: ScalarSet = [0x8F6C, 0x6253, 0x4ED8, 0x6C47, 0x770B, 0x4E70, 0x8BD5, 0x901B, 0x62FF, 0x53D6, 0x6478, 0x7559, 0x641C,
                                     0x53D1, 0x8BA2,
                                     // …and talk had there (在微信上吵了无数次, 聊过几次): 聊 吵 问; a contact made (电话联系过客服): 系.
                                     0x804A, 0x5435, 0x95EE, 0x7CFB]
    /// 好几 几个 两个 三个 很多 不少 一堆 一些 好多: how many, after 加了 (加了好几个资料群)
    static let counts = WordTable(["好几", "几个", "两个", "三个", "很多", "不少", "一堆", "一些", "好多"].map { $0.unicodeScalars.map(\.value) })
    /// 去 逛: going somewhere
    static let going: ScalarSet = [0x53BB, 0x901B]
    /// 一 趟 次 回: how many times one went
    static let visitCount: ScalarSet = [0x4E00, 0x8D9F, 0x6B21, 0x56DE]
    /// 过 回 出 进 上 下 来 差 before 去: a direction or an errand (寄过去, 回去, 出差去), not a visit somewhere
    static let directional: ScalarSet = [0x8FC7, 0x56DE, 0x51FA, 0x8FDB, 0x4E0A, 0x4E0B, 0x6765, 0x5DEE]
    /// 了 过
    static let perfective: ScalarSet = [0x4E86, 0x8FC7]
    /// 解 来 去 再 就 后 之 以 after 了 or 过: another word (了解, 过来) or what comes next (看了再买)
    static let notPerfective: ScalarSet = [0x89E3, 0x6765, 0x53BB, 0x518D, 0x5C31, 0x540E, 0x4E4B, 0x4EE5]
    /// 上 里 给 我 他 她 你 已 经 都 也: where and to whom, between the words and a deed
    static let deedFrame: ScalarSet = [0x4E0A, 0x91CC, 0x7ED9, 0x6211, 0x4ED6, 0x5979, 0x4F60, 0x5DF2, 0x7ECF, 0x90FD, 0x4E5F]
    /// 一 那 这 (一个, 那种 …)
    static let kindFirst: ScalarSet = [0x4E00, 0x90A3, 0x8FD9]
    /// 个 些 种 类
    static let kindSecond: ScalarSet = [0x4E2A, 0x4E9B, 0x79CD, 0x7C7B]

    /// Whether the deed told as done at compact `done` is the speaker's posting (我发了, 我挂了, 我放了: `posting`) with a later
    /// clause of its sentence opening on a search, after at most one of 去 再 就 (…，搜一下就能看到): what the speaker put
    /// there, pointed out to the reader.
    func postedForSearch(_ done: Range<Int>) -> Bool {
        let c = norm.compact
        let k = done.lowerBound
        guard k >= 1, c[k - 1] == 0x6211, Self.posting.contains(c[k]) else { return false }  // 我
        let sentence = norm.sentence[k]
        var j = done.upperBound
        while j + 1 < c.count, norm.sentence[j] == sentence {
            if norm.clauseBreak(between: j - 1, j) {
                let s = Self.goOn.contains(c[j]) ? j + 1 : j
                if s + 1 < c.count, c[s] == 0x641C, !PartScan.notASearch.contains(c[s + 1]) { return true }  // 搜
            }
            j += 1
        }
        return false
    }

    /// 去 再 就: before a search asked for.
    static let goOn = ScalarSet("去再就")

    /// A deed told as done right after the words ending at compact position `end`, in their clause: a
    /// money verb (转 打 付 汇) or a shopper's (看 买 试 逛 拿 取 摸) with 了 or 过 (我妈在微信上给我转了两百,
    /// 上周去实体店看过真机), or 了 at once after words that end in one (…转了两百). Not what comes next (看了再买,
    /// 买了就送), a change (别在这买了), nor other words (了解, 过来, 过去: 打过来 asks for a transfer).
    /// 车 货 票 房 单 课 号: what a deed told as 在…上…的 got.
    static let gotThings: ScalarSet = [0x8F66, 0x8D27, 0x7968, 0x623F, 0x5355, 0x8BFE, 0x53F7]

    func toldAsDone(from at: Int, after end: Int) -> Range<Int>? {
        let c = norm.compact
        guard end > 0, end < c.count, at < end else { return nil }
        // 了 ending its clause marks a change (别在这买了: stop buying here), not a deed: something follows it.
        func aspect(_ k: Int) -> Bool {
            guard k < c.count, Self.perfective.contains(c[k]), !norm.clauseBreak(between: end - 1, k) else { return false }
            let more = k + 1 < c.count && !norm.clauseBreak(between: k, k + 1) && !norm.spaceBefore(k + 1)
            return (c[k] == 0x8FC7 || more) && !(more && Self.notPerfective.contains(c[k + 1]))
        }
        // (Through where and to whom: 微信上给我转了, 支付宝已经给他付过.)
        var k = end
        while k < min(c.count, end + 4), Self.deedFrame.contains(c[k]), !norm.clauseBreak(between: end - 1, k) { k += 1 }
        if k < c.count, Self.deeds.contains(c[k]), aspect(k + 1) { return k..<(k + 2) }
        if Self.deeds.contains(c[end - 1]), aspect(end) { return (end - 1)..<(end + 1) }
        // Where it was done, told as (是)在…上…的 closing the clause (在公众号上预约的, 在群里看到的): a deed of the
        // past, unless the clause opens on whoever wants the goods or asks something (请在微信上付的, 直接…).
        let clauseStart = norm.clauseStart(from: end - 1, norm.clause[end - 1])
        if k > end, k < c.count, (end..<k).allSatisfy({ c[$0] == 0x4E0A || c[$0] == 0x91CC }),  // 上 里
           let d = (k + 1..<min(k + 3, c.count)).first(where: { c[$0] == 0x7684 }),  // 的
           // (…or 的 and what was got, one character, closing it: 在嘀嗒出行上打的车, 在闲鱼上买的货.)
           d + 1 >= c.count || norm.clauseBreak(between: d, d + 1)
            || Self.gotThings.contains(c[d + 1]) && (d + 2 >= c.count || norm.clauseBreak(between: d + 1, d + 2)),
           (k..<d).allSatisfy({ CharacterTables.isIdeograph(c[$0]) && !Self.notActedBy.contains(c[$0]) }),
           // (在 before the words makes it the place of the deed; 到群里拿的 after 想要的 sends the listener there.)
           (max(clauseStart, end - 8)..<end).contains(where: { c[$0] == 0x5728 }),  // 在
           !opensOnAudience(clauseStart, in: norm.clause),
           !requested(inClauseOf: end) {
            return k..<(d + 1)
        }
        // 已经 before them and 了 after them in their clause (发票已经发到我邮箱了): done already.
        if let k = (end..<min(c.count, end + 3)).first(where: { c[$0] == 0x4E86 && !norm.clauseBreak(between: end - 1, $0) }),
           (0..<at).contains(where: { c[$0] == 0x5DF2 && norm.clause[$0] == norm.clause[at] }) {  // 已
            return k..<(k + 1)
        }
        // …or inside the words (老公给我留了银行卡), or 加了 with how many (加了好几个资料群: joined, counted).
        // (Not the speaker leaving a way to reach them, 片尾我留了方式: 我 the subject of 留了 places it for the reader;
        // 给我留了 is left to the speaker.)
        if at < end - 2, let k = (at..<(end - 2)).first(where: { Self.deeds.contains(c[$0]) && c[$0 + 1] == 0x4E86 }),
           !(c[k] == 0x7559 && k > 0 && c[k - 1] == 0x6211 && !(k > 1 && Self.speakerAsObject.contains(c[k - 2]))) {  // 我留了
            return k..<(k + 2)
        }
        let joinedFrom = max(at - 6, norm.clauseStart(from: at, norm.clause[at]))
        if let k = (joinedFrom..<(end - 1)).first(where: { c[$0] == 0x52A0 && c[$0 + 1] == 0x4E86 && word(at: $0 + 2, from: Self.counts) != nil }) {
            return k..<(k + 4)
        }
        // 给我的 closing the clause (朋友在微信里推荐给我的): what was done, told as 是…的.
        // (Not asked of the listener: 直接 请 您 你 先 麻烦 in the clause make it a request, 钱直接微信转给我的.)
        if end >= 2, c[end - 2] == 0x7ED9, c[end - 1] == 0x6211, c[end] == 0x7684,
           end + 1 >= c.count || norm.clauseBreak(between: end, end + 1), !requested(inClauseOf: end) {
            return (end - 2)..<(end + 1)
        }
        return nil
    }

    /// 上 or 里 (上面) right after the words at compact `end`, at most one of 也 都 还, then someone unnamed who is there
    /// (有人, 很多人, 有商家): the place named is where others act (淘宝上也有人卖同款), in the words' clause.
    func othersActThere(after end: Int) -> Range<Int>? {
        let c = norm.compact
        guard end > 0, end < c.count, norm.clause[end] == norm.clause[end - 1], c[end] == 0x4E0A || c[end] == 0x91CC else { return nil }  // 上 里
        var k = end + 1
        if k < c.count, c[end] == 0x4E0A, c[k] == 0x9762 { k += 1 }  // 上面
        if k < c.count, PartScan.alsoStill.contains(c[k]) { k += 1 }
        guard k < c.count, norm.clause[k] == norm.clause[end], let who = norm.word(at: k, from: Self.othersThere) else { return nil }
        // (Unless the speaker then sends the reader to themselves, 闲鱼上也有人卖，搜我同名 — an invitation, strong or weak,
        // ending on 我 or right before it — or says it is cheaper there, 隐藏款闲鱼上有人出，比端盒便宜: a tip where to buy.)
        let after = k + who.count
        let sentence = norm.sentence[end]
        if ctx.contains(.invite, where: { toSpeaker($0, from: after, in: sentence) })
            || ctx.contains(.weakInvite, where: { toSpeaker($0, from: after, in: sentence) }) { return nil }
        var j = after
        while j < c.count, norm.sentence[j] == sentence {
            if norm.word(at: j, from: Self.gains) != nil { return nil }
            j += 1
        }
        return end..<after
    }

    /// Whether invitation `r`, at or after compact `from` in `sentence`, ends on 我 or stands right before it (搜我, 滴我, 来我).
    private func toSpeaker(_ r: Range<Int>, from: Int, in sentence: Int32) -> Bool {
        let c = norm.compact
        guard r.lowerBound >= from, norm.sentence[r.lowerBound] == sentence else { return false }
        return c[r.upperBound - 1] == 0x6211 || r.upperBound < c.count && c[r.upperBound] == 0x6211  // 我
    }
    /// 有人 有些人 很多人 有商家 …: someone unnamed who is somewhere.
    static let othersThere = WordTable(["有人", "有些人", "有很多人", "很多人", "好多人", "不少人", "有不少人", "一堆人", "有商家", "有卖家", "有店家",
                                          "有些商家", "有些卖家"].map { $0.unicodeScalars.map(\.value) })

    /// 他 or 她 (们) inside `words`, right before a deed (`deeds`) with 了 or 过 after it: what a third person did,
    /// told (微信上他发了好多照片给我).
    func thirdPersonDeed(inside words: Range<Int>) -> Range<Int>? {
        let c = norm.compact
        for k in words where c[k] == 0x4ED6 || c[k] == 0x5979 {  // 他 她
            var v = k + 1
            if v < words.upperBound, c[v] == 0x4EEC { v += 1 }  // 们
            guard v + 1 < min(c.count, words.upperBound + 1), Self.deeds.contains(c[v]), Self.perfective.contains(c[v + 1]),
                  norm.clause[k] == norm.clause[v + 1] else { continue }
            return k..<(v + 2)
        }
        return nil
    }

    /// Whether the clause of compact position `k`, up to it, asks something of the listener: 请 您 你 先 麻烦
    /// or 直接 (钱直接微信转给我的, 请在微信上付的).
    func requested(inClauseOf k: Int) -> Bool {
        let c = norm.compact
        return (0..<k).contains(where: { i in
            norm.clause[i] == norm.clause[k] && ([0x8BF7, 0x60A8, 0x4F60, 0x5148, 0x9EBB].contains(c[i]) || c[i] == 0x76F4 && i + 1 < c.count && c[i + 1] == 0x63A5)
        })
    }

    /// 群 or 群聊 right after (or with 的 after) the community it belongs to (小区 业主 物业 社区 公司 单位 部门 工作
    /// 同事 班级 年级 学校 家长 同学 校友 宿舍 家族 家庭 亲戚 老乡 邻居), with no invitation anywhere in its sentence:
    /// the group of people the speaker lives, works or studies with (我们小区业主群里在团购车厘子); a bare 群 after one
    /// named earlier in its sentence is that one (建了个家长群，天天在群里发作业). A seller's group offered
    /// (业主群里在团购，想进的私我拉你) has its invitation.
    func communityGroup(term: Int) -> Range<Int>? {
        let c = norm.compact
        guard term >= 2 else { return nil }
        // (The group's own word may carry its app: 班级微信群 names the class's group as 班级群 does. Only an app: 社区团购群
        // is a seller's.)
        let group: Int
        if c[term] == 0x7FA4 {  // 群
            group = term
        } else if let app = norm.word(at: term, from: Self.groupApps), term + app.count < c.count, c[term + app.count] == 0x7FA4 {
            group = term + app.count
        } else {
            return nil
        }
        let sentence = norm.sentence[term]
        // The community's own group named right before, or earlier in the sentence (班主任建了个家长群，天天在群里发作业):
        // a bare 群 after it is that one.
        func named(_ k: Int, before start: Int) -> Range<Int>? {
            var end = start
            if c[end - 1] == 0x7684 { end -= 1 }  // 的
            guard let w = norm.word(endingAt: end, from: Self.communities) else { return nil }
            return (end - w.count)..<(k + 1)
        }
        guard let community = named(group, before: term)
                ?? (2..<term).lazy.filter({ c[$0] == 0x7FA4 && norm.sentence[$0] == sentence }).compactMap({ named($0, before: $0) }).first
        else { return nil }
        guard !ctx.contains(.invite, where: { norm.sentence[$0.lowerBound] == sentence }),
              !ctx.contains(.handleInvite, where: { norm.sentence[$0.lowerBound] == sentence }) else { return nil }
        // (…nor anyone pulled in: 家长群里排课，报名后拉你 — 拉 then 你 or 您.)
        var k = 0
        while k + 1 < c.count {
            if norm.sentence[k] == sentence, c[k] == 0x62C9, c[k + 1] == 0x4F60 || c[k + 1] == 0x60A8 { return nil }  // 拉你 拉您
            k += 1
        }
        return community
    }

    /// 微信 企业微信 qq 钉钉 vx wx: an app a community's group runs on.
    static let groupApps = WordTable(["企业微信", "微信", "qq", "钉钉", "vx", "wx"].map { $0.unicodeScalars.map(\.value) })

    static let communities = WordTable(["小区", "业主", "物业", "社区", "公司", "单位", "部门", "工作", "同事", "班级", "年级", "学校",
                                          "家长", "同学", "校友", "宿舍", "家族", "家庭", "亲戚", "老乡", "邻居"].map { $0.unicodeScalars.map(\.value) })

    /// 去 or 逛 with 了 or 过, and at most two of 一 趟 次 回, right before compact position `at` in its clause
    /// (去了趟线下的科技馆, 逛过线下店): a visit that happened. Not 去线下店 (a way to go), nor the listener's
    /// (你去了线下就知道).
    func visited(before at: Int) -> Range<Int>? {
        let c = norm.compact
        guard at < c.count else { return nil }
        let clause = norm.clause[at]
        var k = at
        while k > 0, at - k < 2, Self.visitCount.contains(c[k - 1]), norm.clause[k - 1] == clause { k -= 1 }
        guard k >= 2, Self.perfective.contains(c[k - 1]), Self.going.contains(c[k - 2]), norm.clause[k - 2] == clause,
              // (你去了线下就知道: the listener's visit to come.)
              k < 3 || (c[k - 3] != 0x4F60 && c[k - 3] != 0x60A8) else { return nil }
        return (k - 2)..<k
    }

    /// A visit told as done in an earlier clause of the sentence holding compact position `at` (周末去了趟义乌小商品市场，
    /// 现场砍价太爽了，比网上便宜一半): what follows tells what it was like there. The speaker's own visit (not 你去了),
    /// and nothing after the words turning to the listener (想要的…) or inviting (姐妹们可以私我).
    func visitedEarlier(before at: Int, end: Int) -> Range<Int>? {
        let c = norm.compact
        guard at < c.count else { return nil }
        let k = norm.sentenceStart(from: at, norm.sentence[at])
        // (Two characters at least before the words' clause: a visit in the same clause is `visited(before:)`'s.)
        let clauseStart = norm.clauseStart(from: at, norm.clause[at])
        for i in k..<max(k, clauseStart - 1) where Self.going.contains(c[i]) && Self.perfective.contains(c[i + 1]) {
            // Where to: a place after it in its clause (去了趟义乌, not 出差去了 or 寄过去了), with nothing between but a count.
            var place = i + 2
            while place < c.count, place - i < 4, Self.visitCount.contains(c[place]), norm.clause[place] == norm.clause[i] { place += 1 }
            guard i == 0 || (c[i - 1] != 0x4F60 && c[i - 1] != 0x60A8 && !Self.directional.contains(c[i - 1])), norm.clause[i + 1] == norm.clause[i],
                  place + 1 < c.count, norm.clause[place + 1] == norm.clause[i], CharacterTables.isIdeograph(c[place]),
                  !Self.notPerfective.contains(c[place]) else { continue }
            return audienceAddressed(after: end) || ctx.contains(.invite, where: { $0.lowerBound >= end }) ? nil : i..<(i + 2)
        }
        return nil
    }

    /// A kind of person or thing the words describe: 一个 一些 那个 那种 这种 那些 这些 shortly before them in
    /// their clause, and 的 closing the phrase after them (then the clause ends, or 都 就 是 也 已 被 早 全 follow):
    /// 一个加微信买代购的，…; 那种让你私下转账的都是骗子. (这个加微信的福利 is an offer's name: 的 is followed by a noun.)
    func describedKind(at: Int, end: Int) -> Range<Int>? {
        let c = norm.compact
        guard at >= 2, end < c.count else { return nil }
        let clause = norm.clause[at]
        var cue: Range<Int>?
        for k in max(0, at - 5)..<(at - 1) where norm.clause[k] == clause && Self.kindFirst.contains(c[k]) && Self.kindSecond.contains(c[k + 1]) {
            if c[k] == 0x8FD9 && c[k + 1] == 0x4E2A { continue }  // 这个: the speaker's own thing
            cue = k..<(k + 2)
        }
        guard let cue else { return nil }
        var k = end
        while k < min(c.count, end + 6), norm.clause[k] == clause {
            if c[k] == 0x7684 {
                let last = k + 1 >= c.count || norm.clause[k + 1] != clause
                // (…的已经被踢出直播间了: what befell them, as 都 就 是 也 say what they are.)
                if last || [0x90FD, 0x5C31, 0x662F, 0x4E5F, 0x5DF2, 0x88AB, 0x65E9, 0x5168].contains(c[k + 1]) { return cue }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// 被 within two characters after the words ending at compact position `end` (a noun between: 私下买号被…), then 了
    /// within four more, all in their clause, and no 不 没 别 before the 被 (不会被封 reassures): what befell the deed,
    /// told as done (私下买号被找回了, 加微信被封了).
    func befell(after end: Int) -> Range<Int>? {
        let c = norm.compact
        guard end > 0, end < c.count else { return nil }
        let clause = norm.clause[end - 1]
        for k in end..<min(c.count, end + 3) where norm.clause[k] == clause && c[k] == 0x88AB {  // 被
            // 不 没 别 from the words' last character to the 被, or 怕 right before it (不怕被骗).
            if (min(end, k - 1)..<k).contains(where: { [0x4E0D, 0x6CA1, 0x522B].contains(c[$0]) }) || c[k - 1] == 0x6015 { return nil }
            guard k + 2 < c.count, let done = (k + 2..<min(c.count, k + 6)).first(where: { norm.clause[$0] == clause && c[$0] == 0x4E86 }) else { return nil }  // 了
            return k..<(done + 1)
        }
        return nil
    }

    /// Whether the clause holding compact `end - 1` is a condition (its last words 的话, or opened by 如果 要是 假如 万一) and
    /// the next clause of its sentence says what is then lost (没法保证, 不负责, 后果自负, 没有保障 …): the range of that word.
    func conditionWarned(end: Int) -> Range<Int>? {
        let c = norm.compact
        guard end > 0, end <= c.count else { return nil }
        let clause = norm.clause[end - 1]
        let start = norm.clauseStart(from: end - 1, clause)
        let stop = norm.clauseEnd(from: end - 1, clause)
        let conditional = stop - start >= 2 && c[stop - 2] == 0x7684 && c[stop - 1] == 0x8BDD  // 的话
            || norm.word(at: start, from: Self.conditions) != nil
        guard conditional, stop < c.count, norm.sentence[stop] == norm.sentence[end - 1] else { return nil }
        let next = norm.clauseEnd(from: stop, norm.clause[stop])
        for k in stop..<next { if let w = norm.word(at: k, from: Self.losses) { return k..<(k + w.count) } }
        return nil
    }
    /// 如果 要是 假如 万一: a condition's opening.
    static let conditions = WordTable(["如果", "要是", "假如", "万一"].map { $0.unicodeScalars.map(\.value) })
    /// 没法保证 不负责 后果自负 …: what is lost by going that way.
    static let losses = WordTable(["没法保证", "无法保证", "不能保证", "不保证", "没办法保证", "不负责", "概不负责", "不承担", "后果自负",
                                     "没有保障", "没保障", "无保障", "无法售后", "没法售后", "不售后", "不能售后", "不予售后", "不给售后",
                                     "没有售后", "无售后"].map { $0.unicodeScalars.map(\.value) })

    /// 怎么 如何: how, in a how-to
    static let how = WordTable(["怎么", "如何"].map { $0.unicodeScalars.map(\.value) })

    /// 教 (teach) then, within four characters in the clause (大家, 你们, 新手宝宝 …), 怎么 or 如何, before
    /// compact position `at` in its clause: a how-to the speaker teaches (教大家怎么在闲鱼上卖二手书, 教你们如何用
    /// 微信视频). Not one that leads to the speaker (教你怎么在闲鱼上找到我的店: 我 after the how), nor one the
    /// sentence turns into an invitation after (教大家怎么私下交易更便宜，私我).
    func taughtHow(before at: Int) -> Range<Int>? {
        let c = norm.compact
        guard at < c.count else { return nil }
        let clause = norm.clause[at]
        let start = norm.clauseStart(from: at, clause)
        for k in start..<at where c[k] == 0x6559 {  // 教
            for j in (k + 1)..<min(at, k + 6) {
                guard let w = word(at: j, from: Self.how), j + w.count <= at else { continue }
                let clauseEnd = max(j + w.count, norm.clauseEnd(from: at, clause))
                if (j + w.count..<clauseEnd).contains(where: { c[$0] == 0x6211 }) { return nil }  // 我
                let invitedLater = ctx.contains(.invite) { r in
                    r.lowerBound >= clauseEnd && !norm.sentenceBreak(between: at, r.lowerBound)
                }
                return invitedLater ? nil : k..<(j + w.count)
            }
        }
        return nil
    }

    /// A time of the speaker's past (之前 以前 曾经 去年 上次 小时候 那时候 当年) opening the clause before compact
    /// position `at`, with no 现在 or 以后 after it (之前在线下批发，现在在快手进货; not 以前的老客户现在直接线下交易).
    func pastInClause(before at: Int) -> Range<Int>? {
        let c = norm.compact
        guard at < c.count else { return nil }
        if let own = pastInOwnClause(before: at) { return own }
        // A clause with no time or subject of its own goes on with the one before it in the sentence
        // (以前进货都是去批发市场，现金交易，…): that clause's past, if it has one, is its too.
        let start = norm.clauseStart(from: at, norm.clause[at])
        guard start > 0, !norm.sentenceBreak(between: start - 1, start), !norm.phraseBreak(before: start),
              !(start..<at).contains(where: { Self.speakers.contains(c[$0]) }),
              !(start..<at).contains(where: { word(at: $0, from: Self.presentTimes) != nil }) else { return nil }
        // (Not an offer: a gain in the clause or the speaker named later in the sentence — 之前都走平台，私下交易更便宜，加我.)
        let sentence = norm.sentence[at]
        var k = start
        while k < c.count, norm.sentence[k] == sentence {
            if c[k] == 0x6211 || (norm.clause[k] == norm.clause[at] && word(at: k, from: Self.gains) != nil) { return nil }
            k += 1
        }
        return pastInOwnClause(before: start - 1).flatMap { past in
            // (Nothing after the past time in that clause brings it back to now.)
            (past.upperBound..<start).contains(where: { word(at: $0, from: Self.presentTimes) != nil }) ? nil : past
        }
    }

    /// 我 你 您 他 她: a clause that names who acts has a subject of its own.
    static let speakers: ScalarSet = [0x6211, 0x4F60, 0x60A8, 0x4ED6, 0x5979]

    /// Someone told of by a pronoun (他 她 他们 她们) opening the clause before compact position `at`, with no one
    /// else, no request and no offer between (他在服务区看到好东西就拍照发微信给我): their doing, which the speaker
    /// tells. (加他微信, 让她…, 她可以… are not, nor an owner: 她的vx, 她家的….)
    func actedByThirdPerson(before at: Int) -> Range<Int>? {
        let c = norm.compact
        guard at < c.count else { return nil }
        var k = norm.clauseStart(from: at, norm.clause[at])
        if k < at, c[k] == 0x4F46 || c[k] == 0x5C31 || c[k] == 0x800C { k += 1 }  // 但 就 而
        if let role = roleActing(from: k, before: at) { return role }
        guard k < at, c[k] == 0x4ED6 || c[k] == 0x5979 else { return nil }
        let end = k + 1 < at && c[k + 1] == 0x4EEC ? k + 2 : k + 1  // …们
        // (A verb done to the speaker may open the words themselves: 他们给我打电话说…, 她加我….)
        if end == at, at + 1 < c.count, [0x7ED9, 0x6253, 0x52A0, 0x53D1].contains(c[at]), c[at + 1] == 0x6211 { return k..<end }  // 给 打 加 发 + 我
        // (An owner — 她的vx, 她家的鸡蛋 — is no one acting: what is theirs may still be offered.)
        guard end < at, c[end] != 0x7684, c[end] != 0x5BB6 else { return nil }  // 的 家
        guard !(end..<at).contains(where: { Self.notActedBy.contains(c[$0]) && c[$0] != 0x7684 }) else { return nil }
        return k..<end
    }

    /// Someone named by their role (快递员, 客服, 师傅, 店长: a word ending in one of `PartScan.personRoles`) as the
    /// subject opening the clause (after a past time: 昨天, 刚才), acting right before compact
    /// position `at` or with at most two adverbs between (快递员打我电话说放驿站了, 客服又打给我): their doing,
    /// told, when it is done to the speaker (我 within the words' first three characters). Not the audience addressed
    /// (老板们, 需要安装的师傅 — 们 or 的 at the role), nor a request or an offer between.
    /// 加 打 发 给 私 拉 让 叫 找 约 转 推: verbs a role may do to the speaker, opening the words themselves.
    static let deedsDoneToSpeaker: ScalarSet = [0x52A0, 0x6253, 0x53D1, 0x7ED9, 0x79C1, 0x62C9, 0x8BA9, 0x53EB, 0x627E, 0x7EA6, 0x8F6C, 0x63A8]

    /// 来之前 到之前 上门前 出发前 来的时候 到的时候 快到了 到了 来了: when a role coming to the speaker does what follows.
    static let arrivals = WordTable(["来之前", "到之前", "上门前", "上门之前", "出发前", "出发之前", "来的时候", "到的时候", "快到了",
                                       "到了", "来了"].map { $0.unicodeScalars.map(\.value) })

    func roleActing(from k: Int, before at: Int) -> Range<Int>? {
        let c = norm.compact
        var k = k
        if let time = word(at: k, from: PartScan.pastTimes) { k += time.count }
        // (A past time reaching to the words or past them leaves no room for a role: 刚才 right before the words.)
        guard k < at else { return nil }
        // The role's word opens the clause (快递员, 客服): no verb before it makes it an object (联系客服).
        guard let r = (k..<min(at, k + 5)).first(where: { PartScan.personRoles.contains(c[$0]) }), r > k,
              c[r] != 0x670D || c[r - 1] == 0x5BA2,  // 服 only in 客服 (汉服, 衣服 are clothes)
              c[r] != 0x677F || c[r - 1] == 0x8001,  // 板 only in 老板 (侧板, 背板 are panels)
              !(k..<r).contains(where: { Self.notActedBy.contains(c[$0]) || PartScan.takesMe.contains(c[$0]) }),
              // (Done to the speaker — 打我, 加我, 给我打 — is told; 客服加微信领券 may be an ad naming whose WeChat.)
              (at..<min(c.count, at + 3)).contains(where: { c[$0] == 0x6211 && norm.clause[$0] == norm.clause[at] }),
              r + 1 <= at, c[r + 1] != 0x4EEC else { return nil }  // 们 (r + 1 ≤ at, which the caller keeps inside the text)
        // (When it is done may stand between: 师傅来之前打我电话, 快递员到了打我电话.)
        var deedFrom = r + 1
        if let when = word(at: deedFrom, from: Self.arrivals), deedFrom + when.count <= at { deedFrom += when.count }
        guard at - deedFrom <= 2, !(deedFrom..<at).contains(where: { Self.notActedBy.contains(c[$0]) }) else { return nil }
        // A role right before a thing's name names whose it is (家长群 私我进, 客服微信), no one acting; a verb there (客服加我)
        // is the role's deed.
        if r + 1 == at, !Self.deedsDoneToSpeaker.contains(c[at]) { return nil }
        return max(k, r - 2)..<(r + 1)
    }

    /// `pastInClause` within the clause of compact position `at` only.
    func pastInOwnClause(before at: Int) -> Range<Int>? {
        let c = norm.compact
        guard at < c.count else { return nil }
        // (A space that parts phrases in unpunctuated chat ends the clause too: 上次你说的那个价还算数吗 我直接….)
        var k = at
        while k > 0, norm.clause[k - 1] == norm.clause[at], !norm.phraseBreak(before: k) { k -= 1 }
        var past: Range<Int>?
        while k < at {
            // (以前的老客户 names people of the past; the clause's own time is still open.)
            // (…nor do the past's customers: 去年买过的老客户今年直接找我订 — a 的 then the patrons before the words.)
            // (之前 or 以前 after an act — 走之前, 下课以前 — is a time to come relative to it, not the past.)
            if let w = word(at: k, from: Self.pastTimes), k + w.count <= at, !(k + w.count < at && c[k + w.count] == 0x7684),
               !(c[k + 1] == 0x524D && k > 0 && norm.clause[k - 1] == norm.clause[k] && Self.actsBefore.contains(c[k - 1])),
               !((k + w.count)..<at).contains(where: { c[$0] == 0x7684 && word(at: $0 + 1, from: Self.patrons) != nil }) {
                past = k..<(k + w.count)
            }
            // 现在 如今 目前 以后 今后 after it bring the clause back to now (以前…现在直接线下交易).
            if past != nil, let w = word(at: k, from: Self.presentTimes), k + w.count <= at { return nil }
            k += 1
        }
        return past
    }

    /// Someone of the speaker's family (我妈, 爸妈, 老公, 孩子 …) ending right before compact position `at` in
    /// its clause, or with at most twelve characters between (非要在, 天天用, 每天早上五点起来在): they act, the speaker tells
    /// it (我爸非要在微信群里抢红包, 教会了我妈用微信视频). Not when someone else, a request or an owner's 的 comes
    /// between (我妈让你加…, 老公叫我…, 老公的线下店), nor an offer (孩子都可以线下来店); a relative after the
    /// invitation (加我老公微信) is not before it.
    func actedByFamily(before at: Int) -> Range<Int>? {
        let c = norm.compact
        guard at < c.count else { return nil }
        let clause = norm.clause[at]
        guard !Self.notActedBy.contains(c[at]) else { return nil }
        for gap in 0...12 {
            let end = at - gap
            guard end > 0, norm.clause[end - 1] == clause, gap == 0 || !Self.notActedBy.contains(c[end]) else { break }
            if let w = norm.word(endingAt: end, from: Self.family),
               norm.clause[end - w.count] == clause,
               // (把孩子的电话留给我, 给我妈打电话: the relative is what is handed or reached, not who acts.)
               end - w.count == 0 || !Self.familyAsObject.contains(c[end - w.count - 1]),
               // (毛孩子 is a pet, as owners call them: 毛孩子家长群 is the owners' group.)
               !(w.count == 2 && c[end - 2] == 0x5B69 && end - 3 >= 0 && c[end - 3] == 0x6BDB),  // 毛 before 孩子
               // (…nor is anyone a kind made by 的 describes — 学过的孩子, 来过的家长 — unless the speaker owns them: 我的孩子.)
               !(end - w.count >= 2 && c[end - w.count - 1] == 0x7684 && ![0x6211, 0x4EEC, 0x5BB6].contains(c[end - w.count - 2])) {  // 的, not 我的 们的 家的
                return (end - w.count)..<end
            }
        }
        return familyChained(before: at)
    }

    /// A relative (`family`) right before a verb of sending, 给 if any, and 我 (我妈转给我, 老公发给我, 我姐发我; or with the
    /// words themselves between: 我姐微信发给我), in
    /// the clause of compact `at`, starting no later than three characters after `end` and ending no earlier than
    /// four before `at`: what the words name (a link, the channel it came by, the transfer itself) reached the
    /// speaker from them. The relative's range, or nil.
    func familySentToSpeaker(near at: Int, end: Int) -> Range<Int>? {
        let c = norm.compact
        guard at < c.count else { return nil }
        let clause = norm.clause[at]
        let from = norm.clauseStart(from: at, clause)
        let to = min(norm.clauseEnd(from: at, clause), end + 4)
        var k = from
        while k < to {
            if let w = norm.word(at: k, from: Self.family) {
                var j = k + w.count
                // (The channel itself may stand between: 我姐微信发给我的.)
                if j == at, end < c.count, PartScan.sendingVerbs.contains(c[end]) { j = end }
                // (…or another channel the words do not name: 闺蜜微信发我的链接.)
                if let ch = word(at: j, from: Self.channelsBetween), j + ch.count < c.count, PartScan.sendingVerbs.contains(c[j + ch.count]) { j += ch.count }
                if j < c.count, PartScan.sendingVerbs.contains(c[j]) {
                    j += 1
                    if j < c.count, c[j] == 0x7ED9 { j += 1 }  // 给
                    if j < c.count, c[j] == 0x6211, norm.clause[j] == clause, j + 1 >= at - 4 { return k..<(k + w.count) }  // 我
                }
                k += w.count
            } else {
                k += 1
            }
        }
        return nil
    }

    /// 微信 qq 短信 (and 微信上, 微信里): a channel between a relative and their sending.
    static let channelsBetween = WordTable(["微信上", "微信里", "微信", "qq上", "qq", "短信"].map { $0.unicodeScalars.map(\.value) })

    /// A lesson's heading opening the sentence of compact `at`: 第, a number (digits or 一…十百), then 课 节 讲 章 集
    /// or 单元 (第12课, 第三节). Its range, or nil.
    func lessonHeading(before at: Int) -> Range<Int>? {
        let c = norm.compact
        guard at < c.count else { return nil }
        var s = at
        while s > 0, !norm.sentenceBreak(between: s - 1, s) { s -= 1 }
        guard s < at, c[s] == 0x7B2C else { return nil }  // 第
        var k = s + 1
        while k < at, k - s <= 4, Self.numerals.contains(c[k]) || (0x30...0x39).contains(c[k]) { k += 1 }
        guard k > s + 1, k < at else { return nil }
        if Self.lessonUnits.contains(c[k]) { return s..<(k + 1) }
        if k + 1 < at, c[k] == 0x5355, c[k + 1] == 0x5143 { return s..<(k + 2) }  // 单元
        return nil
    }

    /// 一 二 三 四 五 六 七 八 九 十 百 零 两
    static let numerals: ScalarSet = [0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x96F6, 0x4E24]
    /// 课 节 讲 章 集
    static let lessonUnits: ScalarSet = [0x8BFE, 0x8282, 0x8BB2, 0x7AE0, 0x96C6]

    /// A clause that goes on with a relative's story without a subject of its own, opening on how often or on an
    /// adverb (我妈学会了用手机拍视频，天天在家庭群里发…; 我妈七十多了，不会用别的，就会用微信): the relative who opens a
    /// clause before it, in the same sentence, with at most two more such clauses between, still acts. Nobody else,
    /// no request or offer, between the opening and the words.
    func familyChained(before at: Int) -> Range<Int>? {
        let c = norm.compact
        var start = norm.clauseStart(from: at, norm.clause[at])
        guard start > 0, let opening = word(at: start, from: Self.subjectless), start + opening.count <= at,
              !(start...at).contains(where: { Self.notActedBy.contains(c[$0]) }) else { return nil }
        for _ in 0..<3 {
            guard start > 0, !norm.sentenceBreak(between: start - 1, start) else { return nil }
            let before = norm.clauseStart(from: start - 1, norm.clause[start - 1])
            if let w = word(at: before, from: Self.family), before + w.count < start { return before..<(before + w.count) }
            // (A clause passed over names no one else and asks nothing: 我 你 您 让 叫 请 给 找 加.)
            guard word(at: before, from: Self.subjectless) != nil,
                  !(before..<start).contains(where: { Self.notActedBy.contains(c[$0]) && !Self.offerOrOwner.contains(c[$0]) }) else { return nil }
            start = before
        }
        return nil
    }

    /// 可 能 支 的: an offer or an owner's 的, which only matter between a relative and the words themselves.
    static let offerOrOwner: ScalarSet = [0x53EF, 0x80FD, 0x652F, 0x7684]

    /// How a clause with no subject of its own opens: how often (天天, 平时) or an adverb (就, 也, 还, 只, 不会, 会).
    static let subjectless = WordTable(habitual + ["就", "也", "还", "只", "都", "会", "不会", "不", "没", "从来"].map { $0.unicodeScalars.map(\.value) })

    /// 天天 每天 整天 成天 经常 常常 老是 总是 一直 平时: how often, opening a clause that tells a habit
    static let habitual: [[UInt32]] = ["天天", "每天", "整天", "成天", "经常", "常常", "老是", "总是", "一直", "平时"].map { $0.unicodeScalars.map(\.value) }

    /// The speaker's family: 我妈 我爸 我哥 我姐 我弟 我妹 爸妈 爸爸 妈妈 老爸 老妈 父母 老公 老婆 媳妇 儿子 女儿 闺女 孩子
    /// 爷爷 奶奶 外公 外婆 姥姥 姥爷 婆婆 公公 岳母 丈母娘 老人 家里人, relatives further off (表姐 堂哥 姑姑 舅舅 小姨 叔叔
    /// 嫂子 侄子 外甥 孙女 …), 闺蜜 室友 同事, and 他们 她们 (others the speaker tells of)
    static let family = WordTable(["我妈", "我爸", "我哥", "我姐", "我弟", "我妹", "爸妈", "爸爸", "妈妈", "老爸", "老妈", "父母", "老公",
                                     "老婆", "媳妇", "儿子", "女儿", "闺女", "孩子", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "婆婆",
                                     "公公", "岳母", "丈母娘", "老人", "家里人",
                                     // …relatives further off, and those the speaker lives or works beside.
                                     "表姐", "表哥", "表妹", "表弟", "堂姐", "堂哥", "堂妹", "堂弟", "姑姑", "舅舅", "舅妈", "姨妈", "小姨",
                                     "大姨", "叔叔", "婶婶", "嫂子", "姐夫", "妹夫", "侄子", "侄女", "外甥", "孙子", "孙女", "闺蜜", "室友", "同事",
                                     // …and others the speaker tells of (教他们怎么在淘宝上看物流).
                                     "他们", "她们"].map { $0.unicodeScalars.map(\.value) })
    /// 把 将 给 帮 替 跟 和 对 找 加 问 让 叫: before a relative, they are acted on or for
    static let familyAsObject: ScalarSet = [0x628A, 0x5C06, 0x7ED9, 0x5E2E, 0x66FF, 0x8DDF, 0x548C, 0x5BF9, 0x627E, 0x52A0, 0x95EE, 0x8BA9,
                                              0x53EB]
    /// 我 你 您 让 叫 请 给 找 加 可 能 支 的: someone else, a request, an offer (可以, 能, 支持) or an owner's 的
    /// between a relative and the words
    static let notActedBy: ScalarSet = [0x6211, 0x4F60, 0x60A8, 0x8BA9, 0x53EB, 0x8BF7, 0x7ED9, 0x627E, 0x52A0, 0x53EF, 0x80FD, 0x652F,
                                          0x7684]

    /// 走 来 到 去 开 完 门 课 班 货 束 单: the last characters of an act a time can be set before (走之前, 出门之前,
    /// 下课以前, 发货之前, 结束之前, 下单以前).
    static let actsBefore: ScalarSet = [0x8D70, 0x6765, 0x5230, 0x53BB, 0x5F00, 0x5B8C, 0x95E8, 0x8BFE, 0x73ED, 0x8D27, 0x675F, 0x5355]

    /// 之前 以前 曾经 去年 上次 小时候 那时候 当年 从前
    static let pastTimes = WordTable([[0x4E4B, 0x524D], [0x4EE5, 0x524D], [0x66FE, 0x7ECF], [0x53BB, 0x5E74], [0x4E0A, 0x6B21], [0x5C0F, 0x65F6, 0x5019],
                                        [0x90A3, 0x65F6, 0x5019], [0x5F53, 0x5E74], [0x4ECE, 0x524D]]
        // …and the steps of a story told (到后来, 一开始, 最开始, 刚开始: 到后来跟着群里团购). (Not 后来 alone: 以后来 and
        // 然后来 hold it.)
        + ["到后来", "一开始", "最开始", "刚开始"].map { $0.unicodeScalars.map(\.value) })
    /// Those who bought or learnt before (老客户 客户 顾客 学员 会员): made so by a past, they are addressed now.
    static let patrons = WordTable(["老客户", "客户", "老顾客", "顾客", "老学员", "学员", "会员", "老会员", "回头客", "老主顾"]
        .map { $0.unicodeScalars.map(\.value) })
    /// 现在 如今 目前 以后 今后 (…and 今年 下次 下回 这次: 去年买过的老客户今年直接找我订)
    static let presentTimes = WordTable([[0x73B0, 0x5728], [0x5982, 0x4ECA], [0x76EE, 0x524D], [0x4EE5, 0x540E], [0x4ECA, 0x540E]]
        + ["今年", "下次", "下回", "这次"].map { $0.unicodeScalars.map(\.value) })

    /// Whether the negated words ending at compact position `end` are a condition: 的话 follows in their
    /// clause within six characters (不加微信的话没法发图), or 的 then 就 也 可 算 right after them (不愿意私下交易的就算了:
    /// whoever does not want it). 不用加微信的，直接拍 is a plain refusal: the clause ends after 的.
    /// Whether the words ending at compact `end` are followed in their clause by a rhetorical how (怎么 咋
    /// 如何 怎样 哪能) and, within three characters, the speaker doing something for the listener (给你 帮你 给您
    /// 帮您 替你): 不加微信怎么给你算批发价 says the listener must.
    func rhetorical(after end: Int, clause: Int32) -> Bool {
        let c = norm.compact
        guard end < c.count, norm.clause[end] == clause, let how = word(at: end, from: Self.hows) else { return false }
        var k = end + how.count
        let limit = k + 3
        while k + 1 < c.count, k <= limit, norm.clause[k + 1] == clause {
            if [0x7ED9, 0x5E2E, 0x66FF].contains(c[k]), c[k + 1] == 0x4F60 || c[k + 1] == 0x60A8 { return true }  // 给 帮 替 + 你 您
            k += 1
        }
        return false
    }

    /// 怎么 咋 如何 怎样 哪能: how, asked rhetorically.
    static let hows = WordTable(["怎么", "咋", "如何", "怎样", "哪能"].map { $0.unicodeScalars.map(\.value) })

    /// Whether words negated before them, ending at compact `end`, are a condition (不想加微信的话, 不愿意私下交易的就算了),
    /// which presupposes the thing offered.
    func conditional(after end: Int, clause: Int32) -> Bool {
        let c = norm.compact
        var k = end
        while k + 1 < c.count, k < end + 6, norm.clause[k] == clause, norm.clause[k + 1] == clause {
            if c[k] == 0x7684 {  // 的
                if c[k + 1] == 0x8BDD { return true }  // 的话
                if [0x5C31, 0x4E5F, 0x53EF, 0x7B97].contains(c[k + 1]) { return k == end }  // 就 也 可 算
            }
            k += 1
        }
        return false
    }

    private func reaches(from: Int, to: Int) -> Bool {
        let w = norm.wide
        // English between them: a negation reaches up to four words (we never ask for payment outside…,
        // do not accept Zelle or Cash App), within its clause.
        if from < to, (from..<to).allSatisfy({ CharacterTables.isASCIIAlnum(norm.compact[$0]) }) {
            guard !norm.clauseBreak(between: from - 1, to) else { return false }
            let words = (from..<to).count { $0 == from || norm.spaceBefore($0) }
            return words <= 4
        }
        // Separators between: only spaces and the list comma (also when nothing else stands between:
        // 我不是，加我微信 — the comma ends the negated clause).
        if from <= to, from > 0, to < norm.compact.count {
            let a = Int(norm.compactToWide[from - 1]) + 1
            let b = Int(norm.compactToWide[to])
            for k in a..<b {
                let v = w[k]
                if v == 0x3001 || v == 0x20 || v == 0x3000 { continue }
                if CharacterTables.isStrongBreak(v) || CharacterTables.isClauseBreak(v) { return false }
            }
        }
        var plain = 0
        // A comparison between them (不用像以前那样加微信, 不要跟别人一样私下交易) is passed through whole.
        var likeEnd = from
        var passed = 0
        for k in from..<to {
            let v = norm.compact[k]
            if k < likeEnd { continue }
            if v == 0x50CF || v == 0x8DDF || v == 0x548C, k + 2 < to,  // 像 跟 和
               let end = ((k + 2)..<min(to, k + 9)).first(where: {
                   norm.compact[$0] == 0x6837 && [0x90A3, 0x4E00, 0x8FD9].contains(norm.compact[$0 - 1])  // 那样 一样 这样
               }) {
                likeEnd = end + 1
                continue
            }
            // …and so is a place (别在笔记里放微信号): 在, up to five characters, then 里 上 中 内.
            if v == 0x5728, k + 2 < to,  // 在
               let end = ((k + 2)..<min(to, k + 7)).first(where: { Self.placeEnds.contains(norm.compact[$0]) }) {
                likeEnd = end + 1
                passed += likeEnd - k
                continue
            }
            // A space after the negated phrase's own words ends it (别急 去我们…): writers part phrases so.
            if k > from, plain > 0, norm.spaceBefore(k) { return false }
            // 了 吧 啊 呀 哦 啦 哈 嘛 呢: the negated phrase has ended.
            if [0x4E86, 0x5427, 0x554A, 0x5440, 0x54E6, 0x5566, 0x54C8, 0x561B, 0x5462].contains(v) { return false }
            // …and so has a phrase made a kind by 的 right before 去 or 来 (说我们不发货的去看看…: whoever says so, go and see),
            // or before an invitation (不想等的加我微信: whoever would rather not wait is invited).
            // (私 of 私下 — 不接受任何形式的私下转账 — is the word 'private', no invitation.)
            if v == 0x7684, k == to - 1, to < norm.compact.count,
               norm.compact[to] == 0x53BB || norm.compact[to] == 0x6765
                || ctx.contains(.invite, where: { $0.lowerBound == to }) && !(norm.compact[to] == 0x79C1 && to + 1 < norm.compact.count && norm.compact[to + 1] == 0x4E0B) {
                return false
            }
            if !through.contains(v) && !words.contains(where: { $0.contains(k) }) { plain += 1 }
        }
        // …and so does one right before the trigger.
        if plain > 0, to < norm.compact.count, norm.spaceBefore(to) { return false }
        // (A place passed through whole is no distance: 别在笔记里放微信号 reaches as 别放微信号 does.)
        return to - from - passed <= 3 || plain == 0
    }

    /// Whether a negation ending at compact position `from` reaches `to` as the last of a list: 和 或 及 与 or
    /// a list comma (、) right before `to`, after an item of up to four characters that the negation reaches
    /// (别在笔记里放二维码和微信号: the 别 that reaches 二维码 reaches every item joined to it).
    /// What a list sums up after 等 (禁止出现微信号、QQ号、手机号、二维码等站外联系方式) is reached as its items are;
    /// an item reached as the last of a list before it counts (up to eight items back).
    private func reachesList(from: Int, to: Int, depth: Int = 8) -> Bool {
        let c = norm.compact
        guard to > from + 1, to < c.count else { return false }
        var itemEnd = to
        if [0x548C, 0x6216, 0x53CA, 0x4E0E].contains(c[to - 1]) {  // 和 或 及 与
            itemEnd = to - 1
        } else if c[to - 1] == 0x7B49 {  // 等 (等等)
            itemEnd = to - 1
            if itemEnd - 1 > from, c[itemEnd - 1] == 0x7B49 { itemEnd -= 1 }
        } else {
            // (Two compact characters read from one written one — wx as 微信 — have nothing written between them.)
            let gapStart = Int(norm.compactToWide[to - 1]) + 1, gapEnd = Int(norm.compactToWide[to])
            guard gapStart < gapEnd, (gapStart..<gapEnd).contains(where: { norm.wide[$0] == 0x3001 }) else { return false }  // 、
        }
        return (1...4).contains { length in
            let item = itemEnd - length
            guard item >= from else { return false }
            // The item and the words joined to it are parted by nothing but the list comma.
            let parted = (Int(norm.compactToWide[item])..<Int(norm.compactToWide[to])).contains { k in
                let v = norm.wide[k]
                return v != 0x3001 && (CharacterTables.isStrongBreak(v) || CharacterTables.isClauseBreak(v))
            }
            return !parted && (reaches(from: from, to: item) || depth > 0 && reachesList(from: from, to: item, depth: depth - 1))
        }
    }

    /// 里 上 中 内: where a place named after 在 ends
    static let placeEnds: ScalarSet = [0x91CC, 0x4E0A, 0x4E2D, 0x5185]

    /// A second-person owner (你们, 贵店) right before the words at compact position `term`, in its clause,
    /// with no invitation right before it (加你们微信 is the speaker adding the listeners, not talking
    /// about their channel) or between them (拉你们进v群: the listeners are invited in).
    func addressed(before term: Int) -> Range<Int>? {
        for i in ctx.indices(.addressed) where ctx.entries[i].kind == .addressed {
            let r = ctx.entries[i].range
            guard r.upperBound <= term, term - r.upperBound <= 1, norm.clause[r.lowerBound] == norm.clause[term] else { continue }
            // An invitation between them makes the listeners its object (拉你们进v群), not the owner.
            if term > r.upperBound, ctx.contains(.invite, where: { $0.lowerBound >= r.upperBound && $0.upperBound <= term }) { continue }
            // (Or one ending inside the pronoun: 发你|们vx sends the listeners the speaker's vx.)
            let invited = [PartScan.Context.Kind.invite, .handleInvite].contains { kind in
                ctx.contains(kind) { $0.upperBound <= r.lowerBound && r.lowerBound - $0.upperBound <= 4
                    || $0.lowerBound < r.lowerBound && $0.upperBound > r.lowerBound && $0.upperBound <= r.upperBound }
            }
            if !invited && !listenersReachSpeaker(after: term) && !givenTo(listenersAt: r.lowerBound) { return r }
        }
        return nil
    }

    /// Whether the listeners at compact `k` are the ones something was given to (之前给过你们的那个号, 发给你们的电话): a
    /// verb of giving right before them, 过 or 给 after it at most. What was given is the speaker's, not theirs.
    func givenTo(listenersAt k: Int) -> Bool {
        let c = norm.compact
        var j = k - 1
        if j > 0, c[j] == 0x8FC7 || c[j] == 0x7ED9 { j -= 1 }  // 过 给
        return j >= 0 && Self.givingVerbs.contains(c[j]) && norm.clause[j] == norm.clause[k]
    }

    /// 给 发 留 告(诉) 推 报: verbs of giving a number or a name.
    static let givingVerbs = ScalarSet("给发留诉推报")

    /// 你们 or 你家 within six characters after compact `end` in its clause, and the clause a question (吗 ending it, or a
    /// question mark after it): the listener is asked about their own presence there (京东上也有你们旗舰店吗？). The
    /// pronoun's range, or nil.
    func askedOfListener(after end: Int) -> Range<Int>? {
        let c = norm.compact
        guard end > 0, end < c.count else { return nil }
        let clause = norm.clause[end - 1]
        let stop = norm.clauseEnd(from: end - 1, clause)
        guard stop > end, c[stop - 1] == 0x5417 || questionAfter(stop - 1) else { return nil }  // 吗
        for k in end..<min(stop - 1, end + 6) where c[k] == 0x4F60 && (c[k + 1] == 0x4EEC || c[k + 1] == 0x5BB6) {  // 你们 你家
            return k..<(k + 2)
        }
        return nil
    }

    /// Whether a question mark follows compact position `k` before the next compact character.
    func questionAfter(_ k: Int) -> Bool {
        let w = norm.wide
        let from = Int(norm.compactToWide[k]) + 1
        let to = k + 1 < norm.compact.count ? Int(norm.compactToWide[k + 1]) : w.count
        return from < to && w[from..<to].contains(where: CharacterTables.isQuestionMark)
    }

    /// Whether the listeners are told, a few words after compact `term` in its clause, to reach the speaker (你们私下找我,
    /// 你们线下联系我, 你们直接加我): 你们 is then who acts, not whose channel it is.
    func listenersReachSpeaker(after term: Int) -> Bool {
        let c = norm.compact
        let clause = norm.clause[term]
        var k = term + 1
        while k + 1 < c.count, k - term <= 6, norm.clause[k + 1] == clause {
            if c[k + 1] == 0x6211, Self.reachingVerbs.contains(c[k]) || c[k] == 0x7CFB && c[k - 1] == 0x8054 { return true }  // …我; 联系
            k += 1
        }
        return false
    }

    /// 找 加 私 滴 戳 call: verbs that take the speaker as their object when the listeners reach them.
    static let reachingVerbs: ScalarSet = [0x627E, 0x52A0, 0x79C1, 0x6EF4, 0x6233]

    /// Which compact positions stand inside quotation marks (“…” ‘…’ 「…」 『…』 "…"); empty when none.
    static func quotes(_ norm: NormalizedText) -> [Bool] {
        inside(norm) { v in
            switch v {
            case 0x201C, 0x2018, 0x300C, 0x300E, 0xFE41, 0xFE43: .open
            case 0x201D, 0x2019, 0x300D, 0x300F, 0xFE42, 0xFE44: .close
            case 0x22: .toggle
            default: nil
            }
        }
    }

    /// Which compact positions stand inside a title's marks (《…》 〈…〉); empty when there are none.
    static func titles(_ norm: NormalizedText) -> [Bool] {
        inside(norm) { v in
            switch v {
            case 0x300A, 0x3008: .open
            case 0x300B, 0x3009: .close
            default: nil
            }
        }
    }

    enum Mark { case open, close, toggle }

    /// Which compact positions stand between paired marks (nested; a toggling mark such as `"` opens
    /// and closes by turns; a newline closes everything); empty when no mark opens anything, so most
    /// texts allocate nothing.
    private static func inside(_ norm: NormalizedText, _ mark: (UInt32) -> Mark?) -> [Bool] {
        let w = norm.wide
        guard w.contains(where: { let m = mark($0); return m == .open || m == .toggle }) else { return [] }
        var inside = [Bool](repeating: false, count: w.count)
        var depth = 0
        var toggled = false
        for k in 0..<w.count {
            if w[k] == 0x0A {
                depth = 0
                toggled = false
                continue
            }
            switch mark(w[k]) {
            case .open: depth += 1
            case .close: depth = max(0, depth - 1)
            case .toggle: toggled.toggle()
            case nil: inside[k] = depth > 0 || toggled
            }
        }
        return norm.compactToWide.map { inside[Int($0)] }
    }
}
