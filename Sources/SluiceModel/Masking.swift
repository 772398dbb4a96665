/// The one way Sluice hides personal contact data wherever it shows evidence (notices,
/// `pipectl listing`, `merchant`, logs): phone `138****5678`, QQ `46*****38`, e-mail
/// `z***@e***.com`, handles keep their first and last character. What is masked is decided by
/// the detector's findings — their spans and signals — so every disguise the detector reads
/// (spaced, styled or Chinese-numeral digits, full-width letters) is masked too.
package enum Masking {
    /// A finding's excerpt with the contact value in it masked.
    package static func mask(_ f: Finding) -> String {
        maskValue(f.excerpt, signal: f.signal)
    }

    /// `text` with every span masked according to its signal (spans in code points, as findings
    /// give them; overlapping spans are merged).
    package static func mask(_ text: String, spans: [(span: Span, signal: Signal)]) -> String {
        let scalars = Array(text.unicodeScalars)
        let sorted = spans.filter { $0.span.start < $0.span.end && $0.span.end <= scalars.count }.sorted { $0.span.start < $1.span.start }
        let secrets = secretNumbers(scalars, sorted)
        var out = String.UnicodeScalarView()
        var i = 0
        var k = 0
        while k < sorted.count {
            var (span, signal) = sorted[k]
            k += 1
            // Merge what overlaps; the stronger contact signal decides the style.
            while k < sorted.count && sorted[k].span.start < span.end {
                span.end = max(span.end, sorted[k].span.end)
                if rank(sorted[k].signal) > rank(signal) { signal = sorted[k].signal }
                k += 1
            }
            guard span.start >= i else { continue }
            out.append(contentsOf: maskEchoes(scalars[i..<span.start], of: secrets).unicodeScalars)
            let piece = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            out.append(contentsOf: maskValue(piece, signal: signal).unicodeScalars)
            i = span.end
        }
        out.append(contentsOf: maskEchoes(scalars[i...], of: secrets).unicodeScalars)
        return String(out)
    }

    /// The digits of every contact number the spans cover, as the detector reads them.
    private static func secretNumbers(_ scalars: [Unicode.Scalar], _ spans: [(span: Span, signal: Signal)]) -> [String] {
        spans.compactMap { item in
            guard [Signal.phone, .qq, .wechat, .otherApp].contains(item.signal) else { return nil }
            let value = String(Array(String(String.UnicodeScalarView(scalars[item.span.start..<item.span.end]))).compactMap(digitValue))
            return value.count >= 5 ? value : nil
        }
    }

    /// Outside the detector's spans, a number may be said again in pieces (`幺五幺八二零三六四七九…
    /// 八二零三，六四七九`): every run of three or more digit-like characters whose digits occur
    /// in one of the contact numbers is masked whole (a price that happens to share them is
    /// masked too: the masked view errs on the side of hiding).
    static func maskEchoes(_ piece: ArraySlice<Unicode.Scalar>, of secrets: [String]) -> String {
        let chars = Array(String(String.UnicodeScalarView(piece)))
        guard !secrets.isEmpty else { return String(chars) }
        var out = chars
        var i = 0
        while i < chars.count {
            guard digitValue(chars[i]) != nil else { i += 1; continue }
            var j = i
            while j < chars.count, digitValue(chars[j]) != nil { j += 1 }
            if j - i >= 3 {
                let value = String(chars[i..<j].compactMap(digitValue))
                if secrets.contains(where: { $0.contains(value) }) {
                    for p in i..<j { out[p] = "*" }
                }
            }
            i = j
        }
        return String(out)
    }

    /// The digit a character stands for: any Unicode digit (full-width, circled, styled) or a
    /// Chinese numeral as numbers are dictated.
    static func digitValue(_ c: Character) -> Character? {
        if let v = c.wholeNumberValue, (0...9).contains(v) { return Character(String(v)) }
        return chineseDigits[c]
    }

    private static let chineseDigits: [Character: Character] = {
        var table: [Character: Character] = [:]
        for (digit, names) in ["0": "〇零洞", "1": "一壹幺〡", "2": "二两贰貳〢", "3": "三叁參〣", "4": "四肆〤", "5": "五伍〥",
                               "6": "六陆陸〦", "7": "七柒拐〧", "8": "八捌〨", "9": "九玖勾〩"] {
            for n in names { table[n] = Character(digit) }
        }
        return table
    }()

    private static func rank(_ s: Signal) -> Int {
        switch s {
        case .phone, .email: 3
        case .qq, .wechat, .otherApp: 2
        case .link, .qrCode: 1
        default: 0
        }
    }

    /// Masks the contact value inside a piece of text.
    package static func maskValue(_ text: String, signal: Signal) -> String {
        let chars = Array(text)
        if chars.contains(where: isAt) { return maskEmail(chars) }
        switch signal {
        case .phone: return maskDigits(chars, head: 3, tail: 4)
        case .qq: return maskDigits(chars, head: 2, tail: 2)
        default:
            // A long digit run (a number offered for contact) is masked like a phone; a handle
            // or id keeps its ends.
            let digits = chars.filter(isDigitLike).count
            if digits >= 7 { return maskDigits(chars, head: 3, tail: 4) }
            return maskHandles(chars)
        }
    }

    static func isAt(_ c: Character) -> Bool {
        // (By code point: comparing Characters compares strings, and this runs on every character of an excerpt.)
        let scalars = c.unicodeScalars
        guard scalars.count == 1, let v = scalars.first?.value else { return false }
        return v == 0x40 || v == 0xFF20 || v == 0xFE6B
    }

    /// A character the detector reads as a digit: any Unicode number (full-width, circled,
    /// styled, superscript) or a Chinese numeral.
    static func isDigitLike(_ c: Character) -> Bool {
        // (ASCII first: most of what is masked is, and Unicode's number property and the set's hashing cost
        // far more than a comparison.)
        if let a = c.asciiValue { return a >= 0x30 && a <= 0x39 }
        return c.isNumber || chineseNumerals.contains(c)
    }

    private static let chineseNumerals: Set<Character> = Set("〇零一二三四五六七八九幺两壹贰貳叁參肆伍陆陸柒捌玖拐洞勾〡〢〣〤〥〦〧〨〩")

    static func isHandleChar(_ c: Character) -> Bool {
        // ASCII and single full-width letters by their code, without comparing strings.
        if let a = c.asciiValue {
            return (a >= 0x30 && a <= 0x39) || (a >= 0x41 && a <= 0x5A) || (a >= 0x61 && a <= 0x7A) || a == 0x5F || a == 0x2D
        }
        let scalars = c.unicodeScalars
        if scalars.count == 1, let v = scalars.first?.value {
            return (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) || c.isNumber
        }
        return c.isNumber || ("Ａ"..."Ｚ").contains(c) || ("ａ"..."ｚ").contains(c)
    }

    /// Keeps the first `head` and last `tail` digit-like characters; the other digits become `*`
    /// (separators between them stay, so `138 1234 5678` reads `138 **** 5678`).
    static func maskDigits(_ chars: [Character], head: Int, tail: Int) -> String {
        let positions = chars.indices.filter { isDigitLike(chars[$0]) }
        guard positions.count >= 5 else { return maskHandles(chars) }
        // Short numbers keep less, so at least three digits are always hidden.
        let roomy = positions.count >= head + tail + 3
        let keepHead = roomy ? head : positions.count / 4
        let keepTail = roomy ? tail : positions.count / 4
        var out = chars
        for p in positions[keepHead..<(positions.count - keepTail)] { out[p] = "*" }
        return String(out)
    }

    /// Masks every run of 3+ handle characters to its first and last character. A handle spelled out
    /// with a dot after every character or two (m.e.i.y.a.n.0.9) is one run.
    static func maskHandles(_ chars: [Character]) -> String {
        var out = chars
        var i = 0
        while i < chars.count {
            guard isHandleChar(chars[i]) else { i += 1; continue }
            var j = i
            var piece = i
            while j < chars.count {
                if isHandleChar(chars[j]) {
                    j += 1
                } else if chars[j] == ".", j - piece <= 2, j + 1 < chars.count, isHandleChar(chars[j + 1]),
                          j + 2 >= chars.count || !isHandleChar(chars[j + 2]) || j + 3 >= chars.count || !isHandleChar(chars[j + 3]) {
                    j += 1
                    piece = j
                } else {
                    break
                }
            }
            // …of five characters or more: a label such as v.x is no handle.
            if chars[i..<j].contains("."), chars[i..<j].count(where: isHandleChar) < 5 {
                j = i
                while j < chars.count && isHandleChar(chars[j]) { j += 1 }
            }
            if j - i >= 3 {
                for p in (i + 1)..<(j - 1) { out[p] = "*" }
            }
            i = j
        }
        return String(out)
    }

    /// `zhang.san@example.com` → `z***@e***.com`.
    static func maskEmail(_ chars: [Character]) -> String {
        guard let at = chars.firstIndex(where: isAt) else { return maskHandles(chars) }
        var start = at
        while start > 0 && !chars[start - 1].isWhitespace && chars[start - 1] != ":" && chars[start - 1] != "：" { start -= 1 }
        var end = at + 1
        while end < chars.count && !chars[end].isWhitespace && !("，。；、".contains(chars[end])) { end += 1 }
        let local = chars[start..<at]
        let domain = Array(chars[(at + 1)..<end])
        let dot = domain.lastIndex { $0 == "." || $0 == "。" || $0 == "．" }
        let maskedLocal = local.isEmpty ? "" : String(local.first!) + "***"
        let maskedDomain: String
        if let dot, dot > 0 {
            maskedDomain = String(domain[0]) + "***" + String(domain[dot...])
        } else {
            maskedDomain = domain.isEmpty ? "" : String(domain[0]) + "***"
        }
        return String(chars[..<start]) + maskedLocal + String(chars[at]) + maskedDomain + maskHandles(Array(chars[end...]))
    }
}
