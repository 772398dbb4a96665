/// How Chinese text sounds: the toneless pinyin of every CJK character (Unihan kMandarin), and
/// sound classes that merge the confusions evaders rely on (z/zh, c/ch, s/sh, n/l, -n/-ng), so
/// 威信, 薇芯, 喂信, wei信 and weixin all read as 微信.
///
/// A text's sound is a sequence of syllables, one per CJK character and one per pinyin syllable
/// of a Latin run that spells pinyin through and through (`weixin`, `jia`); each maps back to the
/// compact characters it came from. Two-syllable words match by exact (toneless) syllables —
/// merging z/zh or -n/-ng there makes ordinary words of them (粮结 for 链接, 向下 for 线下); longer
/// words also match by sound class.
enum Sound {
    /// Sound classes are written as private-use scalars for their own matcher (one lookup per
    /// symbol, like any BMP character).
    static let classBase: UInt32 = 0xE000

    /// Toneless syllables (index 0: none), from the generated table.
    static let syllables: [String] = UnicodeTables.syllables

    /// The sound class of each syllable index (0 for index 0).
    static let classOfSyllable: [UInt16] = {
        var classes: [String: UInt16] = [:]
        return syllables.map { s in
            guard !s.isEmpty else { return 0 }
            let key = fuzzy(s)
            if let c = classes[key] { return c }
            let c = UInt16(classes.count + 1)
            classes[key] = c
            return c
        }
    }()

    /// A syllable with the confusable initials and finals merged.
    static func fuzzy(_ syllable: String) -> String {
        var s = Substring(syllable)
        var initial = ""
        for prefix in ["zh", "ch", "sh"] where s.hasPrefix(prefix) {
            initial = String(prefix.prefix(1))
            s = s.dropFirst(2)
        }
        if initial.isEmpty, let first = s.first, "bpmfdtnlgkhjqxrzcsyw".contains(first) {
            initial = first == "l" ? "n" : String(first)
            s = s.dropFirst()
        }
        var final = String(s)
        if final.hasSuffix("ng") { final.removeLast() }
        return initial + "-" + final
    }

    /// The syllable index of each code point from `UnicodeTables.hanFirst` (0: no reading).
    static let readings: [UInt16] = {
        let alphabet = Array(UnicodeTables.alphabet.utf8)
        var value = [UInt8](repeating: 0, count: 128)
        for (i, c) in alphabet.enumerated() { value[Int(c)] = UInt8(i) }
        let codes = Array(UnicodeTables.hanReadings.utf8)
        var out = [UInt16](repeating: 0, count: codes.count / 2)
        for i in out.indices { out[i] = UInt16(value[Int(codes[2 * i])]) * 64 + UInt16(value[Int(codes[2 * i + 1])]) }
        return out
    }()

    /// The syllable index of one character, 0 when it has none.
    @inline(__always)
    static func syllableOf(_ v: UInt32) -> UInt16 {
        guard v >= UnicodeTables.hanFirst && v <= UnicodeTables.hanLast else { return 0 }
        return readings[Int(v - UnicodeTables.hanFirst)]
    }

    /// The first letter of each syllable, for initials (私下 → sx).
    static let initialOfSyllable: [UInt32] = syllables.map { $0.unicodeScalars.first?.value ?? 0 }

    /// The pinyin syllables as a letter trie: node n's child for letter c (a…z) is
    /// `trie[n * 26 + c]` (0: none), and `terminal[n]` is the syllable ending there (0: none).
    static let trie: (children: [Int32], terminal: [UInt16]) = {
        var children = [Int32](repeating: 0, count: 26)
        var terminal: [UInt16] = [0]
        for (index, syllable) in syllables.enumerated() where !syllable.isEmpty {
            var node = 0
            for v in syllable.unicodeScalars.map(\.value) {
                let c = Int(v) - 0x61
                guard (0..<26).contains(c) else { node = -1; break }
                if children[node * 26 + c] == 0 {
                    children[node * 26 + c] = Int32(terminal.count)
                    terminal.append(0)
                    children += [Int32](repeating: 0, count: 26)
                }
                node = Int(children[node * 26 + c])
            }
            if node > 0 { terminal[node] = UInt16(index) }
        }
        return (children, terminal)
    }()

