import SluiceModel

/// Finds phone and QQ numbers however they are written: ASCII or full-width digits, Chinese
/// and financial numerals (幺三八, 壹叁捌), circled digits, keycaps, and groups split by
/// spaces, dashes or commas. A digit string is only a contact when it looks like one and
/// nothing says it is an order, tracking or article number.
struct NumberRecognizer {
    let text: RecognizerText
    /// Wide ranges of words that make a following number not a contact (单号, 订单 …).
    let notContact: [Range<Int>]
    /// Wide ranges of words that make a following number a contact (电话, 手机 …).
    let contact: [Range<Int>]
    /// Wide ranges of QQ mentions.
    let qqMentions: [Range<Int>]
    /// `qqMentions` and every QQ word written as a label (企鹅：), in wide coordinates: what `splitQQ` starts after.
    var qqCues: [Range<Int>] = []
    /// Whether the part says anything that makes numbers contacts (联系, 电话, 开头, 尾号 …).
    let contactCue: Bool
    /// The digit table, held here so the hot loop does not go through a global accessor.
    let digitTable = CharacterTables.bmpDigit

    /// A run of digits, possibly split by separators.
    struct Run {
        var digits = Digits()
        var start = 0
        var end = 0
        var numerals = 0
        /// Letters read as digits (OCR: O → 0, I/l → 1, S → 5).
        var lookalikes = 0
        /// Taken as a whole number, so not a group of a split one.
        var claimed = false
    }

    func isRealDigit(_ i: Int) -> Bool {
        guard i >= 0 && i < text.w.count else { return false }
        let v = text.w[i]
        return v < 0x10000 && digitTable[Int(v)] != 0xFF
    }

    /// The digit an OCR look-alike letter at `i` stands for (O → 0, I/l → 1, S → 5), only next to a
    /// real digit and not inside a word.
    func lookalikeDigit(at i: Int) -> UInt8? {
        let value: UInt8
        switch text.w[i] {
        case 0x6F: value = 0
        case 0x69, 0x6C, 0x7C: value = 1  // i l | (丨 folds to |)
        case 0x73: value = 5
        case 0x62: value = 8
        case 0x7A: value = 2
        default: return nil
        }
        // Only inside a token of digits and look-alike letters with a real digit (l38O0l38OOO, I39),
        // never inside a word (solo, 1080p); the run it joins needs seven real digits (see `runs`).
        let w = text.w
        func isLookalike(_ v: UInt32) -> Bool { v == 0x6F || v == 0x69 || v == 0x6C || v == 0x73 || v == 0x7C || v == 0x62 || v == 0x7A }
        func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
        var real = 0
        var a = i
        while a > 0, isDigit(w[a - 1]) || isLookalike(w[a - 1]) {
            a -= 1
            if isDigit(w[a]) { real += 1 }
        }
        if a > 0, (0x61...0x7A).contains(w[a - 1]) { return nil }
        var b = i + 1
        while b < w.count, isDigit(w[b]) || isLookalike(w[b]) {
            if isDigit(w[b]) { real += 1 }
            b += 1
        }
        if b < w.count, (0x61...0x7A).contains(w[b]) { return nil }
        return real >= 1 ? value : nil
    }

    /// Whether digits make a whole mobile (1[3-9] and eleven digits) or 400/800 service number.
    static func isComplete(_ d: Digits) -> Bool {
        (d.count == 11 && d[0] == 1 && (3...9).contains(d[1])) || (d.count == 10 && (d[0] == 4 || d[0] == 8) && d[1] == 0 && d[2] == 0)
    }

    /// Characters allowed between the digit groups of one number.
    static func isJoiner(_ v: UInt32) -> Bool {
        switch v {
        // 。 and ． too: groups of numerals parted by full stops (壹叁玖。贰零贰伍。…) are one number as
        // ASCII digits parted so already are.
        case 0x20, 0x3000, 0x2D, 0x2014, 0x2013, 0x2E, 0x2F, 0xFF0C, 0x2C, 0x3001, 0x2026, 0xB7, 0x5F, 0x28, 0x29, 0xFF08, 0x5E,
             0xFF09, 0x7E, 0x2A, 0x2B, 0xFF5E, 0x22, 0x27, 0x201C, 0x201D, 0x3002, 0xFF0E,
             // Every bracket, as round ones already were: 【1】【3】【9】…, [1][3][9]…, 「138」「0013」….
             0x5B, 0x5D, 0x7B, 0x7D, 0xFF3B, 0xFF3D, 0xFF5B, 0xFF5D, 0x3008...0x3011, 0x3014...0x301B,
             // A pictograph or symbol set between digits (1🌸3🌸9…, 1★3★9…), with its variation selector and joiner.
             0x1F300...0x1FAFF, 0x2600...0x27BF, 0x2B50, 0xFE0F, 0x200D:
            return true
        default:
            return false
        }
    }

