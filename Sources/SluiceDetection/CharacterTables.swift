import Foundation

/// Fixed character knowledge the normaliser uses. (Word-level knowledge — lexicons,
/// variants, allow-lists — is data under pipelines/rules.)
enum CharacterTables {
    /// Zero-width and invisible code points, dropped without leaving a gap.
    static func isInvisible(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x034F, 0x180E, 0xFE00...0xFE0F, 0x20E3,
             0x1F3FB...0x1F3FF, 0xE0000...0xE007F, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }

    static func isIdeograph(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2FFFF).contains(v)
            || v == 0x3007
    }

    static func isASCIIAlnum(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x61...0x7A).contains(v)
    }

    /// Characters that end a clause: matching context does not reach across them.
    static func isStrongBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x0D, 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x7C, 0xFF5C, 0x3010, 0x3011:
            return true
        default:
            return false
        }
    }

    /// Characters that end a clause inside a sentence: ，、,:：
    static func isClauseBreak(_ v: UInt32) -> Bool {
        v == 0xFF0C || v == 0x3001 || v == 0x2C || v == 0x3A || v == 0xFF1A
    }

    /// Compatibility forms NFKC folds (full-width, styled, circled, super/subscript …),
    /// plus dingbat digits NFKC leaves alone. Built once.
    static let compatibility: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        let ranges: [ClosedRange<UInt32>] = [
            0x00A0...0x00FF, 0x02B0...0x02FF, 0x2070...0x209F, 0x2100...0x218F, 0x2460...0x24FF,
            0x3200...0x33FF, 0xFF00...0xFFEF, 0x1D400...0x1D7FF, 0x1F100...0x1F1FF, 0x2F00...0x2FDF, 0xF900...0xFAFF,
        ]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let folded = String(Character(scalar)).precomposedStringWithCompatibilityMapping
                let scalars = folded.unicodeScalars.map(\.value)
                if scalars != [v] { table[v] = scalars }
            }
        }
        // Digits NFKC leaves alone: dingbat circled ❶…❿ ➀…➉ ➊…➓, double-circled ⓵…⓾,
        // negative circled ⓫…⓴, and the circled zeros ⓪ ⓿ 🄋 🄌.
        func number(_ n: Int) -> [UInt32] { String(n).unicodeScalars.map(\.value) }
        for start in [0x2776, 0x2780, 0x278A, 0x24F5] {
            for i in 0..<10 { table[UInt32(start + i)] = number(i + 1) }
        }
        for i in 0..<10 { table[UInt32(0x24EB + i)] = number(i + 11) }
        for zero in [0x24EA, 0x24FF, 0x1F10B, 0x1F10C] { table[UInt32(zero)] = [0x30] }
        return table
    }()

    /// Traditional forms of the characters that trigger words use, folded to simplified.
    static let traditional: [UInt32: UInt32] = {
        let pairs = """
            聯联繫系係系訊讯號号碼码線线買买賣卖購购價价門门現现場场電电話话機机幣币貓猫寶宝掃扫維维網网鏈链轉转帳账賬账\
            認认識识頭头員员們们這这個个來来對对與与經经過过請请發发貨货達达東东車车書书點点擊击訂订單单優优區区廣广絡络\
            見见給给錢钱會会員员應应該该麼么處处關关門门戶户種种類类長长張张體体實实際际還还從从無无時时問问題题將将\
            專专業业務务諮咨詢询獲获導导產产品品質质賴赖臉脸書书隻只讓让歡欢迎迎壹壹貳贰叄叁陸陆兩两瑪玛瑙瑙鑽钻飾饰\
            舊旧層层團团紅红綠绿碼码頁页圖图標标號号訪访參参觀观錯错誤误設设計计紹绍搜搜尋寻註注冊册淨净傳传輸输標标\
            盤盘雲云視视頻频課课講讲師师級级學学廠厂詳详細细談谈預预約约報报銷销費费減减證证驗验側侧邊边內内館馆\
            滙汇匯汇費费額额鐘钟復复製制這这麵面裡里後后減减價价飛飞機机釘钉臺台灣湾
            """.unicodeScalars.map(\.value).filter { $0 > 0x2000 }
        var table: [UInt32: UInt32] = [:]
        var i = 0
        while i + 1 < pairs.count {
            if pairs[i] != pairs[i + 1] { table[pairs[i]] = pairs[i + 1] }
            i += 2
        }
        return table
    }()

    /// Emoji that stand for a word in diversion slang; other emoji are separators.
    static let emojiWords: [UInt32: String] = [
        0x1F427: "企鹅",  // 🐧
        0x1F49A: "绿", 0x1F7E2: "绿", 0x1F34F: "绿", 0x1F7E9: "绿",  // 💚 🟢 🍏 🟩
        0x1F6F0: "卫星", 0x1F4E1: "卫星",  // 🛰 📡
        0x2708: "飞机", 0x1F6E9: "飞机", 0x1F6EB: "飞机",  // ✈ 🛩 🛫
        0x1F4DE: "电话", 0x260E: "电话", 0x1F4F1: "电话", 0x1F4F2: "电话", 0x1F4F5: "电话",
        0x1F41F: "鱼", 0x1F420: "鱼", 0x1F421: "鱼",  // 🐟 🐠 🐡
        0x2795: "+",  // ➕
        0x1F517: "链接",  // 🔗
        0x2709: "邮箱", 0x1F4E7: "邮箱", 0x1F4E8: "邮箱", 0x1F4E9: "邮箱",
        0x1F91D: "交",  // 🤝 (面交)
        0x1F4B0: "钱", 0x1F4B4: "钱", 0x1F4B5: "钱",
    ]

    /// One lookup per BMP character for the normaliser: what the character becomes.
    /// `invisibleMark` drops it; `expandMark` means a multi-character fold (see `compatibility`);
    /// any other value is the single folded, lower-cased, simplified scalar.
    static let invisibleMark: UInt32 = 0xFFFF_FFFF
    static let expandMark: UInt32 = 0xFFFF_FFFE
    static let bmpFold: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x10000)
        for v in 0..<UInt32(0x10000) {
            if isInvisible(v) { table[Int(v)] = invisibleMark; continue }
            var out = v
            if let folded = compatibility[v] {
                guard folded.count == 1 else { table[Int(v)] = expandMark; continue }
                out = folded[0]
            }
            if (0x41...0x5A).contains(out) { out += 0x20 }
            if let t = traditional[out] { out = t }
            table[Int(v)] = out
        }
        return table
    }()

    /// What a (folded) character is to the compact view, as bits, so the normaliser's loop needs
    /// one lookup and few branches per character.
    enum CompactKind {
        /// Kept in the compact view: ASCII letters and digits, ideographs, `+`.
        static let kept: UInt8 = 1
        /// A slang emoji spelled as a word (see `emojiWords`).
        static let word: UInt8 = 2
        /// A separator that ends a sentence (and so a clause).
        static let sentenceBreak: UInt8 = 4
        /// A separator that ends a clause.
        static let clauseBreak: UInt8 = 8
        /// Separators recognisers look for, shifted into `NormalizedText.Seen` by `seenShift`.
        static let at: UInt8 = 0x10
        static let dotOrSlash: UInt8 = 0x20
        static let tokenDelimiter: UInt8 = 0x40
        static let seenShift: UInt8 = 4
    }

    static let bmpCompactKind: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for v in 0..<UInt32(0x10000) {
            var kind: UInt8 = 0
            if isASCIIAlnum(v) || isIdeograph(v) || v == 0x2B {
                kind = CompactKind.kept
            } else if emojiWords[v] != nil {
                kind = CompactKind.word
            } else if isStrongBreak(v) {
                kind = CompactKind.sentenceBreak | CompactKind.clauseBreak
            } else if isClauseBreak(v) {
                kind = CompactKind.clauseBreak
            }
            switch v {
            case 0x40: kind |= CompactKind.at
            case 0x2E: kind |= CompactKind.dotOrSlash
            case 0x2F: kind |= CompactKind.dotOrSlash | CompactKind.tokenDelimiter
            case 0xA5, 0x24, 0x20AC, 0xA3, 0x20B3, 0x20B4, 0x20B0, 0xA2, 0x20A4, 0x20B1: kind |= CompactKind.tokenDelimiter
            default: break
            }
            table[Int(v)] = kind
        }
        return table
    }()

    /// The compact kind of any scalar.
    @inline(__always)
    static func compactKind(_ v: UInt32, bmp: UnsafeBufferPointer<UInt8>) -> UInt8 {
        if v < 0x10000 { return bmp[Int(v)] }
        if isIdeograph(v) { return CompactKind.kept }
        return emojiWords[v] != nil ? CompactKind.word : 0
    }

    /// Digit value of a BMP character used as a digit in numbers (ASCII digits and Chinese
    /// numerals), or 0xFF.
    static let bmpDigit: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 0x10000)
        for d in 0..<10 { table[0x30 + d] = UInt8(d) }
        for (v, d) in numeralDigits where v < 0x10000 { table[Int(v)] = UInt8(d - 0x30) }
        return table
    }()

    /// Chinese and financial numerals used for digits in phone and QQ numbers.
    static let numeralDigits: [UInt32: UInt32] = {
        var t: [UInt32: UInt32] = [:]
        for (chars, digit) in [("〇零○洞", 0), ("一壹幺么", 1), ("二贰两貮", 2), ("三叁參叄", 3), ("四肆", 4), ("五伍", 5),
                               ("六陆陸", 6), ("七柒拐", 7), ("八捌", 8), ("九玖勾", 9)] {
            for s in chars.unicodeScalars { t[s.value] = UInt32(0x30 + digit) }
        }
        return t
    }()
}