    /// A Latin word split into pinyin syllables (longest first, backtracking), or nil when it is not
    /// pinyin through and through. Calls `each(length, syllable)` in order.
    static func segment(_ letters: UnsafeBufferPointer<UInt32>, children: UnsafeBufferPointer<Int32>,
                        terminal: UnsafeBufferPointer<UInt16>, each: (Int, UInt16) -> Void) -> Bool {
        let n = letters.count
        guard n >= 2 && n <= 30 else { return false }
        // next[i]: where the syllable starting at i ends in a segmentation of letters[i...] (-1: none).
        var next = InlineArray<31, Int8>(repeating: -1)
        var sound = InlineArray<31, UInt16>(repeating: 0)
        next[n] = Int8(n)
        var i = n - 1
        while i >= 0 {
            var node = 0
            var k = i
            while k < n, k - i < 6 {
                let c = Int(letters[k]) - 0x61
                guard c >= 0 && c < 26 else { break }
                node = Int(children[node * 26 + c])
                if node == 0 { break }
                k += 1
                // Longest wins: later (longer) matches overwrite shorter ones.
                if terminal[node] != 0 && next[k] >= 0 {
                    next[i] = Int8(k)
                    sound[i] = terminal[node]
                }
            }
            i -= 1
        }
        guard next[0] >= 0 else { return false }
        var k = 0
        while k < n {
            let e = Int(next[k])
            each(e - k, sound[k])
            k = e
        }
        return true
    }

    /// The syllables of a term, or nil when a character has no reading (Latin, digits).
    static func syllables(of term: [UInt32]) -> [UInt16]? {
        var out: [UInt16] = []
        for v in term {
            let c = syllableOf(v)
            guard c != 0 else { return nil }
            out.append(c)
        }
        return out
    }

    /// A term's symbols for the sound matchers: its characters' syllables, its Latin letters as
    /// themselves (v信 → v xin, which 'v芯' also reads as); nil without two symbols and a syllable.
    static func symbols(of term: [UInt32]) -> (exact: [UInt32], fuzzy: [UInt32], syllables: Int)? {
        var exact: [UInt32] = []
        var fuzzy: [UInt32] = []
        var count = 0
        for v in term {
            let c = syllableOf(v)
            if c != 0 {
                exact.append(classBase + UInt32(c))
                fuzzy.append(classBase + UInt32(classOfSyllable[Int(c)]))
                count += 1
            } else if (0x61...0x7A).contains(v) {
                exact.append(v)
                fuzzy.append(v)
            } else {
                return nil
            }
        }
        guard exact.count >= 2, count >= 1 else { return nil }
        // A Latin run in text reads as syllables when it spells pinyin; a term's letters that spell
        // pinyin (weixin) are matched by the character matcher already.
        if count == 0 { return nil }
        return (exact, fuzzy, count)
    }

    /// Symbols for the exact matcher.
    static func exact(_ syllables: [UInt16]) -> [UInt32] { syllables.map { classBase + UInt32($0) } }
    /// Symbols for the sound-class matcher.
    static func fuzzy(_ syllables: [UInt16]) -> [UInt32] { syllables.map { classBase + UInt32(classOfSyllable[Int($0)]) } }
    /// The term's initials in Latin letters (私下 → sx, 朋友圈 → pyq).
    static func initials(_ syllables: [UInt16]) -> [UInt32] { syllables.map { initialOfSyllable[Int($0)] } }
}

/// A compact text's sound: one syllable per symbol (exact, and by sound class), with the compact
/// range it came from.
struct SoundText {
    var symbols: [UInt32]
    var classes: [UInt32]
    var start: [Int32]
    var end: [Int32]

    /// The sound as arrays (for explanations; detection reads it through `withSound`).
    init(_ compact: [UInt32], gapBefore: [Bool], splits: SplitForms = .none) {
        var symbols: [UInt32] = []
        var classes: [UInt32] = []
        var start: [Int32] = []
        var end: [Int32] = []
        Self.withSound(compact, gapBefore: gapBefore, splits: splits) { s, c, a, b in
            symbols = Array(s)
            classes = Array(c)
            start = Array(a)
            end = Array(b)
        }
        self.symbols = symbols
        self.classes = classes
        self.start = start
        self.end = end
    }

