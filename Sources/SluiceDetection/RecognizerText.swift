/// The text the structured recognisers (numbers, links, e-mail) read: the wide text, rewritten
/// where people spell a contact out to get past filters —
///
/// * punctuation spelled as words between Latin or digit words: 点 / dot → `.`, 艾特 / at / 圈a → `@`,
///   斜杠 / slash → `/`, 下划线 / underscore → `_`, 冒号 → `:`, 横杠 → `-` (`pan点baidu点com`,
///   `kx_service at outlook dot com`, `liuxue.ada（at）gmail（dot）com`);
/// * character-by-character spacing collapsed (`h t t p s : / / w w w . …`);
/// * spoken digit counts expanded (`两个6` → 66, `三个8` → 888);
/// * digits spoken in pinyin read as digits (`yao wu ba er …` → 158 2…).
///
/// Every scalar maps back to the wide characters it came from, so findings still point at what
/// the person wrote.
struct RecognizerText {
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

    init(_ norm: NormalizedText) {
        self.norm = norm
        if let (w, from, to) = Self.rewrite(norm.wide) {
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
        ("艾特", 0x40), ("圈a", 0x40), ("at", 0x40), ("点", 0x2E), ("dot", 0x2E), ("。", 0x2E), ("斜杠", 0x2F), ("斜线", 0x2F), ("slash", 0x2F),
        ("下划线", 0x5F), ("下横线", 0x5F), ("underscore", 0x5F), ("冒号", 0x3A), ("横杠", 0x2D), ("中横线", 0x2D), ("减号", 0x2D),
    ].map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }

    /// Pinyin digit names.
    private static let pinyinDigits: [String: UInt32] = [
        "ling": 0, "dong": 0, "yi": 1, "yao": 1, "er": 2, "liang": 2, "san": 3, "si": 4, "wu": 5, "liu": 6, "qi": 7, "guai": 7,
        "ba": 8, "jiu": 9, "gou": 9,
    ]

    /// Counts before a digit: 一个 8, 两个6, 三个 8.
    private static let counts: [UInt32: Int] = [0x4E00: 1, 0x4E24: 2, 0x4E8C: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5]

