import Foundation
import SluiceModel
import SluiceStore
import Testing

/// Forged traffic from a foreign process (pyzmq) against the running pipeline: every attempt
/// that succeeded against the first release is refused — nothing stored, counted or received.
/// Run with PLAIN (loopback default: a foreign process knows no pipeline token, or another
/// pipeline's) and with CURVE (a foreign process has no listed key). Positive controls with
/// the pipeline's own credentials show that the very same messages are well-formed and would
/// land, so a refusal cannot be an artefact of a bad forgery; role checks show that even a
/// member may send only what its role may.
@Suite("Security end to end", .serialized)
struct SecurityEndToEndTests {
    enum Mode: String, CaseIterable { case plain, curve }

    /// How a foreign client authenticates.
    struct Auth {
        var mechanism: String
        var user = ""
        var password = ""
        var serverKey = ""
        var publicKey = ""
        var secretKey = ""

        static let null = Auth(mechanism: "null")

        var json: [String: String] {
            ["mech": mechanism, "user": user, "password": password, "server_key": serverKey, "public": publicKey, "secret": secretKey]
        }
    }

    /// A pyzmq client: `push` sends each message (frames) and waits for linger; `pull` counts
    /// what it receives for `seconds`. Prints {"sent"|"received": n}.
    static let client = """
        import base64, json, sys, time, zmq
        spec = json.load(open(sys.argv[1]))
        ctx = zmq.Context()
        s = ctx.socket(zmq.PUSH if spec["kind"] == "push" else zmq.PULL)
        a = spec["auth"]
        if a["mech"] == "plain":
            s.plain_username = a["user"].encode(); s.plain_password = a["password"].encode()
        elif a["mech"] == "curve":
            s.curve_serverkey = a["server_key"].encode(); s.curve_publickey = a["public"].encode(); s.curve_secretkey = a["secret"].encode()
        s.setsockopt(zmq.LINGER, 1500)
        s.connect(spec["endpoint"])
        if spec["kind"] == "push":
            n = 0
            for m in spec["messages"]:
                s.send_multipart([base64.b64decode(f) for f in m]); n += 1
            s.close(); ctx.term(); print(json.dumps({"sent": n}))  # LINGER lets what was admitted go first
        else:
            n = 0; end = time.time() + float(spec["seconds"])
            while time.time() < end:
                if s.poll(100):
                    s.recv_multipart(); n += 1
            s.setsockopt(zmq.LINGER, 0); s.close(); ctx.term(); print(json.dumps({"received": n}))
        """

