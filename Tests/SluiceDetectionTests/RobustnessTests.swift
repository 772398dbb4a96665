import Foundation
import SluiceLoadgen
import SluiceModel
import Testing
@testable import SluiceDetection

/// The detector reads whatever a stage is given: text cut off anywhere must never trap (an index read
/// past the end, a range the wrong way round). Every rule that looks after a word — what follows a
/// pointer, a name, a number — meets the text's end somewhere in these cuts.
@Suite("Detector robustness")
struct RobustnessTests {
    /// Both corpora and every held-out set.
    static let files: [String] = {
        let fixtures = CorpusTests.packageRoot.appendingPathComponent("Tests/Fixtures")
        let holdouts = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { $0.hasPrefix("holdout") && $0.hasSuffix(".jsonl") }.sorted()
        return ["corpus/listings.jsonl", "corpus/listings-2.jsonl"] + holdouts
    }()

    @Test("every prefix and suffix of every line of both corpora and the held-out sets is read without a trap", arguments: files)
    func everyCut(file: String) throws {
        let path = CorpusTests.packageRoot.appendingPathComponent("Tests/Fixtures/\(file)").path
        let lines = try Evaluation.load(path: path)
        try #require(!lines.isEmpty)
        // (Counted are the cuts read, each answered; the findings are whatever the cut holds — an honest set's cuts may
        // hold none.)
        var read = 0
        var expected = 0
        for line in lines {
            let scalars = Array(line.text.unicodeScalars)
            expected += 2 * max(0, scalars.count - 1)
            for cut in 1..<max(1, scalars.count) {
                let head = String(String.UnicodeScalarView(scalars[..<cut]))
                let tail = String(String.UnicodeScalarView(scalars[cut...]))
                for text in [head, tail] {
                    let findings = detector.detect(text: text, scene: .detail, part: 0, platform: .douyin)
                    #expect(findings.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
                    read += 1
                }
            }
        }
        #expect(read == expected)
    }

    /// Tokens that meet the rules' edges: past times, report and reply openings, marks and brackets, letters read as
    /// channels (wx, vx, 🐧), numbers written several ways, list joiners, invisible and full-width characters.
    static let riskyTokens = ["上次", "刚才", "昨天", "回复@a：", "她说", "，", "。", "？", "“", "”", "（", "）", "【", "】", " ", "\n", "了",
                              "的", "我", "你", "不", "别", "吗", "号", "@", "#", "✈️", "➕", "wx", "vx", "qq", "🐧", "🛰️", "💚", "🐟", "ＷＸ",
                              "、", "和", "等", "等等", "：", "-", "_", "…", "１３８", "幺三八", "138", "0013", "www.", ".com", "\u{200B}",
                              "\u{3000}", "①", "❤", "私", "加", "群", "搜", "差不多"]

    @Test("text rewritten at random — risky tokens put in, pieces of other lines joined on, characters spaced out — is read without a trap (seeded, 30,000 rewrites)")
    func seededRewrites() throws {
        let texts = try Self.files.flatMap { file in
            try Evaluation.load(path: CorpusTests.packageRoot.appendingPathComponent("Tests/Fixtures/\(file)").path).map { Array($0.text.unicodeScalars) }
        }
        try #require(texts.count > 1000)
        let tokens = Self.riskyTokens.map { Array($0.unicodeScalars) }
        var random = SplitMix(seed: 20261207)
        let scenes = Scene.allCases, platforms = Platform.allCases
        var read = 0
        for _ in 0..<30_000 {
            var s = texts[random.below(texts.count)]
            for _ in 0...random.below(3) {
                let k = random.below(s.count + 1)
                switch random.below(4) {
                case 0: s.insert(contentsOf: tokens[random.below(tokens.count)], at: k)
                case 1:
                    let other = texts[random.below(texts.count)]
                    s = Array(s[..<k]) + other[random.below(other.count + 1)...]
                case 2:
                    let e = min(s.count, k + 1 + random.below(8))
                    s = Array(s[..<k]) + s[k..<e].flatMap { [$0, " "] } + s[e...]
                default:
                    let e = k + random.below(s.count - k + 1)
                    if e > k { s = Array(s[k..<e]) }
                }
            }
            let text = String(String.UnicodeScalarView(s))
            read += detector.detect(text: text, scene: scenes[random.below(scenes.count)], part: 0,
                                    platform: platforms[random.below(platforms.count)]).count
        }
        #expect(read > 0)
    }
}
