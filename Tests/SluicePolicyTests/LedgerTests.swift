import Foundation
import Logging
import Testing
@testable import SluiceModel
@testable import SluicePolicy
@testable import SluiceRuntime
@testable import SluiceStages
@testable import SluiceStore

/// Penalise in-process against a real SQLite ledger: the published rules, line by line.
final class Ledger {
    let store: Store
    let folder: String
    let scorer = Scorer(book: PolicyTests.book)
    let stage: PenaliseStage
    let context = StageContext(stage: "penalise", workerID: "test", logger: Logger(label: "test"))

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-ledger-\(UUID().uuidString.prefix(8))").path
        store = try Store(path: folder + "/sluice.db")
        stage = PenaliseStage(book: PolicyTests.book, store: store)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Scores and penalises one listing revision; returns its decision.
    func decide(_ id: String, revision: Int = 1, platform: Platform = .douyin, actor: Actor = .merchant, category: String = "apparel",
                merchant: String = "m-1", observedAt: String = "2026-06-01T10:00:00+08:00",
                findings: [(Signal, Scene)] = [(.wechat, .comment)]) throws -> Decision {
        let event = ListingEvent(listingID: id, revision: revision, platform: platform, merchantID: merchant, actor: actor,
                                 category: category, observedAt: observedAt, parts: [ListingPart(scene: .title, text: "x")])
        var e = Envelope(event: event, trace: Trace(id: "t-\(id)", attempt: 1, ingestedAt: 0))
        e.findings = findings.map {
            Finding(signal: $0.0, ruleID: "r", part: 0, scene: $0.1, span: Span(start: 0, end: 1), excerpt: "x", normalized: "x", confidence: 0.95)
        }
        e.assessment = scorer.assess(e)
        let out = stage.transform([StageItem(envelope: e, listing: [])], context: context)
        guard case .forward(let decided, _) = try #require(out.first), let decision = decided.decision else {
            throw HarnessFailure("penalise did not forward a decision: \(out)")
        }
        return decision
    }
}

struct HarnessFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

@Suite("Penalties per the platforms' rules", .serialized)
struct LedgerTests {
    @Test("Douyin: general → 500 deducted; serious → 3-day suspension + 10,000 deposit; jewelry offline deal → removal + 10,000")
    func douyinSeverities() throws {
        let ledger = try Ledger()
        let general = try ledger.decide("g1", merchant: "m-a")
        #expect(general.severity == .general)
        #expect(general.actions == [Action(.deductDeposit, amountCNY: 500)])
        #expect(general.countBefore == 0 && general.countAfter == 1)

        // Contact details in the title with several channels: serious.
        let serious = try ledger.decide("s1", merchant: "m-b", findings: [(.phone, .title), (.wechat, .title), (.qrCode, .imageOCR)])
        #expect(serious.severity == .serious)
        #expect(serious.actions == [Action(.suspend, days: 3), Action(.requireDeposit, amountCNY: 10_000)])

        for category in ["jewelry", "wenwan"] {
            let worst = try ledger.decide("e-\(category)", category: category, merchant: "m-c-\(category)", findings: [(.offlineTrade, .liveSpeech)])
            #expect(worst.severity == .especiallySerious)
            #expect(worst.actions == [Action(.removeFromPlatform), Action(.fine, amountCNY: 10_000)])
        }
        // The same offline inducement for apparel is not especially serious.
        #expect(try ledger.decide("e-apparel", merchant: "m-d", findings: [(.offlineTrade, .liveSpeech)]).severity != .especiallySerious)
    }

    @Test("Douyin: repeats within a natural year escalate as the policy file says", arguments: [
        (1, [Action(.deductDeposit, amountCNY: 500)]),
        (2, [Action(.deductDeposit, amountCNY: 500)]),
        (3, [Action(.deductDeposit, amountCNY: 500), Action(.delist), Action(.searchDemotion, days: 7)]),
        (4, [Action(.deductDeposit, amountCNY: 500), Action(.delist), Action(.searchDemotion, days: 7)]),
        (5, [Action(.suspend, days: 3), Action(.requireDeposit, amountCNY: 10_000)]),
    ])
    func escalation(nth: Int, actions: [Action]) throws {
        let ledger = try Ledger()
        var last: Decision?
        for i in 1...nth { last = try ledger.decide("r\(i)", merchant: "m-repeat") }
        #expect(last?.countAfter == nth)
        #expect(last?.actions == actions)
    }

