/// The text the structured recognisers (numbers, links, e-mail) read: the wide text, rewritten
/// where people spell a contact out to get past filters —
///
/// * punctuation spelled as words between Latin or digit words: 点 / dot / dian → `.`, 艾特 / at / 圈a → `@`,
///   斜杠 / slash → `/`, 下划线 / underscore → `_`, 冒号 → `:`, 横杠 → `-` (`pan点baidu点com`,
///   `kx_service at outlook dot com`, `liuxue.ada（at）gmail（dot）com`);
/// * character-by-character spacing collapsed (`h t t p s : / / w w w . …`);
/// * spoken digit counts expanded (`两个6` → 66, `三个8` → 888);
/// * digits spoken in pinyin or English read as digits (`yao wu ba er …` → 158 2…), also mixed with written
///   digits and numerals, with double / triple and oh (`one 三 nine double two … oh …`);
/// * digits written as sound-alike characters, seven or more in a run, where the text names a contact
///   (`电话：腰三八 铃铃舞溜 妻妻酒酒` → 138 0056 7799).
///
/// Every scalar maps back to the wide characters it came from, so findings still point at what
/// the person wrote.
struct RecognizerText {
    /// Full stops a spelled-out domain uses: . 。 ． ﹒ ․ (compared, not hashed: the rewrite asks of
    /// every character it stops at).
    @inline(__always)
    static func isDot(_ v: UInt32) -> Bool { v == 0x2E || v == 0x3002 || v == 0xFF0E || v == 0xFE52 || v == 0x2024 }

    let norm: NormalizedText
    /// The text recognisers read.
    let w: [UInt32]
    /// For each scalar of `w`, the wide range it came from; nil when `w` is the wide text itself.
    private let from: [Int32]?
    private let to: [Int32]?

    /// Whether `w` differs from the wide text.
    var rewritten: Bool { from != nil }

    /// The wide range of `range` in `w`.
    func wide(_ range: Range<Int>) -> Range<Int> {
        guard let from, let to else { return range }
        return Int(from[range.lowerBound])..<Int(to[range.upperBound - 1])
    }

    /// The wide index of position `i` of `w`.
    func wideIndex(_ i: Int) -> Int { from.map { Int($0[i]) } ?? i }

    func string(_ range: Range<Int>) -> String {
        w[range].withUnsafeBufferPointer { SluiceDetection.string(fromScalars: $0) }
    }

    /// `soundDigits`: also read runs of sound-alike digit characters (the part names a contact: 电话,
    /// 扣扣 …; elsewhere such runs are words).
    init(_ norm: NormalizedText, soundDigits: Bool = false) {
        self.norm = norm
        if let (w, from, to) = Self.rewrite(norm.wide, soundDigits: soundDigits) {
            self.w = w
            self.from = from
            self.to = to
        } else {
            w = norm.wide
            from = nil
            to = nil
        }
    }

    // MARK: Rewriting

    private static func isWordScalar(_ v: UInt32) -> Bool { CharacterTables.isASCIIAlnum(v) }

