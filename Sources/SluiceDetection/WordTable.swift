/// A fixed table of words looked up at positions of the compact text (我妈 我爸 … before 发给我; 以前
/// 之前 … before a channel). A lookup used to compare every word of the table at every position it was
/// asked about; the table keeps the first and the last scalars of its words in `ScalarSet`s, so most
/// positions are turned away with one AND before any word is read.
struct WordTable: Sendable {
    /// The words in the order given: the first that fits wins, so list a longer word before its prefix.
    let words: [[UInt32]]
    private let firsts: ScalarSet
    private let lasts: ScalarSet

    init(_ words: [[UInt32]]) {
        self.words = words.filter { !$0.isEmpty }
        firsts = ScalarSet(self.words.map { $0[0] })
        lasts = ScalarSet(self.words.map { $0[$0.count - 1] })
    }

    /// Whether some word starts with `scalar`.
    @inline(__always)
    func mayStart(with scalar: UInt32) -> Bool { firsts.contains(scalar) }

    /// Whether some word ends with `scalar`.
    @inline(__always)
    func mayEnd(with scalar: UInt32) -> Bool { lasts.contains(scalar) }
}
