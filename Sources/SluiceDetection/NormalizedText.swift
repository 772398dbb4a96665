import SluiceModel

/// A part's text in two canonical views, each with a map back to the original code points,
/// so every finding points at exactly what the person wrote.
///
/// * `wide`: compatibility forms folded (full-width, styled, circled), lower-cased, invisible
///   characters removed, traditional characters simplified, look-alikes of Latin letters and
///   digits (Cyrillic, Greek, kana, radicals) folded onto them. Punctuation stays, so
///   URLs, e-mail addresses and handles can be read here.
/// * `compact`: `wide` without separators (spaces, punctuation, symbols, most emoji), with
///   slang emoji spelled as words. Lexicons match here, so `加 微 · 信` reads as `加微信`.
package final class NormalizedText: Sendable {
    /// The text's scalar values, as written.
    package let original: [UInt32]

    package let wide: [UInt32]
    /// For each wide scalar, the original code points it came from: `wideStart[i]..<wideEnd[i]`.
    package let wideStart: [Int32]
    package let wideEnd: [Int32]

    package let compact: [UInt32]
    /// For each compact scalar, the wide index it came from.
    package let compactToWide: [Int32]
    /// Whether a separator was removed just before this compact scalar.
    package let gapBefore: [Bool]
    /// The sentence number of each compact position, plus one entry for the end. A sentence
    /// ends at a newline or 。！？；|【】.
    package let sentence: [Int32]
    /// The clause number of each compact position, plus one entry for the end. A clause ends
    /// where a sentence does, or at ，、,:：
    package let clause: [Int32]
    /// Which separators occur in the text, so recognisers can skip work: see `Seen`.
    package let seen: UInt8

    /// Bits of `seen`.
    /// Derived from the character kind table's bits, which the normaliser shifts into `seen`.
    package enum Seen {
        package static let at = CharacterTables.CompactKind.at >> CharacterTables.CompactKind.seenShift
        /// `.` or `/`: a URL or domain may be here.
        package static let dotOrSlash = CharacterTables.CompactKind.dotOrSlash >> CharacterTables.CompactKind.seenShift
        /// A currency sign that can delimit a 口令 token.
        package static let tokenDelimiter = CharacterTables.CompactKind.tokenDelimiter >> CharacterTables.CompactKind.seenShift
        /// A slang emoji read as a word (the bit above the separators' three).
        package static let emojiWord: UInt8 = 0x08
    }

    /// Ideographs spaced out one by one (价 私 信, 私·聊, 微-信: an evader's spacing or inserted
    /// symbols): where three or more single characters in a row are each parted by one space or one
    /// such symbol, those separators part no words, so no gap is kept between them. Punctuation that
    /// ends a clause, and lists parted by 、 or /, keep theirs.
    /// A plus sign (+, ＋, ➕) used as the verb 加, as slang writes it, reads as 加 in the compact view:
    /// before a person (➕我, ＋你) or a verb's complement (➕上去, 想➕的, ➕了, ➕一下), or after a verb
    /// that wants one (想➕, 请➕, 添➕, 好评后➕). Between two things (泡沫箱+网套, 套餐A+套餐B, 1+1,
    /// +86) it stays a plus.
    /// (Both in one read of the compact view, through its buffers; most texts need neither and pay one loop.)
    static func readSpacingAndPlus(_ v: inout Views) {
        let n = v.compact.count
        guard n >= 2 else { return }
        let wide = v.wide
        let toWide = v.compactToWide
        v.compact.withUnsafeMutableBufferPointer { c in
            v.gapBefore.withUnsafeMutableBufferPointer { gap in
                /// One separator of the kinds spacing uses between two ideographs at `k - 1` and `k`.
                func spacedBefore(_ k: Int) -> Bool {
                    guard gap[k], CharacterTables.isIdeograph(c[k]), CharacterTables.isIdeograph(c[k - 1]) else { return false }
                    let a = Int(toWide[k - 1]) + 1
                    let b = Int(toWide[k])
                    guard b - a == 1 else { return false }
                    switch wide[a] {
                    case 0x20, 0x3000, 0xB7, 0x2A, 0x5E, 0x7E, 0x2D, 0xFF5E, 0x30FB: return true
                    default: return false
                    }
                }
                var k = 1
                while k < n {
                    if c[k - 1] == 0x2B, CharacterTables.isIdeograph(c[k]), k == 1 || !CharacterTables.isASCIIAlnum(c[k - 2]) {
                        let next = c[k]
                        let verbAfter = plusObject.contains(next) || next == 0x4E00 && k + 1 < n && c[k + 1] == 0x4E0B  // 一下
                        let verbBefore = k >= 2 && plusVerbBefore.contains(c[k - 2])
                        if verbAfter || verbBefore { c[k - 1] = 0x52A0 }
                    }
                    // A run of single characters each parted from the next, from `k - 1` while spaced; the first
                    // must stand alone too.
                    guard gap[k], k + 1 < n, gap[k + 1], spacedBefore(k) else { k += 1; continue }
                    var end = k
                    while end < n, spacedBefore(end) { end += 1 }
                    if end - (k - 1) >= 3, k - 1 == 0 || gap[k - 1] {
                        for i in k..<end { gap[i] = false }
                    }
                    k = end
                }
            }
        }
    }

    /// 我 你 他 她 咱 上 了 的 过 不 得: a person added, or a complement only a verb takes (➕不上).
    static let plusObject = ScalarSet("我你他她咱上了的过不得")
    /// 想 要 请 添 来 去 可 能 就 再 先 快 接 后 没 都: words a verb follows.
    static let plusVerbBefore = ScalarSet("想要请添来去可能就再先快接后没都")

    /// Builds the views in one pass over the UTF-8 bytes (decode, fold, compact), or in two when
    /// the text holds a multi-character fold (㌖, ﷽), whose length the single pass cannot size for.
    ///
    /// Text in a script of its own (`script`, or, when nil, what `Script.of` finds) keeps that script's letters as
    /// written, in both views, so its words are read: Japanese its kana (メルカリ, 手渡し, を通さず), Russian its
    /// Cyrillic, lower-cased (телеграм, наличными). Elsewhere a kana or a Cyrillic letter stands in Chinese or English
    /// text as a look-alike (カ for 力, х for x) or as a symbol dropped between characters (微の信), as before.
    package init(_ text: String, script: Script? = nil) {
        var text = text
        text.makeContiguousUTF8()
        var views = text.utf8.withContiguousStorageIfAvailable { bytes in
            let decoded = { [UInt32](unsafeUninitializedCapacity: bytes.count) { buffer, count in count = decodeUTF8(bytes, into: buffer) } }
            let script = script ?? Script.of(bytes)
            if script != .other { return Self.twoPass(decoded(), keep: script) }
            return Self.singlePass(bytes) ?? Self.twoPass(decoded())
        }!
        Self.readSpacingAndPlus(&views)
        original = views.original
        wide = views.wide
        wideStart = views.wideStart
        wideEnd = views.wideEnd
        compact = views.compact
        compactToWide = views.compactToWide
        gapBefore = views.gapBefore
        sentence = views.sentence
        clause = views.clause
        seen = views.seen
    }

    struct Views: Equatable {
        var original: [UInt32]
        var wide: [UInt32]
        var wideStart: [Int32]
        var wideEnd: [Int32]
        var compact: [UInt32]
        var compactToWide: [Int32]
        var gapBefore: [Bool]
        var sentence: [Int32]
        var clause: [Int32]
        var seen: UInt8
    }

    /// Every view in one pass: each scalar is decoded, folded and placed in the compact view with
    /// one table lookup (`bmpFoldKind`). Arrays are sized from the byte count first (a slang
    /// emoji read as two characters takes at least three bytes, so the compact view fits too) and
    /// written through buffer pointers. Returns nil at the first multi-character fold.
    static func singlePass(_ bytes: UnsafeBufferPointer<UInt8>) -> Views? {
        // At most one scalar per byte; a slang emoji read as two characters takes three bytes or
        // four. (Counting exactly costs more than the spare room.)
        let n = bytes.count
        let capacity = n + 1
        var original: [UInt32] = []
        var wide: [UInt32] = []
        var wideStart: [Int32] = []
        var wideEnd: [Int32] = []
        var compact: [UInt32] = []
        var compactToWide: [Int32] = []
        var gapBefore: [Bool] = []
        var sentence: [Int32] = []
        var clause: [Int32] = []
        var originalCount = 0
        var wideCount = 0
        var compactCount = 0
        var seen: UInt8 = 0
        var complete = false
        typealias Kind = CharacterTables.CompactKind
        // Each array is allocated uninitialised and told at the end how much of it was written.
        original = [UInt32](unsafeUninitializedCapacity: n) { originalP, originalN in
        wide = [UInt32](unsafeUninitializedCapacity: n) { wideP, wideN in
        wideStart = [Int32](unsafeUninitializedCapacity: n) { startP, startN in
        wideEnd = [Int32](unsafeUninitializedCapacity: n) { endP, endN in
        compact = [UInt32](unsafeUninitializedCapacity: capacity) { compactP, compactN in
        compactToWide = [Int32](unsafeUninitializedCapacity: capacity) { toWideP, toWideN in
        gapBefore = [Bool](unsafeUninitializedCapacity: capacity) { gapP, gapN in
        sentence = [Int32](unsafeUninitializedCapacity: capacity) { sentenceP, sentenceN in
        clause = [Int32](unsafeUninitializedCapacity: capacity) { clauseP, clauseN in
        CharacterTables.bmpFoldKind.withUnsafeBufferPointer { table in
            var i = 0
            var o = 0
            var k = 0
            var writer = CompactWriter(compact: compactP, toWide: toWideP, gap: gapP, sentence: sentenceP, clause: clauseP)
            let end = bytes.count
            while i < end {
                let v = decodeScalar(bytes, at: &i)
                originalP[o] = v
                let at = Int32(o)
                o &+= 1
                // Fold.
                let entry: UInt32
                if v < 0x10000 {
                    entry = table[Int(v)]
                } else if CharacterTables.isInvisible(v) {
                    entry = CharacterTables.invisibleMark
                } else if let folded = CharacterTables.compatibility[v] {
                    // A styled letter (𝐰) folds to one character; a longer fold needs the two passes.
                    guard folded.count == 1 else { return }
                    let g = folded[0]
                    let e = g < 0x10000 ? table[Int(g)] : 0
                    entry = g < 0x10000 && e < CharacterTables.expandMark ? g | (e & 0x7F00_0000) : g
                } else {
                    entry = v | UInt32(CharacterTables.isIdeograph(v) ? Kind.kept : CharacterTables.emojiWords[v] != nil ? Kind.word : 0) << 24
                }
                if entry == CharacterTables.invisibleMark {
                    // The invisible tail joins the character before it: "1️⃣" spans all three code points.
                    if k > 0, endP[k - 1] == at { endP[k - 1] = at + 1 }
                    continue
                }
                if entry == CharacterTables.expandMark { return }
                let mapped = entry & 0xFF_FFFF
                let kind = UInt8(truncatingIfNeeded: entry >> 24)
                let w = Int32(k)
                wideP[k] = mapped
                startP[k] = at
                endP[k] = at + 1
                k &+= 1
                writer.add(mapped, kind: kind, wide: w)
            }
            writer.finish()
            originalCount = o
            wideCount = k
            compactCount = writer.count
            seen = writer.seen
            complete = true
        }
        clauseN = complete ? compactCount + 1 : 0 }
        sentenceN = complete ? compactCount + 1 : 0 }
        gapN = complete ? compactCount : 0 }
        toWideN = complete ? compactCount : 0 }
        compactN = complete ? compactCount : 0 }
        endN = complete ? wideCount : 0 }
        startN = complete ? wideCount : 0 }
        wideN = complete ? wideCount : 0 }
        originalN = complete ? originalCount : 0 }
        guard complete else { return nil }
        return Views(original: original, wide: wide, wideStart: wideStart, wideEnd: wideEnd, compact: compact,
                     compactToWide: compactToWide, gapBefore: gapBefore, sentence: sentence, clause: clause, seen: seen)
    }

    /// The views in two passes over decoded scalars: the wide view first (its length counted
    /// ahead, multi-character folds included), then the compact view.
    static func twoPass(_ original: [UInt32], keep script: Script = .other) -> Views {
        // How many wide scalars: one per character, none for invisible ones, several for a
        // multi-character compatibility fold (㌖).
        let fold = CharacterTables.bmpFold
        var wideCount = 0
        for v in original {
            if script.own(v) != nil {
                wideCount += 1
            } else if v < 0x10000 {
                let mapped = fold[Int(v)]
                if mapped == CharacterTables.invisibleMark { continue }
                wideCount += mapped == CharacterTables.expandMark ? CharacterTables.compatibility[v]!.count : 1
            } else if !CharacterTables.isInvisible(v) {
                wideCount += CharacterTables.compatibility[v]?.count ?? 1
            }
        }
        var wide: [UInt32] = filled(wideCount, 0)
        var wideStart: [Int32] = filled(wideCount, 0)
        var wideEnd: [Int32] = filled(wideCount, 0)
        // Room for emoji read as words (two characters at most), counted as the wide text is written.
        var extra = 0
        original.withUnsafeBufferPointer { originalP in
        wide.withUnsafeMutableBufferPointer { wideP in
        wideStart.withUnsafeMutableBufferPointer { startP in
        wideEnd.withUnsafeMutableBufferPointer { endP in
            var k = 0
            var i = 0
            let n = originalP.count
            while i < n {
                let v = originalP[i]
                let start = i
                i += 1
                var mapped = v < 0x10000 ? fold[Int(v)] : (CharacterTables.isInvisible(v) ? CharacterTables.invisibleMark : v)
                if let own = script.own(v) { mapped = own }
                if mapped == CharacterTables.invisibleMark {
                    // The invisible tail joins the character before it: "1️⃣" spans all three code points.
                    if k > 0, Int(endP[k - 1]) == start { endP[k - 1] = Int32(i) }
                    continue
                }
                if mapped == CharacterTables.expandMark || (v >= 0x10000 && CharacterTables.compatibility[v] != nil) {
                    for f in CharacterTables.compatibility[v]! {
                        wideP[k] = f
                        startP[k] = Int32(start)
                        endP[k] = Int32(i)
                        k += 1
                    }
                    continue
                }
                if v >= 0x10000 { mapped = v }
                if (0x2600...0x27BF).contains(mapped) || mapped >= 0x1F000 { extra += 2 }
                wideP[k] = mapped
                startP[k] = Int32(start)
                endP[k] = Int32(i)
                k += 1
            }
            precondition(k == wideP.count, "the wide count and the wide pass disagree")
        }}}}

        // One compact scalar per wide one, and room for the emoji read as words. Written through
        // buffer pointers: appends here cost a uniqueness check each.
        let capacity2 = wide.count + extra + 1
        var compact: [UInt32] = filled(capacity2, 0)
        var compactToWide: [Int32] = filled(capacity2, 0)
        var gapBefore: [Bool] = filled(capacity2, false)
        var sentence: [Int32] = filled(capacity2, 0)
        var clause: [Int32] = filled(capacity2, 0)
        var compactCount = 0
        var seenSeparators: UInt8 = 0
        typealias Kind = CharacterTables.CompactKind
        CharacterTables.bmpCompactKind.withUnsafeBufferPointer { kinds in
        wide.withUnsafeBufferPointer { wideP in
        compact.withUnsafeMutableBufferPointer { compactP in
        compactToWide.withUnsafeMutableBufferPointer { toWideP in
        gapBefore.withUnsafeMutableBufferPointer { gapP in
        sentence.withUnsafeMutableBufferPointer { sentenceP in
        clause.withUnsafeMutableBufferPointer { clauseP in
            var writer = CompactWriter(compact: compactP, toWide: toWideP, gap: gapP, sentence: sentenceP, clause: clauseP)
            for w in 0..<wideP.count {
                let v = wideP[w]
                let kind = script.own(v) != nil ? Kind.kept : CharacterTables.compactKind(v, bmp: kinds)
                writer.add(v, kind: kind, wide: Int32(w))
            }
            writer.finish()
            compactCount = writer.count
            seenSeparators = writer.seen
        }}}}}}}
        let count = compactCount
        compact.removeLast(capacity2 - count)
        compactToWide.removeLast(capacity2 - count)
        gapBefore.removeLast(capacity2 - count)
        sentence.removeLast(capacity2 - count - 1)
        clause.removeLast(capacity2 - count - 1)
        return Views(original: original, wide: wide, wideStart: wideStart, wideEnd: wideEnd, compact: compact,
                     compactToWide: compactToWide, gapBefore: gapBefore, sentence: sentence, clause: clause, seen: seenSeparators)
    }

    /// Whether a sentence break stands between compact positions `a` and `b` (a < b).
    package func sentenceBreak(between a: Int, _ b: Int) -> Bool {
        a < b && sentence[min(b, compact.count)] != sentence[a]
    }

    /// Whether compact character `i` spells an emoji read as a word (❤ as 心, ✈️ as 飞机): a compact character is
    /// its wide character otherwise.
    @inline(__always)
    package func spellsEmoji(_ i: Int) -> Bool {
        compact[i] != wide[Int(compactToWide[i])]
    }

    /// Whether a clause break stands between compact positions `a` and `b` (a < b).
    package func clauseBreak(between a: Int, _ b: Int) -> Bool {
        a < b && clause[min(b, compact.count)] != clause[a]
    }

    /// Whether the 到 at compact position `k` closes a range that 从 opened up to twelve characters before it in its
    /// clause (从摆摊到开门店, 收钱从现金到扫码): what follows is the range's end, no destination.
    package func closesRange(at k: Int) -> Bool {
        guard k < compact.count, compact[k] == 0x5230 else { return false }  // 到
        return (max(0, k - 12)..<k).contains { compact[$0] == 0x4ECE && clause[$0] == clause[k] }  // 从
    }

    /// Compact position `k` walked back while the character before it belongs to clause `c`: where
    /// that clause starts, if `k` is in it.
    package func clauseStart(from k: Int, _ c: Int32) -> Int {
        var k = k
        while k > 0, clause[k - 1] == c { k -= 1 }
        return k
    }

    /// Compact position `k` walked back while the character before it belongs to sentence `s`: where
    /// that sentence starts, if `k` is in it.
    package func sentenceStart(from k: Int, _ s: Int32) -> Int {
        var k = k
        while k > 0, sentence[k - 1] == s { k -= 1 }
        return k
    }

    /// Compact position `k` walked on while its character belongs to clause `c`: where that clause
    /// ends (exclusive), if `k` is in it.
    package func clauseEnd(from k: Int, _ c: Int32) -> Int {
        var k = k
        while k < compact.count, clause[k] == c { k += 1 }
        return k
    }

    /// The wide characters removed between compact positions `k - 1` and `k` (spaces, punctuation,
    /// symbols); empty when nothing was.
    package func separators(before k: Int) -> ArraySlice<UInt32> {
        guard k > 0, k < compact.count, gapBefore[k] else { return [] }
        let a = Int(compactToWide[k - 1]) + 1
        let b = Int(compactToWide[k])
        return a < b ? wide[a..<b] : []
    }

    /// Whether a space (U+0020 or U+3000) was removed just before compact position `k`.
    package func spaceBefore(_ k: Int) -> Bool {
        separators(before: k).contains { $0 == 0x20 || $0 == 0x3000 }
    }

    /// Whether the space before compact position `k` parts phrases: two or more characters written
    /// together on each side (谁要 我这里有), as casual writers use a comma. Text spaced out character
    /// by character (谁 要 我) has no phrases to part.
    package func phraseBreak(before k: Int) -> Bool {
        spaceBefore(k) && k >= 2 && !spaceBefore(k - 1) && k + 1 < compact.count && !spaceBefore(k + 1)
    }

    // MARK: Mapping back

    /// The first word of `table` written at compact position `k`, if any.
    /// (Asked for many positions of every candidate: turned away by the table's first scalars, then
    /// compared scalar by scalar on the buffer, each word read in place.)
    func word(at k: Int, from table: WordTable) -> [UInt32]? {
        guard k >= 0, k < compact.count, table.mayStart(with: compact[k]) else { return nil }
        let head = compact[k]
        return table.words.withUnsafeBufferPointer { words in
            compact.withUnsafeBufferPointer { c in
                for i in 0..<words.count {
                    let n = words[i].count
                    guard k + n <= c.count, words[i][0] == head else { continue }
                    if words[i].withUnsafeBufferPointer({ w in Self.equal(c, from: k, w) }) { return words[i] }
                }
                return nil
            }
        }
    }

    /// The first word of `table` written right before compact position `k` (ending there), if any.
    func word(endingAt k: Int, from table: WordTable) -> [UInt32]? {
        guard k > 0, k <= compact.count, table.mayEnd(with: compact[k - 1]) else { return nil }
        let last = compact[k - 1]
        return table.words.withUnsafeBufferPointer { words in
            compact.withUnsafeBufferPointer { c in
                for i in 0..<words.count {
                    let n = words[i].count
                    guard n <= k, words[i][n - 1] == last else { continue }
                    if words[i].withUnsafeBufferPointer({ w in Self.equal(c, from: k - n, w) }) { return words[i] }
                }
                return nil
            }
        }
    }

    /// Whether `c` holds `w` from `k` (which the caller has checked fits).
    @inline(__always)
    private static func equal(_ c: UnsafeBufferPointer<UInt32>, from k: Int, _ w: UnsafeBufferPointer<UInt32>) -> Bool {
        var i = 0
        while i < w.count {
            if c[k + i] != w[i] { return false }
            i += 1
        }
        return true
    }

    /// The original span of compact scalars `range`.
    package func span(compact range: Range<Int>) -> Span {
        span(wide: Int(compactToWide[range.lowerBound])..<(Int(compactToWide[range.upperBound - 1]) + 1))
    }

    /// The original span of wide scalars `range`.
    package func span(wide range: Range<Int>) -> Span {
        Span(start: Int(wideStart[range.lowerBound]), end: Int(wideEnd[range.upperBound - 1]))
    }

    /// The original text of a span.
    package func excerpt(_ span: Span) -> String {
        original[span.start..<span.end].withUnsafeBufferPointer { string(fromScalars: $0) }
    }

    package func compactString(_ range: Range<Int>) -> String {
        compact[range].withUnsafeBufferPointer { string(fromScalars: $0) }
    }

    package func wideString(_ range: Range<Int>) -> String {
        wide[range].withUnsafeBufferPointer { string(fromScalars: $0) }
    }
}

