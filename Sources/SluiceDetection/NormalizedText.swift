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

    package private(set) var wide: [UInt32] = []
    /// For each wide scalar, the original code points it came from: `wideStart[i]..<wideEnd[i]`.
    package private(set) var wideStart: [Int32] = []
    package private(set) var wideEnd: [Int32] = []

    package private(set) var compact: [UInt32] = []
    /// For each compact scalar, the wide index it came from.
    package private(set) var compactToWide: [Int32] = []
    /// Whether a separator was removed just before this compact scalar.
    package private(set) var gapBefore: [Bool] = []
    /// Whether a sentence break (newline, 。！？；|【】) came just before this compact scalar.
    package private(set) var breakBefore: [Bool] = []
    /// Whether a clause break (a sentence break, or ，、,:：) came just before this compact scalar.
    package private(set) var clauseBefore: [Bool] = []

    package init(_ text: String) {
        original = Array(text.unicodeScalars)
        wide.reserveCapacity(original.count)
        wideStart.reserveCapacity(original.count)
        wideEnd.reserveCapacity(original.count)
        buildWide()
        buildCompact()
    }

    private mutating func appendWide(_ v: UInt32, from start: Int, to end: Int) {
        wide.append(v)
        wideStart.append(Int32(start))
        wideEnd.append(Int32(end))
    }

    private mutating func buildWide() {
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
                    appendWide(g, from: start, to: i)
                }
                continue
            }
            if v >= 0x10000 { mapped = v }
            appendWide(mapped, from: start, to: i)
        }
    }

    private mutating func buildCompact() {
        compact.reserveCapacity(wide.count)
        compactToWide.reserveCapacity(wide.count)
        gapBefore.reserveCapacity(wide.count)
        breakBefore.reserveCapacity(wide.count)
        clauseBefore.reserveCapacity(wide.count)
        var gap = false
        var brk = false
        var clause = false
        for (w, v) in wide.enumerated() {
            if CharacterTables.isASCIIAlnum(v) || CharacterTables.isIdeograph(v) || v == 0x2B /* + */ {
                appendCompact(v, wide: w, gap: gap, brk: brk, clause: clause)
                gap = false
                brk = false
                clause = false
            } else if v >= 0x2000, let word = CharacterTables.emojiWords[v] {
                for (k, s) in word.unicodeScalars.enumerated() {
                    appendCompact(s.value, wide: w, gap: k == 0 ? gap : false, brk: k == 0 ? brk : false, clause: k == 0 ? clause : false)
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
    }

    private mutating func appendCompact(_ v: UInt32, wide w: Int, gap: Bool, brk: Bool, clause: Bool) {
        compact.append(v)
        compactToWide.append(Int32(w))
        gapBefore.append(gap)
        breakBefore.append(brk)
        clauseBefore.append(clause)
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
        var s = String.UnicodeScalarView()
        s.append(contentsOf: original[span.start..<span.end])
        return String(s)
    }

    package func compactString(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(compact[range].compactMap(Unicode.Scalar.init)))
    }

    package func wideString(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(wide[range].compactMap(Unicode.Scalar.init)))
    }
}
