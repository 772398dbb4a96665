import Foundation
import SluiceModel
import SluiceStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The operator's contract over the real executables: `up` fails fast and starts nothing when
/// anything is wrong, the exit-code table (one test per row), dead-letter re-drive exactly
/// once, appeal history, and a load generator that says when something is wrong.
@Suite("Operator contract", .serialized)
struct OperatorContractTests {
    /// Processes whose command line names `path` (the data folder: every stage gets --data).
    static func processes(naming path: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard pid != getpid(), let raw = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: raw.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self).contains(path)
        }
    }

    @Test("up with a broken policy and a port in use fails before spawning anything, lists every problem, and leaves no process")
    func upFailsFast() throws {
        let harness = try Harness()
        defer { harness.tearDown() }
        // A copy of the policies with one broken value, and the intake's port taken.
        let policies = harness.root.appendingPathComponent("policies").path
        try FileManager.default.copyItem(atPath: Harness.packageRoot.appendingPathComponent("pipelines/policies").path, toPath: policies)
        let douyin = policies + "/douyin.toml"
        try (try String(contentsOfFile: douyin, encoding: .utf8)).replacingOccurrences(of: "appeal_days = 7", with: "appeal_days = \"seven\"")
            .write(toFile: douyin, atomically: true, encoding: .utf8)
        var text = try String(contentsOfFile: harness.pipeline, encoding: .utf8)
        text = text.replacingOccurrences(of: Harness.packageRoot.appendingPathComponent("pipelines").path + "/policies", with: policies)
        try text.write(toFile: harness.pipeline, atomically: true, encoding: .utf8)
        let blocker = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(blocker) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = in_port_t(UInt16(harness.ports[0]).bigEndian)
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(blocker, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        try #require(bound == 0 && listen(blocker, 1) == 0)

        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data, "--timeout", "60"])
        #expect(up.status == 1)
        #expect(up.error.contains("nothing was started"), "\(up.error)")
        #expect(up.error.contains("douyin.toml") && up.error.contains("appeal_days"), "the policy problem is named: \(up.error)")
        #expect(up.error.contains("\(harness.ports[0])"), "the busy port is named: \(up.error)")
        #expect(!up.error.contains("NSCocoaErrorDomain") && !up.error.contains("DecodingError"))
        #expect(Self.processes(naming: harness.data).isEmpty, "processes left: \(Self.processes(naming: harness.data))")
        let logs = (try? FileManager.default.contentsOfDirectory(atPath: harness.data + "/logs")) ?? []
        #expect(!logs.contains { $0.hasPrefix("detect") || $0.hasPrefix("ingest") }, "a stage was spawned: \(logs)")
    }

    // MARK: The exit-code table (README, "Exit codes"), one test per row.

    @Test("exit 0: success (--version of every executable; a command that works)")
    func exitSuccess() throws {
        for name in ["pipectl", "sluice-ingest", "sluice-detect", "sluice-score", "sluice-penalise", "sluice-notify", "sluice-recorder",
                     "sluice-relay", "sluice-loadgen"] {
            let r = try Harness.exec((Harness.binDirectory as NSString).appendingPathComponent(name), ["--version"])
            #expect(r.status == 0 && !r.output.isEmpty, "\(name) --version: \(r.status) \(r.error)")
        }
        let keys = try Harness.exec((Harness.binDirectory as NSString).appendingPathComponent("pipectl"), ["keys", "--help"])
        #expect(keys.status == 0)
    }

    @Test("exit 1: not found or refused; under --json the error is JSON")
    func exitFailure() throws {
        let harness = try Harness()
        defer { harness.tearDown() }
        let missing = try harness.run("pipectl", ["listing", "no-such-listing", "--data", harness.data])
        #expect(missing.status == 1 && !missing.error.contains("Usage:"), "\(missing.status) \(missing.error)")
        let json = try harness.run("pipectl", ["listing", "no-such-listing", "--json", "--data", harness.data])
        #expect(json.status == 1)
        let error = try #require(try? JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any], "not JSON: \(json.output)")
        #expect((error["error"] as? [String: Any])?["message"] as? String != nil)
        let resolve = try harness.run("pipectl", ["appeal", "resolve", "apl-nothing", "--reject", "--data", harness.data, "--pipeline", harness.pipeline])
        #expect(resolve.status == 1, "\(resolve.status) \(resolve.error)")
    }

    @Test("exit 64: a usage error, with that subcommand's usage")
    func exitUsage() throws {
        let pipectl = (Harness.binDirectory as NSString).appendingPathComponent("pipectl")
        let noID = try Harness.exec(pipectl, ["listing"])
        #expect(noID.status == 64 && noID.error.contains("pipectl listing <id>"), "\(noID.status) \(noID.error)")
        let unknown = try Harness.exec(pipectl, ["frobnicate"])
        #expect(unknown.status == 64)
        let both = try Harness.exec(pipectl, ["appeal", "resolve", "apl-1", "--overturn", "--reject"])
        #expect(both.status == 64, "\(both.status) \(both.error)")
    }

    @Test("status exits 4 when stopped, 0 when healthy, 3 when degraded; up on a running pipeline exits 1")
    func exitStatus() throws {
        let harness = try Harness(detect: 2)
        defer { harness.tearDown() }
        let stopped = try harness.run("pipectl", ["status", "--data", harness.data])
        #expect(stopped.status == 4)
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "\(up.error)")
        #expect(try harness.run("pipectl", ["status", "--data", harness.data]).status == 0)
        let again = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data])
        #expect(again.status == 1 && !again.error.contains("Usage:"), "\(again.status) \(again.error)")
        // A worker that stops answering (SIGSTOP) makes the pipeline degraded until it resumes.
        let victim = try harness.pid(of: "detect-2")
        kill(victim, SIGSTOP)
        defer { kill(victim, SIGCONT) }
        #expect(try harness.waitUntil(timeout: 60) { try harness.run("pipectl", ["status", "--data", harness.data]).status == 3 })
        let json = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
        #expect(json.status == 3 && json.output.contains("\"degraded\""))
        kill(victim, SIGCONT)
        #expect(try harness.waitUntil(timeout: 60) { try harness.run("pipectl", ["status", "--data", harness.data]).status == 0 })
    }

    // MARK: Dead letters and appeals

    @Test("deadletters retry: listings stuck on a frozen worker exhaust their attempts while others finish; late results add no second record; after the fix a retry completes each exactly once")
    func deadLetterRedrive() throws {
        let harness = try Harness(redeliverAfter: 1, maxAttempts: 1, detect: 2)
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "\(up.error)")
        // One detect worker freezes: what it holds gets no result while the other finishes the rest.
        let frozen = try harness.pid(of: "detect-2")
        kill(frozen, SIGSTOP)
        var resumed = false
        defer { if !resumed { kill(frozen, SIGCONT) } }
        let count = 80
        let events = PipelineEndToEndTests.stream(count, seed: 5, prefix: "redrive").map(\.jsonBytes)
        // In small groups, so the relay hands some of them to each worker.
        for group in stride(from: 0, to: count, by: 8) {
            #expect(try harness.produce(Array(events[group..<min(count, group + 8)])).allSatisfy { $0.status == "journaled" })
        }
        let store = try harness.store()
        let terminal = "SELECT (SELECT COUNT(*) FROM records.outcomes) + (SELECT COUNT(*) FROM records.dead_letters)"
        #expect(try harness.waitUntil(timeout: 120) { try store.count(terminal) == count })
        let letters = try store.count("SELECT COUNT(*) FROM records.dead_letters WHERE reason = 'attempts_exhausted'")
        #expect(letters >= 1, "no listing exhausted its attempts")
        let summary = try harness.run("pipectl", ["deadletters", "list", "--summary", "--json", "--data", harness.data])
        #expect(summary.status == 0 && summary.output.contains("attempts_exhausted"), "\(summary.output)")

        // The worker wakes up and finishes what it held: no listing gets a second terminal record.
        kill(frozen, SIGCONT)
        resumed = true
        // It is back (status healthy again: it beats after its first turn through what it held),
        // and the recorder has taken in everything it was sent (its count stops moving).
        #expect(try harness.waitUntil(timeout: 60) { try harness.run("pipectl", ["status", "--data", harness.data]).status == 0 })
        func recorderIn() throws -> Int {
            let status = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
            let json = try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any]
            return ((json?["stages"] as? [[String: Any]])?.first { $0["name"] as? String == "recorder" }?["in"] as? Int) ?? -1
        }
        var lastIn = -1
        _ = try harness.waitUntil(timeout: 30, interval: 1) {
            let now = try recorderIn()
            defer { lastIn = now }
            return now == lastIn
        }
        #expect(try store.count(terminal) == count)
        #expect(try store.count("""
            SELECT COUNT(*) FROM records.dead_letters d JOIN records.outcomes o ON o.jseq = d.jseq WHERE d.state = 'open'
            """) == 0)

        // The fix is in place (the worker runs): re-drive them.
        let retry = try harness.run("pipectl", ["deadletters", "retry", "--reason", "attempts_exhausted", "--data", harness.data, "--pipeline", harness.pipeline])
        #expect(retry.status == 0, "\(retry.output) \(retry.error)")
        #expect(try harness.waitUntil(timeout: 90) { try store.count("SELECT COUNT(*) FROM records.outcomes") == count })
        // A second retry finds nothing open; nothing is recorded twice.
        let second = try harness.run("pipectl", ["deadletters", "retry", "--reason", "attempts_exhausted", "--data", harness.data, "--pipeline", harness.pipeline])
        #expect(second.status == 1 && second.error.contains("no open dead letter"), "\(second.status) \(second.error)")
        #expect(try store.count("SELECT COUNT(*) FROM records.outcomes") == count)
        #expect(try store.count("SELECT COUNT(DISTINCT listing_id) FROM records.outcomes") == count)
        let open = try harness.run("pipectl", ["deadletters", "list", "--json", "--data", harness.data])
        #expect(!open.output.contains("redrive-"), "\(open.output)")
        let retried = try harness.run("pipectl", ["deadletters", "list", "--state", "retried", "--json", "--data", harness.data])
        #expect(retried.output.components(separatedBy: "\"attempts_exhausted\"").count - 1 == letters,
                "the history keeps every re-driven letter as retried: \(retried.output)")
    }

    @Test("appeal history: a rejected appeal and its note stay on the record; a second appeal is refused by the policy's rule")
    func appealHistory() throws {
        let harness = try Harness()
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "\(up.error)")
        let now = ISO8601DateFormatter().string(from: Date())
        let event = EnforcementEndToEndTests.event("AP1", "想要的加我微信 shop_ap01 详聊", observedAt: now)
        #expect(try harness.produce([event]).first?.status == "journaled")
        let store = try harness.store()
        #expect(try harness.waitUntil(timeout: 60) { try store.count("SELECT COUNT(*) FROM ledger.decisions") == 1 })
        let decision = try store.rows("SELECT decision_id FROM ledger.decisions").first!.text("decision_id")
        let filed = try harness.run("pipectl", ["appeal", "file", decision, "--reason", "不是我们发的", "--json", "--data", harness.data, "--pipeline", harness.pipeline])
        try #require(filed.status == 0, "\(filed.error)")
        let appealID = try #require(((try JSONSerialization.jsonObject(with: Data(filed.output.utf8)) as? [String: Any])?["appeal"] as? [String: Any])?["appeal_id"] as? String)
        let rejected = try harness.run("pipectl", ["appeal", "resolve", appealID, "--reject", "--note", "证据清楚", "--data", harness.data, "--pipeline", harness.pipeline])
        #expect(rejected.status == 0, "\(rejected.error)")
        let second = try harness.run("pipectl", ["appeal", "file", decision, "--reason", "再申诉", "--data", harness.data, "--pipeline", harness.pipeline])
        #expect(second.status == 1 && second.error.contains("appeals_per_decision"), "\(second.status) \(second.error)")
        let merchant = try harness.run("pipectl", ["merchant", "m-e2e", "--json", "--data", harness.data])
        #expect(merchant.status == 0)
        #expect(merchant.output.contains(appealID) && merchant.output.contains("证据清楚") && merchant.output.contains("rejected"), "\(merchant.output)")
        let listing = try harness.run("pipectl", ["listing", "AP1", "--data", harness.data])
        #expect(listing.output.contains(appealID) && listing.output.contains("rejected"), "\(listing.output)")
    }

    // MARK: The load generator

    @Test("sluice-loadgen: a missing file is an error before any socket opens; an unreachable intake exits non-zero; --max-p99 trips; the sample file sent twice (its bad lines refused again, recorded once) finishes clean both times")
    func loadgen() throws {
        let harness = try Harness()
        defer { harness.tearDown() }
        let missing = try harness.run("sluice-loadgen", ["--from-file", harness.root.appendingPathComponent("missing.jsonl").path,
                                                         "--endpoint", harness.intake], timeout: 30)
        #expect(missing.status != 0 && missing.error.contains("no such file"), "\(missing.status) \(missing.error)")
        let unreachable = try harness.run("sluice-loadgen", ["--count", "20", "--endpoint", harness.intake, "--connect-timeout", "2",
                                                             "--pipeline", harness.pipeline, "--data", harness.data], timeout: 60)
        #expect(unreachable.status == 1, "\(unreachable.status) \(unreachable.output) \(unreachable.error)")
        #expect(unreachable.error.contains("no acknowledgement"))

        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "\(up.error)")
        let ok = try harness.run("sluice-loadgen", ["--count", "200", "--rate", "400", "--pipeline", harness.pipeline, "--data", harness.data, "--json"])
        #expect(ok.status == 0, "\(ok.output) \(ok.error)")
        let gated = try harness.run("sluice-loadgen", ["--count", "200", "--rate", "400", "--seed", "2", "--max-p99", "0.001",
                                                       "--pipeline", harness.pipeline, "--data", harness.data])
        #expect(gated.status == 1 && (gated.error + gated.output).contains("p99"), "\(gated.status) \(gated.output) \(gated.error)")
        // What ops/run.sh does on a second run: the same sample file, bad lines and all.
        let sample = Harness.packageRoot.appendingPathComponent("pipelines/samples/listings.jsonl").path
        for round in 1...2 {
            let sent = try harness.run("sluice-loadgen", ["--from-file", sample, "--rate", "200", "--json",
                                                          "--pipeline", harness.pipeline, "--data", harness.data])
            #expect(sent.status == 0, "round \(round): \(sent.status) \(sent.output) \(sent.error)")
            #expect(sent.output.contains("\"missing\": 0"), "round \(round): \(sent.output)")
        }
    }
}
