import Foundation
import SluiceLoadgen
import SluiceModel
import SluiceStore
import Testing

/// The real pipeline: pipectl up starts every executable; an independent pyzmq client feeds the
/// acknowledged intake over tcp://127.0.0.1; assertions read the SQLite files and pipectl's JSON.
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

    static func stream(_ n: Int, seed: UInt64, prefix: String, violation: Double = 0.35, merchants: Int = 40) -> [ListingEvent] {
        var stream = SyntheticStream(seed: seed, violationRatio: violation, merchants: merchants, prefix: prefix)
        return (0..<n).map { _ in stream.next().event }
    }

    @Test("2,000 listings and 20 malformed messages through the acknowledged intake; every one acknowledged after its journal commit; SIGTERM on a worker loses nothing")
    func wholePipeline() async throws {
        let harness = try Harness(redeliverAfter: 10, detect: 2)
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "pipectl up failed: \(up.error)")

        let before = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
        #expect(before.status == 0, "status exits 0 when running: \(before.output)")
        let beforeStatus = try JSONSerialization.jsonObject(with: Data(before.output.utf8)) as! [String: Any]
        let detectBefore = (beforeStatus["stages"] as! [[String: Any]]).first { $0["name"] as? String == "detect" }!
        #expect(detectBefore["live"] as? Int == 2)

        let events = Self.stream(2000, seed: 42, prefix: "e2e")
        let valid = events.map(\.jsonBytes)
        let bad = Self.malformed()

        // First half, then SIGTERM one detect worker while the second half streams in.
        let first = try harness.produce(Array(valid[0..<1000]) + bad.prefix(10).map(\.bytes))
        let victim = try harness.pid(of: "detect-1")
        let second = Task.detached { try harness.produce(Array(valid[1000...]) + bad.suffix(10).map(\.bytes)) }
        // The second half has started arriving (the first half journaled 1,010 rows).
        let journal = try harness.store()
        _ = try harness.waitUntil(timeout: 30, interval: 0.02) { try journal.count("SELECT COUNT(*) FROM journal.journal") > 1010 }
        kill(victim, SIGTERM)
        let acks = first + (try await second.value)

        // One ack per message: journaled for every valid listing, dead_letter with the reason for the rest.
        #expect(acks.count == 2020)
        #expect(acks.filter { $0.status == "journaled" }.count == 2000)
        let refused = acks.filter { $0.status == "dead_letter" }
        #expect(refused.count == 20, "acks of the malformed: \((first.suffix(10) + (acks.suffix(10))).map { "\($0.status) \($0.listingID ?? "-") \($0.reason ?? "")" }) \(((try? String(contentsOfFile: harness.data + "/logs/ingest.log", encoding: .utf8)) ?? "").split(separator: "\n").filter { !$0.contains("msg=\"Dead letter\"") || $0.contains("bad-size") })")
        #expect(refused.allSatisfy { $0.reason?.isEmpty == false })
        #expect(refused.contains { $0.reason?.hasPrefix("unknown_platform") == true && $0.listingID == "bad-platform-0" })

        // Sending them all again is harmless: every listing is a duplicate now.
        let again = try harness.produce(Array(valid.prefix(100)))
        #expect(again.allSatisfy { $0.status == "duplicate" })

        let store = try harness.store()
        let done = try harness.waitUntil(timeout: 240) {
            try store.count("SELECT COUNT(*) FROM records.outcomes") >= 2000 && store.count("SELECT COUNT(*) FROM records.dead_letters") >= 20
        }
        let outcomeCount = try store.count("SELECT COUNT(*) FROM records.outcomes")
        #expect(done, "outcomes: \(outcomeCount)")
        print("e2e: \(try store.count("SELECT COUNT(*) FROM journal.journal WHERE attempts > 1")) listing(s) needed redelivery after the SIGTERM")

        // Exactly one terminal record per journaled message, and the journal closes them all.
        let ids = Set(events.map(\.listingID))
        let outcomeIDs = try store.rows("SELECT listing_id FROM records.outcomes").map { $0.text("listing_id") }
        #expect(outcomeIDs.count == 2000)
        #expect(Set(outcomeIDs) == ids)
        #expect(try store.count("SELECT COUNT(*) FROM journal.journal") == 2020)
        #expect(try harness.waitUntil(timeout: 30) { try store.count("SELECT COUNT(*) FROM journal.journal WHERE state = 0") == 0 })
        #expect(try store.count("""
            SELECT COUNT(*) FROM journal.journal j WHERE
              (SELECT COUNT(*) FROM records.outcomes o WHERE o.jseq = j.seq) + (SELECT COUNT(*) FROM records.dead_letters d WHERE d.jseq = j.seq) != 1
            """) == 0)

        // Every violation has a decision and a notice; no counting twice.
        let violations = try store.count("SELECT COUNT(*) FROM records.outcomes WHERE violation = 1")
        #expect(violations > 300, "the synthetic stream carries ~700 diversions; found \(violations)")
        #expect(try store.count("""
            SELECT COUNT(*) FROM records.outcomes o WHERE o.violation = 1 AND (
              NOT EXISTS (SELECT 1 FROM ledger.decisions d WHERE d.listing_id = o.listing_id AND d.revision = o.revision)
              OR NOT EXISTS (SELECT 1 FROM records.notices n WHERE n.listing_id = o.listing_id AND n.revision = o.revision))
            """) == 0)
        #expect(try store.count("SELECT COUNT(*) FROM ledger.decisions") == violations)
        let ladder = try store.rows("""
            SELECT merchant_id, platform, natural_year, json_extract(unpacked(body), '$.count_after') AS count_after
            FROM ledger.decisions WHERE counted = 1 ORDER BY decided_at, seq
            """)
        var expectedNext: [String: Int] = [:]
        for row in ladder {
            let key = "\(row.text("merchant_id"))|\(row.text("platform"))|\(row.text("natural_year"))"
            let n = try #require(Int(row.text("count_after")))
            #expect(n == (expectedNext[key] ?? 0) + 1, "ledger count skipped or doubled for \(key)")
            expectedNext[key] = n
        }
        #expect(try store.count("SELECT COALESCE(SUM(count), 0) FROM ledger.counts") == ladder.count)

        // The 20 malformed messages are dead letters with the right reasons.
        let letters = try store.rows("SELECT reason, detail, listing_id FROM records.dead_letters ORDER BY seq")
        #expect(letters.count == 20)
        for expected in bad {
            let match = letters.contains { $0.text("reason") == expected.reason
                && (expected.mentions.isEmpty || ($0.text("detail") + $0.text("listing_id")).contains(expected.mentions)) }
            #expect(match, "no \(expected.reason) dead letter mentioning '\(expected.mentions)'")
        }

        // The worker that got SIGTERM drained: it stopped cleanly having sent all it received.
        let victimRow = try #require(try store.workers().first { $0.workerID == "detect-1" })
        #expect(victimRow.state == "stopped")
        #expect(victimRow.received == victimRow.sent + victimRow.failed)

        // pipectl status --json agrees with the store, and says a worker is missing (exit 3).
        // (Heartbeats come every second: wait for the recorder's to count everything.)
        var status = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
        _ = try harness.waitUntil(timeout: 10) {
            status = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
            let json = try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as! [String: Any]
            let recorder = (json["stages"] as! [[String: Any]]).first { $0["name"] as? String == "recorder" }
            return (recorder?["in"] as? Int ?? 0) >= 2020
        }
        #expect(status.status == 3, "degraded: detect-1 exited cleanly and was not restarted")
        let json = try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as! [String: Any]
        let totals = json["totals"] as! [String: Int]
        #expect(totals["journaled"] == 2000)
        #expect(totals["refused"] == 20)
        #expect(totals["completed"] == 2000)
        #expect(totals["violations"] == violations)
        #expect(totals["notices"] == (try store.count("SELECT COUNT(*) FROM records.notices")))
        #expect(totals["penalties"] == (try store.count("SELECT COUNT(*) FROM ledger.decisions WHERE counted = 1")))
        #expect(totals["dead_letters"] == 20)
        #expect((totals["intake_duplicates"] ?? 0) >= 100, "every resend was a duplicate")
        let stages = json["stages"] as! [[String: Any]]
        #expect(Set(stages.compactMap { $0["name"] as? String }).isSuperset(of: ["ingest", "detect", "score", "penalise", "notify"]))
        let recorderStage = try #require(stages.first { $0["name"] as? String == "recorder" })
        #expect((recorderStage["in"] as? Int ?? 0) >= 2020 && (recorderStage["in"] as? Int ?? 0) < 2020 + violations + 200,
                "the recorder counts records, not heartbeats")

        // A listing's trail is readable.
        let trail = try harness.run("pipectl", ["listing", events[0].listingID, "--json", "--data", harness.data])
        #expect(trail.status == 0 && trail.output.contains("\"hops\""))
        let missing = try harness.run("pipectl", ["listing", "no-such-listing", "--data", harness.data])
        #expect(missing.status == 1 && missing.error.contains("no listing"))
        let deadletters = try harness.run("pipectl", ["deadletters", "--json", "--data", harness.data])
        #expect(deadletters.output.contains("text_too_large"))

        // pipectl down leaves no process behind.
        let pids = try Self.pids(harness)
        let down = try harness.run("pipectl", ["down", "--data", harness.data])
        #expect(down.status == 0)
        for pid in pids { #expect(!isRunning(pid), "process \(pid) still running after pipectl down") }
        let stopped = try harness.run("pipectl", ["status", "--data", harness.data])
        #expect(stopped.status == 4, "status exits 4 when stopped")
    }

    static func pids(_ harness: Harness) throws -> [Int32] {
        let state = try harness.state()
        return (state["processes"] as! [[String: Any]]).compactMap { ($0["pid"] as? Int).map(Int32.init) }
            + [Int32(state["supervisor_pid"] as! Int), Int32(state["standby_pid"] as? Int ?? 0)].filter { $0 > 0 }
    }

    @Test("kill -9 of a detect worker mid-stream: the journal redelivers, nothing is lost or counted twice, it is back within a second")
    func killNine() async throws {
        let harness = try Harness(redeliverAfter: 3, detect: 2)
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data])
        try #require(up.status == 0, "pipectl up failed: \(up.error)")
        let messages = Self.stream(600, seed: 7, prefix: "k9", violation: 0.5, merchants: 10).map(\.jsonBytes)
        let victim = try harness.pid(of: "detect-1")
        let feed = Task.detached { try harness.produce(messages) }
        // The stream is flowing before the kill.
        let journal = try harness.store()
        _ = try harness.waitUntil(timeout: 30, interval: 0.02) { try journal.count("SELECT COUNT(*) FROM journal.journal") > 0 }
        let killedAt = Date()
        kill(victim, SIGKILL)
        var backAt: Date?
        _ = try harness.waitUntil(timeout: 10, interval: 0.02) {
            let pid = try harness.pid(of: "detect-1")
            if pid != victim && pid > 0 && isRunning(pid) { backAt = Date(); return true }
            return false
        }
        let restart = try #require(backAt).timeIntervalSince(killedAt)
        #expect(restart < 1.5, "restarted after \(restart) s")
        let acks = try await feed.value
        #expect(acks.allSatisfy { $0.status == "journaled" })

        let store = try harness.store()
        #expect(try harness.waitUntil(timeout: 120) { try store.count("SELECT COUNT(*) FROM records.outcomes") >= 600 })
        #expect(try store.count("SELECT COUNT(*) FROM records.outcomes") == 600)
        #expect(try store.count("SELECT COUNT(DISTINCT listing_id) FROM records.outcomes") == 600)
        #expect(try store.count("SELECT COUNT(*) FROM records.dead_letters") == 0)
        #expect(try store.count("SELECT COUNT(*) FROM ledger.decisions") == (try store.count("SELECT COUNT(*) FROM records.outcomes WHERE violation = 1")))
        #expect(try harness.waitUntil(timeout: 30) {
            try store.count("SELECT COUNT(*) FROM records.notices") == (try store.count("SELECT COUNT(*) FROM ledger.decisions"))
        })
        // Status shows the restart.
        #expect(try harness.waitUntil(timeout: 10) {
            let status = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
            let json = try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as! [String: Any]
            let detect = (json["stages"] as! [[String: Any]]).first { $0["name"] as? String == "detect" }!
            return status.status == 0 && (detect["restarts"] as? Int ?? 0) >= 1 && detect["live"] as? Int == 2
        })
    }

    @Test("chaos: 30+ SIGKILLs across every process kind while an independent producer streams; nothing lost, nothing twice, every penalty noticed")
    func chaos() throws {
        let script = Harness.packageRoot.appendingPathComponent("ops/chaos.py").path
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-chaos-\(UUID().uuidString.prefix(6))").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let result = try Harness.exec("/usr/bin/env", ["python3", script, "--count", "3000", "--kills", "32", "--min", "0.3", "--max", "0.9",
                                                       "--redeliver", "3", "--seed", "4242", "--json", "--data", data,
                                                       "--bin", Harness.binDirectory, "--settle", "240"], timeout: 600)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.error)")
        print("chaos: \(result.output)")
        let byKind = report["kills_by_kind"] as! [String: Int]
        #expect((report["kills"] as? Int ?? 0) >= 30)
        for kind in ["ingest", "relay", "detect", "score", "penalise", "notify", "recorder", "supervisor"] {
            #expect((byKind[kind] ?? 0) >= 1, "no \(kind) was killed")
        }
        #expect(report["acknowledged"] as? Int == 3000)
        #expect(report["lost"] as? Int == 0)
        #expect(report["double_terminal"] as? Int == 0)
        #expect(report["decisions_without_notice"] as? Int == 0)
        #expect(report["duplicate_notices"] as? Int == 0)
        #expect(report["duplicate_decisions"] as? Int == 0)
        #expect(report["ledger_counts_mismatch"] as? Int == 0)
        #expect(report["merchant_years_fewer_counted_than_violating"] as? Int == 0)
        #expect(report["processes_left_after_down"] as? Int == 0)
        #expect((report["integrity"] as? [String: String])?.values.allSatisfy { $0 == "ok" } == true)
        #expect(report["ok"] as? Bool == true)
    }

    @Test("a 200 MB message is refused unread: one dead letter, and ingest's memory does not grow with it")
    func hugeMessage() throws {
        let harness = try Harness()
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data])
        try #require(up.status == 0, "pipectl up failed: \(up.error)")
        let ingest = try harness.pid(of: "ingest")
        // A valid listing first, so the producer's connection is established and accepted.
        let first = try harness.produce([Self.stream(1, seed: 1, prefix: "big")[0].jsonBytes])
        #expect(first.first?.status == "journaled")
        let before = peakRSS(ingest)
        let script = """
            import sys, zmq
            ctx = zmq.Context(); s = ctx.socket(zmq.PUSH); s.connect(sys.argv[1])
            # Queued until the connection is up; close waits (bounded) until it has gone or ingest
            # has cut the connection.
            s.send(b'{"listing_id":"huge","revision":1,"text":"' + b'x' * (200 * 1024 * 1024) + b'"}')
            s.close(linger=20000); ctx.term()
            """
        let sent = try Harness.exec("/usr/bin/env", ["python3", "-c", script, harness.feed], timeout: 120)
        #expect(sent.status == 0, "\(sent.error)")
        let store = try harness.store()
        let refused = try harness.waitUntil(timeout: 30) {
            try store.count("SELECT COUNT(*) FROM records.dead_letters WHERE reason = 'message_too_large'") == 1
        }
        #expect(refused, "ingest's log: \((try? String(contentsOfFile: harness.data + "/logs/ingest.log", encoding: .utf8)) ?? "-")")
        let after = peakRSS(ingest)
        #expect(after - before < 16 * 1_048_576, "ingest's peak RSS grew by \((after - before) / 1_048_576) MB")
        let letter = try store.rows("SELECT detail, raw_bytes FROM records.dead_letters WHERE reason = 'message_too_large'")
        #expect(letter.first?.text("detail").contains("refused unread") == true)
        // The pipeline goes on.
        let next = try harness.produce([Self.stream(1, seed: 2, prefix: "after")[0].jsonBytes])
        #expect(next.first?.status == "journaled")
    }

    @Test("up refuses while the pipeline runs; after the supervisor and its standby are killed, up adopts the running processes — never a second ledger")
    func upAfterKilledSupervisor() throws {
        let harness = try Harness()
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data])
        try #require(up.status == 0, "pipectl up failed: \(up.error)")
        let again = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data])
        #expect(again.status == 1 && again.error.contains("already running"), "\(again.error)")

        let penalise = try harness.pid(of: "penalise")
        let state = try harness.state()
        kill(Int32(state["standby_pid"] as! Int), SIGKILL)
        kill(Int32(state["supervisor_pid"] as! Int), SIGKILL)
        _ = try harness.waitUntil(timeout: 10, interval: 0.1) { try harness.run("pipectl", ["status", "--data", harness.data]).status == 3 }
        let status = try harness.run("pipectl", ["status", "--data", harness.data])
        #expect(status.status == 3 && status.output.contains("supervisor"), "status shows the unsupervised processes: \(status.output)")

        let adopt = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data])
        #expect(adopt.status == 0, "\(adopt.error)")
        #expect(adopt.error.contains("Adopting"))
        #expect(try harness.pid(of: "penalise") == penalise, "the same penalise keeps the ledger")
        let penalises = try Harness.exec("/usr/bin/pgrep", ["-f", "sluice-penalise.*--data \(harness.data)"]).output
            .split(separator: "\n").filter { !$0.isEmpty }
        #expect(penalises.count == 1)
        // A second penalise on the same ledger is refused by the ledger's lock.
        let second = try harness.run("sluice-penalise", ["--pipeline", harness.pipeline, "--data", harness.data, "--worker-id", "p2"], timeout: 20)
        #expect(second.status != 0 && second.error.contains("held by"), "\(second.error)")
        // The adopted processes are supervised again: a kill is restarted.
        kill(penalise, SIGKILL)
        #expect(try harness.waitUntil(timeout: 10) { let p = try harness.pid(of: "penalise"); return p != penalise && p > 0 && isRunning(p) })
    }
}

/// Whether a process exists and is not a zombie.
func isRunning(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 else { return false }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
    return stat[stat.index(close, offsetBy: 2)] != "Z"
}

/// A process's peak resident memory (VmHWM), bytes.
func peakRSS(_ pid: Int32) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kb * 1024
}

extension Dictionary where Key == String, Value == String? {
    /// A column as text ("" when NULL or absent).
    func text(_ key: String) -> String { (self[key] ?? nil) ?? "" }
    /// A column as an integer (-1 when NULL or not a number).
    func int(_ key: String) -> Int { Int(text(key)) ?? -1 }
}

@Suite("A full disk", .serialized)
struct DiskFullTests {
    @Test("a full disk: no acknowledgement runs ahead of the journal while it is full; everything is acknowledged once space returns; nothing is lost")
    func diskFull() throws {
        guard getuid() == 0 else {
            Issue.record("this test mounts a small tmpfs and needs root (CI runs as root)")
            return
        }
        let mount = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-full-\(UUID().uuidString.prefix(6))").path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        let mounted = try Harness.exec("/bin/mount", ["-t", "tmpfs", "-o", "size=24m", "tmpfs", mount])
        try #require(mounted.status == 0, "mount: \(mounted.error)")
        defer {
            _ = try? Harness.exec("/bin/umount", ["-l", mount])
            try? FileManager.default.removeItem(atPath: mount)
        }
        let harness = try Harness(redeliverAfter: 3, data: mount + "/data")
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data])
        try #require(up.status == 0, "pipectl up failed: \(up.error)")
        let warm = PipelineEndToEndTests.stream(100, seed: 5, prefix: "warm").map(\.jsonBytes)
        #expect(try harness.produce(warm).allSatisfy { $0.status == "journaled" })

        // Fill the disk to the last byte.
        let filler = mount + "/filler"
        _ = try Harness.exec("/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=64k"], timeout: 60)
        let messages = PipelineEndToEndTests.stream(400, seed: 6, prefix: "full").map(\.jsonBytes)
        let progress = harness.root.appendingPathComponent("acked.txt").path
        let script = """
            import base64, json, sys, time, zmq
            msgs = [base64.b64decode(l) for l in open(sys.argv[2]).read().split() if l]
            keys = [f"{json.loads(m)['listing_id']}#1" for m in msgs]
            ctx = zmq.Context(); s = ctx.socket(zmq.DEALER); s.setsockopt(zmq.LINGER, 0); s.connect(sys.argv[1])
            pending = {k: (m, 0.0) for k, m in zip(keys, msgs)}
            acked = set(); deadline = time.time() + 240
            while pending and time.time() < deadline:
                now = time.time()
                for k, (m, t) in list(pending.items()):
                    if now - t > 2: s.send(m); pending[k] = (m, now)
                while s.poll(100):
                    a = json.loads(s.recv()); k = f"{a['listing_id']}#{a['revision']}"
                    if k in pending and a['status'] in ('journaled', 'duplicate'): pending.pop(k); acked.add(k)
                open(sys.argv[3] + '.tmp', 'w').write('\\n'.join(sorted(acked))); import os; os.replace(sys.argv[3] + '.tmp', sys.argv[3])
            print(len(acked))
            """
        let file = try harness.writeMessages(messages)
        let producer = Process()
        producer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        producer.arguments = ["python3", "-c", script, harness.intake, file, progress]
        producer.standardOutput = FileHandle.nullDevice
        producer.standardError = FileHandle.nullDevice
        try producer.run()
        defer { if producer.isRunning { producer.terminate() } }
        // The keys the producer has had acknowledged; nil until it has started and reported once.
        func ackedKeys() -> Set<String>? {
            guard let text = try? String(contentsOfFile: progress, encoding: .utf8) else { return nil }
            return Set(text.split(separator: "\n").map(String.init))
        }
        func acked() -> Int { ackedKeys()?.count ?? 0 }

        // While the disk is full the count stops short of everything: once the producer reports, wait
        // until the count has not moved for three seconds. Commits that fit in space SQLite already
        // holds (a WAL starting over inside its old length) may still be acknowledged before it
        // stops; that is durable, so it is allowed. What is not: an acknowledgement without its row.
        var last = -1
        var since = Date()
        let stalled = harness.waitUntil(timeout: 90, interval: 0.2) {
            guard let now = ackedKeys()?.count else { return false }
            if now != last { last = now; since = Date(); return false }
            return now < messages.count && Date().timeIntervalSince(since) >= 3
        }
        #expect(stalled, "acknowledgements should stop while the disk is full (now \(acked()) of \(messages.count))")
        let whileFull = ackedKeys() ?? []
        #expect(whileFull.count < messages.count, "the disk should have filled before everything was journaled")
        // Every acknowledgement given while the disk is full is a row in the journal: an
        // acknowledgement never runs ahead of the disk.
        let journaled = try Set(harness.store().rows("SELECT listing_id || '#' || revision AS k FROM journal.journal WHERE listing_id LIKE 'full-%'").map { $0.text("k") })
        #expect(whileFull.isSubset(of: journaled), "acknowledged but not journaled: \(whileFull.subtracting(journaled).sorted().prefix(5))")

        // Space returns: everything is acknowledged and finished, nothing lost.
        try FileManager.default.removeItem(atPath: filler)
        #expect(harness.waitUntil(timeout: 120) { acked() == messages.count }, "acknowledged after space returned: \(acked())")
        let store = try harness.store()
        #expect(try harness.waitUntil(timeout: 120) {
            try store.count("SELECT COUNT(*) FROM records.outcomes WHERE listing_id LIKE 'full-%'") == messages.count
        })
        #expect(try store.count("SELECT COUNT(*) FROM journal.journal WHERE listing_id LIKE 'full-%'") == messages.count)
        #expect(try store.count("SELECT COUNT(*) FROM records.dead_letters") == 0)
        #expect(try harness.waitUntil(timeout: 60) { try store.count("SELECT COUNT(*) FROM records.outcomes") == 500 })
        print("disk full: \(whileFull.count) of \(messages.count) acknowledged before the disk filled; all after it emptied")
    }
}
