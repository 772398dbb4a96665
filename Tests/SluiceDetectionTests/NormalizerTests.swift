import Testing
@testable import SluiceDetection
@testable import SluiceModel

@Suite("Normaliser")
struct NormalizerTests {
    func compact(_ s: String) -> String { NormalizedText(s).compactString(0..<NormalizedText(s).compact.count) }

    @Test("compatibility forms fold: full-width, styled, circled, keycaps, superscripts", arguments: [
        ("ＶＸ１３８", "vx138"), ("𝐕𝐗", "vx"), ("①③⑧", "138"), ("1️⃣3️⃣8️⃣", "138"), ("¹²³", "123"), ("❶❷", "12"), ("⑴⑵", "12"),
        ("𝟏𝟑𝟖", "138"), ("Ｗｅｃｈａｔ", "wechat"),
    ])
    func folds(input: String, expected: String) {
        #expect(compact(input) == expected)
    }

    @Test("zero-width characters, separators and decoration disappear from the compact view", arguments: [
        ("加\u{200B}微\u{200C}信", "加微信"), ("微 * 信", "微信"), ("v.x", "vx"), ("1-3-8", "138"), ("加💕微💕信", "加微信"),
        ("\u{FEFF}加 微 信", "加微信"),
    ])
    func separators(input: String, expected: String) {
        #expect(compact(input) == expected)
    }

    @Test("traditional trigger characters are simplified", arguments: [("聯繫", "联系"), ("私訊", "私讯"), ("電話號碼", "电话号码")])
    func traditional(input: String, expected: String) {
        #expect(compact(input) == expected)
    }

    @Test("slang emoji read as words", arguments: [("加🐧", "加企鹅"), ("➕💚", "+绿"), ("🛰️号", "卫星号")])
    func emoji(input: String, expected: String) {
        #expect(compact(input) == expected)
    }

    @Test("Japanese text (two or more hiragana other than の) keeps its kana in the compact view; a kana in Chinese text is a look-alike or a dropped symbol", arguments: [
        ("メルカリにも出品しています", "メルカリにも出品しています"), ("手渡しOKです", "手渡しokです"),
        ("微の信", "微信"), ("我の微信", "我微信"), ("カロ微信", "力口微信"),
    ])
    func japaneseKeepsKana(input: String, expected: String) {
        #expect(compact(input) == expected)
    }

    @Test("Russian text (three or more Cyrillic letters no Latin letter looks like) keeps its Cyrillic, lower-cased; a Cyrillic look-alike in a Latin name still folds", arguments: [
        ("Пишите в Телеграм", "пишитевтелеграм"), ("Оплата наличными", "оплатаналичными"),
        ("vх: аbc_12", "vxabc12"),
    ])
    func russianKeepsCyrillic(input: String, expected: String) {
        #expect(compact(input) == expected)
    }

