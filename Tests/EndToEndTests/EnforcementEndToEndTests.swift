import Foundation
import SluiceModel
import SluiceStore
import Testing

/// One Douyin merchant's year through the real pipeline, an overturned appeal, and notices
/// delivered to a JSON-lines file and an HTTP webhook (a python receiver on 127.0.0.1).
@Suite("Enforcement end to end", .serialized)
struct EnforcementEndToEndTests {
    static func event(_ id: String, _ text: String, category: String = "apparel", observedAt: String, scene: String = "comment") -> [UInt8] {
        let object: [String: Any] = ["listing_id": id, "revision": 1, "platform": "douyin", "merchant_id": "m-e2e", "actor": "merchant",
                                     "category": category, "observed_at": observedAt, "parts": [["scene": scene, "text": text]]]
        return Array(try! JSONSerialization.data(withJSONObject: object))
    }

    /// A webhook receiver: appends {"key": Idempotency-Key, "body": …} per POST to a file.
    static func startReceiver(port: Int, file: String) throws -> Process {
        let script = """
            import json, sys
            from http.server import BaseHTTPRequestHandler, HTTPServer
            out = sys.argv[2]
            class H(BaseHTTPRequestHandler):
                def do_POST(self):
                    n = int(self.headers.get('Content-Length', 0))
                    body = self.rfile.read(n).decode('utf-8')
                    with open(out, 'a') as f:
                        f.write(json.dumps({"key": self.headers.get('Idempotency-Key'), "body": json.loads(body)}, ensure_ascii=False) + "\\n")
                    self.send_response(204); self.end_headers()
                def log_message(self, *a): pass
            HTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, "\(port)", file]
        // Never let the receiver hold the test's own output pipes open.
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("a Douyin merchant's stream: two general violations, a jewelry offline deal, a duplicate, one next year; then an appeal overturned")
    func merchantYear() async throws {
        let webhookPort = try Harness.freePorts(1)[0]
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-hook-\(UUID().uuidString.prefix(6))").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let outbox = root + "/outbox.jsonl"
        let received = root + "/webhook.jsonl"
        let receiver = try Self.startReceiver(port: webhookPort, file: received)
        defer {
            kill(receiver.processIdentifier, SIGKILL)
            receiver.waitUntilExit()
        }

        let harness = try Harness(extra: """
            [notify]
            outbox_file = "\(outbox)"
            webhook = "http://127.0.0.1:\(webhookPort)/notices"
            """)
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data])
        try #require(up.status == 0, "pipectl up failed: \(up.error)")

        let stream = [
            Self.event("L1", "想要的加我微信 shop_aa01 详聊", observedAt: "2026-03-01T10:00:00+08:00"),
            Self.event("L2", "亲，拍之前加vx: shop_bb02 发实拍", observedAt: "2026-05-01T10:00:00+08:00", scene: "detail"),
            Self.event("L3", "这个翡翠镯子想要的姐姐直接来我们店里看货，私下交易价格更低", category: "jewelry",
                       observedAt: "2026-07-01T10:00:00+08:00", scene: "live_speech"),
        ]
        // In order, so the ledger counts them in order.
        for (index, message) in stream.enumerated() {
            #expect(try harness.produce([message]).first?.status == "journaled")
            let store = try harness.store()
            #expect(try harness.waitUntil(timeout: 60) { try store.count("SELECT COUNT(*) FROM records.outcomes") > index })
        }
        #expect(try harness.produce([stream[1]]).first?.status == "duplicate")  // L2 again
        try harness.pushWithPython([Self.event("L4", "需要的加我微信 shop_dd04", observedAt: "2027-01-01T00:10:00+08:00")])
        let store = try harness.store()
        #expect(try harness.waitUntil(timeout: 60) { try store.count("SELECT COUNT(*) FROM records.outcomes") == 4 })
        #expect(try harness.waitUntil(timeout: 30) { try store.count("SELECT COUNT(*) FROM records.notices") == 4 })

        // Appeal the first decision and overturn it.
        let file = try harness.run("pipectl", ["appeal", "file", "dec-L1-r1", "--reason", "这不是我们发的", "--json", "--data", harness.data,
                                               "--pipeline", harness.pipeline])
        try #require(file.status == 0, "appeal file failed: \(file.error)")
        let filed = try JSONSerialization.jsonObject(with: Data(file.output.utf8)) as? [String: Any]
        let appealID = try #require((filed?["appeal"] as? [String: Any])?["appeal_id"] as? String)
        let late = try harness.run("pipectl", ["appeal", "file", "dec-L2-r1", "--reason", "late", "--now", "2099-01-01T00:00:00Z",
                                               "--data", harness.data, "--pipeline", harness.pipeline])
        #expect(late.status == 1 && late.error.contains("window"), "an appeal outside the window is refused: \(late.error)")
        let resolve = try harness.run("pipectl", ["appeal", "resolve", appealID, "--overturn", "--note", "核实为误判", "--data", harness.data,
                                                  "--pipeline", harness.pipeline])
        #expect(resolve.status == 0, "\(resolve.error)")

        // The merchant's record.
        let merchant = try harness.run("pipectl", ["merchant", "m-e2e", "--json", "--data", harness.data, "--pipeline", harness.pipeline])
        let record = try JSONSerialization.jsonObject(with: Data(merchant.output.utf8)) as! [String: Any]
        #expect(record["merchant_id"] as? String == "m-e2e")
        let years = record["years"] as! [[String: Any]]
        #expect(years.map { $0["year"] as? Int } == [2026, 2027])
        let y2026 = years[0]
        #expect(y2026["violations"] as? Int == 2, "L1 was overturned; L2 and L3 stand")
        let decisions = y2026["decisions"] as! [[String: Any]]
        #expect(decisions.map { $0["listing_id"] as? String } == ["L1", "L2", "L3"], "the duplicate of L2 added nothing")
        func actions(_ d: [String: Any]) -> [String] {
            (d["actions"] as! [[String: Any]]).map { a in ([a["kind"] as! String] + (a["amount_cny"].map { ["\($0)"] } ?? [])).joined(separator: ":") }
        }
        #expect(actions(decisions[0]) == ["deduct_deposit:500"])
        #expect(actions(decisions[1]) == ["deduct_deposit:500"])
        #expect(decisions[1]["count_after"] as? Int == 2)
        #expect(decisions[2]["severity"] as? String == "especially_serious")
        #expect(actions(decisions[2]) == ["remove_from_platform", "fine:10000"])
        #expect(decisions[2]["count_after"] as? Int == 3)
        #expect(decisions[0]["state"] as? String == "overturned")
        #expect(decisions[0]["reversed"] as? Bool == true)
        let appeals = try #require(decisions[0]["appeals"] as? [[String: Any]])
        #expect(appeals.count == 1 && appeals[0]["state"] as? String == "overturned" && appeals[0]["note"] as? String == "核实为误判")
        #expect((decisions[1]["appeals"] as? [Any])?.isEmpty == true)
        for d in decisions {
            let decided = try #require(Timestamp.parse(d["decided_at"] as! String))
            let deadline = try #require(Timestamp.parse(d["appeal_deadline"] as! String))
            #expect(abs(deadline - decided - 7 * 86_400) < 1, "Douyin's appeal window is 7 days")
        }
        let y2027 = years[1]
        #expect(y2027["violations"] as? Int == 1)
        let d2027 = (y2027["decisions"] as! [[String: Any]])[0]
        #expect(d2027["count_after"] as? Int == 1)
        #expect(actions(d2027) == ["deduct_deposit:500"])

        // Notices: four penalties and one correction, in the outbox, the file and the webhook, each once.
        #expect(try harness.waitUntil(timeout: 30) { try store.count("SELECT COUNT(*) FROM records.notices WHERE kind = 'correction'") == 1 })
        #expect(try harness.waitUntil(timeout: 30) {
            ((try? String(contentsOfFile: outbox, encoding: .utf8)) ?? "").split(separator: "\n").count >= 5
        })
        let fileLines = try String(contentsOfFile: outbox, encoding: .utf8).split(separator: "\n")
        let fileIDs = try fileLines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }.map { $0["notice_id"] as! String }
        #expect(Set(fileIDs) == ["ntc-dec-L1-r1", "ntc-dec-L2-r1", "ntc-dec-L3-r1", "ntc-dec-L4-r1", "ntc-dec-L1-r1-correction"])
        #expect(try harness.waitUntil(timeout: 10) {
            ((try? String(contentsOfFile: received, encoding: .utf8)) ?? "").split(separator: "\n").count >= 5
        })
        let hooks = try String(contentsOfFile: received, encoding: .utf8).split(separator: "\n")
            .map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(Set(hooks.map { $0["key"] as! String }) == Set(fileIDs))
        let correction = try #require(hooks.first { $0["key"] as? String == "ntc-dec-L1-r1-correction" })
        #expect(((correction["body"] as! [String: Any])["body"] as! String).contains("已撤销"))
        let penalty = try #require(hooks.first { $0["key"] as? String == "ntc-dec-L2-r1" })
        let text = (penalty["body"] as! [String: Any])["body"] as! String
        #expect(text.contains("扣除保证金 500 元") && text.contains("s*******2") && !text.contains("shop_bb02"), "\(text)")
    }
}