    /// Whether digits at `position` are glued to a word of two or more ASCII letters (GTC2310287465,
    /// SF1198…) that is not a contact's own prefix (qq, vx, wx, tel, dh): then they are a code.
    func isCode(at position: Int) -> Bool {
        let w = text.w
        var i = position
        while i > 0, (0x61...0x7A).contains(w[i - 1]) { i -= 1 }
        switch position - i {
        case 0, 1:
            return false
        case 2:
            let word = (w[i], w[i + 1])
            return word != (0x71, 0x71) && word != (0x76, 0x78) && word != (0x77, 0x78) && word != (0x64, 0x68)
        case 3:
            return (w[i], w[i + 1], w[i + 2]) != (0x74, 0x65, 0x6C)
        default:
            return true
        }
    }

    /// Whether the few Latin letters glued before the digits at `position` (xy13628471950) stand right after a contact
    /// word (`cue`, a wide position) or a handle's 号是 / 号：, spaces or a colon between: a handle carrying the number,
    /// not a code.
    func handleAfterCue(at position: Int, cue: Int?) -> Bool {
        let w = text.w
        var i = position
        while i > 0, (0x61...0x7A).contains(w[i - 1]) { i -= 1 }
        guard (2...4).contains(position - i) else { return false }
        var k = i
        while k > 0, [0x20, 0x3000, 0x3A, 0xFF1A].contains(w[k - 1]) { k -= 1 }
        if let cue, k > 0, text.wideIndex(k - 1) + 1 == cue { return true }
        return k >= 2 && w[k - 1] == 0x662F && w[k - 2] == 0x53F7  // 号是
            || k >= 1 && k < i && w[k - 1] == 0x53F7  // 号 then a colon or a space
    }

    /// Whether the digit at `i` of the recognisers' text numbers a step: an enclosed numeral (① ⑵ ⒈ ❶ ㉑) with words right
    /// after it and no enclosed numeral against it (①记下 138 ②再记 2047), or one written digit with a list's mark after it
    /// and then words, set off from any digit before (1. 记下 138 2. 再记 2047; 3、最后). Enclosed numerals run together
    /// (①③⑧②⓪…) are a number's digits as ever.
    func isListMarker(_ i: Int) -> Bool {
        let w = text.w
        let norm = text.norm
        func origin(_ k: Int) -> Int32 { norm.wideStart[text.wideIndex(k)] }
        func enclosed(_ k: Int) -> Bool {
            let v = norm.original[Int(origin(k))]
            return (0x2460...0x24FF).contains(v) || (0x2776...0x2793).contains(v) || (0x3251...0x325F).contains(v) || (0x32B1...0x32BF).contains(v)
        }
        func isDigit(_ k: Int) -> Bool { w[k] < 0x10000 && digitTable[Int(w[k])] != 0xFF }
        func blank(_ v: UInt32) -> Bool { v == 0x20 || v == 0x3000 }
        func wordsFrom(_ k: Int) -> Bool {
            var k = k
            while k < w.count, blank(w[k]) { k += 1 }
            // (Words, not a numeral: 3 ⑦ 二 9 is a number spelled in three ways.)
            return k < w.count && CharacterTables.isIdeograph(w[k]) && !isDigit(k)
        }
        if enclosed(i) {
            // The digits this one numeral became (⑩ is two).
            var start = i
            while start > 0, origin(start - 1) == origin(i) { start -= 1 }
            var end = i + 1
            while end < w.count, origin(end) == origin(i) { end += 1 }
            return wordsFrom(end) && !(start > 0 && enclosed(start - 1)) && !(end < w.count && enclosed(end))
        }
        // One written digit, then . 、 ) and words, with a space or nothing but words before it.
        guard i + 1 < w.count, [0x2E, 0x3001, 0x29, 0xFF09].contains(w[i + 1]), wordsFrom(i + 2) else { return false }
        return i == 0 || blank(w[i - 1]) || w[i - 1] == 0x0A || CharacterTables.isIdeograph(w[i - 1])
    }

