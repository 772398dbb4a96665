import Foundation
import Testing
@testable import SluiceDetection
@testable import SluiceModel

let rulesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("pipelines/rules").path

let detector = Detector(rules: try! RuleSet.load(directory: rulesDirectory))

func signals(_ text: String, platform: Platform = .douyin, scene: Scene = .comment) -> Set<Signal> {
    Set(detector.detect(text: text, scene: scene, part: 0, platform: platform).filter { $0.confidence >= Finding.violationThreshold }.map(\.signal))
}

@Suite("Recognisers")
struct RecognizerTests {
    @Test("phone numbers in disguise", arguments: [
        "电话 13812345678", "手机：138 1234 5678", "打 138-1234-5678", "联系一三八一二三四五六七八", "幺三八 一二三四 五六七八",
        "壹叁捌壹贰叁肆伍陆柒捌", "①③⑧①②③④⑤⑥⑦⑧", "１３８１２３４５６７８", "+86 13812345678", "座机 0571-87632059",
    ])
    func phones(text: String) {
        #expect(signals(text).contains(.phone), "\(text)")
    }

    @Test("numbers that are not contacts", arguments: [
        "快递单号 773123456789012", "订单号 13812345678901", "货号 20241108123", "生产日期 20241108", "尺码 38 39 40 41 42",
        "价格 199 元，库存 1380 件",
    ])
    func notPhones(text: String) {
        #expect(!signals(text).contains(.phone), "\(text)")
    }

    @Test("QQ numbers need a QQ context")
    func qq() {
        #expect(signals("扣扣 469201738").contains(.qq))
        #expect(signals("加🐧 593017284").contains(.qq))
        #expect(!signals("批次 469201738").contains(.qq))
    }

    @Test("e-mail, URLs and 口令 tokens", arguments: [
        ("发邮件到 shop_li@163.com", Signal.email), ("官网 www.example-shop.com 下单", .link), ("复制 ￥AbC12dEf￥ 打开", .link),
        ("https://t.cn/A6xYz", .link),
    ])
    func links(text: String, signal: Signal) {
        #expect(signals(text).contains(signal), "\(text)")
    }

    @Test("a listing's parts are read as one text, and each finding points into its own part: emoji, zero-width and Chinese before it")
    func partsPointIntoThemselves() throws {
        let parts = [ListingPart(scene: .title, text: "😀新品\u{200B}上市 👍"), ListingPart(scene: .detail, text: "质量好，私聊"),
                     ListingPart(scene: .comment, text: "🌸亲 加\u{200B}薇信：ab_cd12 谢谢")]
        let event = ListingEvent(listingID: "p-1", revision: 1, platform: .xiaohongshu, merchantID: "m-1", actor: .merchant,
                                 category: "apparel", observedAt: "2026-11-30T00:00:00Z", parts: parts)
        let findings = detector.detect(event)
        let f = try #require(findings.first { $0.signal == .wechat })
        #expect(f.part == 2)
        #expect(f.scene == .comment)
        let scalars = Array(parts[2].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[f.span.start..<f.span.end])) == f.excerpt)
        #expect(f.excerpt.contains("ab_cd12"))
    }

    @Test("findings explain themselves: rule, part, exact span, excerpt and normalised form")
    func explainable() throws {
        let text = "👍好看 加\u{200B}薇信：ab_cd12 谢谢"
        let findings = detector.detect(text: text, scene: .comment, part: 2, platform: .xiaohongshu)
        let f = try #require(findings.first { $0.signal == .wechat })
        #expect(f.part == 2)
        #expect(f.scene == .comment)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[f.span.start..<f.span.end])) == f.excerpt)
        #expect(f.excerpt.contains("ab_cd12"))
        #expect(f.normalized.contains("ab_cd12"))
        #expect(!f.ruleID.isEmpty)
        #expect(f.confidence > 0.6 && f.confidence <= 1)
    }

    @Test("honest look-alikes stay clean", arguments: [
        "V领毛衣 秋冬新款", "卫星天线 高清接收", "旺仔QQ糖 一箱", "企鹅玩偶 毛绒公仔", "二维码打印机 办公用", "扫码枪 无线",
        "有问题请私信客服", "关注店铺加入店铺粉丝群领券", "关注店铺加入粉丝群，领取专属优惠券", "小心让你加微信私下交易的骗子，只在平台下单",
    ])
    func clean(text: String) {
        #expect(signals(text).isEmpty, "\(text) → \(signals(text))")
    }

    @Test("the platform's own name is no third party there")
    func ownPlatform() {
        #expect(!signals("打开淘宝搜店名", platform: .taobao).contains(.platform))
    }
}