    static func run(_ harness: Harness, kind: String, endpoint: String, auth: Auth, messages: [[[UInt8]]] = [],
                    seconds: Double = 0) throws -> Int {
        let spec: [String: Any] = ["kind": kind, "endpoint": endpoint, "auth": auth.json, "seconds": seconds,
                                   "messages": messages.map { $0.map { Data($0).base64EncodedString() } }]
        let file = harness.root.appendingPathComponent("forge-\(UUID().uuidString.prefix(6)).json").path
        try JSONSerialization.data(withJSONObject: spec).write(to: URL(fileURLWithPath: file))
        let result = try Harness.exec("/usr/bin/env", ["python3", "-c", client, file], timeout: seconds + 60)
        guard result.status == 0, let out = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Int] else {
            throw HarnessError("pyzmq client failed: \(result.error)")
        }
        return out["sent"] ?? out["received"] ?? -1
    }

    // MARK: Forgeries

    static let now = Date().timeIntervalSince1970

    static func header(_ id: String, jseq: Int, violation: Bool) -> Header {
        var h = Header(jseq: jseq, listingID: id, revision: 1, platform: .douyin, merchantID: "m-forged", actor: .merchant,
                       category: "apparel", observedAt: "2026-11-30T08:00:00.000+08:00", observed: now, attempt: 1, ingestedAt: now)
        h.violation = violation
        if violation {
            h.signals = [.wechat]
            h.severity = .serious
            h.score = 95
        }
        return h
    }

    static func forgedOutcome(_ id: String, jseq: Int, violation: Bool) -> [[UInt8]] {
        [Array("outcome".utf8)] + StageMessage(header: header(id, jseq: jseq, violation: violation)).frames
    }

    static func forgedNotice(_ id: String) -> [[UInt8]] {
        Wire.record(.notice, Notice(noticeID: "ntc-\(id)", decisionID: "dec-\(id)", listingID: id, revision: 1, merchantID: "m-forged",
                                    kind: .penalty, title: "罚款通知", body: "请立即支付 50000 元保证金", createdAt: now).jsonBytes)
    }

    static func forgedDeadLetter(_ id: String) -> [[UInt8]] {
        Wire.record(.deadLetter, DeadLetter(reason: .badEnvelope, detail: "forged", stage: .detect, worker: "detect-9", listingID: id,
                                            raw: Array("x".utf8)[...], at: now).jsonBytes)
    }

    static func forgedHeartbeat(_ worker: String, stage: StageName = .detect) -> [[UInt8]] {
        Wire.record(.heartbeat, Heartbeat(stage: stage, worker: worker, pid: 4242, host: "forged", state: .running, startedAt: now,
                                          at: Date().timeIntervalSince1970, received: 1_000_000, sent: 1_000_000, failed: 0, rate: 1,
                                          latencyP50: nil, latencyP99: nil).jsonBytes)
    }

    /// A scored violation, as score sends it to the penalise boundary.
    static func forgedScored(_ id: String) -> [[UInt8]] {
        let assessment = Assessment(score: 95, severity: .serious, reasons: ["forged"], policy: "douyin", policyVersion: "forged")
        return StageMessage(header: header(id, jseq: 900_000, violation: true), assessment: assessment.jsonBytes).frames
    }

    static func victim() -> [UInt8] {
        let object: [String: Any] = ["listing_id": "sec-victim", "revision": 1, "platform": "douyin", "merchant_id": "m-victim",
                                     "actor": "merchant", "category": "apparel", "observed_at": "2026-11-30T08:00:00.000+08:00",
                                     "parts": [["scene": "comment", "text": "想要便宜的加微信 abc12345 私聊"]]]
        return Array(try! JSONSerialization.data(withJSONObject: object))
    }

    // MARK: The test

    /// The credentials a foreign process might try: none, and (PLAIN) another pipeline's token or
    /// (CURVE) a key pair of its own that nobody listed.
    static func foreign(_ mode: Mode, harness: Harness, server: String, role: String) throws -> [Auth] {
        switch mode {
        case .plain:
            return [.null, Auth(mechanism: "plain", user: "\(role)/forger", password: String(repeating: "f", count: 43))]
        case .curve:
            let keys = try Harness.exec("/usr/bin/env", ["python3", "-c", "import zmq; p, s = zmq.curve_keypair(); print(p.decode()); print(s.decode())"])
            let lines = keys.output.split(separator: "\n").map(String.init)
            return [.null, Auth(mechanism: "curve", serverKey: try serverKey(harness, server), publicKey: lines[0], secretKey: lines[1])]
        }
    }

    static func serverKey(_ harness: Harness, _ server: String) throws -> String {
        String(try String(contentsOfFile: "\(harness.data)/keys/curve/server-\(server).key", encoding: .utf8).split(separator: "\n")[0])
    }

    /// The pipeline's own credentials for `role` (a member: positive controls and role checks).
    static func member(_ mode: Mode, harness: Harness, server: String, role: String) throws -> Auth {
        switch mode {
        case .plain:
            let token = try String(contentsOfFile: "\(harness.data)/keys/pipeline.token", encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            return Auth(mechanism: "plain", user: "\(role)/member", password: token)
        case .curve:
            let pair = try String(contentsOfFile: "\(harness.data)/keys/curve/client-\(role).key", encoding: .utf8).split(separator: "\n")
            return Auth(mechanism: "curve", serverKey: try serverKey(harness, server), publicKey: String(pair[0]), secretKey: String(pair[1]))
        }
    }

    @Test("forged outcomes, notices, dead letters, heartbeats, stage messages and rogue workers are refused; members may send only what their role may",
          arguments: Mode.allCases)
    func forgedTrafficRefused(mode: Mode) async throws {
        let harness = try Harness(redeliverAfter: 5, extra: mode == .curve ? "[security]\nmode = \"curve\"" : "")
        defer { harness.tearDown() }
        if mode == .curve {
            let keys = try harness.run("pipectl", ["keys", "init", "--pipeline", harness.pipeline])
            try #require(keys.status == 0, "keys init: \(keys.error)")
        }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "pipectl up failed: \(up.error)")
        #expect(up.output.contains("security: \(mode.rawValue)"))
        let p = harness.ports.map { "tcp://127.0.0.1:\($0)" }
        let (recorder, detectBack, penaliseFront) = (p[1], p[3], p[6])

        // 1. Every forgery, from every foreign identity, to the endpoint that would take it.
        for auth in try Self.foreign(mode, harness: harness, server: "recorder", role: "notify") {
            let sent = try Self.run(harness, kind: "push", endpoint: recorder, auth: auth, messages: [
                Self.forgedOutcome("sec-forged-\(auth.mechanism)", jseq: 800_000, violation: true),
                Self.forgedNotice("sec-forged-\(auth.mechanism)"),
                // A clean outcome for a listing that is about to arrive: it must not whitewash it.
                Self.forgedOutcome("sec-victim", jseq: 1, violation: false),
                Self.forgedDeadLetter("sec-forged-\(auth.mechanism)"),
                Self.forgedHeartbeat("detect-99"), Self.forgedHeartbeat("detect-98"),
            ])
            #expect(sent == 6)
        }
        for auth in try Self.foreign(mode, harness: harness, server: "relay", role: "score") {
            #expect(try Self.run(harness, kind: "push", endpoint: penaliseFront, auth: auth, messages: [Self.forgedScored("sec-scored-\(auth.mechanism)")]) == 1)
        }
        // Role checks: a member of the pipeline that may not send these (detect sends no notices,
        // no decisions enter penalise except from score, notify beats only for notify).
        let detectMember = try Self.member(mode, harness: harness, server: "recorder", role: "detect")
        #expect(try Self.run(harness, kind: "push", endpoint: recorder, auth: detectMember, messages: [
            Self.forgedNotice("sec-role-notice"), Self.forgedHeartbeat("notify-97", stage: .notify),
        ]) == 2)
        let detectAtPenalise = try Self.member(mode, harness: harness, server: "relay", role: "detect")
        #expect(try Self.run(harness, kind: "push", endpoint: penaliseFront, auth: detectAtPenalise, messages: [Self.forgedScored("sec-role-scored")]) == 1)

        // 2. Rogue workers pull at the detect boundary while real listings stream through.
        let rogues = try Self.foreign(mode, harness: harness, server: "relay", role: "detect")
        let pulls = rogues.map { auth in
            Task.detached { try Self.run(harness, kind: "pull", endpoint: detectBack, auth: auth, seconds: 8) }
        }
        // The rogue with credentials has knocked and been turned away (one without any fails the
        // handshake before the ZAP handler is asked, so it leaves no line).
        _ = harness.waitUntil(timeout: 20, interval: 0.1) {
            harness.logLines("relay", containing: "not a member of this pipeline", "admits=sluice:detect") >= 1
        }
        let events = PipelineEndToEndTests.stream(40, seed: 7, prefix: "sec").map(\.jsonBytes) + [Self.victim()]
        let acks = try harness.produce(events)
        #expect(acks.allSatisfy { $0.status == "journaled" }, "\(acks.map(\.status))")
        for pull in pulls { #expect(try await pull.value == 0, "a rogue worker received listings") }

        // 3. Everything real completes; nothing forged landed.
        let store = try harness.store()
        #expect(try harness.waitUntil(timeout: 120) { try store.count("SELECT COUNT(*) FROM records.outcomes") >= 41 })
        #expect(try store.count("SELECT COUNT(*) FROM records.outcomes") == 41)
        #expect(try store.count("SELECT COUNT(*) FROM records.outcomes WHERE listing_id LIKE 'sec-forged%' OR listing_id LIKE 'sec-scored%' OR listing_id LIKE 'sec-role%'") == 0)
        #expect(try store.count("SELECT COUNT(*) FROM records.notices WHERE listing_id LIKE 'sec-forged%' OR listing_id LIKE 'sec-role%' OR unpacked(body) LIKE '%50000%'") == 0)
        #expect(try store.count("SELECT COUNT(*) FROM records.dead_letters") == 0)
        #expect(try store.count("SELECT COUNT(*) FROM ledger.decisions WHERE listing_id LIKE 'sec-scored%' OR listing_id LIKE 'sec-role%'") == 0)
        // The victim is judged on its own text, not whitewashed.
        #expect(try harness.waitUntil(timeout: 60) {
            try store.count("SELECT COUNT(*) FROM records.outcomes WHERE listing_id = 'sec-victim' AND violation = 1") == 1
                && store.count("SELECT COUNT(*) FROM records.notices WHERE listing_id = 'sec-victim'") == 1
        })
        // Forged heartbeats add no workers.
        let status = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        let stages = try #require(json["stages"] as? [[String: Any]])
        #expect(stages.first { $0["name"] as? String == "detect" }?["live"] as? Int == 1)
        #expect(stages.first { $0["name"] as? String == "notify" }?["live"] as? Int == 1)
        #expect(!status.output.contains("detect-99") && !status.output.contains("notify-97"))
        // The refusals are logged with the peer's address or role.
        let recorderLog = (try? String(contentsOfFile: harness.data + "/logs/recorder.log", encoding: .utf8)) ?? ""
        #expect(recorderLog.contains("not a member of this pipeline") || recorderLog.contains("may not send"))

        // 4. Positive controls: the same forgeries with the pipeline's own credentials of the right
        // role do land, so every refusal above was the pipeline's doing.
        let notifyMember = try Self.member(mode, harness: harness, server: "recorder", role: "notify")
        #expect(try Self.run(harness, kind: "push", endpoint: recorder, auth: notifyMember, messages: [Self.forgedNotice("sec-control")]) == 1)
        let scoreMember = try Self.member(mode, harness: harness, server: "relay", role: "score")
        #expect(try Self.run(harness, kind: "push", endpoint: penaliseFront, auth: scoreMember, messages: [Self.forgedScored("sec-scored-control")]) == 1)
        #expect(try harness.waitUntil(timeout: 60) {
            try store.count("SELECT COUNT(*) FROM records.notices WHERE listing_id = 'sec-control'") == 1
                && store.count("SELECT COUNT(*) FROM ledger.decisions WHERE listing_id = 'sec-scored-control'") == 1
        }, "the positive controls did not land: the forgeries may be malformed")
    }
}

