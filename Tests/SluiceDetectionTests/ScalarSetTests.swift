import Testing
@testable import SluiceDetection

@Suite("Scalar sets")
struct ScalarSetTests {
    /// Every scalar of the BMP and a stretch beyond it, asked of a set and of `Set<UInt32>` built from the
    /// same members: the filter and the table must never turn a member away or let another in.
    func agrees(_ members: [UInt32]) {
        let set = ScalarSet(members)
        let reference = Set(members)
        var disagreements: [UInt32] = []
        for v in UInt32(0)..<0x20000 where set.contains(v) != reference.contains(v) { disagreements.append(v) }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(8))")
    }

    @Test("a small set (compared member by member) answers as Set does, members sharing low bits included")
    func small() {
        agrees([0x2F, 0x7C, 0x7E, 0xB7, 0x2022])
        // 0x40, 0x80 and 0x4E00 end in the same six bits: the filter lets all three through, the list decides.
        agrees([0x40, 0x4E00, 0x1F427])
        agrees([])
    }

    @Test("a large set (a table over the BMP) answers as Set does, members beyond the BMP included")
    func large() {
        let ideographs = Array("就还是也都先再自己亲自明后今天周末下次改有空会要想准备打算得只能直接专门特意一般每经常偶尔平时".unicodeScalars.map(\.value))
        agrees(ideographs + [0x1F427, 0x1F4AC, 0x20, 0x3000])
        #expect(ScalarSet("你您").contains(0x60A8))
        #expect(!ScalarSet("你您").contains(0x6211))
    }

    @Test("a word table finds the first listed word at or ending at a position, as comparing every word would")
    func wordTable() {
        func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }
        let words = ["我妈妈", "我妈", "妈妈", "发给我", "给我", "qq上", "qq"].map(scalars)
        let table = WordTable(words)
        let norm = NormalizedText("昨天我妈妈微信发给我的，qq上也有")
        let c = norm.compact
        for k in -1...(c.count + 1) {
            let atReference = words.first { w in k >= 0 && k + w.count <= c.count && Array(c[k..<(k + w.count)]) == w }
            let endingReference = words.first { w in k >= w.count && k <= c.count && Array(c[(k - w.count)..<k]) == w }
            #expect(norm.word(at: k, from: table) == atReference, "at \(k)")
            #expect(norm.word(endingAt: k, from: table) == endingReference, "ending at \(k)")
        }
        // Order decides: the longer word listed first is the one found.
        #expect(norm.word(at: 2, from: table) == scalars("我妈妈"))
    }
}