    private static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x3000 }
    private static func isBracket(_ v: UInt32) -> Bool { v == 0x28 || v == 0x29 || v == 0x5B || v == 0x5D || v == 0xFF08 || v == 0xFF09 }

    /// Scalars that can start a rewrite; everything else is copied as it is.
    private static let starts: [Bool] = {
        var table = [Bool](repeating: false, count: 0x10000)
        for (word, _) in spelled { table[Int(word[0])] = true }
        for v in counts.keys { table[Int(v)] = true }
        for v: UInt32 in [0x5C0F, 0x5927, 0x3A, 0x2F, 0x2E, 0x2D, 0x5F, 0x40] { table[Int(v)] = true }
        return table
    }()

    /// The spelled words each first scalar may start (indices into `spelled`).
    private static let spelledFirst: [Int: [Int]] = {
        var table: [Int: [Int]] = [:]
        for (i, (word, _)) in spelled.enumerated() { table[Int(word[0]), default: []].append(i) }
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

    /// The rewritten text and its map, or nil when nothing needs rewriting. Nothing is copied
    /// until the first rewrite: most texts are read as they are.
    static func rewrite(_ w: [UInt32]) -> ([UInt32], [Int32], [Int32])? {
        var out: [UInt32] = []
        var from: [Int32] = []
        var to: [Int32] = []
        var changed = false
        /// Starts writing the output: the text so far, as it is.
        func begin(_ i: Int) {
            guard !changed else { return }
            changed = true
            out.reserveCapacity(w.count)
            from.reserveCapacity(w.count)
            to.reserveCapacity(w.count)
            for k in 0..<i {
                out.append(w[k])
                from.append(Int32(k))
                to.append(Int32(k + 1))
            }
        }
        func emit(_ v: UInt32, _ a: Int, _ b: Int) {
            guard changed else { return }
            out.append(v)
            from.append(Int32(a))
            to.append(Int32(b))
        }
        /// Where the previous word written ends, skipping spaces, brackets and spoken fillers (然后):
        /// "tuan，然后艾特 126". Before the first rewrite the output is the text itself.
        func previousWordEnd(_ i: Int) -> Int? {
            let count = changed ? out.count : i
            func at(_ k: Int) -> UInt32 { changed ? out[k] : w[k] }
            var k = count - 1
            while k >= 0, isSpace(at(k)) || isBracket(at(k)) || at(k) == 0x2C || at(k) == 0xFF0C { k -= 1 }
            if k >= 1, at(k - 1) == 0x7136, at(k) == 0x540E { k -= 2 }
            else if k >= 0, at(k) == 0x518D { k -= 1 }
            while k >= 0, isSpace(at(k)) || isBracket(at(k)) || at(k) == 0x2C || at(k) == 0xFF0C { k -= 1 }
            return k >= 0 && isWordScalar(at(k)) ? k + 1 : nil
        }
        func nextWord(after i: Int) -> Int? {
            var k = i
            while k < w.count, isSpace(w[k]) || isBracket(w[k]) { k += 1 }
            return k < w.count && isWordScalar(w[k]) ? k : nil
        }
        func isLatinWordBoundary(_ start: Int, _ length: Int) -> Bool {
            // A Latin spelled word (at, dot) stands alone: not inside "cat" or "dotted".
            let before = start == 0 || !(0x61...0x7A).contains(w[start - 1])
            let after = start + length >= w.count || !(0x61...0x7A).contains(w[start + length])
            return before && after
        }
        let starts = Self.starts
        let spelled = Self.spelled
        let spelledFirst = Self.spelledFirst
        var i = 0
        while i < w.count {
            let v = w[i]
            // Inside a Latin word nothing starts: copy the rest of the word in one go.
            if v >= 0x61 && v <= 0x7A && i > 0 && w[i - 1] >= 0x61 && w[i - 1] <= 0x7A {
                emit(v, i, i + 1)
                i += 1
                continue
            }
            guard v < 0x10000 && (starts[Int(v)] || v >= 0x61 && v <= 0x7A) else {
                emit(v, i, i + 1)
                i += 1
                continue
            }
            // Spelled punctuation between words.
            var matched = false
            for index in spelledFirst[Int(v)] ?? [] {
                let (word, symbol) = spelled[index]
                guard w.count - i >= word.count, w[i..<(i + word.count)].elementsEqual(word) else { continue }
                let latin = word[0] < 0x80
                if latin && !isLatinWordBoundary(i, word.count) { continue }
                // Latin spelled words need brackets or spaces around them (x at y, x(at)y).
                if latin, i > 0, !isSpace(w[i - 1]) && !isBracket(w[i - 1]) { continue }
                guard let end = previousWordEnd(i), let next = nextWord(after: i + word.count) else { continue }
                begin(i)
                // Drop the spaces, brackets and fillers written before it.
                out.removeLast(out.count - end)
                from.removeLast(from.count - end)
                to.removeLast(to.count - end)
                emit(symbol, i, i + word.count)
                i = next
                matched = true
                break
            }
            if matched { continue }
            // 小写 / 大写 before a Latin word: a dictation filler.
            if (v == 0x5C0F || v == 0x5927), i + 1 < w.count, w[i + 1] == 0x5199, nextWord(after: i + 2) != nil {
                begin(i)
                i += 2
                while i < w.count, isSpace(w[i]) { i += 1 }
                continue
            }
            // A spoken count before a digit: 两个6 → 66.
            if i + 1 < w.count, w[i + 1] == 0x4E2A, let n = counts[v] {
                var k = i + 2
                while k < w.count, isSpace(w[k]) { k += 1 }
                if k < w.count, CharacterTables.isASCIIAlnum(w[k]), w[k] <= 0x39,
                   k + 1 >= w.count || !(0x30...0x39).contains(w[k + 1]) {
                    begin(i)
                    for _ in 0..<n { emit(w[k], i, k + 1) }
                    i = k + 1
                    continue
                }
            }
            // Character-by-character spacing: four or more single characters each followed by one space.
            if v != 0x20, i + 1 < w.count, w[i + 1] == 0x20, (i == 0 || w[i - 1] == 0x20) {
                var k = i
                var singles = 0
                while k < w.count, w[k] != 0x20, !CharacterTables.isIdeograph(w[k]), k + 1 >= w.count || w[k + 1] == 0x20 {
                    singles += 1
                    k += 2
                }
                if singles >= 4 {
                    begin(i)
                    var j = i
                    while j < min(k, w.count) {
                        if w[j] != 0x20 { emit(w[j], j, j + 1) }
                        j += 1
                    }
                    i = min(k, w.count)
                    continue
                }
            }
            // Digits spoken in pinyin: four or more digit names in a row (each starts with one of b d e
            // g j l q s w y).
            if (0x61...0x7A).contains(v), i == 0 || !(0x61...0x7A).contains(w[i - 1]),
               [0x62, 0x64, 0x65, 0x67, 0x6A, 0x6C, 0x71, 0x73, 0x77, 0x79].contains(v) {
                var k = i
                var digits: [(UInt32, Int, Int)] = []
                while k < w.count {
                    var e = k
                    while e < w.count, (0x61...0x7A).contains(w[e]) { e += 1 }
                    guard e > k, let key = pack(w[k..<e]), let d = packedDigits[key] else { break }
                    digits.append((0x30 + d, k, e))
                    k = e
                    while k < w.count, isSpace(w[k]) || w[k] == 0x2C || w[k] == 0xFF0C || w[k] == 0x2D { k += 1 }
                    if k < w.count, !(0x61...0x7A).contains(w[k]) { break }
                }
                if digits.count >= 4 {
                    begin(i)
                    for (d, a, b) in digits { emit(d, a, b) }
                    i = digits.last!.2
                    continue
                }
            }
            emit(v, i, i + 1)
            i += 1
        }
        return changed ? (out, from, to) : nil
    }
}
