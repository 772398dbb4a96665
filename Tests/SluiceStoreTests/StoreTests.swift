import Foundation
import Testing
@testable import SluiceModel
@testable import SluiceStore

/// Each test gets a fresh SQLite file in its own folder.
func freshStore() throws -> (Store, String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-store-\(UUID().uuidString.prefix(8))").path
    let store = try Store(path: folder + "/sluice.db")
    return (store, folder)
}

func event(_ id: String, revision: Int = 1, merchant: String = "m-1", platform: Platform = .douyin,
           observedAt: String = "2026-11-22T07:00:00Z") -> ListingEvent {
    ListingEvent(listingID: id, revision: revision, platform: platform, merchantID: merchant, actor: .merchant, category: "jewelry",
                 observedAt: observedAt, parts: [ListingPart(scene: .title, text: "t")])
}

@Suite("Store")
struct StoreTests {
    @Test("the journal takes a listing revision once")
    func journalIdempotent() throws {
        let (store, folder) = try freshStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let entries = [JournalEntry(event: event("a"), traceID: "t1", ingestedAt: 1, raw: [1]),
                       JournalEntry(event: event("b"), traceID: "t2", ingestedAt: 1, raw: [2])]
        #expect(try store.journal(entries) == [true, true])
        #expect(try store.journal([JournalEntry(event: event("a"), traceID: "t3", ingestedAt: 2, raw: [1]),
                                   JournalEntry(event: event("a", revision: 2), traceID: "t4", ingestedAt: 2, raw: [1])]) == [false, true])
        #expect(try store.totals().journaled == 3)
    }

    @Test("a sweep redelivers overdue listings, closes completed ones and gives up after the last attempt")
    func sweep() throws {
        let (store, folder) = try freshStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try store.journal(["a", "b", "c"].map { JournalEntry(event: event($0), traceID: "t-\($0)", ingestedAt: 10, raw: Array($0.utf8)) })
        var outcome = Envelope(event: event("b"), trace: Trace(id: "t-b", attempt: 1, ingestedAt: 10))
        outcome.findings = []
        try store.record({ var b = RecorderBatch(); b.outcomes = [outcome]; return b }(), now: 11)

        var sweep = try store.sweepJournal(sentBefore: 20, maxAttempts: 2, now: 20)
        #expect(sweep.completed == 1)
        #expect(Set(sweep.resend.map(\.listingID)) == ["a", "c"])
        #expect(sweep.resend.allSatisfy { $0.attempt == 2 })
        // Not overdue yet: nothing happens.
        sweep = try store.sweepJournal(sentBefore: 15, maxAttempts: 2, now: 21)
        #expect(sweep.resend.isEmpty && sweep.exhausted.isEmpty)
        sweep = try store.sweepJournal(sentBefore: 30, maxAttempts: 2, now: 30)
        #expect(Set(sweep.exhausted.map(\.listingID)) == ["a", "c"])
        #expect(try store.sweepJournal(sentBefore: 100, maxAttempts: 2, now: 100).exhausted.isEmpty)
    }

    @Test("outcomes are idempotent on (listing_id, revision): a redelivered one adds nothing")
    func outcomesIdempotent() throws {
        let (store, folder) = try freshStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var e = Envelope(event: event("a"), trace: Trace(id: "t", attempt: 1, ingestedAt: 1))
        e.findings = [Finding(signal: .phone, ruleID: "phone.mobile", part: 0, scene: .title, span: Span(start: 0, end: 11),
                              excerpt: "13812345678", normalized: "13812345678", confidence: 0.9)]
        e.notice = Notice(noticeID: "n1", decisionID: "d1", merchantID: "m-1", kind: "penalty", title: "t", body: "b", createdAt: 1)
        var batch = RecorderBatch()
        batch.outcomes = [e, e]
        #expect(try store.record(batch, now: 2) == 1)
        #expect(try store.record(batch, now: 3) == 0)
        #expect(try store.count("SELECT COUNT(*) FROM findings") == 1)
        #expect(try store.count("SELECT COUNT(*) FROM notices") == 1)
        let trail = try #require(try store.trails(listingID: "a").first)
        #expect(trail.outcome?.findings?.first?.excerpt == "13812345678")
        #expect(trail.notices.map(\.noticeID) == ["n1"])
    }

    @Test("heartbeats upsert one row per worker; dead letters are listed newest first")
    func workersAndDeadLetters() throws {
        let (store, folder) = try freshStore()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var batch = RecorderBatch()
        for (i, at) in [1.0, 2.0].enumerated() {
            batch.heartbeats.append(Heartbeat(stage: "detect", worker: "detect-1", pid: 1, host: "h", state: .running, startedAt: 0,
                                              at: at, received: i * 10, sent: i * 10, failed: 0, rate: 5, latencyP50: 1, latencyP99: 2))
        }
        batch.deadLetters = [DeadLetter(reason: .notJSON, detail: "first", stage: "ingest", worker: "i", raw: [1], at: 1),
                             DeadLetter(reason: .unknownPlatform, detail: "second", stage: "ingest", worker: "i", raw: [2], at: 2)]
        try store.record(batch, now: 3)
        let workers = try store.workers()
        #expect(workers.count == 1)
        #expect(workers[0].received == 10 && workers[0].lastSeen == 2)
        #expect(try store.deadLetters(limit: 10).map(\.detail) == ["second", "first"])
        #expect(try store.deadLetters(limit: 10, reason: "not_json").map(\.detail) == ["first"])
    }

    @Test("several processes opening a new store at once migrate it exactly once")
    func concurrentMigration() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-mig-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<6 { group.addTask { _ = try Store(path: folder + "/sluice.db") } }
            try await group.waitForAll()
        }
        let store = try Store(path: folder + "/sluice.db", readOnly: true)
        #expect(try store.count("PRAGMA user_version") == Migrations.steps.count)
        #expect(try store.count("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'journal'") == 1)
    }

    @Test("opening a missing store read-only says what to do")
    func missing() {
        do {
            _ = try Store(path: "/nonexistent/sluice.db", readOnly: true)
            Issue.record("should fail")
        } catch {
            #expect(error.description.contains("pipectl up"))
        }
    }
}
