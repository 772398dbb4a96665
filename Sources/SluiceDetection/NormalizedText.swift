import SluiceModel

/// A part's text in two canonical views, each with a map back to the original code points,
/// so every finding points at exactly what the person wrote.
///
/// * `wide`: compatibility forms folded (full-width, styled, circled), lower-cased, invisible
///   characters removed, traditional trigger characters simplified. Punctuation stays, so
///   URLs, e-mail addresses and handles can be read here.
/// * `compact`: `wide` without separators (spaces, punctuation, symbols, most emoji), with
///   slang emoji spelled as words. Lexicons match here, so `加 微 · 信` reads as `加微信`.
package struct NormalizedText: Sendable {
    package let original: [Unicode.Scalar]

    package let wide: [UInt32]
    /// For each wide scalar, the original code points it came from: `wideStart[i]..<wideEnd[i]`.
    package let wideStart: [Int32]
    package let wideEnd: [Int32]

    package let compact: [UInt32]
    /// For each compact scalar, the wide index it came from.
    package let compactToWide: [Int32]
    /// Whether a separator was removed just before this compact scalar.
    package let gapBefore: [Bool]
    /// Whether a sentence break (newline, 。！？；|【】) came just before this compact scalar.
    package let breakBefore: [Bool]
    /// Whether a clause break (a sentence break, or ，、,:：) came just before this compact scalar.
    package let clauseBefore: [Bool]

    package init(_ text: String) {
        // Local arrays, assigned once at the end: the optimiser keeps their appends cheap.
        var original: [Unicode.Scalar] = []
        original.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { original.append(scalar) }
        let capacity = original.count + 8
        var wide: [UInt32] = []
        var wideStart: [Int32] = []
        var wideEnd: [Int32] = []
        wide.reserveCapacity(capacity)
        wideStart.reserveCapacity(capacity)
        wideEnd.reserveCapacity(capacity)

        let fold = CharacterTables.bmpFold
        var i = 0
        let n = original.count
        while i < n {
            let v = original[i].value
            let start = i
            i += 1
            var mapped = v < 0x10000 ? fold[Int(v)] : (CharacterTables.isInvisible(v) ? CharacterTables.invisibleMark : v)
            if mapped == CharacterTables.invisibleMark {
                // The invisible tail joins the character before it: "1️⃣" spans all three code points.
                if let last = wideEnd.indices.last, Int(wideEnd[last]) == start { wideEnd[last] = Int32(i) }
                continue
            }
            if mapped == CharacterTables.expandMark || (v >= 0x10000 && CharacterTables.compatibility[v] != nil) {
                for f in CharacterTables.compatibility[v]! {
                    var g = f
                    if (0x41...0x5A).contains(g) { g += 0x20 }
                    if let t = CharacterTables.traditional[g] { g = t }
                    wide.append(g)
                    wideStart.append(Int32(start))
                    wideEnd.append(Int32(i))
                }
                continue
            }
            if v >= 0x10000 { mapped = v }
            wide.append(mapped)
            wideStart.append(Int32(start))
            wideEnd.append(Int32(i))
        }

        var compact: [UInt32] = []
        var compactToWide: [Int32] = []
        var gapBefore: [Bool] = []
        var breakBefore: [Bool] = []
        var clauseBefore: [Bool] = []
        compact.reserveCapacity(capacity)
        compactToWide.reserveCapacity(capacity)
        gapBefore.reserveCapacity(capacity)
        breakBefore.reserveCapacity(capacity)
        clauseBefore.reserveCapacity(capacity)
        var gap = false
        var brk = false
        var clause = false
        for w in 0..<wide.count {
            let v = wide[w]
            if CharacterTables.isASCIIAlnum(v) || CharacterTables.isIdeograph(v) || v == 0x2B /* + */ {
                compact.append(v)
                compactToWide.append(Int32(w))
                gapBefore.append(gap)
                breakBefore.append(brk)
                clauseBefore.append(clause)
                gap = false
                brk = false
                clause = false
            } else if v >= 0x2000, let word = CharacterTables.emojiWords[v] {
                var first = true
                for s in word.unicodeScalars {
                    compact.append(s.value)
                    compactToWide.append(Int32(w))
                    gapBefore.append(first && gap)
                    breakBefore.append(first && brk)
                    clauseBefore.append(first && clause)
                    first = false
                }
                gap = false
                brk = false
                clause = false
            } else {
                gap = true
                if CharacterTables.isStrongBreak(v) { brk = true }
                if CharacterTables.isStrongBreak(v) || CharacterTables.isClauseBreak(v) { clause = true }
            }
        }
        self.original = original
        self.wide = wide
        self.wideStart = wideStart
        self.wideEnd = wideEnd
        self.compact = compact
        self.compactToWide = compactToWide
        self.gapBefore = gapBefore
        self.breakBefore = breakBefore
        self.clauseBefore = clauseBefore
    }

    // MARK: Mapping back

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
        String(decoding: original[span.start..<span.end].lazy.map(\.value), as: UTF32.self)
    }

    package func compactString(_ range: Range<Int>) -> String {
        String(decoding: compact[range], as: UTF32.self)
    }

    package func wideString(_ range: Range<Int>) -> String {
        String(decoding: wide[range], as: UTF32.self)
    }
}
