/// A multi-pattern automaton over Unicode scalars, built once and shared read-only.
/// Reports every (pattern, end) occurrence in one left-to-right pass.
///
/// Scalars are first mapped to a small alphabet (only those that occur in some pattern), so a
/// character no pattern uses sends the automaton straight back to the root. Transitions are
/// dense at the root and a sorted edge list elsewhere; failure links are precomputed.
package struct AhoCorasick: Sendable {
    /// Alphabet class of each BMP scalar (0 = in no pattern); astral scalars go through `astral`.
    private let bmpClass: [UInt16]
    private let astral: [UInt32: UInt16]
    /// Root transitions by class (0 = stay at the root).
    private let rootNext: [Int32]
    /// Edges of node n: edgeClass/edgeTarget[edgeStart[n]..<edgeStart[n+1]], sorted by class.
    private let edgeStart: [Int32]
    private let edgeClass: [UInt16]
    private let edgeTarget: [Int32]
    private let fail: [Int32]
    /// Patterns ending at node n (its own and along its failure chain): outputList[outputStart[n]..<outputStart[n+1]].
    private let outputStart: [Int32]
    private let outputList: [Int32]
    package let lengths: [Int]

    package init(patterns: [[UInt32]]) {
        // Alphabet.
        var bmp = [UInt16](repeating: 0, count: 0x10000)
        var astral: [UInt32: UInt16] = [:]
        var classes = 0
        func classOf(_ v: UInt32) -> UInt16 {
            if v < 0x10000 {
                if bmp[Int(v)] == 0 { classes += 1; bmp[Int(v)] = UInt16(classes) }
                return bmp[Int(v)]
            }
            if let c = astral[v] { return c }
            classes += 1
            astral[v] = UInt16(classes)
            return UInt16(classes)
        }
        // Trie with dictionary children while building.
        var children: [[UInt16: Int]] = [[:]]
        var own: [[Int32]] = [[]]
        var lengths: [Int] = []
        for pattern in patterns {
            var node = 0
            for v in pattern {
                let c = classOf(v)
                if let n = children[node][c] {
                    node = n
                } else {
                    children.append([:])
                    own.append([])
                    children[node][c] = children.count - 1
                    node = children.count - 1
                }
            }
            own[node].append(Int32(lengths.count))
            lengths.append(pattern.count)
        }
        let count = children.count
        // Failure links, breadth first.
        var fail = [Int32](repeating: 0, count: count)
        var outputs = own
        var queue: [Int] = children[0].values.sorted()
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (c, child) in children[node].sorted(by: { $0.key < $1.key }) {
                var f = Int(fail[node])
                while f != 0 && children[f][c] == nil { f = Int(fail[f]) }
                let target = node == 0 ? 0 : (children[f][c] ?? 0)
                fail[child] = Int32(target == child ? 0 : target)
                outputs[child] += outputs[Int(fail[child])]
                queue.append(child)
            }
        }
        var rootNext = [Int32](repeating: 0, count: classes + 1)
        for (c, child) in children[0] { rootNext[Int(c)] = Int32(child) }
        var edgeStart = [Int32](repeating: 0, count: count + 1)
        var edgeClass: [UInt16] = []
        var edgeTarget: [Int32] = []
        var outputStart = [Int32](repeating: 0, count: count + 1)
        var outputList: [Int32] = []
        for n in 0..<count {
            edgeStart[n] = Int32(edgeClass.count)
            for (c, child) in children[n].sorted(by: { $0.key < $1.key }) {
                edgeClass.append(c)
                edgeTarget.append(Int32(child))
            }
            outputStart[n] = Int32(outputList.count)
            outputList += outputs[n]
        }
        edgeStart[count] = Int32(edgeClass.count)
        outputStart[count] = Int32(outputList.count)
        bmpClass = bmp
        self.astral = astral
        self.rootNext = rootNext
        self.edgeStart = edgeStart
        self.edgeClass = edgeClass
        self.edgeTarget = edgeTarget
        self.fail = fail
        self.outputStart = outputStart
        self.outputList = outputList
        self.lengths = lengths
    }

    @inline(__always)
    private func step(_ node: Int, _ c: Int) -> Int? {
        if node == 0 { return Int(rootNext[c]) }
        var lo = Int(edgeStart[node])
        let hi = Int(edgeStart[node + 1])
        while lo < hi {
            if Int(edgeClass[lo]) == c { return Int(edgeTarget[lo]) }
            lo += 1
        }
        return nil
    }

    /// Calls `report(patternIndex, endExclusive)` for every occurrence in `text`.
    package func scan(_ text: [UInt32], report: (Int, Int) -> Void) {
        var node = 0
        for i in 0..<text.count {
            let v = text[i]
            let c = v < 0x10000 ? Int(bmpClass[Int(v)]) : Int(astral[v] ?? 0)
            if c == 0 {
                node = 0
                continue
            }
            while true {
                if let n = step(node, c) {
                    node = n
                    break
                }
                node = Int(fail[node])
            }
            let start = Int(outputStart[node])
            let end = Int(outputStart[node + 1])
            if start < end {
                for k in start..<end { report(Int(outputList[k]), i + 1) }
            }
        }
    }
}
