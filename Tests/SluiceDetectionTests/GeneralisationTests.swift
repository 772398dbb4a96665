import Foundation
import Testing
@testable import SluiceDetection
@testable import SluiceModel

/// Both labelled corpora, read once.
let corpusLines: [LabelledLine] = {
    let root = CorpusTests.packageRoot.appendingPathComponent("Tests/Fixtures/corpus").path
    return ["listings.jsonl", "listings-2.jsonl"].flatMap { (try? Evaluation.load(path: root + "/" + $0)) ?? [] }
}()

@Suite("Detection that generalises")
struct GeneralisationTests {
    @Test("the evasion fuzzer: every technique on every violating line keeps recall ≥ 0.90; noise adds ≤ 1% false alarms on clean lines")
    func fuzzer() throws {
        try #require(corpusLines.count == 1100, "both corpora are needed (Tests/Fixtures/corpus)")
        let result = EvasionFuzzer(detector: detector).run(corpusLines)
        let table = EvasionFuzzer.table(result)
        print("Evasion fuzzer (seed 20261130, \(corpusLines.count) lines):\n\(table)")
        for row in result.techniques {
            #expect(row.lines >= 20, "\(row.name): only \(row.lines) lines rewritten")
            #expect(row.rate >= 0.90, "\(row.name): recall \(row.rate); missed, for example:\n\(row.examples.joined(separator: "\n"))")
        }
        #expect(result.noise.rate <= 0.01, "\(table)\n\(result.noise.examples.joined(separator: "\n"))")
    }

    static let harmless = [
        "本店不卖假货，", "支持视频通话，", "今天全场包邮。", "质量很好，放心购买！", "支持七天无理由退换。", "宝宝们晚上好～",
        "现货秒发，", "欢迎光临小店。", "有问题请联系在线客服。", "图片均为实拍，",
    ]

    @Test("a harmless clause before or after a violation hides nothing")
    func harmlessClauses() throws {
        try #require(!corpusLines.isEmpty)
        var lost: [String] = []
        var tried = 0
        for (i, line) in corpusLines.enumerated() where line.isViolation {
            let findings = detector.detect(text: line.text, scene: line.scene, part: 0, platform: line.platform)
            guard detector.isViolation(findings) else { continue }
            let clause = Self.harmless[i % Self.harmless.count]
            for text in [clause + line.text, line.text + "。" + clause, clause + line.text + "。" + Self.harmless[(i + 3) % Self.harmless.count]] {
                tried += 1
                if !detector.isViolation(detector.detect(text: text, scene: line.scene, part: 0, platform: line.platform)) {
                    lost.append("\(line.id): \(text)")
                }
            }
        }
        #expect(tried > 1500)
        #expect(lost.isEmpty, "\(lost.count) of \(tried) lost:\n\(lost.prefix(20).joined(separator: "\n"))")
    }
}
