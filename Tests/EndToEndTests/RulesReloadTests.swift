import Foundation
import SluiceModel
import Testing
import ZeroMQ

/// sluice-detect reloads its rules on SIGHUP without dropping messages; a bad rules file is
/// refused and the old rules stay in force. The test plays relay and recorder over tcp.
@Suite("Rules reload", .serialized)
struct RulesReloadTests {
    func message(_ id: String, _ text: String) -> [[UInt8]] {
        let event = ListingEvent(listingID: id, revision: 1, platform: .douyin, merchantID: "m", actor: .merchant, category: "other",
                                 observedAt: "2026-11-22T07:00:00Z", parts: [ListingPart(scene: .comment, text: text)])
        return StageMessage(header: Header(event: event, jseq: 1, observed: 0, attempt: 1, ingestedAt: Timestamp.now), listing: event.jsonBytes).frames
    }

    @Test("SIGHUP swaps rules mid-stream with nothing dropped; a bad file leaves the old rules in force")
    func reload() throws {
        let harness = try Harness()
        defer { harness.tearDown() }
        let rules = harness.root.appendingPathComponent("rules").path
        try FileManager.default.copyItem(atPath: Harness.packageRoot.appendingPathComponent("pipelines/rules").path, toPath: rules)
        // The test plays the relay (detect's boundary back and score's front) and the recorder,
        // admitting detect with the pipeline's own credentials.
        let ports = harness.ports
        let context = try Context()
        _ = try ZapHandler(context: context, decide: { $0.plainUser })
        func server(_ type: SocketType, _ port: Int) throws -> Socket {
            let s = try Socket(context, type)
            try s.setPlainServer()
            try s.setZapDomain("test")
            try s.bind("tcp://127.0.0.1:\(port)")
            return s
        }
        let input = try server(.push, ports[3])
        let forwarded = try server(.pull, ports[4])
        let recorded = try server(.pull, ports[1])
        defer {
            for s in [input, forwarded, recorded] { s.close() }
            context.terminate()
        }
        let log = harness.root.appendingPathComponent("detect.log").path
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let detect = Process()
        detect.executableURL = URL(fileURLWithPath: (harness.bin as NSString).appendingPathComponent("sluice-detect"))
        detect.arguments = ["--pipeline", harness.pipeline, "--rules", rules, "--worker-id", "detect-reload"]
        detect.standardOutput = FileHandle(forWritingAtPath: log)
        detect.standardError = FileHandle(forWritingAtPath: log)
        try detect.run()
        defer {
            if detect.isRunning { detect.terminate() }
            detect.waitUntilExit()
        }

        /// Sends `texts`, returns how many came back as violations (forwarded) and as clean outcomes.
        func roundTrip(_ prefix: String, _ texts: [String], during: (() -> Void)? = nil) throws -> (violations: Int, clean: Int) {
            for (i, t) in texts.enumerated() {
                try input.send(message("\(prefix)-\(i)", t))
                if i == texts.count / 2 { during?() }
            }
            var violations = 0
            var clean = 0
            let deadline = Date().addingTimeInterval(30)
            while violations + clean < texts.count && Date() < deadline {
                if let m = try forwarded.receive(wait: false) { violations += m.count / StageMessage.frameCount; continue }
                if let m = try recorded.receive(wait: false) {
                    // Records come batched: [kind, payload…]…
                    var i = 0
                    while i < m.count {
                        let outcome = m[i] == Array("outcome".utf8)
                        if outcome { clean += 1 }
                        i += 1 + (outcome ? StageMessage.frameCount : 1)
                    }
                    continue
                }
                // Nothing yet: wait until either socket has something (or a moment passes).
                _ = try Poller.wait(readable: [forwarded, recorded], timeoutMilliseconds: 100)
            }
            return (violations, clean)
        }

        let pigeon = "想要的用飞鸽传书找我"
        #expect(try roundTrip("before", [pigeon]) == (0, 1), "飞鸽 is no rule yet")

        // A new rule, loaded on SIGHUP while 400 messages stream through.
        try """
            [[lexicon]]
            id = "other_app.pigeon"
            signal = "contact.other_app"
            confidence = 0.9
            terms = ["飞鸽传书"]
            """.write(toFile: rules + "/zz-extra.toml", atomically: true, encoding: .utf8)
        let streamed = try roundTrip("during", Array(repeating: "今天天气不错", count: 400)) { kill(detect.processIdentifier, SIGHUP) }
        #expect(streamed.violations + streamed.clean == 400, "nothing dropped during the reload")
        func logged(_ text: String) -> Bool { ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains(text) }
        #expect(harness.waitUntil(timeout: 30, interval: 0.05) { logged("Rules reloaded") })
        #expect(try roundTrip("after", [pigeon]) == (1, 0), "the new rule is in force")

        // A broken file is refused with file and key; the rules in force stay.
        try """
            [[lexicon]]
            id = "bad"
            signal = "contact.carrier_pigeon"
            terms = ["x"]
            """.write(toFile: rules + "/zz-bad.toml", atomically: true, encoding: .utf8)
        kill(detect.processIdentifier, SIGHUP)
        #expect(harness.waitUntil(timeout: 30, interval: 0.05) { logged("Rules reload refused") })
        #expect(try roundTrip("still", [pigeon]) == (1, 0))
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("Rules reload refused"))
        #expect(text.contains("zz-bad.toml"))
        #expect(text.contains("lexicon[0].signal"))
    }
}
