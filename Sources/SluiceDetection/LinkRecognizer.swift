import SluiceModel

/// Finds e-mail addresses, URLs and short links, and shopping 口令 tokens (`￥AbC12dEf￥`), in
/// the recognisers' text (spelled-out punctuation and spaced characters already read).
///
/// A host is `label.label…tld`. Any top-level domain of two to six letters makes a URL when
/// the link says it is one (a scheme, `www.`, or a path after the host: `linktr.ee/name`); a bare
/// `host.tld` needs a common top-level domain, so `v1.5` or `file.txt` are not links.
struct LinkRecognizer {
    let text: RecognizerText

    /// The rule id of a 口令 token (￥Xa3Kd92￥), which judgement asks about by name.
    static let tokenRuleID = "link.token"

    static let topLevel: Set<String> = [
        "com", "cn", "net", "org", "top", "xyz", "cc", "vip", "shop", "io", "me", "co", "info", "site", "club", "link",
        "ltd", "store", "online", "tech", "app", "hk", "tw", "corn", "ee", "ly", "gl", "to", "ai", "us", "uk", "jp", "biz", "pro",
        "live", "fun", "work", "ink", "art", "wang", "xin", "ren", "red",
    ]

    func isLocal(_ v: UInt32) -> Bool { CharacterTables.isASCIIAlnum(v) || v == 0x2E || v == 0x5F || v == 0x2D || v == 0x2B || v == 0x25 }
    func isHost(_ v: UInt32) -> Bool { CharacterTables.isASCIIAlnum(v) || v == 0x2E || v == 0x2D }
    func isPath(_ v: UInt32) -> Bool { v > 0x20 && v < 0x7F && v != 0x22 && v != 0x27 && v != 0x3C && v != 0x3E }

    func candidates(into out: inout [PartScan.Candidate]) {
        // Every loop below walks the whole part: through a buffer pointer, without bounds checks.
        var found: [PartScan.Candidate] = []
        text.w.withUnsafeBufferPointer { candidates(in: $0, into: &found) }
        for var c in found {
            c.wide = text.wide(c.wide)
            out.append(c)
        }
    }

    /// Domains reserved for documentation and tests (RFC 2606, RFC 6761).
    static func isReserved(_ host: String) -> Bool {
        let h = host.lowercased()
        if ["example.com", "example.org", "example.net"].contains(where: { h == $0 || h.hasSuffix("." + $0) }) { return true }
        return [".example", ".test", ".invalid", ".localhost"].contains(where: { h.hasSuffix($0) }) || h == "localhost"
    }

    /// Whether an address on a reserved domain starting at `start` of `w` is shown as a format (邮箱格式示例：
    /// name@example.com, 网址示例 www.example.org): a word saying so within ten characters before it. Shown any
    /// other way (更多房源看 zufang.example.com) it is an address like any other: the text's reader is sent there.
    /// (`w` is the normalised text, already in lower case.)
    private func shownAsExample(_ w: UnsafeBufferPointer<UInt32>, before start: Int) -> Bool {
        (max(0, start - 10)..<start).contains { k in
            Self.exampleWords.contains { word in k + word.count <= start && w[k..<(k + word.count)].elementsEqual(word) }
        }
    }

    /// 示例 例如 比如 举例 样例 范例 格式 e.g. for example: an address shown, not given.
    static let exampleWords: [[UInt32]] = ["示例", "例如", "比如", "举例", "样例", "范例", "格式", "e.g", "for example", "example:"]
        .map { $0.unicodeScalars.map(\.value) }

    /// Where a mini-program link starting at `i` (小程序:// then a path of letters, digits, marks or
    /// characters) ends, or nil when none starts there.
    private func miniProgramLinkEnd(_ w: UnsafeBufferPointer<UInt32>, at i: Int) -> Int? {
        guard i + 6 < w.count, w[i + 1] == 0x7A0B, w[i + 2] == 0x5E8F, w[i + 3] == 0x3A, w[i + 4] == 0x2F, w[i + 5] == 0x2F else { return nil }
        var end = i + 6
        while end < w.count, w[end] != 0x20, isPath(w[end]) || CharacterTables.isIdeograph(w[end]) { end += 1 }
        return end > i + 6 ? end : nil
    }