    func runs() -> [Run] {
        var runs: [Run] = []
        // Chinese numerals (一, 两) make short runs all through ordinary text.
        runs.reserveCapacity(32)
        var current = Run()
        var open = false
        var gap = 0
        /// Digits since the last separator inside the run.
        var group = 0
        let w = text.w
        func digitsAfter(_ i: Int) -> Int {
            var k = i
            while k < w.count, w[k] < 0x10000, digitTable[Int(w[k])] != 0xFF { k += 1 }
            return k - i
        }
        /// Whether the digits from `i` are followed by another dot or a dash and a digit.
        func separatorFollows(_ i: Int) -> Bool {
            let k = i + digitsAfter(i)
            return k + 1 < w.count && (w[k] == 0x2E || w[k] == 0x2D) && w[k + 1] < 0x10000 && digitTable[Int(w[k + 1])] != 0xFF
        }
        for i in 0..<w.count {
            let v = w[i]
            var value: UInt8 = 0xFF
            var numeral = false
            var lookalike = false
            if v < 0x10000 {
                value = digitTable[Int(v)]
                numeral = v > 0x39
                // One numeral counting places after 前 后 or 第 (前三 139, 后四 7788, 第二): a count, no digit of a number.
                if numeral, value != 0xFF, !open, i > 0, w[i - 1] == 0x524D || w[i - 1] == 0x540E || w[i - 1] == 0x7B2C,
                   i + 1 >= w.count || w[i + 1] >= 0x10000 || digitTable[Int(w[i + 1])] == 0xFF {
                    value = 0xFF
                }
                // A numeral counting things, a measure word right after it (两件, 一个, 三只): a quantity, no digit.
                if numeral, value != 0xFF, i + 1 < w.count, Self.measureWords.contains(w[i + 1]) { value = 0xFF }
            }
            // A step's number (①记下 138 ②再记 2047): no digit of the number around it.
            if value != 0xFF, v <= 0x39, !(i > 0 && w[i - 1] <= 0x39 && w[i - 1] >= 0x30), isListMarker(i) { value = 0xFF }
            if value == 0xFF, v == 0x6F || v == 0x69 || v == 0x6C || v == 0x73 || v == 0x7C || v == 0x62 || v == 0x7A,
               let d = lookalikeDigit(at: i) {
                value = d
                numeral = false
                lookalike = true
            }
            if value != 0xFF {
                if !open {
                    current = Run(start: i)
                    open = true
                }
                current.digits.append(value)
                if numeral { current.numerals += 1 }
                if lookalike { current.lookalikes += 1 }
                current.end = i + 1
                gap = 0
                group += 1
            } else if open, v == 0x2E || v == 0x2F, group < 3 || digitsAfter(i + 1) < 3,
                      !(v == 0x2E && separatorFollows(i + 1)) {
                // A decimal point or a fraction (13.3/14/15.6, 3.7V): the number ends here. Dots between
                // single digits all along (1.8.6-2.3.4) are separators, not decimal points.
                runs.append(current)
                open = false
                gap = 0
                group = 0
            } else if open, v == 0xFF0C || v == 0x2C || v == 0x3001, Self.isComplete(current.digits) {
                // A comma after a whole mobile or 400/800 number ends it: what follows is something else
                // (400-820-1234，7×24小时).
                runs.append(current)
                open = false
                gap = 0
                group = 0
            } else if open, Self.isJoiner(v) || v == 0x55EF /* 嗯 */, gap < 3 {
                gap += 1
                group = 0
            } else if open {
                runs.append(current)
                open = false
                gap = 0
                group = 0
            }
        }
        if open { runs.append(current) }
        // A count of digits (前6位, 后5位) is no part of the number.
        runs.removeAll { run in
            var k = run.end
            while k < w.count, w[k] == 0x20 { k += 1 }
            return k < w.count && w[k] == 0x4F4D && run.digits.count <= 2
        }
        // Chinese numerals make a number only in a long run (一起, 三至六 are words); OCR look-alikes
        // only among enough real digits. Where the text names a contact (手机号, 电话), a group of three or
        // four numerals may be one part of a number said in pieces (幺五九 后面是 三六六八 最后 零七二一):
        // only the split-number assembly reads groups that short.
        // Where the text names a contact, a number written with many look-alikes (电话 l38O0l38OOO: five
        // real digits) is still one; elsewhere seven real digits make it a number rather than a code.
        let fewestNumerals = contactCue ? 3 : 5
        let fewestRealDigits = contactCue ? 5 : 7
        runs.removeAll { ($0.numerals > 0 && $0.digits.count < fewestNumerals) || ($0.lookalikes > 0 && $0.digits.count - $0.lookalikes < fewestRealDigits) }
        return runs
    }

