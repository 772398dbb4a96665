import Foundation
import SluiceLoadgen
import Testing
@testable import SluiceModel

/// `ListingEvent.direct` (the field-by-field reader `validate` tries first) against
/// `validateInFull` (the tree reader that names problems): wherever the direct reader gives a
/// listing, the full reading gives the same one; and it does give one for the usual forms.
@Suite("Direct listing reader")
struct ListingDirectTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Listing events built from the labelled corpus's texts, one to three parts each.
    static func events() throws -> [ListingEvent] {
        let path = packageRoot.appendingPathComponent("Tests/Fixtures/corpus/listings.jsonl").path
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        var out: [ListingEvent] = []
        for (n, line) in lines.enumerated() {
            var f = try JSONFields(JSONValue.parse(String(line)))
            let text = try f.string("text")
            let scene = try f.value("scene", as: Scene.self)
            let parts = (0...(n % 3)).map { k in ListingPart(scene: k == 0 ? scene : .comment, text: k == 0 ? text : String(text.prefix(7 * k))) }
            out.append(ListingEvent(listingID: "d-\(n)", revision: n % 4, platform: Platform.allCases[n % Platform.allCases.count],
                                    merchantID: "m-\(n % 97)", actor: Actor.allCases[n % Actor.allCases.count],
                                    category: n % 5 == 0 ? "other" : "cat-\(n % 7)", observedAt: "2026-11-22T07:00:0\(n % 10)+08:00",
                                    parts: parts))
        }
        return out
    }

    /// The same event as other producers write it: Python's `json.dumps` (spaced, non-ASCII escaped),
    /// keys in another order, an unknown field, a single part at the top level.
    static func forms(_ e: ListingEvent) -> [[UInt8]] {
        let compact = e.jsonText
        var forms = [compact, pythonStyle(compact)]
        forms.append(#"{"extra":{"a":[1,2.5,null,true]},"parts":"# + partsJSON(e) + "," + String(compact.dropFirst()).replacingOccurrences(of: ",\"parts\":" + partsJSON(e), with: ""))
        if e.parts.count == 1 {
            forms.append(String(compact.dropLast()).replacingOccurrences(of: "\"parts\":" + partsJSON(e), with: "\"scene\":\"\(e.parts[0].scene.rawValue)\",\"text\":" + JSONValue.string(e.parts[0].text).jsonText) + "}")
        }
        return forms.map { Array($0.utf8) }
    }

    static func partsJSON(_ e: ListingEvent) -> String {
        var w = JSONWriter()
        w.beginArray()
        for p in e.parts { p.write(to: &w) }
        w.endArray()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func pythonStyle(_ compact: String) -> String {
        var out = ""
        var inString = false
        var escaped = false
        for u in compact.unicodeScalars {
            if inString {
                if escaped { escaped = false; out.unicodeScalars.append(u); continue }
                if u == "\\" { escaped = true; out.unicodeScalars.append(u); continue }
                if u == "\"" { inString = false }
                if u.value >= 0x80 {
                    for unit in String(u).utf16 { out += String(format: "\\u%04x", unit) }
                    continue
                }
                out.unicodeScalars.append(u)
            } else {
                if u == "\"" { inString = true }
                out.unicodeScalars.append(u)
                if u == "," || u == ":" { out += " " }
            }
        }
        return out
    }

    static func agree(_ bytes: [UInt8], limits: ValidationLimits = .init()) -> (direct: Bool, full: Bool, same: Bool) {
        let direct = ListingEvent.direct(bytes, limits: limits)
        let full = try? ListingEvent.validateInFull(bytes, limits: limits)
        let same = direct == nil || (full != nil && direct!.event == full!.event && direct!.observed == full!.observed)
        return (direct != nil, full != nil, same)
    }

    @Test("every usual form of every corpus listing is read directly, and as the full reading reads it")
    func usualForms() throws {
        let events = try Self.events()
        #expect(events.count >= 500)
        for e in events {
            for bytes in Self.forms(e) {
                let r = Self.agree(bytes)
                #expect(r.direct && r.same, "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    @Test("mangled listings: the direct reader never accepts what the full reading refuses, nor reads it otherwise")
    func mangled() throws {
        let events = try Self.events()
        // The load generator's seeded generator, so a failure can be run again.
        var rng = SplitMix(seed: 20261206)
        let noise: [UInt8] = Array(#"{}[]",:0-1.5e nul\u00"#.utf8) + [0x20, 0xEF, 0xBB, 0xBF]
        var accepted = 0, refused = 0
        for round in 0..<6_000 {
            let forms = Self.forms(rng.pick(events))
            var bytes = rng.pick(forms)
            for _ in 0...rng.below(3) {
                let at = rng.below(bytes.count)
                switch rng.below(4) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(rng.pick(noise), at: at)
                case 2: bytes[at] = rng.pick(noise)
                default:
                    // A stretch repeated: keys twice, values doubled.
                    let end = min(bytes.count, at + 1 + rng.below(40))
                    bytes.insert(contentsOf: bytes[at..<end], at: end)
                }
            }
            let limits = round % 3 == 0 ? ValidationLimits(maxTextBytes: 120, maxParts: 2) : ValidationLimits()
            let r = Self.agree(bytes, limits: limits)
            #expect(r.same, "\(String(decoding: bytes, as: UTF8.self))")
            if r.direct { accepted += 1 } else if !r.full { refused += 1 }
        }
        // Both kinds were met, so the comparison means something.
        #expect(accepted > 300 && refused > 300, "accepted \(accepted), refused \(refused)")
    }

    @Test("what the full reading refuses or reads otherwise, the direct reader leaves to it", arguments: [
        #"{"listing_id":"a","revision":1.0,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#,
        #"{"listing_id":"a","listing_id":"b","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#,
        #"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","category":null,"observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#,
        #"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","category":"","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#,
        #"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","parts":[]}"#,
        #"{"listing_id":"a","revision":-1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x"}"#,
        #"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-02-30T07:00:00Z","scene":"title","text":"x"}"#,
        #"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","parts":[{"scene":"title","text":"x","text":"y"}]}"#,
        #"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","parts":[{"scene":"title","text":"x"}]} x"#,
    ])
    func leftToFullReading(text: String) {
        #expect(ListingEvent.direct(Array(text.utf8), limits: .init()) == nil)
    }

    @Test("an unknown field nested past the depth limit is refused by both")
    func deepUnknownField() {
        let deep = String(repeating: "[", count: JSONValue.maxDepth) + String(repeating: "]", count: JSONValue.maxDepth)
        let text = #"{"listing_id":"a","revision":1,"platform":"douyin","merchant_id":"m","actor":"merchant","observed_at":"2026-11-22T07:00:00Z","scene":"title","text":"x","deep":"# + deep + "}"
        #expect(ListingEvent.direct(Array(text.utf8), limits: .init()) == nil)
        #expect((try? ListingEvent.validateInFull(Array(text.utf8))) == nil)
        let shallower = text.replacingOccurrences(of: deep, with: String(deep.dropFirst().dropLast()))
        #expect(ListingEvent.direct(Array(shallower.utf8), limits: .init()) != nil)
        #expect((try? ListingEvent.validateInFull(Array(shallower.utf8))) != nil)
    }

    @Test("keys and names written with escapes read as written plainly; a near miss is no name")
    func escapedNames() throws {
        let plain = #"{"listing_id":"a","revision":1,"platform":"wechat_channels","merchant_id":"m","actor":"host","observed_at":"2026-11-22T07:00:00Z","parts":[{"scene":"live_speech","text":"x"}]}"#
        let escaped = #"{"listing\u005fid":"a","revision":1,"platform":"wechat\u005fchannels","merchant_id":"m","act\u006fr":"h\u006fst","observed_at":"2026-11-22T07:00:00Z","parts":[{"sc\u0065ne":"live\u005fspeech","text":"x"}]}"#
        let a = try #require(ListingEvent.direct(Array(plain.utf8), limits: .init()))
        let b = try #require(ListingEvent.direct(Array(escaped.utf8), limits: .init()))
        #expect(a.event == b.event)
        #expect(a.event.platform == .wechatChannels && a.event.actor == .host && a.event.parts[0].scene == .liveSpeech)
        for near in ["wechat", "wechat_channel", "wechat_channelss", "Douyin", "douyin "] {
            let text = plain.replacingOccurrences(of: "wechat_channels", with: near)
            #expect(ListingEvent.direct(Array(text.utf8), limits: .init()) == nil, "\(near)")
        }
        for p in Platform.allCases {
            #expect(Array(p.rawValue.utf8).withUnsafeBufferPointer { Platform.byteNames.value($0) } == p)
        }
        for s in Signal.allCases {
            #expect(Array(s.rawValue.utf8).withUnsafeBufferPointer { Signal.byteNames.value($0) } == s)
        }
    }
}
