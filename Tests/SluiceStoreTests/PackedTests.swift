import CZlib
import Foundation
import GRDB
import SluiceModel
import Testing
@testable import SluiceStore

@Suite("Packed text")
struct PackedTests {
    /// CRC-32 of each dictionary as first released. A stored value names its dictionary, so a
    /// dictionary must never change: this test fails if one does (add a new case instead).
    @Test("every dictionary is frozen")
    func dictionariesAreFrozen() {
        let pinned: [Packed.Dictionary: UInt] = [.listing: 1_070_070_565, .notice: 3_882_149_921, .decision: 3_291_610_323]
        for d in Packed.Dictionary.allCases {
            let bytes = d.bytes
            let crc = bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
            #expect(crc == pinned[d], "\(d): \(crc)")
            // zlib uses at most the window less its lookahead (4 KiB − 262 bytes).
            #expect(bytes.count <= 4096 - 262)
        }
    }

    @Test("text round-trips through every dictionary: empty, short, Chinese, binary, longer than the window")
    func roundTrip() {
        var texts: [[UInt8]] = [[], Array("{}".utf8), Array("您好，您在抖音发布的内容（编号 x-1，版本 2）".utf8), [0x01, 0x02, 0x03, 0xFF, 0x00]]
        var state: UInt64 = 7
        texts.append((0..<20_000).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 40)
        })
        texts.append(Array(String(repeating: "加微信 abc123 ", count: 2_000).utf8))
        for d in Packed.Dictionary.allCases {
            for t in texts {
                let packed = Packed.pack(t, d)
                #expect(packed.first == d.rawValue)
                #expect(Packed.unpack(packed) == t)
                #expect(Packed.unpack(packed.databaseValue) == t)
            }
        }
    }

    @Test("values stored before packing read as they are: TEXT, a plain BLOB, a BLOB that only starts like a packed one")
    func legacyValues() {
        #expect(Packed.string("plain text".databaseValue) == "plain text")
        #expect(Packed.unpack(Data("{\"a\":1}".utf8)) == Array("{\"a\":1}".utf8))
        let looksPacked = Data([0x01, 0x41, 0x42, 0x43])
        #expect(Packed.unpack(looksPacked) == [0x01, 0x41, 0x42, 0x43])
        #expect(Packed.unpack(DatabaseValue.null) == [])
    }

    @Test("the dictionaries earn their keep: a listing packs to under 60 %, a notice and a decision body to under 35 %")
    func ratios() {
        let listing = ListingEvent(listingID: "lg77-3", revision: 1, platform: .xiaohongshu, merchantID: "m-1569", actor: .merchant,
                                   category: "education", observedAt: "2026-11-30T08:41:16.070Z",
                                   parts: [ListingPart(scene: .title, text: "奥数思维课 年终大促"),
                                           ListingPart(scene: .detail, text: "奥数思维课，品质保证，七天无理由退换。有问题请联系在线客服。")]).jsonBytes
        let notice = Array("""
            您好，您在快手发布的内容（编号 lg1000-3，版本 1）经检测涉嫌违反《kuaishou-诱导站外交易（保守默认规则）》（规则版本 2026.11-default）。
            违规证据：
            · 其他通讯软件：“上飞机”（笔记）
            · 微信联系方式：“vx：ab***”（详情页）
            违规程度：一般；本自然年（2026年）累计违规 2 次。
            处理措施：警告；扣除保证金 500 元。
            如有异议，请于 2026-12-07T08:41:16Z（北京时间 2026-12-07 16:41）前提出申诉。
            """.utf8)
        let decision = Array("""
            {"policy":"kuaishou-诱导站外交易（保守默认规则）","policy_version":"2026.11-default","count_before":0,"count_after":0,\
            "actions":[],"exempt":"kuaishou-诱导站外交易（保守默认规则） applies to host, merchant, not buyer"}
            """.utf8)
        func ratio(_ t: [UInt8], _ d: Packed.Dictionary) -> Double { Double(Packed.pack(t, d).count) / Double(t.count) }
        #expect(ratio(listing, .listing) < 0.6, "\(ratio(listing, .listing))")
        #expect(ratio(notice, .notice) < 0.35, "\(ratio(notice, .notice))")
        #expect(ratio(decision, .decision) < 0.35, "\(ratio(decision, .decision))")
    }

    @Test("the journal stores a listing packed and gives it back whole; SQL reads it with unpacked()")
    func journalPacks() throws {
        let folder = Folder()
        let journal = try JournalStore(folder: folder.path, owner: "test")
        var next = 1
        let (valid, raw) = listing("p-1")
        _ = try journal.journal([.listing(valid, raw: raw)], nextSeq: &next, ingestedAt: 1)
        let open = try journal.open(from: 0, limit: 10)
        #expect(open.map(\.raw) == [raw])
        let stored = try journal.file.pool.read { db in try DatabaseValue.fetchOne(db, sql: "SELECT raw FROM journal") }
        guard case .blob(let data)? = stored?.storage else { Issue.record("raw is not a BLOB"); return }
        #expect(data.first == Packed.Dictionary.listing.rawValue)
        let reader = try StoreReader(folder: folder.path)
        #expect(try reader.rows("SELECT unpacked(raw) AS raw FROM journal.journal").first?["raw"] == String(decoding: raw, as: UTF8.self))
    }
}