    /// 件 个 只 条 块 元 斤 箱 瓶 盒 双 套 份 张 台 辆 岁 次 杯 颗 支 本 根: measure words, which make the numeral before
    /// them a count.
    static let measureWords: ScalarSet = [0x4EF6, 0x4E2A, 0x53EA, 0x6761, 0x5757, 0x5143, 0x65A4, 0x7BB1, 0x74F6, 0x76D2, 0x53CC,
                                          0x5957, 0x4EFD, 0x5F20, 0x53F0, 0x8F86, 0x5C81, 0x6B21, 0x676F, 0x9897, 0x652F, 0x672C, 0x6839]

    /// Whether 元 or 块 follows the run, after spaces: its digits are a price.
    func priced(_ run: Run) -> Bool {
        let w = text.w
        var k = run.end
        while k < w.count, w[k] == 0x20 || w[k] == 0x3000 { k += 1 }
        return k < w.count && (w[k] == 0x5143 || w[k] == 0x5757)  // 元 块
    }

    /// Whether the run is written in three groups of 3, 4 and 4 digits parted by spaces or dashes (138 1234 5678,
    /// 一八六-二二零四-七七三一), a mobile's own grouping, with 86 before them or not.
    func phoneGrouped(_ run: Run) -> Bool {
        let w = text.w
        var sizes = (0, 0, 0, 0)
        var groups = 0
        var size = 0
        func close() {
            guard size > 0 else { return }
            switch groups { case 0: sizes.0 = size; case 1: sizes.1 = size; case 2: sizes.2 = size; case 3: sizes.3 = size; default: break }
            groups += 1
            size = 0
        }
        for i in run.start..<run.end {
            if w[i] < 0x10000, digitTable[Int(w[i])] != 0xFF { size += 1 }
            else if w[i] == 0x20 || w[i] == 0x2D || w[i] == 0x3000 { close() }
            else { return false }  // (brackets, dots: a batch's or a date's marks, not a phone's)
        }
        close()
        if groups == 3 { return sizes == (3, 4, 4, 0) }
        return groups == 4 && sizes.0 == 2 && sizes.1 == 3 && sizes.2 == 4 && sizes.3 == 4
    }

    /// Whether the "not a contact" word ending at wide position `end` names a number of its own: 号 or 码 ends it
    /// (单号, 货号, 编码).
    func namesNumber(endingAt end: Int) -> Bool {
        end > 0 && (text.norm.wide[end - 1] == 0x53F7 || text.norm.wide[end - 1] == 0x7801)
    }

    /// Whether a plus sign (a country code's) stands right before position `i` of the text, spaces aside.
    func plusBefore(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, text.w[k] == 0x20 { k -= 1 }
        return k >= 0 && text.w[k] == 0x2B && (k == 0 || !CharacterTables.isASCIIAlnum(text.w[k - 1]))
    }

    /// What stands between the numbers of a list: 、 , ， ; ； / and spaces.
    static let listSeparators: ScalarSet = [0x3001, 0x2C, 0xFF0C, 0x3B, 0xFF1B, 0x2F, 0x20, 0x3000]