    /// Calls `body` with the sound of `compact` in one scratch allocation, freed after: its symbols,
    /// their sound classes and the compact range of each. (Four arrays per part would cost more in
    /// allocation than the loop that fills them.)
    /// `splits`: characters written as their components (亻言), read as the character they spell.
    static func withSound<R>(_ compact: [UInt32], gapBefore: [Bool], splits: SplitForms = .none,
                             _ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>,
                                      UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> R) -> R {
        let n = compact.count
        // At most one symbol per compact character.
        let words = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: 2 * n)
        let ranges = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 2 * n)
        defer {
            words.deallocate()
            ranges.deallocate()
        }
        let symbols = UnsafeMutableBufferPointer(rebasing: words[0..<n])
        let classes = UnsafeMutableBufferPointer(rebasing: words[n..<(2 * n)])
        let start = UnsafeMutableBufferPointer(rebasing: ranges[0..<n])
        let end = UnsafeMutableBufferPointer(rebasing: ranges[n..<(2 * n)])
        var count = 0
        let readings = Sound.readings
        let classOf = Sound.classOfSyllable
        let trie = Sound.trie
        let first = UnicodeTables.hanFirst
        let last = UnicodeTables.hanLast
        let base = Sound.classBase
        compact.withUnsafeBufferPointer { c in
        gapBefore.withUnsafeBufferPointer { gap in
        readings.withUnsafeBufferPointer { readings in
        classOf.withUnsafeBufferPointer { classOf in
        trie.children.withUnsafeBufferPointer { children in
        trie.terminal.withUnsafeBufferPointer { terminal in
            var i = 0
            while i < n {
                let v = c[i]
                if v >= 0x61 && v <= 0x7A {
                    // A Latin word (letters only, up to a gap or a non-letter): "xian xia" splits where
                    // the writer split it.
                    var e = i + 1
                    while e < n, c[e] >= 0x61 && c[e] <= 0x7A, !gap[e] { e += 1 }
                    var p = i
                    let word = UnsafeBufferPointer(rebasing: c[i..<e])
                    func emit(_ length: Int, _ syllable: UInt16) {
                        symbols[count] = base + UInt32(syllable)
                        classes[count] = base + UInt32(classOf[Int(syllable)])
                        start[count] = Int32(p)
                        end[count] = Int32(p + length)
                        p += length
                        count += 1
                    }
                    var spelled = Sound.segment(word, children: children, terminal: terminal, each: emit)
                    // v written for w, as keyboards without ü and evaders do (vei 信, veixin): read again with w.
                    // (On the stack, and only for words `segment` reads at all: two letters or more.)
                    if !spelled, word.count >= 2, word.contains(0x76) {
                        spelled = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: word.count) { swapped in
                            for (k, letter) in word.enumerated() { swapped[k] = letter == 0x76 ? 0x77 : letter }
                            return Sound.segment(UnsafeBufferPointer(swapped), children: children, terminal: terminal, each: emit)
                        }
                    }
                    if !spelled {
                        // Not pinyin: each letter stands for itself (v in v芯).
                        for k in i..<e {
                            symbols[count] = c[k]
                            classes[count] = c[k]
                            start[count] = Int32(k)
                            end[count] = Int32(k + 1)
                            count += 1
                        }
                    }
                    i = e
                    continue
                }
                // A character written as its components (薇亻言 sounds as 微信): one syllable for all of them.
                if splits.heads.contains(v), let (length, character) = splits.match(c, at: i) {
                    let syllable = character >= first && character <= last ? readings[Int(character - first)] : 0
                    symbols[count] = syllable == 0 ? 0 : base + UInt32(syllable)
                    classes[count] = syllable == 0 ? 0 : base + UInt32(classOf[Int(syllable)])
                    start[count] = Int32(i)
                    end[count] = Int32(i + length)
                    count += 1
                    i += length
                    continue
                }
                let syllable = v >= first && v <= last ? readings[Int(v - first)] : 0
                symbols[count] = syllable == 0 ? 0 : base + UInt32(syllable)
                classes[count] = syllable == 0 ? 0 : base + UInt32(classOf[Int(syllable)])
                start[count] = Int32(i)
                end[count] = Int32(i + 1)
                count += 1
                i += 1
            }
        }}}}}}
        return body(UnsafeBufferPointer(rebasing: symbols[0..<count]), UnsafeBufferPointer(rebasing: classes[0..<count]),
                    UnsafeBufferPointer(rebasing: start[0..<count]), UnsafeBufferPointer(rebasing: end[0..<count]))
    }
}

/// Characters written as their components (亻言 for 信, 君羊 for 群: the rules' `[variants]` of one character), so
/// the sound reads the character they spell (薇亻言 sounds as 微信).
struct SplitForms: Sendable {
    /// The first scalar of every form.
    let heads: ScalarSet
    /// Each form's scalars and the character it spells, longest first.
    private let forms: [(parts: [UInt32], character: UInt32)]

    static let none = SplitForms([:])

    /// `variants`: a character (one scalar) and the ways it is written apart.
    init(_ variants: [String: [String]]) {
        var forms: [(parts: [UInt32], character: UInt32)] = []
        for (character, alternatives) in variants {
            let c = Array(character.unicodeScalars.map(\.value))
            guard c.count == 1 else { continue }
            for alternative in alternatives {
                let parts = Array(alternative.unicodeScalars.map(\.value))
                if !parts.isEmpty { forms.append((parts, c[0])) }
            }
        }
        forms.sort { $0.parts.count > $1.parts.count }
        self.forms = forms
        heads = ScalarSet(forms.map { $0.parts[0] })
    }

    /// The form starting at `i` of `c`, its length and the character it spells.
    func match(_ c: UnsafeBufferPointer<UInt32>, at i: Int) -> (Int, UInt32)? {
        for form in forms where i + form.parts.count <= c.count {
            if form.parts.indices.allSatisfy({ c[i + $0] == form.parts[$0] }) { return (form.parts.count, form.character) }
        }
        return nil
    }
}