@Suite("Rules files")
struct RuleSetTests {
    @Test("the shipped rules load")
    func shipped() throws {
        let rules = try RuleSet.load(directory: rulesDirectory)
        #expect(!rules.lexicon.isEmpty)
        #expect(!rules.allow.isEmpty)
    }

    @Test("a bad rules file is refused with file, key and reason", arguments: [
        ("[[lexicon]]\nid = \"x\"\nsignal = \"contact.pigeon\"\nterms = [\"a\"]\n", "lexicon[0].signal"),
        ("[[lexicon]]\nid = \"x\"\nsignal = \"qr_code\"\nconfidence = 7\nterms = [\"a\"]\n", "lexicon[0].confidence"),
        ("[[lexicon]]\nid = \"x\"\nsignal = \"qr_code\"\nterms = []\n", "lexicon[0].terms"),
        ("[[lexicon]]\nid = \"x\"\nsignal = \"qr_code\"\nterms = [\"a\"]\nwat = 1\n", "lexicon[0].wat"),
        // A suppression's scope is a clause, a sentence or the part; nothing else, and a near rule's never the part.
        ("[[suppress]]\nsignal = \"qr_code\"\nscope = \"paragraph\"\nwhen = [\"a\"]\n", "suppress[0].scope"),
    ])
    func refused(text: String, key: String) {
        do {
            _ = try RuleSet.parse(text, file: "bad.toml")
            Issue.record("should be refused")
        } catch {
            #expect(error.file == "bad.toml")
            #expect(error.key == key, "\(error)")
        }
    }
}

extension RuleSetTests {
    @Test("a suppression may act on its whole part (scope = \"part\"); the reason for any other scope names all three")
    func suppressionScope() throws {
        let rules = try RuleSet.parse("[[suppress]]\nsignal = \"contact.phone\"\nscope = \"part\"\nwhen = [\"生产商\"]\n", file: "part.toml")
        #expect(rules.suppressions.map(\.scope) == [.part])
        do {
            _ = try RuleSet.parse("[[suppress]]\nsignal = \"contact.phone\"\nscope = \"line\"\nwhen = [\"a\"]\n", file: "bad.toml")
            Issue.record("should be refused")
        } catch {
            #expect(error.reason.contains("\"part\""), "\(error)")
        }
    }
}

@Suite("Digits")
struct DigitsTests {
    func digits(_ s: String) -> Digits {
        var d = Digits()
        for c in s.utf8 { d.append(c - 0x30) }
        return d
    }

    @Test("packs digits in order and spells them back", arguments: ["0", "13800138000", "8613800138000", "0123456789012345"])
    func roundTrip(text: String) {
        let d = digits(text)
        #expect(d.count == text.count)
        #expect(d.string == text)
        #expect((0..<d.count).map { d[$0] } == text.utf8.map { $0 - 0x30 })
    }

    @Test("a run longer than 16 digits keeps its count (a tracking number, never read as a phone)")
    func long() {
        let d = digits("12345678901234567890")
        #expect(d.count == 20)
        #expect(d.string == "1234567890123456")
    }

    @Test("dropping a country code and joining groups")
    func edits() {
        var d = digits("8613800138000")
        d.removeFirst2()
        #expect(d.string == "13800138000" && d.count == 11)
        var joined = digits("138")
        joined.append(contentsOf: digits("0013"))
        joined.append(contentsOf: digits("8000"))
        #expect(joined.string == "13800138000")
        var overflow = digits("12345678901234")
        overflow.append(contentsOf: digits("567890"))
        #expect(overflow.count == 20)
    }
}