    func candidates(into out: inout [PartScan.Candidate]) {
        var all = runs()
        // Where the last mobile-shaped number a "not a contact" word set aside ends (wide): the next mobile in its list
        // (可选号码：138…、138…) is the same kind of number.
        var setAsideEnd: Int?
        for index in all.indices {
            let run = all[index]
            let d = run.digits
            // Too short for any contact number on its own (split numbers are assembled below).
            if d.count < 5 { continue }
            // The nearest cue before the number says what it is: 发票代码 044…，号码 38264517 is an invoice's
            // number; 订单问题打电话 138… is a phone. A "not a contact" cue reaches 24 characters.
            // Cues are in wide coordinates.
            let range = text.wide(run.start..<run.end)
            let start = range.lowerBound
            // (Loops, not filter/map: this runs for every number, and each array costs an allocation.)
            var notCue: Int?
            for r in notContact where r.upperBound <= start + 1 && start - r.upperBound <= 24 { notCue = max(notCue ?? r.upperBound, r.upperBound) }
            var cueRange: Range<Int>?
            for r in contact where r.upperBound <= start && start - r.upperBound <= 10 {
                if cueRange == nil || r.upperBound > cueRange!.upperBound { cueRange = r }
            }
            let cue = cueRange?.upperBound
            // 号码 alone is any number's word (an invoice's, a certificate's): the topic decides.
            let generic = cueRange.map { text.norm.wideString($0) == "号码" } ?? false
            // A mobile's shape (1[3-9] and eleven digits) speaks for itself: only a word right before it
            // (单号13812345678) makes it something else.
            var shaped = d
            if shaped.count == 13, shaped[0] == 8, shaped[1] == 6 { shaped.removeFirst2() }
            let mobileShaped = shaped.count == 11 && shaped[0] == 1 && (3...9).contains(shaped[1])
            // A mobile whose last eight digits are all zero (138 0000 0000) is the textbook placeholder: no one's line.
            if mobileShaped && (3..<11).allSatisfy({ shaped[$0] == 0 }) { continue }
            // Whoever writes the number may say whose it is right after it (…（其实是我手机）): that outweighs
            // any word before it and letters glued to it.
            let owned = mobileShaped && claimedAfter(run.end)
            let listed = mobileShaped && setAsideEnd.map { end in
                start >= end && start - end <= 2 && (end..<start).allSatisfy { Self.listSeparators.contains(text.norm.wide[$0]) }
            } ?? false
            let vetoes = !owned && (notCue.map { !mobileShaped || start - $0 <= 2 } ?? false || listed)
            // A mobile in a mobile's own grouping (186 2204 7731) after a contact word is that phone, whatever the words
            // between name (电话沟通尺寸：一八六 二二零四 七七三一); a number's own name (单号, 编码) still makes it that number.
            let groupedAfterCue = cue != nil && !generic && mobileShaped && phoneGrouped(run) && !(notCue.map { namesNumber(endingAt: $0) } ?? false)
            // A contact word in a later clause than the "not a contact" word (要证书的，打我们门店 0692…) speaks for the
            // number: the earlier clause's word named what was asked about, not this number.
            let cueInLaterClause = !generic && cue.map { c in
                notCue.map { n in n < c && (n..<c).contains { CharacterTables.isBreakOrComma(text.norm.wide[$0]) } } ?? false
            } ?? false
            let saysNotContact = vetoes && !groupedAfterCue && !cueInLaterClause
                && (cue == nil || notCue! >= cue! || start - cue! > 4 || generic)
            let saysContact = (cue != nil || owned) && !saysNotContact
            let qq = qqMentions.first { $0.upperBound <= start + 1 && start - $0.upperBound <= 10 || $0.overlaps(range) }
            // (A mobile inside a handle, right after a contact word or a handle's 号是, is the line: 她的号是 xy1362847….)
            if isCode(at: run.start) && !owned && !(mobileShaped && notCue == nil && handleAfterCue(at: run.start, cue: cue)) { continue }

            // …unless a "not a contact" word stands nearer the number than the QQ word (平安扣 冰种 证书号 2739001862).
            if let qq, (5...11).contains(d.count), d[0] != 0, !(notCue.map { $0 > qq.upperBound } ?? false) {
                out.append(.init(signal: .qq, ruleID: "qq.number", wide: min(qq.lowerBound, start)..<range.upperBound,
                                 normalized: "qq " + d.string, confidence: 0.95))
                continue
            }
            if saysNotContact && !saysContact {
                setAsideEnd = mobileShaped ? range.upperBound : nil
                continue
            }
            all[index].claimed = true
            var phone = d
            if phone.count == 13, phone[0] == 8, phone[1] == 6 { phone.removeFirst2() }
            if phone.count == 11, phone[0] == 1, (3...9).contains(phone[1]) {
                out.append(.init(signal: .phone, ruleID: run.numerals > 0 ? "phone.mobile.numerals" : "phone.mobile",
                                 wide: range, normalized: d.string, confidence: saysContact ? 0.97 : 0.85))
            } else if (10...12).contains(phone.count), phone[0] == 0, phone[1] != 0 {
                out.append(.init(signal: .phone, ruleID: "phone.landline", wide: range, normalized: d.string,
                                 confidence: saysContact ? 0.95 : 0.6))
            } else if phone.count == 10, (phone[0] == 4 || phone[0] == 8), phone[1] == 0, phone[2] == 0 {
                out.append(.init(signal: .phone, ruleID: "phone.service", wide: range, normalized: d.string,
                                 confidence: saysContact ? 0.9 : 0.6))
            } else if saysContact, (7...12).contains(phone.count) {
                out.append(.init(signal: .phone, ruleID: "phone.contact_number", wide: range, normalized: d.string, confidence: 0.8))
            } else if plusBefore(run.start), (8...15).contains(phone.count), phone[0] != 0 {
                // A number written with its country code (+852 6123 4567, +1 415 555 0100) is a phone.
                out.append(.init(signal: .phone, ruleID: "phone.international", wide: range, normalized: "+" + d.string,
                                 confidence: 0.9))
            } else if let inner = mobileInside(run) {
                // A mobile number glued to other digits by a space or a dash (a time, an extension, a
                // second number): its groups still make it.
                out.append(.init(signal: .phone, ruleID: "phone.mobile", wide: text.wide(inner.range), normalized: inner.digits.string,
                                 confidence: saysContact ? 0.95 : 0.8))
            } else {
                all[index].claimed = false
            }
        }
        all.removeAll(where: \.claimed)
        splitNumbers(all, into: &out)
        splitQQ(all, into: &out)
    }

