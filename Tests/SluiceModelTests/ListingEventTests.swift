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
        let valid = try ListingEvent.validate(Array(Self.valid.utf8))
        let event = valid.event
        #expect(valid.observed == 1_795_330_800)
        #expect(event.listingID == "dy-889123")
        #expect(event.revision == 2)
        #expect(event.platform == .douyin)
        #expect(event.parts.count == 2)
        #expect(event.parts[1].scene == .detail)
        let again = try ListingEvent.validate(event.jsonBytes).event
        #expect(again == event)
    }

    @Test("a single part may be given as top-level scene and text")
    func singlePart() throws {
        let text = #"{"listing_id":"a","revision":1,"platform":"taobao","merchant_id":"m","actor":"buyer","observed_at":"2026-11-22T15:00:00+08:00","scene":"comment","text":"好"}"#
        let event = try ListingEvent.validate(Array(text.utf8)).event
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

    @Test("a message over the size limit is refused before it is parsed")
    func messageTooLarge() {
        let huge = Array(repeating: UInt8(ascii: "x"), count: 2_000_000)
        do {
            _ = try ListingEvent.validate(huge)
            Issue.record("should have been refused")
        } catch {
            #expect(error.reason == .messageTooLarge)
        }
    }

    @Test("the listing id and revision are found in bad input by a bounded scan, never a full parse")
    func keyHints() {
        #expect(ListingEvent.bestEffortID(Array(#"{"listing_id": "abc-1", "revision": 3, broken"#.utf8)) == "abc-1")
        #expect(ListingEvent.keyHint(Array(#"{"listing_id":"abc-1","revision":3}"#.utf8)) == ListingKey(listingID: "abc-1", revision: 3))
        // Beyond the first 8 KiB nothing is looked at.
        let far = Array(repeating: UInt8(ascii: " "), count: 9000) + Array(#"{"listing_id":"late"}"#.utf8)
        #expect(ListingEvent.bestEffortID(far) == nil)
        #expect(ListingEvent.bestEffortID(Array("not json".utf8)) == nil)
    }
}