/// Writes the compact view one wide scalar at a time: separators dropped (leaving a gap and their
/// sentence or clause break), slang emoji spelled as their words. Both normaliser passes use it.
private struct CompactWriter {
    typealias Kind = CharacterTables.CompactKind
    let compact: UnsafeMutableBufferPointer<UInt32>
    let toWide: UnsafeMutableBufferPointer<Int32>
    let gap: UnsafeMutableBufferPointer<Bool>
    let sentence: UnsafeMutableBufferPointer<Int32>
    let clause: UnsafeMutableBufferPointer<Int32>
    /// Compact scalars written.
    private(set) var count = 0
    private var kindsSeen: UInt8 = 0
    /// Pending breaks, as bits of Kind: what separators stood since the last kept scalar.
    private var pending: UInt8 = 0
    private var sentenceNumber: Int32 = 0
    private var clauseNumber: Int32 = 0

    init(compact: UnsafeMutableBufferPointer<UInt32>, toWide: UnsafeMutableBufferPointer<Int32>, gap: UnsafeMutableBufferPointer<Bool>,
         sentence: UnsafeMutableBufferPointer<Int32>, clause: UnsafeMutableBufferPointer<Int32>) {
        self.compact = compact
        self.toWide = toWide
        self.gap = gap
        self.sentence = sentence
        self.clause = clause
    }

