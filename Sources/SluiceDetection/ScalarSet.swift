/// A fixed set of scalars that the scanners ask about character after character (is this 你 or 您,
/// a separator, a filler a negation reaches through). `Set<UInt32>` hashes every question with
/// SipHash, which cost more than the rest of some loops; here a 64-bit filter on the low six bits
/// turns most characters away with one AND, and the answer is then a short comparison or, for a set of
/// more than a dozen, one bit of a table over the Basic Multilingual Plane.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    /// The members in ascending order (for a large set, only those beyond the BMP).
    private let members: [UInt32]
    /// Bit `v & 63` is set when some member ends in those six bits.
    private let filter: UInt64
    /// For a set of more than `smallLimit` members, one bit per BMP scalar; empty otherwise.
    private let bmp: [UInt64]

    private static let smallLimit = 12

    init(_ scalars: some Sequence<UInt32>) {
        let sorted = Array(Set(scalars)).sorted()
        var filter: UInt64 = 0
        for v in sorted { filter |= 1 << UInt64(v & 63) }
        self.filter = filter
        if sorted.count > Self.smallLimit {
            var table = [UInt64](repeating: 0, count: 0x10000 / 64)
            for v in sorted where v < 0x10000 { table[Int(v >> 6)] |= 1 << UInt64(v & 63) }
            bmp = table
            members = sorted.filter { $0 >= 0x10000 }
        } else {
            bmp = []
            members = sorted
        }
    }

    /// The scalars of `characters`.
    init(_ characters: String) { self.init(characters.unicodeScalars.lazy.map(\.value)) }

    init(arrayLiteral elements: UInt32...) { self.init(elements) }

    @inline(__always)
    func contains(_ v: UInt32) -> Bool {
        guard filter & (1 << UInt64(v & 63)) != 0 else { return false }
        if !bmp.isEmpty && v < 0x10000 { return bmp[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        for m in members {
            if m == v { return true }
            if m > v { return false }
        }
        return false
    }
}