    private func candidates(in w: UnsafeBufferPointer<UInt32>, into out: inout [PartScan.Candidate]) {
        var emailSpans: [Range<Int>] = []
        // Each kind needs a separator the normaliser has seen: no '@', no e-mail; no '.' or '/', no URL.
        let norm = text.norm
        // The rewritten text may hold separators the wide text spelled out: then look everywhere.
        let seen = text.rewritten ? 0xFF : norm.seen
        // E-mail: local@host.tld
        for i in 0..<(seen & NormalizedText.Seen.at != 0 ? w.count : 0) where w[i] == 0x40 {
            var s = i
            while s > 0, isLocal(w[s - 1]) { s -= 1 }
            var e = i + 1
            while e < w.count, isHost(w[e]) { e += 1 }
            while e > i + 1, w[e - 1] == 0x2E { e -= 1 }
            guard s < i, e > i + 1 else { continue }
            let host = text.string(i + 1..<e)
            guard let tld = host.split(separator: ".").last, host.contains("."), tld.count >= 2 else { continue }
            emailSpans.append(s..<e)
            // An address on a domain reserved for examples (RFC 2606: example.com, *.test …) shown as a format.
            if Self.isReserved(host) && shownAsExample(w, before: s) { continue }
            out.append(.init(signal: .email, ruleID: "email.address", wide: s..<e, normalized: text.string(s..<e), confidence: 0.95))
        }
        // URLs: scheme://…, www.…, or host.tld[/path]
        var i = seen & NormalizedText.Seen.dotOrSlash != 0 ? 0 : w.count
        while i < w.count {
            guard isHost(w[i]) else {
                // A WeChat mini-program link (#小程序://优选商城/XyZ123): a scheme written in characters,
                // opened in WeChat. (Looked for on this pass: it costs no walk of its own.)
                if w[i] == 0x5C0F, let end = miniProgramLinkEnd(w, at: i) {
                    out.append(.init(signal: .link, ruleID: "link.miniprogram", wide: i..<end, normalized: text.string(i..<end), confidence: 0.9))
                    i = end
                    continue
                }
                i += 1
                continue
            }
            var e = i
            var lettered = false
            var scheme = false
            // A dot followed by two letters (a top-level domain's start) somewhere in the token.
            var tldLike = false
            while e < w.count, isHost(w[e]) || (w[e] == 0x3A && e + 2 < w.count && w[e + 1] == 0x2F) || w[e] == 0x2F {
                if w[e] == 0x2E, e + 2 < w.count, (0x61...0x7A).contains(w[e + 1]), (0x61...0x7A).contains(w[e + 2]) { tldLike = true }
                if w[e] == 0x3A { scheme = true }
                if (0x61...0x7A).contains(w[e]) { lettered = true }
                e += 1
            }
            defer { i = max(e, i + 1) }
            // Only a token with letters and a domain-like dot, or a scheme, can be a URL: skip words,
            // numbers and size lists (S/M/L, 5.3) cheaply.
            guard lettered && (tldLike || scheme) else { continue }
            let token = text.string(i..<e)
            if emailSpans.contains(where: { $0.overlaps(i..<e) }) { continue }
            var hostPart = Substring(token)
            var hasScheme = false
            for scheme in ["https://", "http://"] where hostPart.hasPrefix(scheme) {
                hostPart = hostPart.dropFirst(scheme.count)
                hasScheme = true
            }
            let host = hostPart.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
            let labels = host.split(separator: ".")
            let pathFollows = hostPart.count > host.count
            let saysLink = hasScheme || host.hasPrefix("www.") || pathFollows
            guard labels.count >= 2, let tld = labels.last,
                  Self.topLevel.contains(String(tld)) || (saysLink && (2...6).contains(tld.count) && tld.allSatisfy { $0.isASCII && $0.isLetter }),
                  labels.dropLast().allSatisfy({ !$0.isEmpty }), labels.contains(where: { $0.contains(where: \.isLetter) })
            else {
                if hasScheme && host.count >= 3 {
                    out.append(.init(signal: .link, ruleID: "link.url", wide: i..<e, normalized: token, confidence: 0.9))
                }
                continue
            }
            if Self.isReserved(host) && shownAsExample(w, before: i) { continue }
            var end = e
            while end < w.count, isPath(w[end]), w[end] != 0x20 { end += 1 }
            out.append(.init(signal: .link, ruleID: hasScheme || host.hasPrefix("www.") ? "link.url" : "link.domain",
                             wide: i..<end, normalized: text.string(i..<end), confidence: 0.9))
        }
        // 口令 tokens between currency signs or slashes: ￥AbC12dEf￥, €…€, $…$
        func isDelimiter(_ v: UInt32) -> Bool {
            switch v {
            case 0xA5, 0x24, 0x20AC, 0xA3, 0x20B3, 0x20B4, 0x20B0, 0xA2, 0x20A4, 0x20B1: true  // currency signs, never slashes (SKU codes)
            default: false
            }
        }
        var k = seen & NormalizedText.Seen.tokenDelimiter != 0 ? 0 : w.count
        while k < w.count {
            guard isDelimiter(w[k]) else { k += 1; continue }
            var e = k + 1
            while e < w.count, CharacterTables.isASCIIAlnum(w[e]) || (0x41...0x5A).contains(norm.original[Int(norm.wideStart[text.wideIndex(e)])]) { e += 1 }
            let length = e - k - 1
            if e < w.count, w[e] == w[k], (6...16).contains(length) {
                let body = norm.original[Int(norm.wideStart[text.wideIndex(k + 1)])..<Int(norm.wideEnd[text.wideIndex(e - 1)])]
                let mixed = body.contains { (0x41...0x5A).contains($0) } && body.contains { (0x61...0x7A).contains($0) }
                    || body.contains { (0x30...0x39).contains($0) } && body.contains { Unicode.Scalar($0).map { Character($0).isLetter } ?? false }
                if mixed {
                    out.append(.init(signal: .link, ruleID: Self.tokenRuleID, wide: k..<(e + 1), normalized: text.string(k..<(e + 1)),
                                     confidence: 0.9))
                    k = e + 1
                    continue
                }
            }
            k += 1
        }
    }
}