    /// A QQ number cut into pieces after the QQ word (企鹅：前四位 1234 后三位 567): pieces of three or four digits, the
    /// first within ten characters after the QQ word and each within eight of the one before, that together make five to
    /// eleven digits, not starting with 0. A piece named as something else right before it (尺码 38) ends the chain.
    func splitQQ(_ runs: [Run], into out: inout [PartScan.Candidate]) {
        guard !qqCues.isEmpty else { return }
        var i = 0
        while i < runs.count {
            let first = runs[i]
            let firstWide = text.wide(first.start..<first.end)
            let start = firstWide.lowerBound
            guard (3...4).contains(first.digits.count), first.digits[0] != 0,
                  qqCues.contains(where: { $0.upperBound <= start && start - $0.upperBound <= 10 }),
                  !word(in: notContact, before: first, within: 2) else { i += 1; continue }
            var digits = first.digits
            var end = firstWide.upperBound
            var best: (last: Int, digits: Digits, end: Int)?
            var k = i + 1
            while k < runs.count {
                let piece = runs[k]
                let wide = text.wide(piece.start..<piece.end)
                // Chinese numerals of the words between (后三位) are no pieces; they are stepped over.
                if piece.digits.count < 3 { k += 1; continue }
                guard piece.digits.count <= 4, wide.lowerBound - end <= 8, !word(in: notContact, before: piece, within: 2),
                      digits.count + piece.digits.count <= 11 else { break }
                digits.append(contentsOf: piece.digits)
                end = wide.upperBound
                if digits.count >= 5 { best = (k, digits, end) }
                k += 1
            }
            guard let best, best.last > i else { i += 1; continue }
            out.append(.init(signal: .qq, ruleID: "qq.split", wide: start..<best.end,
                             normalized: "qq " + best.digits.string, confidence: 0.85))
            i = best.last + 1
        }
    }

    /// Whether the few characters after position `end` of the recognisers' text claim the number: a call told right after
    /// it (直接打过来问), or a person named — 我 老板 店长 or 本人 and 手机 电话 or 微信 within ten characters, in its sentence
    /// (13912345678（其实是我手机）, SC13888886666（老板手机，批发打）), or a phone said to be the same as it
    /// (批次号 13916620588（批发电话同批次号）).
    /// 步 时 城 款 意 学 事 样 after 同: 同步, 同时, 同城 … are words of their own, not "the same as".
    static let notSame = ScalarSet("步时城款意学事样")

