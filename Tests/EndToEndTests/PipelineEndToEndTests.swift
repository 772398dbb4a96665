import Foundation
import SluiceLoadgen
import SluiceModel
import SluiceStore
import Testing

/// The real pipeline: pipectl up starts every executable; an independent pyzmq client feeds
/// the intake over tcp://127.0.0.1; assertions read the SQLite store and pipectl's JSON.
@Suite("Pipeline end to end", .serialized)
struct PipelineEndToEndTests {
    /// 20 malformed messages: 5 each of not JSON, missing fields, unknown platform, oversized text.
    static func malformed() -> [(bytes: [UInt8], reason: String, mentions: String)] {
        func event(_ fields: [String: Any]) -> [UInt8] {
            Array(try! JSONSerialization.data(withJSONObject: fields))
        }
        let base: [String: Any] = ["listing_id": "bad", "revision": 1, "platform": "douyin", "merchant_id": "m-bad",
                                   "actor": "merchant", "category": "other", "observed_at": "2026-11-22T07:00:00Z",
                                   "parts": [["scene": "title", "text": "ok"]]]
        var out: [([UInt8], String, String)] = []
        for (i, raw) in ["this is not json", "{\"listing_id\": \"x\"", "[1, 2, 3", "{'single': 'quotes'}", "\u{FF}\u{FE} garbage"].enumerated() {
            out.append((Array(raw.utf8) + (i == 4 ? [0xFF, 0xFE] : []), "not_json", ""))
        }
        for (i, field) in ["listing_id", "revision", "platform", "merchant_id", "observed_at"].enumerated() {
            var e = base
            e["listing_id"] = "bad-missing-\(i)"
            e.removeValue(forKey: field)
            out.append((event(e), "missing_field", field))
        }
        for (i, platform) in ["ebay", "amazon", "jd", "weibo", "etsy"].enumerated() {
            var e = base
            e["listing_id"] = "bad-platform-\(i)"
            e["platform"] = platform
            out.append((event(e), "unknown_platform", platform))
        }
        for i in 0..<5 {
            var e = base
            e["listing_id"] = "bad-size-\(i)"
            e["parts"] = [["scene": "title", "text": "ok"], ["scene": "detail", "text": String(repeating: "长", count: 22_000 + i * 100)]]
            out.append((event(e), "text_too_large", "parts[1].text"))
        }
        return out.map { (bytes: $0.0, reason: $0.1, mentions: $0.2) }
    }

    @Test("2,000 listings and 20 malformed messages through the real pipeline with two detect workers; SIGTERM on a worker loses nothing")
    func wholePipeline() async throws {
        let harness = try Harness(redeliverAfter: 20)
        defer { harness.tearDown() }

        let up = try harness.run("pipectl", ["up", harness.pipeline, "--scale", "detect=2", "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "pipectl up failed: \(up.error)\(up.output)")

        // Status shows the two detect workers live.
        let before = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
        let beforeStatus = try JSONSerialization.jsonObject(with: Data(before.output.utf8)) as! [String: Any]
        let detectBefore = (beforeStatus["stages"] as! [[String: Any]]).first { $0["name"] as? String == "detect" }!
        #expect(detectBefore["workers"] as? Int == 2)

        var stream = SyntheticStream(seed: 42, violationRatio: 0.35, merchants: 40, prefix: "e2e")
        let encoder = JSONEncoder()
        var events: [ListingEvent] = []
        for _ in 0..<2000 { events.append(stream.next().event) }
        let valid = try events.map { Array(try encoder.encode($0)) }
        let bad = Self.malformed()

        // First half, then SIGTERM one detect worker while the second half streams in.
        try harness.pushWithPython(Array(valid[0..<1000]) + bad.prefix(10).map(\.bytes))
        let state = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: harness.data + "/run/state.json"))) as! [String: Any]
        let detect1 = (state["processes"] as! [[String: Any]]).first { $0["name"] as? String == "detect-1" }!
        let victim = Int32(detect1["pid"] as! Int)
        let second = Task.detached { try harness.pushWithPython(Array(valid[1000...]) + bad.suffix(10).map(\.bytes)) }
        usleep(150_000)
        kill(victim, SIGTERM)
        try await second.value

