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
}