    /// The separators seen, as `NormalizedText.Seen` bits.
    var seen: UInt8 { kindsSeen >> Kind.seenShift | (kindsSeen & Kind.word != 0 ? NormalizedText.Seen.emojiWord : 0) }

    @inline(__always)
    mutating func add(_ v: UInt32, kind: UInt8, wide w: Int32) {
        kindsSeen |= kind
        if kind & Kind.word != 0 {
            if pending & Kind.sentenceBreak != 0 { sentenceNumber += 1 }
            if pending & Kind.clauseBreak != 0 { clauseNumber += 1 }
            var first = true
            let word = CharacterTables.emojiWords[v]!.unicodeScalars
            // An emoji written after the first character of its own word (闲🐟 for 闲鱼, 🐟 read as 闲鱼) completes that
            // word: the character is not written twice.
            var skipFirst = pending == 0 && count > 0 && word.count > 1 && compact[count - 1] == word.first!.value
            for s in word {
                if skipFirst {
                    skipFirst = false
                    first = false
                    continue
                }
                compact[count] = s.value
                toWide[count] = w
                gap[count] = first && pending != 0
                sentence[count] = sentenceNumber
                clause[count] = clauseNumber
                count += 1
                first = false
            }
            pending = 0
            return
        }
        // Kept and separator characters alternate unpredictably in Chinese text, so the common
        // path writes every character at `count` and advances only over kept ones.
        let kept = kind & Kind.kept
        sentenceNumber &+= Int32(kept & (pending >> 2))
        clauseNumber &+= Int32(kept & (pending >> 3))
        compact[count] = v
        toWide[count] = w
        gap[count] = pending != 0
        sentence[count] = sentenceNumber
        clause[count] = clauseNumber
        count &+= Int(kept)
        // Kept: nothing pending. A separator: a gap (bit 7), and its breaks.
        pending = kept != 0 ? 0 : pending | 0x80 | (kind & (Kind.sentenceBreak | Kind.clauseBreak))
    }