    @Test("the natural year is Asia/Shanghai's: 23:30 on 31 Dec counts in 2026, 00:10 on 1 Jan in 2027")
    func yearBoundary() throws {
        let ledger = try Ledger()
        let late = try ledger.decide("y1", merchant: "m-y", observedAt: "2026-12-31T23:30:00+08:00")
        let late2 = try ledger.decide("y2", merchant: "m-y", observedAt: "2026-12-31T15:59:00Z")
        let early = try ledger.decide("y3", merchant: "m-y", observedAt: "2027-01-01T00:10:00+08:00")
        #expect(late.naturalYear == 2026 && late.countAfter == 1)
        #expect(late2.naturalYear == 2026 && late2.countAfter == 2)
        #expect(early.naturalYear == 2027 && early.countAfter == 1, "a new year starts a new count")
    }

    @Test("the same listing revision arriving three times counts once and gets the same decision")
    func idempotent() throws {
        let ledger = try Ledger()
        let first = try ledger.decide("dup", merchant: "m-dup")
        let second = try ledger.decide("dup", merchant: "m-dup")
        let third = try ledger.decide("dup", merchant: "m-dup")
        #expect(first == second && second == third)
        #expect(try ledger.store.count("SELECT COUNT(*) FROM decisions") == 1)
        // A new revision is a new violation.
        #expect(try ledger.decide("dup", revision: 2, merchant: "m-dup").countAfter == 2)
    }

    @Test("Tmall's WeChat private-domain brands are exempt from the WeChat and private-group signals only, and the decision says so")
    func tmallAllowList() throws {
        let ledger = try Ledger()
        let exempt = try ledger.decide("t1", platform: .tmall, merchant: "tm-brand-wxpd-001", findings: [(.wechat, .detail), (.privateGroup, .detail)])
        #expect(exempt.actions.isEmpty)
        #expect(exempt.exempt?.contains("微信私域") == true)
        #expect(exempt.countAfter == 0)
        #expect(exempt.appealDeadline == nil)

        let partly = try ledger.decide("t2", platform: .tmall, merchant: "tm-brand-wxpd-001", findings: [(.wechat, .detail), (.phone, .detail)])
        #expect(partly.actions == [Action(.deleteListing)])
        #expect(partly.countAfter == 1, "the earlier exempt decision does not count")
        #expect(partly.notes?.first?.contains("微信私域") == true)

        let other = try ledger.decide("t3", platform: .tmall, merchant: "tm-ordinary", findings: [(.wechat, .detail)])
        #expect(other.exempt == nil && other.actions == [Action(.deleteListing)])
        // Taobao has no such programme.
        let taobao = try ledger.decide("t4", platform: .taobao, merchant: "tm-brand-wxpd-001", findings: [(.wechat, .detail)])
        #expect(taobao.exempt == nil)
    }

    @Test("Xiaohongshu's rules cover buyers and ordinary users; Douyin's cover merchants and hosts")
    func actors() throws {
        let ledger = try Ledger()
        let buyer = try ledger.decide("x1", platform: .xiaohongshu, actor: .buyer, merchant: "u-buyer")
        #expect(buyer.exempt == nil && buyer.actions == [Action(.warning)])
        let user = try ledger.decide("x2", platform: .xiaohongshu, actor: .user, merchant: "u-buyer")
        #expect(user.countAfter == 2)
        #expect(user.actions == [Action(.restrictPermissions, days: 7), Action(.deductPoints, points: 2)])
        let douyinBuyer = try ledger.decide("x3", platform: .douyin, actor: .buyer, merchant: "u-d")
        #expect(douyinBuyer.actions.isEmpty && douyinBuyer.exempt != nil)
    }

