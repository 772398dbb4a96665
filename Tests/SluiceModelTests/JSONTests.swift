import Foundation
import Testing
@testable import SluiceModel

@Suite("The JSON codec")
struct JSONTests {
    @Test("values round-trip, including escapes, non-ASCII and surrogate pairs")
    func roundTrip() throws {
        let text = #"{"a":"引号\"反斜杠\\换行\n制表\t","b":[1,-2,3.5,1e3,true,false,null],"c":{"d":"😀","e":"\u00e9\ud83d\ude00"}}"#
        let value = try JSONValue.parse(text)
        #expect(value["a"]?.stringValue == "引号\"反斜杠\\换行\n制表\t")
        #expect(value["c"]?["e"]?.stringValue == "é😀")
        #expect(value["b"]?.arrayValue?[2].doubleValue == 3.5)
        #expect(value["b"]?.arrayValue?[3].doubleValue == 1000)
        let again = try JSONValue.parse(value.jsonBytes)
        #expect(again == value)
        // What Foundation reads back is the same document.
        let foundation = try JSONSerialization.jsonObject(with: Data(value.jsonBytes)) as? [String: Any]
        #expect((foundation?["a"] as? String) == value["a"]?.stringValue)
    }

    @Test("control characters are escaped when written", arguments: ["\u{0}", "\u{1f}", "\r", "\u{8}", "\u{c}"])
    func controlEscaped(_ s: String) throws {
        var w = JSONWriter()
        w.string("x" + s + "y")
        let text = String(decoding: w.bytes, as: UTF8.self)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 })
        #expect(try JSONValue.parse(w.bytes).stringValue == "x" + s + "y")
    }

    @Test("malformed documents are refused with a reason", arguments: [
        "", "{", "[1,]", "{\"a\":}", "{\"a\" 1}", "01", "1.", "-", "\"unterminated", "\"bad \\q escape\"", "\"\\ud800\"",
        "[1] trailing", "{\"a\":1,}", "nul", "\"raw \u{1} control\"",
    ])
    func malformed(_ text: String) {
        #expect(throws: JSONError.self) { try JSONValue.parse(text) }
    }

    @Test("invalid UTF-8 inside a string is refused")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("{\"a\":\"".utf8) + [0xFF, 0xFE] + Array("\"}".utf8)
        #expect(throws: JSONError.self) { try JSONValue.parse(bytes) }
    }

    @Test("nesting deeper than the limit is refused rather than recursed into")
    func depth() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONError.self) { try JSONValue.parse(deep) }
        let ok = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        #expect(throws: Never.self) { try JSONValue.parse(ok) }
    }

    @Test("integers keep their exact value; larger numbers become doubles")
    func numbers() throws {
        #expect(try JSONValue.parse("9007199254740993").intValue == 9_007_199_254_740_993)
        #expect(try JSONValue.parse("-0").intValue == 0)
        #expect(try JSONValue.parse("123456789012345678901234567890").doubleValue != nil)
        var w = JSONWriter()
        w.double(1.25)
        w.double(.infinity)
        #expect(String(decoding: w.bytes, as: UTF8.self) == "1.25,null")
    }

    @Test("typed fields name the path of what is wrong")
    func fieldErrors() throws {
        var f = try JSONFields(try JSONValue.parse(#"{"n":"five","o":{"x":1}}"#))
        #expect(throws: JSONError.self) { try f.int("n") }
        do {
            _ = try f.int("n")
        } catch {
            #expect(error.description == "n: expected an integer, got a string")
        }
        var inner = try f.object("o")
        do {
            _ = try inner.string("x")
        } catch {
            #expect(error.description == "o.x: expected a string, got a number")
        }
        do {
            _ = try f.string("missing")
        } catch {
            #expect(error.kind == .missing)
        }
    }

    @Test("fields are found whatever their order")
    func anyOrder() throws {
        var f = try JSONFields(try JSONValue.parse(#"{"c":3,"a":1,"b":2}"#))
        #expect(try f.int("a") == 1)
        #expect(try f.int("b") == 2)
        #expect(try f.int("c") == 3)
        #expect(try f.int("a") == 1)
        #expect(f["z"] == nil)
    }

    @Test("every message type round-trips through the codec")
    func messages() throws {
        let finding = Finding(signal: .phone, ruleID: "phone.mobile", part: 1, scene: .detail, span: Span(start: 2, end: 13),
                              excerpt: "138 1234 5678", normalized: "13812345678", confidence: 0.95)
        #expect(try Finding(jsonBytes: finding.jsonBytes) == finding)
        let assessment = Assessment(score: 60, severity: .serious, reasons: ["a", "b"], policy: "抖音", policyVersion: "1", exempt: "x")
        #expect(try Assessment(jsonBytes: assessment.jsonBytes) == assessment)
        let decision = Decision(decisionID: "dec-a-r1", policy: "p", policyVersion: "1", severity: .general, naturalYear: 2026,
                                countBefore: 0, countAfter: 1, actions: [Action(.suspend, days: 3), Action(.fine, amountCNY: 10_000)],
                                appealDeadline: "2026-12-07T00:00:00.000Z", exempt: nil, decidedAt: 1.5, notes: ["n"])
        #expect(try Decision(jsonBytes: decision.jsonBytes) == decision)
        let notice = Notice(noticeID: "ntc-dec-a-r1", decisionID: "dec-a-r1", listingID: "a", revision: 1, merchantID: "m",
                            kind: .penalty, title: "t", body: "b\nc", createdAt: 2)
        #expect(try Notice(jsonBytes: notice.jsonBytes) == notice)
        let letter = DeadLetter(jseq: 7, reason: .notJSON, detail: "d", stage: .ingest, worker: "w", listingID: "a", raw: [65, 66][...], at: 3)
        #expect(try DeadLetter(jsonBytes: letter.jsonBytes) == letter)
        let beat = Heartbeat(stage: .detect, worker: "detect-1", pid: 9, host: "h", state: .running, startedAt: 1, at: 2, received: 3,
                             sent: 4, failed: 5, rate: 6, latencyP50: 1, latencyP99: 2, cpuSeconds: 0.5, rssBytes: 1024,
                             versions: ["rules": "1"], gauges: ["queued": 2])
        #expect(try Heartbeat(jsonBytes: beat.jsonBytes) == beat)
        let ack = IntakeAck(listingID: nil, revision: nil, status: .deadLetter, reason: "not_json: …")
        #expect(try IntakeAck(jsonBytes: ack.jsonBytes) == ack)
        #expect(ack.jsonText.contains("\"listing_id\":null"))
    }
}

@Suite("Timestamps")
struct TimestampTests {
    @Test("the direct RFC 3339 reader agrees with Foundation's on many instants and offsets")
    func agreesWithFoundation() {
        var rng = SystemRandomNumberGenerator()
        let styles = [Date.ISO8601FormatStyle(includingFractionalSeconds: true)]
        for _ in 0..<2000 {
            let epoch = Double(Int64.random(in: 0...4_000_000_000, using: &rng)) + Double(Int.random(in: 0...999, using: &rng)) / 1000
            for zone in ["Z", "+08:00", "-05:30"] {
                var style = styles[0]
                style.timeZone = zone == "Z" ? TimeZone(identifier: "UTC")! : TimeZone(secondsFromGMT: zone == "+08:00" ? 28_800 : -19_800)!
                let text = style.format(Date(timeIntervalSince1970: epoch))
                let fast = Timestamp.parseRFC3339(text)
                #expect(fast != nil, "\(text)")
                #expect(abs((fast ?? 0) - epoch) < 0.0015, "\(text)")
            }
        }
    }

    @Test("impossible dates and other shapes are refused", arguments: [
        "2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22 07:00",
        "2026-11-22T07:00:00", "yesterday", "2026-11-22T07:00:00+08",
    ])
    func refused(_ text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test("leap days and offsets read right")
    func samples() {
        #expect(Timestamp.parse("2024-02-29T12:00:00Z") == 1_709_208_000)
        #expect(Timestamp.parse("2026-11-22T15:00:00+08:00") == Timestamp.parse("2026-11-22T07:00:00Z"))
        #expect(Timestamp.parse("2026-11-22T07:00:00.250z") == 1_795_330_800.25)
        #expect(Timestamp.parse("2026-11-22T15:00:00+0800") == Timestamp.parse("2026-11-22T07:00:00Z"))
    }
}

@Suite("Stage messages")
struct StageMessageTests {
    func header(_ id: String) -> Header {
        Header(jseq: 1, listingID: id, revision: 1, platform: .douyin, merchantID: "m", actor: .merchant, category: "other",
               observedAt: "2026-11-22T07:00:00Z", observed: 1_795_849_200, attempt: 1, ingestedAt: 100)
    }

    @Test("six frames per listing; several listings travel in one message and split back")
    func batches() throws {
        var a = StageMessage(header: header("a"), listing: Array("{}".utf8))
        a.stamp(.ingest, worker: "ingest", now: 100.001)
        a.stamp(.detect, worker: "detect 1", now: 100.004)
        let b = StageMessage(header: header("b"))
        let both = a.frames + b.frames
        #expect(both.count == 12)
        let split = StageMessage.split(both).map { try? $0.get() }
        #expect(split.count == 2)
        #expect(split[0]?.header.listingID == "a")
        #expect(split[0]?.header.hops.map(\.stage) == [.ingest, .detect])
        #expect(split[0]?.header.hops.last?.worker == "detect_1", "a worker id never breaks the trail")
        #expect(abs((split[0]?.header.sentAt ?? 0) - 100.004) < 1e-6)
        #expect(split[1]?.header.listingID == "b")
    }

    @Test("frames that are not stage messages are bad_envelope errors", arguments: [1, 5, 7])
    func badCounts(_ n: Int) {
        let results = StageMessage.split(Array(repeating: [UInt8](), count: n))
        guard case .failure(let error) = results.first else { Issue.record("should fail"); return }
        #expect(error.reason == .badEnvelope)
    }

    @Test("the compact header reader gives what the general decoder gives, for headers with and without every optional field")
    func compactHeaderAgrees() throws {
        var plain = header("lg-1")
        plain.appendHop(.ingest, worker: "ingest", at: 100.25)
        var full = header("商品-2\u{1F600}")
        full.category = "珠宝"
        full.redrive = true
        full.signals = [.wechat, .phone]
        full.violation = true
        full.severity = .serious
        full.score = 87
        full.decisionID = "d-1"
        full.counted = false
        full.noticeID = "n-1"
        full.appendHop(.detect, worker: "detect-2", at: 100.5)
        for h in [plain, full, header("")] {
            let bytes = h.jsonBytes
            #expect(Header.compact(bytes) != nil, "the compact form is read by the compact reader")
            #expect(try Header.read(bytes) == Header(jsonBytes: bytes))
            #expect(try Header.read(bytes) == h)
        }
    }

    @Test("headers spelled another way (spaces, escapes, keys reordered, nulls, a fraction) read as the general decoder reads them")
    func otherSpellingsFallBack() throws {
        let h = header("a\"b")   // an escaped quote in a value
        let compact = h.jsonText
        let spaced = compact.replacingOccurrences(of: ",", with: ", ").replacingOccurrences(of: ":", with: ": ")
        let reordered = "{\"jseq\":1," + compact.dropFirst().replacingOccurrences(of: "\"jseq\":1,", with: "")
        let nulls = String(compact.dropLast()) + ",\"severity\":null,\"score\":null}"
        let fraction = compact.replacingOccurrences(of: "\"revision\":1", with: "\"revision\":1.0")
        for text in [compact, spaced, reordered, nulls, fraction] {
            let bytes = Array(text.utf8)
            #expect(Header.compact(bytes) == nil, "an escape sends it to the general decoder: \(text)")
            #expect(try Header.read(bytes) == Header(jsonBytes: bytes), "\(text)")
        }
        // What the general decoder refuses, the reader refuses with the same error.
        for bad in [compact.replacingOccurrences(of: "\"platform\":\"douyin\"", with: "\"platform\":\"tiktok\""),
                    compact.replacingOccurrences(of: "\"attempt\":1,", with: ""), String(compact.dropLast()), "{}"] {
            let bytes = Array(bad.utf8)
            var general: JSONError?, compactError: JSONError?
            do { _ = try Header(jsonBytes: bytes) } catch { general = error }
            do { _ = try Header.read(bytes) } catch { compactError = error }
            #expect(general != nil && general == compactError, "\(bad)")
        }
    }

    @Test("a header from another release is refused")
    func schema() {
        var text = header("a").jsonText
        text = text.replacingOccurrences(of: "\"schema\":\(schemaVersion)", with: "\"schema\":1")
        #expect(throws: JSONError.self) { try Header(jsonBytes: Array(text.utf8)) }
    }

    @Test("dead letters keep at most 4 KiB of the raw input, cut on a character, and its full size")
    func deadLetterTruncates() {
        let raw = Array(String(repeating: "字", count: 5000).utf8)
        let letter = DeadLetter(reason: .notJSON, detail: "x", stage: .ingest, worker: "w", raw: raw[...], at: 0)
        #expect(letter.raw.utf8.count <= DeadLetter.rawLimit)
        #expect(!letter.raw.contains("\u{FFFD}"))
        #expect(letter.rawBytes == raw.count)
    }

    @Test("a JSON-lines file splits into its non-blank lines, numbered as an editor numbers them, CR and blanks dropped")
    func jsonLines() {
        let text = "{\"a\":1}\r\n\n   \n{\"b\":\"引\"}\n\t\r\n{\"c\":3}"
        let lines = JSONLines.lines(of: Data(text.utf8))
        #expect(lines.map(\.number) == [1, 4, 6])
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == [#"{"a":1}"#, #"{"b":"引"}"#, #"{"c":3}"#])
        #expect(JSONLines.lines(of: Data()).isEmpty)
        #expect(JSONLines.lines(of: Data("\n\n".utf8)).isEmpty)
    }
}