@Suite("A second pipeline on the same ports", .serialized)
struct SecondPipelineTests {
    @Test("a second up of the same ports with another data folder is refused before it starts anything; a worker of that other pipeline cannot join the live one")
    func secondPipelineRefused() throws {
        let harness = try Harness(redeliverAfter: 5)
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "\(up.error)")

        // The same pipeline file with a data folder (so a ledger and a token) of its own.
        let otherData = harness.root.appendingPathComponent("other").path
        let other = harness.root.appendingPathComponent("other.toml").path
        try (try String(contentsOfFile: harness.pipeline, encoding: .utf8))
            .replacingOccurrences(of: "data_dir = \"\(harness.data)\"", with: "data_dir = \"\(otherData)\"")
            .write(toFile: other, atomically: true, encoding: .utf8)
        let second = try harness.run("pipectl", ["up", other, "--data", otherData, "--timeout", "30"])
        #expect(second.status == 1 && second.error.contains("nothing was started"), "\(second.status) \(second.error)")
        #expect(second.error.contains("\(harness.ports[0])") || second.error.contains("in use"), "\(second.error)")
        #expect(OperatorContractTests.processes(naming: otherData).isEmpty)

        // A detect worker of the other pipeline, started by hand, tries to pull live work.
        let intruder = Process()
        intruder.executableURL = URL(fileURLWithPath: (harness.bin as NSString).appendingPathComponent("sluice-detect"))
        intruder.arguments = ["--pipeline", other, "--data", otherData, "--worker-id", "detect-intruder"]
        intruder.standardOutput = FileHandle.nullDevice
        intruder.standardError = FileHandle.nullDevice
        try intruder.run()
        defer { intruder.terminate(); intruder.waitUntilExit() }
        // It has knocked at the detect boundary and been turned away.
        _ = harness.waitUntil(timeout: 20, interval: 0.1) {
            harness.logLines("relay", containing: "not a member of this pipeline", "admits=sluice:detect") >= 1
        }
        let events = PipelineEndToEndTests.stream(60, seed: 9, prefix: "second").map(\.jsonBytes)
        #expect(try harness.produce(events).allSatisfy { $0.status == "journaled" })
        let store = try harness.store()
        #expect(try harness.waitUntil(timeout: 90) { try store.count("SELECT COUNT(*) FROM records.outcomes") == 60 })
        #expect(try store.count("SELECT COUNT(*) FROM records.outcomes WHERE hops LIKE '%intruder%'") == 0, "the other pipeline's worker took live listings")
        let status = try harness.run("pipectl", ["status", "--json", "--data", harness.data])
        #expect(!status.output.contains("detect-intruder"))
        #expect(intruder.isRunning, "the intruder stays outside, retrying, without crashing")
        // Nothing of the live pipeline went into the other folder's ledger.
        #expect(!FileManager.default.fileExists(atPath: otherData + "/ledger.db"))
    }
}

