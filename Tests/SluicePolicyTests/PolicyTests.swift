import Foundation
import Testing
@testable import SluiceModel
@testable import SluicePolicy

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// A header and findings as score sees them.
struct Scored {
    var header: Header
    var findings: [Finding]
}

func makeEnvelope(platform: Platform = .douyin, actor: Actor = .merchant, category: String = "apparel", merchant: String = "m-1",
                  observedAt: String = "2026-06-01T10:00:00+08:00", findings: [(Signal, Scene)]) -> Scored {
    let header = Header(jseq: 1, listingID: "l-1", revision: 1, platform: platform, merchantID: merchant, actor: actor, category: category,
                        observedAt: observedAt, observed: Timestamp.parse(observedAt)!, attempt: 1, ingestedAt: 0)
    return Scored(header: header, findings: findings.map {
        Finding(signal: $0.0, ruleID: "r", part: 0, scene: $0.1, span: Span(start: 0, end: 1), excerpt: "x", normalized: "x", confidence: 0.95)
    })
}

extension Scorer {
    func assess(_ s: Scored) -> Assessment { assess(s.header, findings: s.findings) }
}

@Suite("Policies")
struct PolicyTests {
    static let book: PolicyBook = try! PolicyBook.load(directory: repoRoot + "/pipelines/policies")

    @Test("every platform has a valid policy in Asia/Shanghai with an appeal window")
    func allLoad() {
        for platform in Platform.allCases {
            let p = Self.book[platform]
            #expect(p.timeZone.identifier == "Asia/Shanghai")
            #expect(p.appealDays == 7)
            #expect(!p.actions(for: .general, count: 1).isEmpty)
        }
    }

    @Test("Douyin's ladder: general → 500 deducted; serious → 3-day suspension + 10,000 deposit; especially serious → removal + 10,000")
    func douyinLadder() {
        let p = Self.book[.douyin]
        #expect(p.actions(for: .general, count: 1) == [Action(.deductDeposit, amountCNY: 500)])
        #expect(p.actions(for: .serious, count: 1) == [Action(.suspend, days: 3), Action(.requireDeposit, amountCNY: 10_000)])
        #expect(p.actions(for: .especiallySerious, count: 1) == [Action(.removeFromPlatform), Action(.fine, amountCNY: 10_000)])
    }

    @Test("natural year in Asia/Shanghai", arguments: [
        ("2026-12-31T23:30:00+08:00", 2026), ("2027-01-01T00:10:00+08:00", 2027), ("2026-12-31T16:30:00Z", 2027),
    ])
    func naturalYear(observed: String, year: Int) {
        #expect(Self.book[.douyin].naturalYear(of: Timestamp.parse(observed)!) == year)
    }

    @Test("Douyin jewelry / 文玩 offline-deal inducement is especially serious", arguments: ["jewelry", "wenwan"])
    func jewelryOffline(category: String) {
        let a = Scorer(book: Self.book).assess(makeEnvelope(category: category, findings: [(.offlineTrade, .comment)]))
        #expect(a.severity == .especiallySerious)
    }

    @Test("contact details in a title weigh more than in a comment; several signals more than one")
    func weighting() {
        let scorer = Scorer(book: Self.book)
        let title = scorer.assess(makeEnvelope(findings: [(.phone, .title)]))
        let comment = scorer.assess(makeEnvelope(findings: [(.phone, .comment)]))
        let several = scorer.assess(makeEnvelope(findings: [(.phone, .comment), (.wechat, .comment), (.qrCode, .comment)]))
        #expect(title.score > comment.score)
        #expect(several.score > comment.score)
        #expect(several.severity >= comment.severity)
        #expect(comment.severity == .general)
    }

    @Test("a malformed policy is refused with file, key and reason", arguments: [
        ("platform = \"ebay\"", "platform"),
        ("time_zone = \"Mars/Base\"", "time_zone"),
    ])
    func malformed(replace: String, key: String) throws {
        var text = try String(contentsOfFile: repoRoot + "/pipelines/policies/douyin.toml", encoding: .utf8)
        let name = replace.split(separator: " ").first.map(String.init)!
        text = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(name + " ") ? Substring(replace) : $0 }.joined(separator: "\n")
        do {
            _ = try Policy.parse(text, file: "douyin.toml")
            Issue.record("should be refused")
        } catch {
            #expect(error.key == key)
            #expect(error.file == "douyin.toml")
        }
    }

    @Test("an unknown action kind names its key")
    func unknownAction() throws {
        let text = try String(contentsOfFile: repoRoot + "/pipelines/policies/douyin.toml", encoding: .utf8)
            .replacingOccurrences(of: "kind = \"deduct_deposit\"", with: "kind = \"spank\"")
        do {
            _ = try Policy.parse(text, file: "douyin.toml")
            Issue.record("should be refused")
        } catch {
            #expect(error.key.hasPrefix("ladder.general"))
            #expect(error.reason.contains("spank"))
        }
    }
}

@Suite("Natural years")
struct NaturalYearTests {
    @Test("the civil year by arithmetic agrees with Foundation's calendar across zones and centuries")
    func civilYear() {
        var calendar = Calendar(identifier: .gregorian)
        for zone in ["Asia/Shanghai", "UTC", "America/New_York"] {
            calendar.timeZone = TimeZone(identifier: zone)!
            let policy = PolicyTests.book[.douyin]
            var p = policy
            p.timeZone = TimeZone(identifier: zone)!
            for epoch in stride(from: -2_000_000_000.0, to: 4_200_000_000.0, by: 6_700_011.3) {
                #expect(p.naturalYear(of: epoch) == calendar.component(.year, from: Date(timeIntervalSince1970: epoch)), "\(zone) \(epoch)")
            }
        }
    }
}