    /// The end position belongs to the last sentence and clause. A clause of one character joins
    /// the clause before it in the sentence (or, opening the sentence, the one after): speech
    /// transcribed (加我那个，威，信，) and spelled-out text put commas between syllables, not between
    /// clauses. A clause after one (亲，这单…) stays its own. A clause of speech fillers alone
    /// (那个, 嗯, 就是) joins the clauses on both sides: the speaker paused mid-phrase
    /// (加我们售后的，那个，企业微信). A clause that opens repeating how the one before ended joins it: a
    /// false start (加一下那个，那个V，V信).
    func finish() {
        sentence[count] = count > 0 ? sentence[count - 1] : 0
        if count > 1 && clause[count - 1] != 0 {
            var merged: Int32 = 0
            var previous = 0
            var openedSentence = false
            var afterFiller = false
            var i = 0
            while i < count {
                let id = clause[i]
                var j = i + 1
                while j < count && clause[j] == id { j += 1 }
                let sameSentence = i > 0 && sentence[i] == sentence[i - 1]
                let filler = sameSentence && isFillers(i..<j)
                // A clause that starts by saying again how the one before ended (加一下那个，那个V，V信) is a
                // speaker's false start caught up: one clause. (Not a pronoun alone: 有人冒充我，我的号是… ends on its
                // object and starts on its subject.)
                let restarts = sameSentence && (1...2).contains { m in
                    m <= previous && m < j - i && (0..<m).allSatisfy { compact[i - m + $0] == compact[i + $0] }
                        && (m > 1 || !Self.pronouns.contains(compact[i]))
                }
                if i > 0 && !(sameSentence && (j - i == 1 || previous == 1 && openedSentence || filler || afterFiller || restarts)) { merged += 1 }
                // Numbers only change once a clause has been joined.
                if merged != id { for k in i..<j { clause[k] = merged } }
                openedSentence = !sameSentence
                afterFiller = filler
                previous = j - i
                i = j
            }
        }
        clause[count] = count > 0 ? clause[count - 1] : 0
    }