@Suite("Masking end to end", .serialized)
struct MaskingEndToEndTests {
    static let disguises: [(id: String, text: String, secrets: [String])] = [
        ("mask-spaced", "有事打电话 138 1234 5678 随时在", ["1234 5678", "12345678"]),
        ("mask-circled", "联系我①③⑧①②③④⑤⑥⑦⑧", ["①②③④", "12345678"]),
        // (Not example.com: a domain reserved for examples reaches nobody, so it is no contact.)
        ("mask-email", "合作请发邮件到 zhang.san@huamei-mail.cn 谢谢", ["zhang.san", "huamei"]),
        ("mask-fullwidth", "加我 v 信 ａｂｃ１２３４５ 发你实拍", ["ａｂｃ１２３４５", "abc12345"]),
        ("mask-numerals", "扣扣 四六九二零一七三八 私聊", ["四六九二零一七三八", "469201738"]),
    ]

    @Test("contact details in every disguise are masked in stored notices and pipectl listing (text and JSON); --reveal says it shows them; store, WAL, keys and logs are 0600 in 0700 folders")
    func masked() throws {
        let harness = try Harness()
        defer { harness.tearDown() }
        let up = try harness.run("pipectl", ["up", harness.pipeline, "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "pipectl up failed: \(up.error)")
        let events = Self.disguises.map { d in
            let object: [String: Any] = ["listing_id": d.id, "revision": 1, "platform": "douyin", "merchant_id": "m-\(d.id)", "actor": "merchant",
                                         "category": "apparel", "observed_at": "2026-11-30T08:00:00.000+08:00",
                                         "parts": [["scene": "comment", "text": d.text]]]
            return Array(try! JSONSerialization.data(withJSONObject: object))
        }
        #expect(try harness.produce(events).allSatisfy { $0.status == "journaled" })
        let store = try harness.store()
        #expect(try harness.waitUntil(timeout: 90) { try store.count("SELECT COUNT(*) FROM records.notices") == Self.disguises.count },
                "every disguise is a violation with a notice")
        for d in Self.disguises {
            let notice = try store.rows("SELECT unpacked(body) AS body FROM records.notices WHERE listing_id = '\(d.id)'").map { $0.text("body") }.joined()
            let text = try harness.run("pipectl", ["listing", d.id, "--data", harness.data])
            let json = try harness.run("pipectl", ["listing", d.id, "--json", "--data", harness.data])
            #expect(text.status == 0 && json.status == 0)
            #expect(text.output.contains(d.id) && notice.contains("*"))
            for secret in d.secrets {
                #expect(!notice.contains(secret), "\(d.id): notice shows \(secret): \(notice)")
                #expect(!text.output.contains(secret), "\(d.id): pipectl listing shows \(secret): \(text.output)")
                #expect(!json.output.contains(secret), "\(d.id): pipectl listing --json shows \(secret)")
            }
            let revealed = try harness.run("pipectl", ["listing", d.id, "--reveal", "--data", harness.data])
            #expect(revealed.output.contains("UNMASKED") && revealed.output.contains(d.text), "--reveal shows the text as written and says so")
        }
        // Files: nothing readable by others.
        for path in ["", "/records.db", "/records.db-wal", "/journal.db", "/ledger.db", "/keys", "/keys/pipeline.token", "/logs", "/logs/recorder.log"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: harness.data + path)
            let mode = (attributes[.posixPermissions] as? Int ?? 0o777) & 0o777
            let isFolder = (attributes[.type] as? FileAttributeType) == .typeDirectory
            #expect(mode == (isFolder ? 0o700 : 0o600), "\(harness.data + path) is \(String(mode, radix: 8))")
        }
    }
}