    func claimedAfter(_ end: Int) -> Bool {
        let w = text.w
        // Told to call it, right after it (型号 139-2847-1655 直接打过来问): 打过来, 打这个 or 直接打 within four characters.
        var j = end
        while j < min(w.count, end + 4), !CharacterTables.isStrongBreak(w[j]) {
            if j + 2 < w.count, w[j] == 0x6253, (w[j + 1] == 0x8FC7 && w[j + 2] == 0x6765) || (w[j + 1] == 0x8FD9 && w[j + 2] == 0x4E2A) { return true }  // 打过来 打这个
            if j + 2 < w.count, w[j] == 0x76F4, w[j + 1] == 0x63A5, w[j + 2] == 0x6253 { return true }  // 直接打
            j += 1
        }
        var person = false
        var phone = false
        var k = end
        while k < min(w.count, end + 10) {
            let v = w[k]
            if CharacterTables.isStrongBreak(v) { break }
            // …or that a phone is the same as it (（批发电话同批次号）, 微信同上).
            if phone, v == 0x540C, k >= 1, w[k - 1] == 0x673A || w[k - 1] == 0x8BDD || w[k - 1] == 0x4FE1,  // 同 right after 机 话 信
               k + 1 >= w.count || !Self.notSame.contains(w[k + 1]) { return true }
            if v == 0x6211 || (k + 1 < w.count && ((v == 0x8001 && w[k + 1] == 0x677F) || (v == 0x5E97 && w[k + 1] == 0x957F)
                || (v == 0x672C && w[k + 1] == 0x4EBA))) { person = true }  // 我 老板 店长 本人
            if k + 1 < w.count && ((v == 0x624B && w[k + 1] == 0x673A) || (v == 0x7535 && w[k + 1] == 0x8BDD)
                || (v == 0x5FAE && w[k + 1] == 0x4FE1)) { phone = true }  // 手机 电话 微信
            k += 1
        }
        return person && phone
    }

    /// Whether the sentence running on from `k` ends in a question: a question mark, or 吗 before its end.
    func endsInQuestion(from k: Int) -> Bool {
        let w = text.w
        var i = k
        while i < w.count, !CharacterTables.isStrongBreak(w[i]) || CharacterTables.isQuestionMark(w[i]) {
            if CharacterTables.isQuestionMark(w[i]) { return true }
            i += 1
        }
        return i > k && w[i - 1] == 0x5417  // 吗
    }

    /// Whether one of `words` (wide ranges) ends at most `within` wide characters before `run` starts.
    func word(in words: [Range<Int>], before run: Run, within: Int) -> Bool {
        let start = text.wide(run.start..<run.end).lowerBound
        return words.contains { $0.upperBound <= start && start - $0.upperBound <= within }
    }

    /// Consecutive digit groups inside a run (split at separators) that make a mobile number on
    /// their own: `13812345678-801`, `09:00-18:00 13812345678`, `+86 138 1234 5678 2`.
    func mobileInside(_ run: Run) -> (range: Range<Int>, digits: Digits)? {
        guard run.digits.count > 11 else { return nil }
        let w = text.w
        var groups: [(start: Int, end: Int)] = []
        var i = run.start
        while i < run.end {
            guard w[i] < 0x10000, digitTable[Int(w[i])] != 0xFF else { i += 1; continue }
            var e = i
            while e < run.end, w[e] < 0x10000, digitTable[Int(w[e])] != 0xFF { e += 1 }
            groups.append((i, e))
            i = e
        }
        for a in groups.indices {
            var digits = Digits()
            for b in a..<groups.count {
                for k in groups[b].start..<groups[b].end { digits.append(digitTable[Int(w[k])]) }
                if digits.count > 13 { break }
                var phone = digits
                if phone.count == 13, phone[0] == 8, phone[1] == 6 { phone.removeFirst2() }
                if phone.count == 11, phone[0] == 1, (3...9).contains(phone[1]) {
                    return (groups[a].start..<groups[b].end, phone)
                }
            }
        }
        return nil
    }

