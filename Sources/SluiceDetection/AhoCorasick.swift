/// A multi-pattern automaton over Unicode scalars, built once and shared read-only.
/// Reports every (pattern, end) occurrence in one left-to-right pass.
package struct AhoCorasick: Sendable {
    /// Transitions keyed by `node << 21 | scalar`.
    private var next: [Int: Int32] = [:]
    private var fail: [Int32] = [0]
    /// For each node, the patterns that end there (its own and those along its fail chain).
    private var outputs: [[Int32]] = [[]]
    /// Pattern lengths in scalars.
    package private(set) var lengths: [Int] = []

    package init(patterns: [[UInt32]]) {
        for pattern in patterns { insert(pattern) }
        build()
    }

    package var patternCount: Int { lengths.count }

    private mutating func insert(_ pattern: [UInt32]) {
        var node = 0
        for scalar in pattern {
            let key = node << 21 | Int(scalar)
            if let n = next[key] {
                node = Int(n)
            } else {
                fail.append(0)
                outputs.append([])
                let n = fail.count - 1
                next[key] = Int32(n)
                node = n
            }
        }
        outputs[node].append(Int32(lengths.count))
        lengths.append(pattern.count)
    }

    private mutating func build() {
        // Children of each node, for a breadth-first walk.
        var children = Array(repeating: [(UInt32, Int)](), count: fail.count)
        for (key, child) in next { children[key >> 21].append((UInt32(key & 0x1F_FFFF), Int(child))) }
        var queue: [Int] = children[0].map(\.1)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (scalar, child) in children[node] {
                var f = Int(fail[node])
                while f != 0 && next[f << 21 | Int(scalar)] == nil { f = Int(fail[f]) }
                let target = next[f << 21 | Int(scalar)].map(Int.init) ?? 0
                fail[child] = Int32(target == child ? 0 : target)
                outputs[child] += outputs[Int(fail[child])]
                queue.append(child)
            }
        }
    }

    /// Calls `report(patternIndex, endExclusive)` for every occurrence in `text`.
    package func scan(_ text: [UInt32], report: (Int, Int) -> Void) {
        var node = 0
        for (i, scalar) in text.enumerated() {
            while true {
                if let n = next[node << 21 | Int(scalar)] {
                    node = Int(n)
                    break
                }
                if node == 0 { break }
                node = Int(fail[node])
            }
            for p in outputs[node] { report(Int(p), i + 1) }
        }
    }
}
