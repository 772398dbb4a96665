import Foundation
@testable import SluiceDetection
import SluiceLoadgen
import SluiceModel

/// Rewrites labelled lines the way evaders do, deterministically (a fixed seed): every violating
/// line with each technique, every clean line with meaning-preserving noise. The detector should
/// catch the rewritten violations as it catches the originals and flag no more clean lines.
struct EvasionFuzzer {
    /// A rewrite; nil when the technique has nothing to change in the text.
    typealias Rewrite = (String, inout Random) -> String?

    /// The load generator's fixed-seed generator (SplitMix64), so every run rewrites alike.
    typealias Random = SplitMix

    let detector: Detector
    /// Channel and inducement words of two or more Chinese characters, longest first.
    let words: [[Unicode.Scalar]]
    /// Characters by toneless syllable (common CJK block only).
    let homophones: [UInt16: [Unicode.Scalar]]
    /// Emoji standing for a word, by word.
    let emojiFor: [String: [Unicode.Scalar]]
    /// Latin letters' look-alikes (from the fold table, read backwards).
    let latinLookalikes: [UInt32: [Unicode.Scalar]]
    /// Look-alikes of the characters channel words are made of, by character.
    let hanLookalikes: [String: [Unicode.Scalar]]

    init(detector: Detector) {
        self.detector = detector
        var seen = Set<String>()
        var words: [[Unicode.Scalar]] = []
        for entry in detector.rules.lexicon {
            for term in entry.terms where term.unicodeScalars.count >= 2 && term.unicodeScalars.allSatisfy({ CharacterTables.isIdeograph($0.value) }) {
                if seen.insert(term).inserted { words.append(Array(term.unicodeScalars)) }
            }
        }
        self.words = words.sorted { $0.count > $1.count }
        var homophones: [UInt16: [Unicode.Scalar]] = [:]
        for v in UInt32(0x4E00)...0x9FA5 {
            let s = Sound.syllableOf(v)
            if s != 0 { homophones[s, default: []].append(Unicode.Scalar(v)!) }
        }
        self.homophones = homophones
        var emojiFor: [String: [Unicode.Scalar]] = [:]
        for (v, word) in CharacterTables.emojiWords.sorted(by: { $0.key < $1.key }) { emojiFor[word, default: []].append(Unicode.Scalar(v)!) }
        self.emojiFor = emojiFor
        var lookalikes: [UInt32: [Unicode.Scalar]] = [:]
        for (source, target) in CharacterTables.singleFolds.sorted(by: { $0.key < $1.key })
        where (0x61...0x7A).contains(target) && (0x0370...0x04FF).contains(source) {
            lookalikes[target, default: []].append(Unicode.Scalar(source)!)
        }
        latinLookalikes = lookalikes
        // The channel characters' look-alikes: those Unihan gives as words of their own (徽 for 微)
        // and the forms the normaliser reads as them (伩 for 信, 羣 for 群, 號 for 号).
        var han = CharacterTables.shapes.mapValues { $0.map { Unicode.Scalar($0.unicodeScalars.first!.value)! } }
        let channel = Set(words.joined().map { String($0) })
        for (source, target) in CharacterTables.singleFolds.sorted(by: { $0.key < $1.key })
        where CharacterTables.isIdeograph(source) && CharacterTables.isIdeograph(target) {
            let character = String(Unicode.Scalar(target)!)
            guard channel.contains(character) else { continue }
            han[character, default: []].append(Unicode.Scalar(source)!)
        }
        hanLookalikes = han
    }

    // MARK: Techniques on violations

    var techniques: [(name: String, rewrite: Rewrite)] {
        [
            ("full-width", { text, _ in Self.fullWidth(text) }),
            ("spacing", { text, _ in Self.between(text, { _ in " " }) }),
            ("inserted symbols", { text, rng in Self.between(text, { rng in rng.pick(["·", "*", "丶", "^", "~", "-"]) }, &rng) }),
            ("zero-width", { text, rng in Self.zeroWidth(text, &rng) }),
            ("homophones", { text, rng in self.homophone(text, &rng) }),
            ("homoglyphs", { text, rng in self.homoglyph(text, &rng) }),
            ("emoji", { text, rng in self.emoji(text, &rng) }),
            ("numeral styles", { text, rng in Self.numerals(text, &rng) }),
            ("pinyin", { text, _ in self.pinyin(text) }),
            ("split numbers", { text, rng in Self.splitNumbers(text, &rng) }),
        ]
    }

    static func fullWidth(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        var changed = false
        for s in text.unicodeScalars {
            if (0x21...0x7E).contains(s.value) {
                out.append(Unicode.Scalar(s.value + 0xFEE0)!)
                changed = true
            } else {
                out.append(s)
            }
        }
        return changed ? String(out) : nil
    }