    /// 我 你 您 他 她 它: a clause may end on one as its object and the next start on it as its subject.
    static let pronouns: ScalarSet = [0x6211, 0x4F60, 0x60A8, 0x4ED6, 0x5979, 0x5B83]

    /// Whether compact `range` holds nothing but speech fillers: 那个 这个 就是 嗯 呃 额 啊 哦 (at most
    /// four characters).
    private func isFillers(_ range: Range<Int>) -> Bool {
        guard range.count <= 4 else { return false }
        var k = range.lowerBound
        while k < range.upperBound {
            let v = compact[k]
            if v == 0x55EF || v == 0x5443 || v == 0x989D || v == 0x554A || v == 0x54E6 {
                k += 1  // 嗯 呃 额 啊 哦
            } else if k + 1 < range.upperBound, (v == 0x90A3 || v == 0x8FD9) && compact[k + 1] == 0x4E2A || v == 0x5C31 && compact[k + 1] == 0x662F {
                k += 2  // 那个 这个 就是
            } else {
                return false
            }
        }
        return true
    }
}

/// A string from valid scalar values, encoded straight to UTF-8 (`String(decoding:as: UTF32.self)`
/// goes through a generic, validating parser that costs more than the detection around it).
func string(fromScalars scalars: UnsafeBufferPointer<UInt32>) -> String {
    String(unsafeUninitializedCapacity: scalars.count * 4) { out in
        var k = 0
        for v in scalars {
            if v < 0x80 {
                out[k] = UInt8(v)
                k += 1
            } else if v < 0x800 {
                out[k] = UInt8(0xC0 | v >> 6)
                out[k + 1] = UInt8(0x80 | v & 0x3F)
                k += 2
            } else if v < 0x10000 {
                out[k] = UInt8(0xE0 | v >> 12)
                out[k + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
                out[k + 2] = UInt8(0x80 | v & 0x3F)
                k += 3
            } else {
                out[k] = UInt8(0xF0 | v >> 18)
                out[k + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                out[k + 2] = UInt8(0x80 | (v >> 6) & 0x3F)
                out[k + 3] = UInt8(0x80 | v & 0x3F)
                k += 4
            }
        }
        return k
    }
}

/// An array of `count` copies of `value`.
@inline(__always)
private func filled<T>(_ count: Int, _ value: T) -> [T] {
    Array(unsafeUninitializedCapacity: count) { buffer, initialized in
        buffer.initialize(repeating: value)
        initialized = count
    }
}

/// Decodes well-formed UTF-8 (a Swift string's storage) into scalars; returns how many.
private func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt32>) -> Int {
    var i = 0
    var k = 0
    while i < bytes.count {
        out.initializeElement(at: k, to: decodeScalar(bytes, at: &i))
        k += 1
    }
    return k
}

/// The scalar at `i` of well-formed UTF-8 (a Swift string's storage); moves `i` past it.
@inline(__always)
private func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt32 {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 {
        i &+= 1
        return b0
    } else if b0 < 0xE0 {
        defer { i &+= 2 }
        return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
    } else if b0 < 0xF0 {
        defer { i &+= 3 }
        return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
    }
    defer { i &+= 4 }
    return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
}

extension NormalizedText {
    /// A script whose letters a text keeps as written (see `init(_:script:)`).
    package enum Script: Sendable {
        /// Chinese, English or any other: kana and Cyrillic fold as look-alikes.
        case other
        /// Japanese: kana kept.
        case japanese
        /// Russian: Cyrillic kept, lower-cased, ё as е.
        case russian
        /// Thai: its letters, vowel signs and tone marks kept.
        case thai

        /// The script a UTF-8 text is written in: Japanese with two or more hiragana other than の (U+3041–U+3096:
        /// E3 81 xx, E3 82 80–96), whose sentences all carry particles and endings in hiragana (Chinese borrows の
        /// alone, 我の); Russian with three or more Cyrillic letters no Latin letter looks like (д ж з и л ф ц ч ш щ ы
        /// э ю я, either case), which a look-alike spelling of a Latin name (vх, tеlеgram) never needs; Thai with three
        /// or more Thai characters (U+0E01–U+0E5B: E0 B8 81 … E0 B9 9B), which no other text holds. One pass over the
        /// bytes; most texts are none of them.
        static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Script {
            var hiragana = 0
            var cyrillic = 0
            var thai = 0
            var i = 0
            let n = bytes.count
            while i + 1 < n {
                let a = bytes[i]
                if a == 0xE3, i + 2 < n {
                    let b = bytes[i + 1]
                    let c = bytes[i + 2]
                    if b == 0x81 && c >= 0x81 && c != 0xAE || b == 0x82 && c <= 0x96 {
                        hiragana += 1
                        if hiragana >= 2 { return .japanese }
                    }
                    i += 3
                } else if a == 0xE0, i + 2 < n, bytes[i + 1] == 0xB8 && bytes[i + 2] >= 0x81 || bytes[i + 1] == 0xB9 && bytes[i + 2] <= 0x9B {
                    thai += 1
                    if thai >= 3 { return .thai }
                    i += 3
                } else if a == 0xD0 || a == 0xD1 {
                    let v = (UInt32(a & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                    if Self.distinctlyCyrillic(v) {
                        cyrillic += 1
                        if cyrillic >= 3 { return .russian }
                    }
                    i += 2
                } else {
                    i += 1
                }
            }
            return .other
        }

        /// д ж з и л ф ц ч ш щ ы э ю я and their capitals: Cyrillic letters with no Latin look-alike.
        static func distinctlyCyrillic(_ v: UInt32) -> Bool {
            let lower = (0x410...0x42F).contains(v) ? v + 0x20 : v
            switch lower {
            case 0x434, 0x436, 0x437, 0x438, 0x43B, 0x444, 0x446, 0x447, 0x448, 0x449, 0x44B, 0x44D, 0x44E, 0x44F: return true
            default: return false
            }
        }

        /// The scalar this script keeps for `v`, or nil where `v` folds as in any other text.
        @inline(__always)
        func own(_ v: UInt32) -> UInt32? {
            switch self {
            case .other: return nil
            case .japanese: return CharacterTables.isKana(v) ? v : nil
            case .russian:
                if (0x430...0x44F).contains(v) { return v }
                if (0x410...0x42F).contains(v) { return v + 0x20 }
                if v == 0x401 || v == 0x451 { return 0x435 }  // Ё ё → е
                return nil
            case .thai: return CharacterTables.isThai(v) ? v : nil
            }
        }

        /// The script a rule's term is written in: Japanese with any kana, Russian with any Cyrillic letter, Thai with
        /// any Thai character.
        static func ofTerm(_ term: String) -> Script {
            if term.unicodeScalars.contains(where: { CharacterTables.isKana($0.value) }) { return .japanese }
            if term.unicodeScalars.contains(where: { (0x400...0x4FF).contains($0.value) }) { return .russian }
            if term.unicodeScalars.contains(where: { CharacterTables.isThai($0.value) }) { return .thai }
            return .other
        }
    }
}