    /// A number cut into groups across the text to dodge filters (`138 星月菩提 0429 … 5163`,
    /// `前6位185602 / 后5位93174`, `区号0571，号码 8763 2059`): consecutive groups of 3+ digits that
    /// together make a mobile or landline number, or a mobile prefix announced as `开头`.
    func splitNumbers(_ runs: [Run], into out: inout [PartScan.Candidate]) {
        // Right after a contact cue, a group may be one digit (看车打：一个1，三个8，然后 60472，最后 59).
        var groups: [Run] = []
        var afterCue = false
        for run in runs where run.digits.count <= 8 {
            if word(in: contact, before: run, within: 12) { afterCue = true }
            // A group named as something else right before it (生产日期20150618, 批次 0427) is no piece of a phone, nor is
            // a price, 元 or 块 right after it (一八六 元一件).
            if (run.digits.count >= 3 || afterCue) && !word(in: notContact, before: run, within: 2) && !priced(run) { groups.append(run) }
        }
        let w = text.w
        /// A group announced as the front (前面加个 1, 开头是 1): it goes first, wherever it was said.
        func isPrefix(_ run: Run) -> Bool {
            let from = max(0, run.start - 6)
            return (from..<max(from, run.start - 1)).contains { (w[$0] == 0x524D && w[$0 + 1] == 0x9762) || (w[$0] == 0x5F00 && w[$0 + 1] == 0x5934) }
        }
        var i = 0
        while i < groups.count {
            var matched = false
            for n in 2...5 where i + n <= groups.count {
                let slice = Array(groups[i..<(i + n)])
                guard slice.last!.end - slice.first!.start <= 60 else { break }
                var orders = [slice]
                if let k = slice.indices.dropFirst().first(where: { isPrefix(slice[$0]) }) {
                    var moved = slice
                    moved.insert(moved.remove(at: k), at: 0)
                    orders.append(moved)
                }
                var digits = Digits()
                var valid = false
                for order in orders {
                    digits = Digits()
                    for group in order { digits.append(contentsOf: group.digits) }
                    let mobile = digits.count == 11 && digits[0] == 1 && (3...9).contains(digits[1])
                    let landline = (11...12).contains(digits.count) && digits[0] == 0 && digits[1] != 0
                    if mobile || landline { valid = true; break }
                }
                guard valid else { continue }
                // Without a contact cue in the part, digits that add up to a phone are as often sizes and
                // ranges (1800×2000×250, 150-185 90-180): a finding below the threshold.
                out.append(.init(signal: .phone, ruleID: "phone.split", wide: text.wide(slice.first!.start..<slice.last!.end),
                                 normalized: digits.string, confidence: contactCue ? 0.85 : 0.55))
                i += n
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        // A mobile prefix with 开头 ("159 开头", "开头1 5 7"): the rest is elsewhere.
        for run in runs where run.digits.count == 3 && run.digits[0] == 1 && (3...9).contains(run.digits[1]) {
            func says(_ a: UInt32, _ b: UInt32, in range: Range<Int>) -> Bool {
                let r = max(0, range.lowerBound)..<min(w.count, range.upperBound)
                return r.count >= 2 && (r.lowerBound..<(r.upperBound - 1)).contains { w[$0] == a && w[$0 + 1] == b }
            }
            // (Not when a word a few characters before names the digits something else: 编号前三位139.)
            if word(in: notContact, before: run, within: 8) { continue }
            // (Nor in a question: 一三六开头的也能办吗？ asks about numbers so made, it gives none.)
            if endsInQuestion(from: run.end) { continue }
            // 开头 just after or before it, or 前三 before it.
            if says(0x5F00, 0x5934, in: run.end..<(run.end + 3)) || says(0x5F00, 0x5934, in: (run.start - 3)..<run.start)
                || says(0x524D, 0x4E09, in: (run.start - 3)..<run.start) {
                out.append(.init(signal: .phone, ruleID: "phone.split_prefix", wide: text.wide(run.start..<run.end),
                                 normalized: run.digits.string, confidence: contactCue ? 0.8 : 0.6))
            }
        }
    }
}

/// Decimal digits as a value: the first 16 packed four bits each, and the full count (a longer
/// run is a tracking or order number, never read digit by digit).
struct Digits {
    private var packed: UInt64 = 0
    private(set) var count = 0

    mutating func append(_ digit: UInt8) {
        if count < 16 { packed |= UInt64(digit) << (4 * UInt64(count)) }
        count += 1
    }

    mutating func append(contentsOf other: Digits) {
        for i in 0..<min(other.count, 16) { append(other[i]) }
        count += max(0, other.count - 16)
    }

    /// The digit at `i` (< 16).
    subscript(i: Int) -> UInt8 { UInt8(truncatingIfNeeded: packed >> (4 * UInt64(i)) & 0xF) }

    /// Drops a country code (86).
    mutating func removeFirst2() {
        packed >>= 8
        count -= 2
    }

    /// The digits as text (the first 16).
    var string: String {
        let length = min(count, 16)
        return String(unsafeUninitializedCapacity: length) { out in
            for i in 0..<length { out[i] = 0x30 + self[i] }
            return length
        }
    }
}
