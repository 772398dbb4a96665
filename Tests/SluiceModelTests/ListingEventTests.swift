import Foundation
import Testing
@testable import SluiceModel

@Suite("Listing events")
struct ListingEventTests {
    static let valid = #"""
        {"listing_id":"dy-889123","revision":2,"platform":"douyin","merchant_id":"m-1029","actor":"merchant",
         "category":"jewelry","observed_at":"2026-11-22T07:00:00Z",
         "parts":[{"scene":"title","text":"和田玉"},{"scene":"detail","text":"加微信"}]}
        """#

    @Test("a valid event validates and round-trips through JSON")
    func roundTrip() throws {
        let event = try ListingEvent.validate(Array(Self.valid.utf8))
        #expect(event.listingID == "dy-889123")
        #expect(event.revision == 2)
        #expect(event.platform == .douyin)
        #expect(event.parts.count == 2)
        #expect(event.parts[1].scene == .detail)
        let again = try ListingEvent.validate(Array(try JSONEncoder().encode(event)))
        #expect(again == event)
    }

    @Test("a single part may be given as top-level scene and text")
    func singlePart() throws {
        let text = #"{"listing_id":"a","revision":1,"platform":"taobao","merchant_id":"m","actor":"buyer","observed_at":"2026-11-22T15:00:00+08:00","scene":"comment","text":"好"}"#
        let event = try ListingEvent.validate(Array(text.utf8))
        #expect(event.parts == [ListingPart(scene: .comment, text: "好")])
        #expect(event.category == "other")
    }

    @Test("every problem names the field and the reason", arguments: [
        ("not json", DeadLetterReason.notJSON, ""),
        ("[1,2]", .notObject, ""),
        (#"{"revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#, .missingField, "listing_id"),
        (#"{"listing_id":"a","revision":1,"platform":"ebay","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#, .unknownPlatform, "platform"),
        (#"{"listing_id":"a","revision":"2","platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#, .invalidField, "revision"),
        (#"{"listing_id":"a","revision":true,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#, .invalidField, "revision"),
        (#"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"robot","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#, .invalidField, "actor"),
        (#"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"yesterday","scene":"title","text":"x"}"#, .invalidField, "observed_at"),
        (#"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","parts":[{"scene":"title","text":"x"},{"scene":"banner","text":"y"}]}"#, .invalidField, "parts[1].scene"),
        (#"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","parts":[]}"#, .invalidField, "parts"),
        (#"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z"}"#, .missingField, "parts"),
    ])
    func invalid(text: String, reason: DeadLetterReason, field: String) {
        do {
            _ = try ListingEvent.validate(Array(text.utf8))
            Issue.record("should have been refused")
        } catch {
            #expect(error.reason == reason)
            #expect(error.field == field)
            #expect(!error.description.isEmpty)
        }
    }

    @Test("text over the limit is refused with its size")
    func oversized() {
        let long = String(repeating: "字", count: 100)
        let text = #"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","parts":[{"scene":"title","text":"ok"},{"scene":"detail","text":"\#(long)"}]}"#
        do {
            _ = try ListingEvent.validate(Array(text.utf8), limits: ValidationLimits(maxTextBytes: 200))
            Issue.record("should have been refused")
        } catch {
            #expect(error.reason == .textTooLarge)
            #expect(error.description == "parts[1].text: longer than 200 bytes (300)")
        }
    }
}

@Suite("Envelopes and wire frames")
struct WireTests {
    @Test("an envelope with every section round-trips, with a schema version")
    func envelopeRoundTrip() throws {
        let event = try ListingEvent.validate(Array(ListingEventTests.valid.utf8))
        var envelope = Envelope(event: event, trace: Trace(id: "t1", attempt: 2, ingestedAt: 100, hops: [Hop(stage: "ingest", worker: "i", at: 100.5)]))
        envelope.findings = [Finding(signal: .wechat, ruleID: "wechat.name", part: 1, scene: .detail, span: Span(start: 0, end: 3),
                                     excerpt: "加微信", normalized: "加微信", confidence: 0.9)]
        envelope.assessment = Assessment(score: 60, severity: .general, reasons: ["r"], policy: "p", policyVersion: "1")
        envelope.decision = Decision(decisionID: "dec-1", policy: "p", policyVersion: "1", severity: .general, naturalYear: 2026,
                                     countBefore: 0, countAfter: 1, actions: [Action(.deductDeposit, amountCNY: 500)],
                                     appealDeadline: "2026-11-29T00:00:00.000Z", exempt: nil, decidedAt: 101)
        let frames = Wire.stageMessage(envelope, listing: Array(ListingEventTests.valid.utf8))
        #expect(frames.count == 2)
        let json = String(decoding: frames[0], as: UTF8.self)
        #expect(json.contains("\"schema\":1"))
        #expect(json.contains("\"amount_cny\":500"))
        let (decoded, listing) = try Wire.readStageMessage(frames)
        #expect(decoded == envelope)
        #expect(listing == Array(ListingEventTests.valid.utf8))
    }

    @Test("frames that are not an envelope are a bad_envelope error")
    func badFrames() {
        #expect(throws: ValidationError.self) { try Wire.readStageMessage([[1, 2, 3]]) }
        do {
            _ = try Wire.readStageMessage([Array("{}".utf8), []])
        } catch {
            #expect(error.reason == .badEnvelope)
        }
    }

    @Test("dead letters keep at most 4 KiB of the raw input and its full size")
    func deadLetterTruncates() {
        let letter = DeadLetter(reason: .notJSON, detail: "x", stage: "ingest", worker: "w", raw: Array(repeating: 65, count: 10_000), at: 0)
        #expect(letter.raw.utf8.count == DeadLetter.rawLimit)
        #expect(letter.rawBytes == 10_000)
    }
}
