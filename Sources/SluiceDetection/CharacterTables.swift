
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

    /// The everyday characters (GB 2312) from U+4E00, a bit each (see `UnicodeTables.everyday`).
    static let everyday: [UInt8] = {
        var bytes: [UInt8] = []
        let hex = Array(UnicodeTables.everyday.utf8)
        bytes.reserveCapacity(hex.count / 2)
        func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : c - 0x41 + 10 }
        for k in stride(from: 0, to: hex.count - 1, by: 2) { bytes.append(nibble(hex[k]) << 4 | nibble(hex[k + 1])) }
        return bytes
    }()

    /// An ideograph outside the everyday set (GB 2312): 禩, 跏, 㐀. Honest text seldom holds one;
    /// written where an everyday character of the same sound belongs (禩下 for 私下), it is a
    /// disguise.
    static func isRareIdeograph(_ v: UInt32) -> Bool {
        if v >= 0x4E00 && v <= 0x9FFF {
            let k = Int(v - 0x4E00)
            return everyday[k >> 3] & (1 << UInt8(k & 7)) == 0
        }
        return (0x3400...0x4DBF).contains(v)
    }

    static func isASCIIAlnum(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x61...0x7A).contains(v)
    }

    /// A Latin letter as the views hold it (folded to lower case): a–z.
    static func isLatinLetter(_ v: UInt32) -> Bool {
        (0x61...0x7A).contains(v)
    }

    /// Hiragana or katakana, full or half width.
    static func isKana(_ v: UInt32) -> Bool {
        (0x3041...0x30FF).contains(v) || (0xFF66...0xFF9D).contains(v)
    }

    /// Hiragana (ぁ … ゖ), the script of Japanese particles and endings.
    static func isHiragana(_ v: UInt32) -> Bool { (0x3041...0x3096).contains(v) }

    /// Thai letters, vowel signs, tone marks and digits (U+0E01–U+0E5B).
    static func isThai(_ v: UInt32) -> Bool { (0xE01...0xE5B).contains(v) }

    /// A question mark: ？ or ?.
    static func isQuestionMark(_ v: UInt32) -> Bool { v == 0xFF1F || v == 0x3F }

    /// Characters that end a clause: matching context does not reach across them.
    static func isStrongBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x0D, 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x7C, 0xFF5C, 0x3010, 0x3011:
            return true
        default:
            return false
        }
    }

    /// A sentence's end or a comma (， ,): where a handle, a label or a cue stops reaching.
    static func isBreakOrComma(_ v: UInt32) -> Bool {
        isStrongBreak(v) || v == 0xFF0C || v == 0x2C
    }

    /// Characters that end a clause inside a sentence: ，、,:： and the break between a listing's parts (U+2029).
    static func isClauseBreak(_ v: UInt32) -> Bool {
        v == 0xFF0C || v == 0x3001 || v == 0x2C || v == 0x3A || v == 0xFF1A || v == 0x2029
    }

    /// "key=value" entries separated by spaces, keys in hex (see `UnicodeTables`).
    static func entries(_ text: String) -> [(UInt32, Substring)] {
        text.split(separator: " ").map { entry in
            let parts = entry.split(separator: "=", maxSplits: 1)
            return (UInt32(parts[0], radix: 16)!, parts.count > 1 ? parts[1] : "")
        }
    }

    /// Single-character folds from Unicode's data: traditional to simplified, look-alikes of ASCII
    /// letters, digits and URL punctuation (UTS #39), kana and radicals that look like ideographs,
    /// Latin letters with diacritics, symbols named after a letter.
    static let singleFolds: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for (key, value) in entries(UnicodeTables.folds) { table[key] = UInt32(value, radix: 16)! }
        return table
    }()

    /// A scalar lower-cased and folded (not an expansion).
    static func foldScalar(_ v: UInt32) -> UInt32 {
        var out = v
        if (0x41...0x5A).contains(out) { out += 0x20 }
        if let f = singleFolds[out] { out = f }
        if (0x41...0x5A).contains(out) { out += 0x20 }
        return out
    }

    /// Compatibility forms (NFKC: full-width, styled, circled, squared, small punctuation forms),
    /// each scalar of the result folded; and the single folds of characters outside the BMP.
    static let compatibility: [UInt32: [UInt32]] = {
        var table: [UInt32: [UInt32]] = [:]
        for (key, value) in entries(UnicodeTables.compatibility) {
            table[key] = value.split(separator: ",").map { foldScalar(UInt32($0, radix: 16)!) }
        }
        for (key, value) in singleFolds where key >= 0x10000 && table[key] == nil { table[key] = [foldScalar(value)] }
        return table
    }()

    /// Emoji that stand for a word in diversion slang (from their Unicode names; see
    /// ops/tables/generate.py); other emoji are separators.
    static let emojiWords: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for (key, value) in entries(UnicodeTables.emojiWords) { table[key] = String(value) }
        return table
    }()

    /// Look-alikes of the characters channel words are made of (Unihan variants and the same
    /// phonetic component): 微 → 徽.
    static let shapes: [String: [String]] = {
        var table: [String: [String]] = [:]
        for entry in UnicodeTables.shapes.split(separator: " ") {
            let parts = entry.split(separator: "=", maxSplits: 1)
            table[String(parts[0])] = parts[1].map { String($0) }
        }
        return table
    }()

    /// Latin letters a name is written with in place of its own once the text is lower-cased. UTS #39
    /// folds a capital I onto l, but the views hold I as i, so a name's l written as a capital I
    /// (teIegram) reads as i and its i written as l (WEIXlN) reads as l; either may be a 1, and an o a 0
    /// (faceb00k). Used only for names of `latinShapeFloor` letters or more: a shorter one (ig, line)
    /// would turn into ordinary words (lg).
    static let latinShapes: [String: [String]] = ["l": ["i", "1"], "i": ["l", "1"], "o": ["0"]]
    static let latinShapeFloor = 5

    /// One lookup per BMP character for the normaliser: what the character becomes.
    /// `invisibleMark` drops it; `expandMark` means a multi-character fold (see `compatibility`);
    /// any other value is the single folded, lower-cased, simplified scalar.
    static let invisibleMark: UInt32 = 0xFFFF_FFFF
    static let expandMark: UInt32 = 0xFFFF_FFFE
    static let bmpFold: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x10000)
        for v in 0..<UInt32(0x10000) {
            if isInvisible(v) { table[Int(v)] = invisibleMark; continue }
            if let folded = compatibility[v] {
                table[Int(v)] = folded.count == 1 ? folded[0] : expandMark
            } else {
                table[Int(v)] = foldScalar(v)
            }
        }
        return table
    }()

    /// What a (folded) character is to the compact view, as bits, so the normaliser's loop needs
    /// one lookup and few branches per character.
    enum CompactKind {
        /// Kept in the compact view: ASCII letters and digits, ideographs, Hangul syllables, `+`.
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
            // (Hangul syllables too: a Korean app name — 카톡 — is a word to match, not a separator.)
            if isASCIIAlnum(v) || isIdeograph(v) || v == 0x2B || (0xAC00...0xD7A3).contains(v) {
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
            case 0x2F: kind |= CompactKind.dotOrSlash
            case 0xA5, 0x24, 0x20AC, 0xA3, 0x20B3, 0x20B4, 0x20B0, 0xA2, 0x20A4, 0x20B1: kind |= CompactKind.tokenDelimiter
            default: break
            }
            table[Int(v)] = kind
        }
        return table
    }()

    /// `bmpFold` and the compact kind of what the character becomes, in one entry, so the
    /// normaliser's single pass makes one table lookup per character: the folded scalar in the low
    /// 24 bits, its `CompactKind` bits above (`invisibleMark` and `expandMark` as in `bmpFold`;
    /// kinds stay below 0x80, so no entry collides with them).
    static let bmpFoldKind: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x10000)
        bmpCompactKind.withUnsafeBufferPointer { kinds in
            for v in 0..<0x10000 {
                let mapped = bmpFold[v]
                if mapped == invisibleMark || mapped == expandMark {
                    table[v] = mapped
                } else {
                    table[v] = mapped | UInt32(compactKind(mapped, bmp: kinds)) << 24
                }
            }
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

    /// Digit value of a BMP character used as a digit in numbers (ASCII digits, numerals Unicode
    /// and Unihan give a value, spoken digit names), or 0xFF.
    static let bmpDigit: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 0x10000)
        for d in 0..<10 { table[0x30 + d] = UInt8(d) }
        for (key, value) in entries(UnicodeTables.digits) where key < 0x10000 { table[Int(key)] = UInt8(value)! }
        return table
    }()
}