    /// `separator` between every two Chinese characters in a row.
    static func between(_ text: String, _ separator: (inout Random) -> String, _ rng: inout Random) -> String? {
        var out = ""
        var previous: Unicode.Scalar?
        var changed = false
        for s in text.unicodeScalars {
            if let p = previous, CharacterTables.isIdeograph(p.value), CharacterTables.isIdeograph(s.value) {
                out += separator(&rng)
                changed = true
            }
            out.unicodeScalars.append(s)
            previous = s
        }
        return changed ? out : nil
    }

    static func between(_ text: String, _ separator: (inout Random) -> String) -> String? {
        var rng = Random(seed: 0)
        return between(text, separator, &rng)
    }

    static func zeroWidth(_ text: String, _ rng: inout Random) -> String? {
        let marks: [Unicode.Scalar] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]
        var out = String.UnicodeScalarView()
        for (i, s) in text.unicodeScalars.enumerated() {
            if i > 0 { out.append(rng.pick(marks)) }
            out.append(s)
        }
        return text.unicodeScalars.count > 1 ? String(out) : nil
    }

    /// Replaces each channel word with `replace(word)` where it occurs (longest words first).
    func replacingWords(_ text: String, _ replace: ([Unicode.Scalar]) -> [Unicode.Scalar]?) -> String? {
        var scalars = Array(text.unicodeScalars)
        var changed = false
        var i = 0
        var out: [Unicode.Scalar] = []
        while i < scalars.count {
            var done = false
            for word in words where i + word.count <= scalars.count && Array(scalars[i..<(i + word.count)]) == word {
                if let r = replace(word) {
                    out += r
                    i += word.count
                    changed = true
                    done = true
                }
                break
            }
            if !done {
                out.append(scalars[i])
                i += 1
            }
        }
        scalars = out
        return changed ? String(String.UnicodeScalarView(scalars)) : nil
    }

    /// One character of each channel word swapped for another that sounds the same (微信 → 威信).
    func homophone(_ text: String, _ rng: inout Random) -> String? {
        var local = rng
        let result = replacingWords(text) { word in
            var w = word
            let k = local.below(w.count)
            guard let others = homophones[Sound.syllableOf(w[k].value)]?.filter({ $0 != w[k] }), !others.isEmpty else { return nil }
            w[k] = local.pick(others)
            return w
        }
        rng = local
        return result
    }

    /// Latin letters swapped for Cyrillic and Greek look-alikes, and channel characters for their
    /// Unihan look-alikes (微 → 徽).
    func homoglyph(_ text: String, _ rng: inout Random) -> String? {
        var out = String.UnicodeScalarView()
        var changed = false
        for s in text.unicodeScalars {
            let lower = (0x41...0x5A).contains(s.value) ? s.value + 0x20 : s.value
            if let alikes = latinLookalikes[lower], rng.below(2) == 0 {
                out.append(rng.pick(alikes))
                changed = true
            } else if let alikes = hanLookalikes[String(s)], rng.below(2) == 0 {
                out.append(rng.pick(alikes))
                changed = true
            } else {
                out.append(s)
            }
        }
        return changed ? String(out) : nil
    }

    /// Channel words written as the emoji that stand for them (QQ → 🐧, 电话 → 📞).
    func emoji(_ text: String, _ rng: inout Random) -> String? {
        var local = rng
        let result = replacingWords(text) { word in
            guard let e = emojiFor[String(String.UnicodeScalarView(word))] else { return nil }
            return [local.pick(e)]
        }
        rng = local
        guard let result else {
            // Or the QQ and plus signs the slang uses.
            let swapped = text.replacingOccurrences(of: "QQ", with: "🐧").replacingOccurrences(of: "加", with: "➕")
            return swapped == text ? nil : swapped
        }
        return result
    }

    /// Runs of five or more digits written in another style, one style a line.
    static func numerals(_ text: String, _ rng: inout Random) -> String? {
        let styles: [[String]] = [
            ["⓪", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"],
            ["０", "１", "２", "３", "４", "５", "６", "７", "８", "９"],
            ["零", "幺", "二", "三", "四", "五", "六", "七", "八", "九"],
            ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"],
            ["〇", "〡", "〢", "〣", "〤", "〥", "〦", "〧", "〨", "〩"],
            ["𝟎", "𝟏", "𝟐", "𝟑", "𝟒", "𝟓", "𝟔", "𝟕", "𝟖", "𝟗"],
        ]
        let style = rng.pick(styles)
        return mapDigitRuns(text) { digits in digits.map { style[Int($0.value - 0x30)] }.joined() }
    }

    /// Runs of seven or more digits cut into 3-4-4 groups with spaces or dashes.
    static func splitNumbers(_ text: String, _ rng: inout Random) -> String? {
        let separator = rng.pick([" ", "-", " - ", "，"])
        return mapDigitRuns(text, minimum: 7) { digits in
            var groups: [String] = []
            var i = 0
            let s = digits.map { String($0) }
            for size in [3, 4, 4, 4, 4] where i < s.count {
                groups.append(s[i..<min(s.count, i + size)].joined())
                i += size
            }
            return groups.joined(separator: separator)
        }
    }

    static func mapDigitRuns(_ text: String, minimum: Int = 5, _ transform: ([Unicode.Scalar]) -> String) -> String? {
        var out = ""
        var run: [Unicode.Scalar] = []
        var changed = false
        func flush() {
            if run.count >= minimum {
                out += transform(run)
                changed = true
            } else {
                out.unicodeScalars.append(contentsOf: run)
            }
            run = []
        }
        for s in text.unicodeScalars {
            if (0x30...0x39).contains(s.value) {
                run.append(s)
            } else {
                flush()
                out.unicodeScalars.append(s)
            }
        }
        flush()
        return changed ? out : nil
    }

    /// Channel words written in toneless pinyin (闲鱼 → xian yu).
    func pinyin(_ text: String) -> String? {
        replacingWords(text) { word in
            let syllables = word.compactMap { s -> String? in
                let n = Sound.syllableOf(s.value)
                return n == 0 ? nil : Sound.syllables[Int(n)]
            }
            guard syllables.count == word.count else { return nil }
            return Array((" " + syllables.joined(separator: " ") + " ").unicodeScalars)
        }
    }

    // MARK: Noise on clean lines

    var noise: [(name: String, rewrite: Rewrite)] {
        [
            ("full-width", { text, _ in Self.fullWidth(text) }),
            ("spacing", { text, _ in Self.between(text, { _ in " " }) }),
            ("punctuation", { text, _ in
                let t = text.replacingOccurrences(of: "，", with: ", ").replacingOccurrences(of: "。", with: "～ ")
                    .replacingOccurrences(of: "！", with: "!!")
                return t == text ? nil : t
            }),
            ("zero-width", { text, rng in Self.zeroWidth(text, &rng) }),
        ]
    }

    // MARK: Running it

    struct Row {
        var name: String
        var lines = 0
        var caught = 0
        /// The first few rewritten lines it missed (or flagged, for noise).
        var examples: [String] = []
        var rate: Double { lines == 0 ? 1 : Double(caught) / Double(lines) }
    }

    func flagged(_ line: LabelledLine, _ text: String) -> Bool {
        detector.isViolation(detector.detect(text: text, scene: line.scene, part: 0, platform: line.platform))
    }

    /// Recall of each technique on the rewritten violations, and new false alarms on the rewritten
    /// clean lines (flagged after the noise, not before).
    func run(_ lines: [LabelledLine], seed: UInt64 = 20261130) -> (techniques: [Row], noise: Row, cleanLines: Int) {
        var rng = Random(seed: seed)
        var rows: [Row] = []
        for (name, rewrite) in techniques {
            var row = Row(name: name)
            for line in lines where line.isViolation {
                guard let text = rewrite(line.text, &rng) else { continue }
                row.lines += 1
                if flagged(line, text) {
                    row.caught += 1
                } else if row.examples.count < 12 {
                    row.examples.append("\(line.id): \(text)")
                }
            }
            rows.append(row)
        }
        var noiseRow = Row(name: "new false alarms on clean lines")
        let clean = lines.filter { !$0.isViolation && !flagged($0, $0.text) }
        for line in clean {
            for (_, rewrite) in noise {
                guard let text = rewrite(line.text, &rng) else { continue }
                noiseRow.lines += 1
                if flagged(line, text) {
                    noiseRow.caught += 1
                    noiseRow.examples.append("\(line.id): \(text)")
                }
            }
        }
        return (rows, noiseRow, clean.count)
    }

    static func table(_ result: (techniques: [Row], noise: Row, cleanLines: Int)) -> String {
        var out = ["technique                  rewritten  caught  recall"]
        for row in result.techniques {
            out.append("\(row.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(String(row.lines).leftPadded(9))  \(String(row.caught).leftPadded(6))  \(String(format: "%.3f", row.rate))")
        }
        let n = result.noise
        out.append("noise on clean lines: \(n.lines) rewrites of \(result.cleanLines) lines, \(n.caught) new false alarms (\(String(format: "%.2f%%", n.rate * 100)))")
        for example in n.examples { out.append("  flagged after noise: \(example)") }
        return out.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
