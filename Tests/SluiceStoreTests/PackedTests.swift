import Foundation
import GRDB
import SluiceModel
import Testing
@testable import SluiceStore

@Suite("Packed text")
struct PackedTests {
    /// A checksum of each phrase table as first released. A stored value names its table, so a
    /// table must never change: this test fails if one does (add a new case instead).
    @Test("every phrase table is frozen, and its phrases are long enough to pay for their code")
    func tablesAreFrozen() {
        let pinned: [Packed.Table: UInt64] = [.listing: 13_740_684_467_826_905_563, .notice: 17_050_026_814_697_994_051,
                                                   .decision: 14_957_389_562_286_950_199]
        for d in Packed.Table.allCases {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in d.phrases.joined(separator: "\u{0}").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            #expect(hash == pinned[d], "\(d): \(hash)")
            #expect(d.phrases.allSatisfy { $0.utf8.count >= 3 })
            #expect(Set(d.phrases).count == d.phrases.count, "\(d) has a phrase twice")
        }
    }

    @Test("text round-trips through every table: empty, short, Chinese, control bytes, random bytes, long repeats")
    func roundTrip() {
        var texts: [[UInt8]] = [[], Array("{}".utf8), Array("您好，您在抖音发布的内容（编号 x-1，版本 2）".utf8), [0x01, 0x02, 0x03, 0xFF, 0x00],
                                Array("\u{1}\u{2}douyin\u{8}\u{1}".utf8), Array("douyi".utf8)]
        var state: UInt64 = 7
        texts.append((0..<20_000).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 40)
        })
        texts.append(Array(String(repeating: "加微信 abc123 ", count: 2_000).utf8))
        for d in Packed.Table.allCases {
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
        // A tag byte, then an escape of a byte that needs none, or a phrase number past the table.
        for looksPacked in [Data([0x01, 0x01, 0x41]), Data([0x02, 0x08, 0xFF]), Data([0x03, 0x05])] {
            #expect(Packed.unpack(looksPacked) == Array(looksPacked))
        }
        #expect(Packed.unpack(DatabaseValue.null) == [])
    }

    @Test("the tables earn their keep: a listing packs to under 75 %, a notice to under 50 %, a decision body to under 50 %")
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
        func ratio(_ t: [UInt8], _ d: Packed.Table) -> Double { Double(Packed.pack(t, d).count) / Double(t.count) }
        #expect(ratio(listing, .listing) < 0.75, "\(ratio(listing, .listing))")
        #expect(ratio(notice, .notice) < 0.5, "\(ratio(notice, .notice))")
        #expect(ratio(decision, .decision) < 0.5, "\(ratio(decision, .decision))")
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
        #expect(data.first == Packed.Table.listing.rawValue)
        let reader = try StoreReader(folder: folder.path)
        #expect(try reader.rows("SELECT unpacked(raw) AS raw FROM journal.journal").first?["raw"] == String(decoding: raw, as: UTF8.self))
    }
}
