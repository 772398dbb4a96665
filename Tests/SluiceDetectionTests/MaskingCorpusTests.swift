import Foundation
import Testing
@testable import SluiceDetection
@testable import SluiceModel

/// No contact detail the detector recognises survives masking, in any disguise the corpora use
/// (spaced, styled, circled, Chinese-numeral digits, full-width handles, e-mail look-alikes):
/// checked on what notices show (`Masking.mask(finding)`), on `pipectl listing`'s text view
/// (`Masking.mask(text, spans:)`) and its JSON view (`maskValue(normalized)`).
@Suite("Masking over the corpora")
struct MaskingCorpusTests {
    static let contactSignals: Set<Signal> = [.phone, .qq, .email, .wechat, .otherApp]

    /// The text's digits as the detector reads them (any script, Chinese numerals), with `*`
    /// kept as a break so masked digits split the sequence.
    static func digits(_ text: String) -> String {
        let norm = NormalizedText(text)
        var out = ""
        for v in norm.wide {
            if v == 0x2A { out.append("*"); continue }
            if v < 0x10000 {
                let d = CharacterTables.bmpDigit[Int(v)]
                if d != 0xFF { out.append(Character(String(d))) }
            }
        }
        return out
    }

    /// Handles in the text after folding: runs of [a-z0-9_.-] of 5+ with a digit or underscore.
    static func handles(_ text: String) -> [String] {
        let folded = String(String.UnicodeScalarView(NormalizedText(text).wide.compactMap(Unicode.Scalar.init)))
        var out: [String] = []
        var run = ""
        func flush() {
            let trimmed = run.trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
            if trimmed.count >= 5, trimmed.contains(where: { $0.isNumber || $0 == "_" }) { out.append(trimmed) }
            run = ""
        }
        for c in folded {
            if c.isASCII && (c.isLetter || c.isNumber || "_.-".contains(c)) { run.append(c) } else { flush() }
        }
        flush()
        return out
    }

    static func folded(_ text: String) -> String {
        String(String.UnicodeScalarView(NormalizedText(text).wide.compactMap(Unicode.Scalar.init)))
    }

    /// What in `shown` still gives away the contact in `secret` (the finding's span as written).
    static func leaks(secret: String, shown: String, signal: Signal = .wechat) -> [String] {
        var found: [String] = []
        let secretDigits = digits(secret).replacingOccurrences(of: "*", with: "")
        let shownDigits = digits(shown)
        if secretDigits.count >= 5 {
            // Any six digits in a row of the number (or all of a shorter one) give too much away.
            let window = min(6, secretDigits.count)
            let chars = Array(secretDigits)
            for start in 0...(chars.count - window) where shownDigits.contains(String(chars[start..<(start + window)])) {
                found.append("digits \(String(chars[start..<(start + window)]))")
                break
            }
        }
        let shownFolded = folded(shown)
        // A handle is the secret of a messenger contact; a phone's secret is its digits.
        for handle in handles(secret) where signal != .phone && shownFolded.contains(handle) {
            found.append("handle \(handle)")
        }
        let secretFolded = folded(secret)
        // An e-mail's local part: what stands right before the @ (in `line：@handle` nothing does).
        if let at = secretFolded.firstIndex(of: "@"), at > secretFolded.startIndex,
           secretFolded[secretFolded.index(before: at)].isASCII, secretFolded[secretFolded.index(before: at)].isLetter || secretFolded[secretFolded.index(before: at)].isNumber {
            let local = secretFolded[..<at].split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0))) }).last
            if let local, local.count >= 3, shownFolded.contains(local) { found.append("e-mail \(local)") }
        }
        return found
    }

    @Test("no unmasked phone, QQ, handle or e-mail in a notice's evidence or in pipectl listing, over every line of both corpora",
          arguments: ["listings.jsonl", "listings-2.jsonl"])
    func corpusMasked(file: String) throws {
        let path = CorpusTests.packageRoot.appendingPathComponent("Tests/Fixtures/corpus/\(file)").path
        let lines = try Evaluation.load(path: path)
        var checked = 0
        var problems: [String] = []
        for line in lines {
            let findings = detector.detect(text: line.text, scene: line.scene, part: 0, platform: line.platform)
            let contacts = findings.filter { Self.contactSignals.contains($0.signal) }
            guard !contacts.isEmpty else { continue }
            let listingView = Masking.mask(line.text, spans: findings.map { (span: $0.span, signal: $0.signal) })
            let scalars = Array(line.text.unicodeScalars)
            for f in contacts {
                let secret = String(String.UnicodeScalarView(scalars[f.span.start..<f.span.end]))
                checked += 1
                for (view, shown) in [("notice", Masking.mask(f)), ("listing", listingView),
                                      ("listing --json", Masking.maskValue(f.normalized, signal: f.signal))] {
                    let leaked = Self.leaks(secret: secret, shown: shown, signal: f.signal)
                    if !leaked.isEmpty { problems.append("\(line.id) \(view): \(leaked) in “\(shown)” (span “\(secret)”)") }
                }
            }
        }
        #expect(checked > 100, "only \(checked) contact findings in \(file)")
        #expect(problems.isEmpty, "\(problems.count) leaks:\n\(problems.prefix(40).joined(separator: "\n"))")
    }

    @Test("the masking test itself sees a leak when nothing is masked")
    func leakDetectorWorks() {
        #expect(!Self.leaks(secret: "电话 138 1234 5678", shown: "电话 138 1234 5678").isEmpty)
        #expect(!Self.leaks(secret: "①③⑧①②③④⑤⑥⑦⑧", shown: "13812345678").isEmpty)
        #expect(!Self.leaks(secret: "v：kefu_2024", shown: "v:kefu_2024").isEmpty)
        #expect(!Self.leaks(secret: "zhang.san@example.com", shown: "zhang.san@e***.com").isEmpty)
        #expect(Self.leaks(secret: "电话 138 1234 5678", shown: "电话 138 **** 5678").isEmpty)
        #expect(Self.leaks(secret: "zhang.san@example.com", shown: "z***@e***.com").isEmpty)
    }
}