    /// Spelled punctuation: the words, as scalars, and what they stand for.
    private static let spelled: [([UInt32], UInt32)] = [
        ("艾特", 0x40), ("圈a", 0x40), ("at", 0x40), ("点", 0x2E), ("dot", 0x2E), ("dian", 0x2E), ("。", 0x2E), ("斜杠", 0x2F), ("斜线", 0x2F), ("slash", 0x2F),
        ("下划线", 0x5F), ("下横线", 0x5F), ("underscore", 0x5F), ("冒号", 0x3A), ("横杠", 0x2D), ("中横线", 0x2D), ("减号", 0x2D),
    ].map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }

    /// The spelled underscores (下划线, 下横线, underscore): a handle's parts may stand on both sides of one
    /// (`PartScan.handleAfter`: tb 下划线 lucky88, tea underscore master).
    static let spelledUnderscores: [[UInt32]] = spelled.filter { $0.1 == 0x5F }.map(\.0)

    /// The syllables of the digits' names (一 and 幺 for 1, 二 and 两 for 2 …).
    private static let digitSyllables: [String: UInt8] = [
        "ling": 0, "yi": 1, "yao": 1, "er": 2, "liang": 2, "san": 3, "si": 4, "wu": 5, "liu": 6, "qi": 7, "ba": 8, "jiu": 9,
    ]

    /// Digit names spelled out: the syllables above in pinyin, radio talk's (dong 0, guai 7, gou 9), and
    /// English (one three eight, zero zero …).
    private static let pinyinDigits: [String: UInt32] = digitSyllables.mapValues(UInt32.init).merging([
        "dong": 0, "guai": 7, "gou": 9,
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        // Zero said as the letter (one three nine oh five …).
        "oh": 0, "o": 0,
    ]) { a, _ in a }

    /// English words that repeat the digit after them (double two → 22, triple eight → 888).
    private static let repeaters: [UInt64: Int] = [pack(Array("double".unicodeScalars.map(\.value))[...])!: 2,
                                                   pack(Array("triple".unicodeScalars.map(\.value))[...])!: 3]
    /// "plus" before a number spoken in English: the country code's +.
    private static let plusKey = pack(Array("plus".unicodeScalars.map(\.value))[...])!

    /// Counts before a digit: 一个 8, 两个6, 三个 8.
    private static let counts: [UInt32: Int] = [0x4E00: 1, 0x4E24: 2, 0x4E8C: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5]

    /// For each BMP character, the digit its reading sounds like (衣 → 1, 伞 → 3, 舞 → 5, 酒 → 9; the
    /// numerals themselves too, and 幺 洞 拐 勾 as the numerals they are), or 0xFF. (Not radio talk's
    /// syllables: dong is 东 and 动 far more often than 洞.)
    private static let soundDigits: [UInt8] = {
        var digitOf = [UInt8](repeating: 0xFF, count: Sound.syllables.count)
        for (k, s) in Sound.syllables.enumerated() { if let d = digitSyllables[s] { digitOf[k] = d } }
        var table = [UInt8](repeating: 0xFF, count: 0x10000)
        for v in UnicodeTables.hanFirst...min(UnicodeTables.hanLast, 0xFFFF) { table[Int(v)] = digitOf[Int(Sound.syllableOf(v))] }
        // Every numeral reads as its digit inside such a run, whatever its reading: the normaliser folds
        // 幺 to 么 (me), so 幺叁捌 灵灵幺贰 … would otherwise break at each 1.
        for (v, d) in CharacterTables.bmpDigit.enumerated() where d != 0xFF && v >= 0x80 { table[v] = d }
        // A character whose second reading is a digit's in a fifth of its uses (似: shì, sì) reads as that
        // digit too.
        for (key, value) in CharacterTables.entries(UnicodeTables.secondReadingDigits) where key < 0x10000 { table[Int(key)] = UInt8(value)! }
        return table
    }()

    /// A run of seven to thirteen sound-alike digit characters from `start` (spaces and dashes may part
    /// them), three or more of them not numerals, standing alone (the caller starts it where no such
    /// character stands right before; none may follow): each character and its digit, and where the
    /// run ends. Ordinary words rarely hold seven such syllables in a row; a number spelled to dodge a
    /// filter does.
    private static func soundDigitRun(_ w: [UInt32], from start: Int, _ soundDigits: [UInt8], _ numerals: [UInt8]) -> (digits: [(UInt8, Int)], end: Int)? {
        // Counted first: most runs are a word or two long, and cost no allocation.
        var count = 0
        var homophones = 0
        var k = start
        var end = start
        while k < w.count {
            let v = w[k]
            if v < 0x10000, soundDigits[Int(v)] != 0xFF {
                count += 1
                if numerals[Int(v)] == 0xFF { homophones += 1 }
                k += 1
                end = k
            } else if v == 0x20 || v == 0x3000 || v == 0x2D {
                k += 1
            } else {
                break
            }
            if count > 13 { return nil }
        }
        guard count >= 7, homophones >= 3 else { return nil }
        var digits: [(UInt8, Int)] = []
        digits.reserveCapacity(count)
        for i in start..<end where w[i] < 0x10000 && soundDigits[Int(w[i])] != 0xFF { digits.append((soundDigits[Int(w[i])], i)) }
        return (digits, end)
    }

    /// Whether a digit name (pinyin or English) may start with letter `v`.
    private static func digitNameInitial(_ v: UInt32) -> Bool {
        switch v {
        case 0x62, 0x64, 0x65, 0x66, 0x67, 0x6A, 0x6C, 0x6E, 0x6F, 0x71, 0x73, 0x74, 0x77, 0x79, 0x7A: true
        default: false
        }
    }

    private static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x3000 }

    /// Marks written between every character of a spelled-out number or handle besides spaces: / | ~ · •.
    private static let singleSeparators: ScalarSet = [0x2F, 0x7C, 0x7E, 0xB7, 0x2022]

    /// Whether the newline at `i` parts two short lines (one to ten characters each, spaces aside): text laid out a
    /// character or a word a line (电⏎话⏎1⏎3⏎8…, www⏎.⏎lulu-shop⏎.⏎cn) reads as one line.
    private static func shortLineBreak(_ w: [UInt32], _ i: Int) -> Bool {
        func length(_ range: StrideTo<Int>) -> Int {
            var count = 0
            for k in range {
                if w[k] == 0x0A { break }
                if !isSpace(w[k]) { count += 1 }
                if count > 10 { return count }
            }
            return count
        }
        let before = length(stride(from: i - 1, to: -1, by: -1))
        let after = length(stride(from: i + 1, to: w.count, by: 1))
        return (1...10).contains(before) && (1...10).contains(after)
    }
    private static func isBracket(_ v: UInt32) -> Bool { v == 0x28 || v == 0x29 || v == 0x5B || v == 0x5D || v == 0xFF08 || v == 0xFF09 }

    /// Scalars that can start a rewrite; everything else is copied as it is.
    private static let starts: [Bool] = {
        var table = [Bool](repeating: false, count: 0x10000)
        for (word, _) in spelled { table[Int(word[0])] = true }
        for v in counts.keys { table[Int(v)] = true }
        for v: UInt32 in [0x5C0F, 0x5927, 0x3A, 0x2F, 0x2E, 0x2D, 0x5F, 0x40] { table[Int(v)] = true }
        return table
    }()

    /// Pinyin digit names packed five bits a letter.
    private static let packedDigits: [UInt64: UInt32] = {
        var table: [UInt64: UInt32] = [:]
        for (name, d) in pinyinDigits { table[pack(name.unicodeScalars.map(\.value)[...])!] = d }
        return table
    }()

    private static func pack(_ letters: ArraySlice<UInt32>) -> UInt64? {
        guard letters.count <= 6 else { return nil }
        var key: UInt64 = 0
        for v in letters { key = key << 5 | UInt64(v - 0x60) }
        return key
    }

    /// The spelled words each first scalar may start, as a bit set over `spelled` (0: none).
    private static let spelledFirstBits: [UInt32] = {
        precondition(spelled.count <= 32, "spelled punctuation needs a wider bit table")
        var table = [UInt32](repeating: 0, count: 0x10000)
        for (i, (word, _)) in spelled.enumerated() { table[Int(word[0])] |= 1 << UInt32(i) }
        return table
    }()

    /// The output being written. Text passes through untouched and is copied in stretches, only
    /// once a rewrite has begun: most texts are read as they are.
    private struct Output {
        var scalars: [UInt32] = []
        var from: [Int32] = []
        var to: [Int32] = []
        var changed = false
        /// How much of the input is in the output.
        var copied = 0

        /// Brings the output up to input position `i`: the untouched text since the last rewrite.
        mutating func begin(_ w: [UInt32], _ i: Int) {
            if !changed {
                changed = true
                scalars.reserveCapacity(w.count + 8)
                from.reserveCapacity(w.count + 8)
                to.reserveCapacity(w.count + 8)
            }
            guard copied < i else { return }
            scalars.append(contentsOf: w[copied..<i])
            for k in copied..<i {
                from.append(Int32(k))
                to.append(Int32(k + 1))
            }
            copied = i
        }

        /// Writes `v` for input `a..<b` (after `begin`); the input up to `b` is then accounted for.
        mutating func emit(_ v: UInt32, _ a: Int, _ b: Int) {
            scalars.append(v)
            from.append(Int32(a))
            to.append(Int32(b))
            copied = max(copied, b)
        }

        mutating func truncate(_ count: Int) {
            scalars.removeLast(scalars.count - count)
            from.removeLast(from.count - count)
            to.removeLast(to.count - count)
        }
    }

    /// Whether a dot stands just before input position `i`: written there, or just emitted for a dot
    /// spaced off before it (. c n).
    private static func afterDot(_ before: UInt32, _ out: Output, _ i: Int) -> Bool {
        isDot(before) || out.changed && out.copied == i && out.scalars.last == 0x2E
    }

    /// Where the previous word ends in what was written before `i` (the text itself before the first
    /// rewrite), skipping spaces, brackets and spoken fillers (然后): "tuan，然后艾特 126".
    private static func previousWordEnd(_ out: Output, _ w: [UInt32], _ i: Int) -> Int? {
        // Before the first rewrite the output is the input itself (nothing is copied yet).
        let count = out.changed ? out.scalars.count : i
        func at(_ k: Int) -> UInt32 { out.changed ? out.scalars[k] : w[k] }
        func skippable(_ v: UInt32) -> Bool { isSpace(v) || isBracket(v) || v == 0x2C || v == 0xFF0C }
        var k = count - 1
        while k >= 0, skippable(at(k)) { k -= 1 }
        if k >= 1, at(k - 1) == 0x7136, at(k) == 0x540E { k -= 2 } else if k >= 0, at(k) == 0x518D { k -= 1 }
        while k >= 0, skippable(at(k)) { k -= 1 }
        return k >= 0 && isWordScalar(at(k)) ? k + 1 : nil
    }

    private static func nextWord(_ w: [UInt32], after i: Int) -> Int? {
        var k = i
        while k < w.count, isSpace(w[k]) || isBracket(w[k]) { k += 1 }
        return k < w.count && isWordScalar(w[k]) ? k : nil
    }

    /// Whether a word (Latin, a digit) can stand within a few characters before `i`: the cheap
    /// test before looking for spelled punctuation (most 点 and 。 follow Chinese).
    private static func wordNearBefore(_ w: [UInt32], _ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4 {
            let v = w[k]
            if isWordScalar(v) { return true }
            if CharacterTables.isIdeograph(v) && v != 0x7136 && v != 0x540E && v != 0x518D { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The rewritten text and its map, or nil when nothing needs rewriting.
    static func rewrite(_ w: [UInt32], soundDigits readSounds: Bool = false) -> ([UInt32], [Int32], [Int32])? {
        var out = Output()
        let starts = Self.starts
        let firstBits = Self.spelledFirstBits
        let spelled = Self.spelled
        let soundDigits = Self.soundDigits
        let numerals = CharacterTables.bmpDigit
        let n = w.count
        var i = 0
        while i < n {
            let v = w[i]
            let latin = v >= 0x61 && v <= 0x7A
            if latin {
                // Inside a Latin word nothing starts.
                if i > 0 && w[i - 1] >= 0x61 && w[i - 1] <= 0x7A {
                    i += 1
                    continue
                }
            } else {
                guard v < 0x10000 else {
                    i += 1
                    continue
                }
                // Digits written as sound-alike characters: a run is read whole, from its first character,
                // or not at all.
                if readSounds, soundDigits[Int(v)] != 0xFF, i == 0 || w[i - 1] >= 0x10000 || soundDigits[Int(w[i - 1])] == 0xFF,
                   let run = soundDigitRun(w, from: i, soundDigits, numerals) {
                    out.begin(w, i)
                    for (d, k) in run.digits { out.emit(0x30 + UInt32(d), k, k + 1) }
                    out.copied = run.end
                    i = run.end
                    continue
                }
                // A newline between two short lines joins them.
                if v == 0x0A {
                    if shortLineBreak(w, i) {
                        out.begin(w, i)
                        out.copied = i + 1
                    }
                    i += 1
                    continue
                }
                // Otherwise only the characters in `starts` start anything (and a digit with a mark after it: 1/3/9…).
                if !starts[Int(v)] && !(v <= 0x39 && v >= 0x30 && i + 1 < n && Self.singleSeparators.contains(w[i + 1])) {
                    i += 1
                    continue
                }
            }
            // Once rewriting, what was written is what a spelled word looks back on.
            if out.changed { out.begin(w, i) }
            // Spelled punctuation between words.
            var bits = v < 0x10000 ? firstBits[Int(v)] : 0
            if bits != 0 && !wordNearBefore(w, i) { bits = 0 }
            var matched = false
            var index = 0
            while bits != 0 {
                defer { bits >>= 1; index += 1 }
                guard bits & 1 != 0 else { continue }
                let (word, symbol) = spelled[index]
                guard n - i >= word.count, w[i..<(i + word.count)].elementsEqual(word) else { continue }
                if word[0] < 0x80 {
                    // A Latin spelled word (at, dot) stands alone, after a space or a bracket.
                    let after = i + word.count >= n || !(0x61...0x7A).contains(w[i + word.count])
                    guard after, i > 0, isSpace(w[i - 1]) || isBracket(w[i - 1]) else { continue }
                }
                guard let end = previousWordEnd(out, w, i), let next = nextWord(w, after: i + word.count) else { continue }
                // 点 after an hour (每晚 8 点 live, 10点 open) tells the time: one or two digits up to 24.
                if word == [0x70B9] {
                    let written: (Int) -> UInt32 = { out.changed ? out.scalars[$0] : w[$0] }
                    var k = end
                    while k > 0, (0x30...0x39).contains(written(k - 1)) { k -= 1 }
                    let isLetterBefore = k > 0 && CharacterTables.isLatinLetter(written(k - 1))
                    if end - k >= 1, end - k <= 2, !isLetterBefore,
                       (k..<end).reduce(0, { $0 * 10 + Int(written($1) - 0x30) }) <= 24 { continue }
                }
                out.begin(w, i)
                // Drop the spaces, brackets and fillers written before it.
                out.truncate(end)
                out.emit(symbol, i, i + word.count)
                out.copied = next
                i = next
                matched = true
                break
            }
            if matched { continue }
            // A full stop spaced off between words, one of them Latin (xiaolin-shop . c n, 163 . com), or
            // bracketed (lilyshop[.]cn, abc(.)com): the address's dot. Between digits alone (1 5 8 . 2 2) it
            // is one more separator of a number.
            if Self.isDot(v), i > 0 && (isSpace(w[i - 1]) || isBracket(w[i - 1])) || i + 1 < n && (isSpace(w[i + 1]) || isBracket(w[i + 1])),
               let end = previousWordEnd(out, w, i), let next = nextWord(w, after: i + 1),
               CharacterTables.isLatinLetter(out.changed ? out.scalars[end - 1] : w[end - 1]) || CharacterTables.isLatinLetter(w[next]) {
                out.begin(w, i)
                out.truncate(end)
                out.emit(0x2E, i, i + 1)
                out.copied = next
                i = next
                continue
            }
            // 小写 / 大写 before a Latin word: a dictation filler.
            if v == 0x5C0F || v == 0x5927, i + 1 < n, w[i + 1] == 0x5199, nextWord(w, after: i + 2) != nil {
                out.begin(w, i)
                i += 2
                while i < n, isSpace(w[i]) { i += 1 }
                out.copied = i
                continue
            }
            // A spoken count before a digit: 两个6 → 66.
            if i + 1 < n, w[i + 1] == 0x4E2A, let count = counts[v] {
                var k = i + 2
                while k < n, isSpace(w[k]) { k += 1 }
                if k < n, w[k] >= 0x30 && w[k] <= 0x39, k + 1 >= n || !(0x30...0x39).contains(w[k + 1]) {
                    out.begin(w, i)
                    for _ in 0..<count { out.emit(w[k], i, k + 1) }
                    i = k + 1
                    continue
                }
                // …or before a numeral (三个零 → 零零零), written as the numeral itself so the run stays one kind.
                if k < n, w[k] < 0x10000, w[k] >= 0x80, numerals[Int(w[k])] != 0xFF,
                   k + 1 >= n || w[k + 1] >= 0x10000 || numerals[Int(w[k + 1])] == 0xFF {
                    out.begin(w, i)
                    for _ in 0..<count { out.emit(w[k], i, k + 1) }
                    i = k + 1
                    continue
                }
            }
            // Character-by-character spacing: four or more single characters each followed by one space,
            // starting after a space or a mark (`：l i l y _ 9 9`), or two or more after a dot (`。c o m`).
            let before: UInt32 = i == 0 ? 0x20 : w[i - 1]
            let afterMark = before == 0x20 || !(CharacterTables.isIdeograph(before) || Self.isWordScalar(before))
            // (Another mark between every character — 1/3/9/0/5/7… , 1|3|9… — parts seven or more letters or digits.)
            let sep: UInt32 = i + 1 < n && Self.isWordScalar(v) && Self.singleSeparators.contains(w[i + 1]) ? w[i + 1] : 0x20
            // …a dot just written counts, spaces and all (. c n).
            if v != 0x20, afterMark, i + 1 >= n || w[i + 1] == sep || afterDot(before, out, i) {
                var k = i
                var singles = 0
                while k < n, w[k] != sep, !CharacterTables.isIdeograph(w[k]), sep == 0x20 || Self.isWordScalar(w[k]), k + 1 >= n || w[k + 1] == sep {
                    singles += 1
                    k += 2
                }
                if (sep == 0x20 || singles >= 7) && (singles >= 4 || (singles >= 2 && afterDot(before, out, i))) {
                    out.begin(w, i)
                    var j = i
                    while j < min(k, n) {
                        // A full stop in a spelled-out run is the address's dot (s h o p @ 1 6 3 。 c o m).
                        if w[j] != sep { out.emit(Self.isDot(w[j]) ? 0x2E : w[j], j, j + 1) }
                        j += 1
                    }
                    i = min(k, n)
                    out.copied = i
                    continue
                }
            }
            // Digits spoken in pinyin or English: four or more digit names in a row (each starts with one
            // of b d e f g j l n o q s t w y z), or three that run on into written digits (one three nine
            // 0088 1122); or a number of seven or more digits that mixes names with written digits and
            // numerals (one 三 eight 二六七零 five…, 1 3 9 oh 5 7 2…), where double and triple repeat the next
            // digit (one five nine double two) and plus before the first gives the country code's +.
            if latin, Self.digitNameInitial(v) || v == 0x70 {
                var k = i
                var digits: [(UInt32, Int, Int)] = []
                var names = 0
                var written = 0
                var repeats = 1
                var plus: (Int, Int)?
                while k < n {
                    let c = w[k]
                    if (0x61...0x7A).contains(c) {
                        var e = k
                        while e < n, (0x61...0x7A).contains(w[e]) { e += 1 }
                        guard let key = pack(w[k..<e]) else { break }
                        if let d = packedDigits[key] {
                            for _ in 0..<repeats { digits.append((0x30 + d, k, e)) }
                            repeats = 1
                            names += 1
                        } else if let times = Self.repeaters[key] {
                            repeats = times
                        } else if key == Self.plusKey, digits.isEmpty, plus == nil {
                            plus = (k, e)
                        } else {
                            break
                        }
                        k = e
                    } else if (0x30...0x39).contains(c) || c >= 0x80 && c < 0x10000 && numerals[Int(c)] != 0xFF {
                        let d = c <= 0x39 ? c : 0x30 + UInt32(numerals[Int(c)])
                        for _ in 0..<repeats { digits.append((d, k, k + 1)) }
                        repeats = 1
                        written += 1
                        k += 1
                    } else {
                        break
                    }
                    while k < n, isSpace(w[k]) || w[k] == 0x2C || w[k] == 0xFF0C || w[k] == 0x2D { k += 1 }
                }
                // (The names alone, as before: written digits after three names follow them as written.)
                let leading = digits.prefix { (0x61...0x7A).contains(w[$0.1]) }
                let digitsFollow = leading.count < digits.count
                if names >= 1 && digits.count >= 7 && written > 0 {
                    out.begin(w, i)
                    if let plus { out.emit(0x2B, plus.0, plus.1) }
                    for (d, a, b) in digits { out.emit(d, a, b) }
                    i = digits.last!.2
                    out.copied = i
                    continue
                }
                if leading.count >= 4 || (leading.count >= 3 && digitsFollow) {
                    out.begin(w, i)
                    if let plus, leading.count >= 7 { out.emit(0x2B, plus.0, plus.1) }
                    for (d, a, b) in leading { out.emit(d, a, b) }
                    i = leading.last!.2
                    continue
                }
            }
            i += 1
        }
        guard out.changed else { return nil }
        out.begin(w, n)
        return (out.scalars, out.from, out.to)
    }
}