    @Test("spans map back to the original code points in Japanese text too")
    func japaneseSpans() {
        for text in ["ご注文は LINE で", "ゟ ヿ ください", "ｶﾀｶﾅ ですます ㌖", "Пишите ё Ё ㌖"] {
            // (ゟ and ヿ fold to two characters elsewhere; kept as written, each counts once in the wide view.)
            let n = NormalizedText(text)
            #expect(n.compact.count == n.compactToWide.count)
            #expect(n.wideStart.count == n.wide.count)
            for (i, w) in n.compactToWide.enumerated() { #expect(n.wide[Int(w)] == n.compact[i]) }
        }
    }

    @Test("spans map back to the original code points through emoji and zero-width characters")
    func spans() {
        let text = "😀好\u{200B}物 加\u{200B}微 信：ab"
        let n = NormalizedText(text)
        let compact = n.compactString(0..<n.compact.count)
        #expect(compact == "好物加微信ab")
        let start = compact.unicodeScalars.map(\.value).firstIndex(of: "加".unicodeScalars.first!.value)!
        let span = n.span(compact: start..<(start + 3))
        #expect(n.excerpt(span) == "加\u{200B}微 信")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "加\u{200B}微 信")
    }

    @Test("text of one to four UTF-8 bytes per character round-trips through the views", arguments: [
        "plain ascii", "café ß", "加微信 好物", "😀🐧𝐕 mixed 混合 ✈️", "",
    ])
    func roundTrip(text: String) {
        let n = NormalizedText(text)
        #expect(n.original == text.unicodeScalars.map(\.value))
        #expect(n.excerpt(Span(start: 0, end: n.original.count)) == text)
        #expect(n.wide.count == n.wideStart.count && n.wide.count == n.wideEnd.count)
        #expect(n.compact.count == n.compactToWide.count && n.sentence.count == n.compact.count + 1)
    }

    @Test("sentence and clause numbers: breaks between two positions")
    func breaks() {
        //                       加 微 信 。 好 物 ， 看 主 页
        let n = NormalizedText("加微信。好物，看主页")
        #expect(compact("加微信。好物，看主页") == "加微信好物看主页")
        #expect(!n.sentenceBreak(between: 0, 2))
        #expect(n.sentenceBreak(between: 2, 3))  // 。 before 好
        #expect(!n.sentenceBreak(between: 3, 5))  // ， is only a clause break
        #expect(n.clauseBreak(between: 3, 5))
        #expect(!n.clauseBreak(between: 5, 7))
        #expect(!n.sentenceBreak(between: 7, n.compact.count))  // the end belongs to the last sentence
        #expect(n.sentence == [0, 0, 0, 1, 1, 1, 1, 1, 1])
        #expect(n.clause == [0, 0, 0, 1, 1, 2, 2, 2, 2])
    }

    @Test("a clause that opens repeating how the one before ended is one clause with it (a false start); a new clause is not")
    func restartsJoin() {
        let restart = NormalizedText("加一下那个，那个V，V信")
        #expect(Set(restart.clause).count == 1, "\(restart.clause)")
        let fresh = NormalizedText("加一下那个，尺码表，看图")
        #expect(Set(fresh.clause).count == 3, "\(fresh.clause)")
    }

    @Test("the separators recognisers need are noted", arguments: [
        ("写邮件 a@b.cn", NormalizedText.Seen.at | NormalizedText.Seen.dotOrSlash), ("abc.com", NormalizedText.Seen.dotOrSlash),
        ("￥AbC12dEf￥", NormalizedText.Seen.tokenDelimiter), ("7/15天", NormalizedText.Seen.dotOrSlash),  // a slash never delimits a token (SKU codes)
        ("纯中文，没有链接", 0),
    ])
    func seen(text: String, expected: UInt8) {
        #expect(NormalizedText(text).seen == expected)
    }

    @Test("a keycap digit's span covers its whole sequence")
    func keycapSpan() {
        let n = NormalizedText("1️⃣2")
        #expect(n.span(wide: 0..<1) == Span(start: 0, end: 3))
        #expect(n.span(wide: 1..<2) == Span(start: 3, end: 4))
    }
}

@Suite("Aho–Corasick")
struct AhoCorasickTests {
    @Test("reports every occurrence, overlapping ones too")
    func overlaps() {
        let patterns = ["he", "she", "his", "hers"].map { $0.unicodeScalars.map(\.value) }
        let ac = AhoCorasick(patterns: patterns)
        var found: [(Int, Int)] = []
        ac.scan("ushers".unicodeScalars.map(\.value)) { pattern, start, end in
            #expect(end - start == patterns[pattern].count)
            found.append((pattern, end))
        }
        #expect(found.map { "\($0.0)@\($0.1)" }.sorted() == ["0@4", "1@4", "3@6"])
    }

    @Test("the single pass builds exactly the views the two passes build, on random mixed text")
    func singlePassAgrees() {
        // ASCII, CJK, full-width, traditional, separators of each kind, invisible characters, slang
        // and plain emoji, styled (astral) letters, keycaps.
        let alphabet: [String] = ["a", "V", "7", " ", ".", "@", "/", "¥", "，", "。", "！", "\n", "加", "微", "信", "聯", "繫",
                                  "Ｖ", "１", "\u{200B}", "\u{FE0F}", "\u{20E3}", "🐧", "💚", "😀", "☎", "𝐰", "𝟏", "①", "-", "_", "＋"]
        var state: UInt64 = 20261130
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        var compared = 0
        for _ in 0..<2000 {
            let text = (0..<(next() % 40)).map { _ in alphabet[next() % alphabet.count] }.joined()
            var copy = text
            copy.makeContiguousUTF8()
            let single = copy.utf8.withContiguousStorageIfAvailable { NormalizedText.singlePass($0) }!
            let two = NormalizedText.twoPass(text.unicodeScalars.map(\.value))
            guard let single else { Issue.record("the single pass gave up on \(text.debugDescription)"); continue }
            #expect(single == two, "\(text.debugDescription)")
            compared += 1
        }
        // A multi-character fold (⑴ is "(1)", 🄁 is "0,") is the two passes' work.
        for expanding in ["加⑴微信", "加🄁微信"] {
            #expect(expanding.utf8.withContiguousStorageIfAvailable { NormalizedText.singlePass($0) }! == nil)
            #expect(NormalizedText(expanding).wide.count > expanding.unicodeScalars.count)
        }
        #expect(compared == 2000)
    }
}