        let store = try harness.store()
        let done = try harness.waitUntil(timeout: 240) {
            try store.count("SELECT COUNT(*) FROM outcomes") >= 2000 && store.count("SELECT COUNT(*) FROM dead_letters") >= 20
        }
        let outcomeCount = try store.count("SELECT COUNT(*) FROM outcomes")
        let deadCount = try store.count("SELECT COUNT(*) FROM dead_letters")
        #expect(done, "outcomes: \(outcomeCount), dead letters: \(deadCount)")

        let redelivered = try store.count("SELECT COUNT(*) FROM journal WHERE attempts > 1")
        print("e2e: \(redelivered) listing(s) needed redelivery after the SIGTERM")

        // Every valid listing has exactly one terminal outcome; nothing else has one.
        let ids = Set(events.map(\.listingID))
        let outcomeIDs = try store.rows("SELECT listing_id FROM outcomes").map { $0.text("listing_id") }
        #expect(outcomeIDs.count == 2000)
        #expect(Set(outcomeIDs) == ids)
        #expect(try store.count("SELECT COUNT(*) FROM journal") == 2000)

        // Every violation has a decision and a notice.
        let violations = try store.count("SELECT COUNT(*) FROM outcomes WHERE violation = 1")
        #expect(violations > 300, "the synthetic stream carries ~700 diversions; found \(violations)")
        #expect(try store.count("""
            SELECT COUNT(*) FROM outcomes o WHERE o.violation = 1 AND (
              NOT EXISTS (SELECT 1 FROM decisions d WHERE d.listing_id = o.listing_id AND d.revision = o.revision)
              OR NOT EXISTS (SELECT 1 FROM notices n WHERE n.listing_id = o.listing_id AND n.revision = o.revision))
            """) == 0)
        #expect(try store.count("SELECT COUNT(*) FROM decisions") == violations)
        // No double counting: one decision per listing revision, counts consecutive per merchant and year.
        let ladder = try store.rows("SELECT merchant_id, platform, natural_year, count_after FROM decisions WHERE counted = 1 ORDER BY merchant_id, platform, natural_year, count_after")
        var expectedNext: [String: Int] = [:]
        for row in ladder {
            let key = "\(row.text("merchant_id"))|\(row.text("platform"))|\(row.text("natural_year"))"
            let n = row.int("count_after")
            #expect(n == (expectedNext[key] ?? 0) + 1, "ledger count skipped or doubled for \(key)")
            expectedNext[key] = n
        }

        // The 20 malformed messages are dead letters with the right reasons.
        let letters = try store.rows("SELECT reason, detail, listing_id FROM dead_letters ORDER BY seq")
        #expect(letters.count == 20)
        for expected in bad {
            let match = letters.contains { $0.text("reason") == expected.reason
                && (expected.mentions.isEmpty || ($0.text("detail") + $0.text("listing_id")).contains(expected.mentions)) }
            #expect(match, "no \(expected.reason) dead letter mentioning '\(expected.mentions)'")
        }
        #expect(Set(letters.map { $0.text("reason") }) == ["not_json", "missing_field", "unknown_platform", "text_too_large"])
        #expect(Set(letters.map { $0.text("detail") + "|" + $0.text("listing_id") }).count >= 16, "reasons should be specific")

        // The worker that got SIGTERM drained: it stopped cleanly having sent all it received.
        let victimRow = try store.rows("SELECT state, received, sent, failed FROM workers WHERE worker_id = 'detect-1'").first!
        #expect(victimRow.text("state") == "stopped")
        #expect(victimRow.int("received") == victimRow.int("sent") + victimRow.int("failed"))

        // pipectl status --json agrees with the store.
        let status = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
        let json = try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as! [String: Any]
        let totals = json["totals"] as! [String: Int]
        #expect(totals["journaled"] == 2000)
        #expect(totals["completed"] == 2000)
        #expect(totals["violations"] == violations)
        #expect(totals["notices"] == (try store.count("SELECT COUNT(*) FROM notices")))
        #expect(totals["penalties"] == (try store.count("SELECT COUNT(*) FROM decisions WHERE counted = 1")))
        #expect(totals["dead_letters"] == 20)
        let stages = json["stages"] as! [[String: Any]]
        #expect(Set(stages.compactMap { $0["name"] as? String }).isSuperset(of: ["ingest", "detect", "score", "penalise", "notify"]))
        for stage in stages { #expect(stage["in"] is Int && stage["out"] is Int && stage["failed"] is Int) }

        // A listing's trail is readable.
        let trail = try harness.run("pipectl", ["listing", events[0].listingID, "--json", "--data", harness.data])
        #expect(trail.status == 0 && trail.output.contains("\"hops\""))
        let deadletters = try harness.run("pipectl", ["deadletters", "--json", "--data", harness.data])
        #expect(deadletters.output.contains("text_too_large"))

        // pipectl down leaves no process behind.
        let pids = (state["processes"] as! [[String: Any]]).compactMap { ($0["pid"] as? Int).map(Int32.init) } + [Int32(state["supervisor_pid"] as! Int)]
        let down = try harness.run("pipectl", ["down", "--data", harness.data])
        #expect(down.status == 0)
        for pid in pids { #expect(!isRunning(pid), "process \(pid) still running after pipectl down") }
    }

    @Test("kill -9 of a detect worker mid-stream: the journal redelivers, nothing is lost or counted twice, the supervisor restarts it")
    func killNine() async throws {
        let harness = try Harness(redeliverAfter: 3)
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--scale", "detect=2", "--data", harness.data])
        try #require(up.status == 0, "pipectl up failed: \(up.error)")

        var stream = SyntheticStream(seed: 7, violationRatio: 0.5, merchants: 10, prefix: "k9")
        let events = (0..<600).map { _ in stream.next().event }
        let encoder = JSONEncoder()
        let messages = try events.map { Array(try encoder.encode($0)) }
        let state = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: harness.data + "/run/state.json"))) as! [String: Any]
        let victim = Int32((state["processes"] as! [[String: Any]]).first { $0["name"] as? String == "detect-1" }!["pid"] as! Int)
        let feed = Task.detached { try harness.pushWithPython(messages) }
        usleep(100_000)
        kill(victim, SIGKILL)
        try await feed.value

        let store = try harness.store()
        let done = try harness.waitUntil(timeout: 120) { try store.count("SELECT COUNT(*) FROM outcomes") >= 600 }
        #expect(done)
        #expect(try store.count("SELECT COUNT(*) FROM outcomes") == 600)
        #expect(try store.count("SELECT COUNT(DISTINCT listing_id) FROM outcomes") == 600)
        #expect(try store.count("SELECT COUNT(*) FROM dead_letters") == 0)
        // Redelivered listings were decided once.
        #expect(try store.count("SELECT COUNT(*) FROM decisions") == (try store.count("SELECT COUNT(*) FROM outcomes WHERE violation = 1")))
        #expect(try store.count("SELECT COUNT(*) FROM notices") == (try store.count("SELECT COUNT(*) FROM decisions")))
        // The supervisor brought the worker back.
        let restarted = try harness.waitUntil(timeout: 30) {
            let now = Date().timeIntervalSince1970
            return try store.count("SELECT COUNT(*) FROM workers WHERE stage = 'detect' AND state = 'running' AND last_seen > ?", ["\(now - 3)"]) == 2
        }
        #expect(restarted, "the killed detect worker should be restarted")
    }
}

/// Whether a process exists and is not a zombie.
func isRunning(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
    return stat[stat.index(close, offsetBy: 2)] != "Z"
}

extension Dictionary where Key == String, Value == String? {
    /// A column as text ("" when NULL or absent).
    func text(_ key: String) -> String { (self[key] ?? nil) ?? "" }
    /// A column as an integer (-1 when NULL or not a number).
    func int(_ key: String) -> Int { Int(text(key)) ?? -1 }
}