    @Test("each platform's first general violation, from its published measures", arguments: [
        (Platform.douyin, [Action(.deductDeposit, amountCNY: 500)]),
        (.xiaohongshu, [Action(.warning)]),
        (.taobao, [Action(.deleteListing)]),
        (.tmall, [Action(.deleteListing)]),
        (.wechatChannels, [Action(.warning), Action(.delist)]),
        (.kuaishou, [Action(.warning)]),
        (.pinduoduo, [Action(.warning)]),
    ])
    func firstGeneral(platform: Platform, actions: [Action]) throws {
        let ledger = try Ledger()
        let d = try ledger.decide("p-\(platform.rawValue)", platform: platform, merchant: "m-\(platform.rawValue)")
        #expect(d.severity == .general)
        #expect(d.actions == actions)
        #expect(d.policyVersion == PolicyTests.book[platform].version)
        #expect(d.appealDeadline != nil)
    }

    @Test("appeals: inside the window only; an overturned decision stops counting and later ones are not escalated by it")
    func appeals() throws {
        let ledger = try Ledger()
        let first = try ledger.decide("a1", merchant: "m-app")
        let deadline = try #require(first.appealDeadline.flatMap(Timestamp.parse)).timeIntervalSince1970
        #expect(throws: AppealError.self) { try ledger.store.fileAppeal(decisionID: first.decisionID, reason: "late", now: deadline + 1) }
        let appeal = try ledger.store.fileAppeal(decisionID: first.decisionID, reason: "not us", now: deadline - 60)
        #expect(throws: AppealError.self) { try ledger.store.fileAppeal(decisionID: first.decisionID, reason: "again", now: deadline - 30) }
        let (resolved, decision, notice) = try ledger.store.resolveAppeal(appealID: appeal.appealID, overturn: true, note: "ok",
                                                                          now: deadline - 10) { d, m, l in
            NoticeComposer.correction(decision: d, merchantID: m, listingID: l, note: "ok", now: deadline - 10)
        }
        #expect(resolved.state == "overturned")
        #expect(decision.state == "overturned")
        #expect(notice?.kind == "correction")
        #expect(try ledger.store.count("SELECT COUNT(*) FROM notices WHERE kind = 'correction'") == 1)
        #expect(throws: AppealError.self) {
            try ledger.store.resolveAppeal(appealID: appeal.appealID, overturn: false, note: nil, now: deadline) { _, _, _ in nil }
        }
        // The next violation is the merchant's first that stands.
        let next = try ledger.decide("a2", merchant: "m-app")
        #expect(next.countBefore == 0 && next.countAfter == 1)
        // Upholding keeps the decision.
        let upheldAppeal = try ledger.store.fileAppeal(decisionID: next.decisionID, reason: "no", now: Date().timeIntervalSince1970)
        let (upheld, kept, none) = try ledger.store.resolveAppeal(appealID: upheldAppeal.appealID, overturn: false, note: nil,
                                                                  now: Date().timeIntervalSince1970) { _, _, _ in nil }
        #expect(upheld.state == "upheld" && kept.state == "in_force" && none == nil)
    }

    @Test("notices are in Chinese, name the rule and actions, mask contact details, and carry an idempotency key")
    func notices() throws {
        let ledger = try Ledger()
        let d = try ledger.decide("n1", merchant: "m-n")
        let event = ListingEvent(listingID: "n1", revision: 1, platform: .douyin, merchantID: "m-n", actor: .merchant, category: "apparel",
                                 observedAt: "2026-06-01T10:00:00+08:00", parts: [])
        var e = Envelope(event: event, trace: Trace(id: "t", attempt: 1, ingestedAt: 0))
        e.findings = [Finding(signal: .phone, ruleID: "phone.mobile", part: 0, scene: .detail, span: Span(start: 0, end: 11),
                              excerpt: "电话13812345678", normalized: "13812345678", confidence: 0.9),
                      Finding(signal: .wechat, ruleID: "wechat.name", part: 0, scene: .detail, span: Span(start: 0, end: 11),
                              excerpt: "vx: shop_li88", normalized: "vx: shop_li88", confidence: 0.9)]
        let notice = NoticeComposer.notice(for: e, decision: d, now: 0)
        #expect(notice.noticeID == "ntc-\(d.decisionID)")
        #expect(notice.body.contains("抖音电商-商家诱导第三方交易"))
        #expect(notice.body.contains("扣除保证金 500 元"))
        #expect(notice.body.contains("138****5678"))
        #expect(!notice.body.contains("13812345678"))
        #expect(!notice.body.contains("shop_li88"))
        #expect(notice.body.contains("申诉"))
        #expect(NoticeComposer.mask("QQ 469201738") == "QQ 46*****38")
    }
}
