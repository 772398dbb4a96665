import Foundation
import Logging
import Testing
@testable import SluiceModel
@testable import SluicePolicy
@testable import SluiceRuntime
@testable import StagePenalise
import SluiceNotices
@testable import SluiceStore

/// Penalise in-process against a real SQLite ledger: the published rules, line by line.
final class Ledger {
    let store: LedgerStore
    let folder: String
    let scorer = Scorer(book: PolicyTests.book)
    let stage: PenaliseStage
    let context = StageContext(stage: .penalise, workerID: "test", logger: Logger(label: "test"))
    var attempts: [String: Int] = [:]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-ledger-\(UUID().uuidString.prefix(8))").path
        store = try LedgerStore(folder: folder, owner: "test")
        stage = try PenaliseStage(ledger: store, book: PolicyTests.book, resendAfter: 30, logger: Logger(label: "test"))
    }

    deinit {
        store.file.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Scores and penalises one listing revision (a redelivery when it was seen before); returns its decision.
    func decide(_ id: String, revision: Int = 1, platform: Platform = .douyin, actor: Actor = .merchant, category: String = "apparel",
                merchant: String = "m-1", observedAt: String = "2026-06-01T10:00:00+08:00",
                findings: [(Signal, Scene)] = [(.wechat, .comment)]) throws -> Decision {
        let key = "\(id)#\(revision)"
        attempts[key, default: 0] += 1
        var header = Header(jseq: 1, listingID: id, revision: revision, platform: platform, merchantID: merchant, actor: actor,
                            category: category, observedAt: observedAt, observed: Timestamp.parse(observedAt)!,
                            attempt: attempts[key]!, ingestedAt: 0)
        let found = findings.map {
            Finding(signal: $0.0, ruleID: "r", part: 0, scene: $0.1, span: Span(start: 0, end: 1), excerpt: "x", normalized: "x", confidence: 0.95)
        }
        let assessment = scorer.assess(header, findings: found)
        header.severity = assessment.severity
        var message = StageMessage(header: header, assessment: assessment.jsonBytes)
        message.setFindings(found)
        let out = stage.receive([Received(frames: message.frames)], from: .input, context: context)
        guard let sent = out.first(where: { $0.port == .output }), let decided = try StageMessage.split(sent.frames).first?.get() else {
            throw HarnessFailure("penalise did not forward a decision: \(out)")
        }
        return try Decision(jsonBytes: decided.decision)
    }

    /// An operator's request to penalise, answered as pipectl would see it.
    func control(_ op: String, _ args: [(String, JSONValue)]) throws -> ControlReply {
        let out = stage.receive([Received(frames: [Array("peer".utf8), [], ControlRequest(op: op, args: .object(args)).jsonBytes])],
                                from: .control, context: context)
        guard let reply = out.first(where: { $0.port == .control })?.frames.last else { throw HarnessFailure("no reply") }
        return try ControlReply(jsonBytes: reply)
    }

    func fileAppeal(_ decisionID: String, reason: String = "not us", now: Double) throws -> ControlReply {
        try control("appeal.file", [("decision_id", .string(decisionID)), ("reason", .string(reason)), ("now", .double(now))])
    }

    func resolve(_ appealID: String, _ outcome: String, note: String? = nil) throws -> ControlReply {
        try control("appeal.resolve", [("appeal_id", .string(appealID)), ("outcome", .string(outcome))] + (note.map { [("note", .string($0))] } ?? []))
    }

    func reader() throws -> StoreReader { try StoreReader(folder: folder) }
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
        #expect(try ledger.reader().count("SELECT COUNT(*) FROM ledger.decisions") == 1)
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

    @Test("appeals: inside the window only; overturned decisions stop counting; rejected ones stand; history is kept; one appeal per decision")
    func appeals() throws {
        let ledger = try Ledger()
        let first = try ledger.decide("a1", merchant: "m-app")
        let deadline = try #require(first.appealDeadline.flatMap(Timestamp.parse))
        let late = try ledger.fileAppeal(first.decisionID, now: deadline + 1)
        #expect(!late.ok && late.errorMessage?.contains("closed") == true)
        let filed = try ledger.fileAppeal(first.decisionID, now: deadline - 60)
        #expect(filed.ok)
        let appealID = try #require(filed.result?["appeal"]?["appeal_id"]?.stringValue)
        let again = try ledger.fileAppeal(first.decisionID, now: deadline - 30)
        #expect(!again.ok && again.errorMessage?.contains("open appeal") == true)
        let overturned = try ledger.resolve(appealID, "overturned", note: "ok")
        #expect(overturned.ok && overturned.result?["decision_state"]?.stringValue == "overturned")
        #expect(overturned.result?["correction_notice"]?.stringValue == "ntc-\(first.decisionID)-correction")
        // The correction goes out through notify like any notice, from the outbox.
        let correction = ledger.stage.endOfTurn(context: ledger.context)
        #expect(correction.contains { $0.port == .output })
        #expect(try !ledger.resolve(appealID, "rejected").ok, "an appeal is resolved once")
        // The next violation is the merchant's first that stands.
        let next = try ledger.decide("a2", merchant: "m-app")
        #expect(next.countBefore == 0 && next.countAfter == 1)
        // A rejected appeal leaves the decision in force, and the policy allows one appeal per decision.
        let second = try ledger.fileAppeal(next.decisionID, now: Timestamp.now)
        let secondID = try #require(second.result?["appeal"]?["appeal_id"]?.stringValue)
        let rejected = try ledger.resolve(secondID, "rejected", note: "evidence is clear")
        #expect(rejected.ok && rejected.result?["decision_state"]?.stringValue == "in_force")
        let third = try ledger.fileAppeal(next.decisionID, now: Timestamp.now)
        #expect(!third.ok && third.errorCode == "refused" && third.errorMessage?.contains("appeals_per_decision") == true)
        // Every appeal and its resolution stays in the history.
        let record = try ledger.reader().merchantDecisions(merchantID: "m-app")
        #expect(record.map { $0.appeals.map(\.state) } == [[.overturned], [.rejected]])
        #expect(record[1].appeals.first?.note == "evidence is clear")
        #expect(try ledger.reader().totals().penalties == 1)
    }

    @Test("notices are in Chinese, name the rule and actions, mask contact details, and carry an idempotency key")
    func notices() throws {
        let ledger = try Ledger()
        let d = try ledger.decide("n1", merchant: "m-n")
        let h = Header(jseq: 1, listingID: "n1", revision: 1, platform: .douyin, merchantID: "m-n", actor: .merchant, category: "apparel",
                       observedAt: "2026-06-01T10:00:00+08:00", observed: 0, attempt: 1, ingestedAt: 0)
        let findings = [Finding(signal: .phone, ruleID: "phone.mobile", part: 0, scene: .detail, span: Span(start: 0, end: 11),
                              excerpt: "电话13812345678", normalized: "13812345678", confidence: 0.9),
                      Finding(signal: .wechat, ruleID: "wechat.name", part: 0, scene: .detail, span: Span(start: 0, end: 11),
                              excerpt: "vx: shop_li88", normalized: "vx: shop_li88", confidence: 0.9)]
        let notice = NoticeComposer.notice(header: h, findings: findings, decision: d, now: 0)
        #expect(notice.noticeID == "ntc-\(d.decisionID)")
        #expect(notice.body.contains("抖音电商-商家诱导第三方交易"))
        #expect(notice.body.contains("扣除保证金 500 元"))
        #expect(notice.body.contains("138****5678"))
        #expect(!notice.body.contains("13812345678"))
        #expect(!notice.body.contains("shop_li88"))
        #expect(notice.body.contains("申诉"))
        #expect(Masking.maskValue("QQ 469201738", signal: .qq) == "QQ 46*****38")
        // A handle spelled out with dots is masked as one; a domain keeps its dotted shape.
        #expect(Masking.maskValue("v.x 搜 m.e.i.y.a.n.0.9", signal: .wechat) == "v.x 搜 m*************9")
        #expect(Masking.maskValue("www.shop-abc.com", signal: .link) == "w*w.s******c.c*m")
    }
}
