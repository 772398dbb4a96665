/// A multi-pattern automaton over Unicode scalars, built once and shared read-only.
/// Reports every (pattern, start, end) occurrence in one left-to-right pass.
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
    /// What the scan reads of a node, side by side so one visit touches one cache line.
    struct Node {
        /// Edges of node n: edgeClass/edgeTarget[nodes[n].edgeStart..<nodes[n+1].edgeStart], sorted by class.
        var edgeStart: Int32
        /// Patterns ending at node n (its own and along its failure chain):
        /// outputList[nodes[n].outputStart..<nodes[n+1].outputStart].
        var outputStart: Int32
        var fail: Int32
    }

    /// One entry per node, plus a sentinel that closes the last node's edge and output lists.
    private let nodes: [Node]
    private let edgeClass: [UInt16]
    private let edgeTarget: [Int32]
    private let outputList: [Int32]
    /// Length of each pattern, in scalars.
    package let lengths: [Int32]

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
        var lengths: [Int32] = []
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
            lengths.append(Int32(pattern.count))
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
        var nodes: [Node] = []
        nodes.reserveCapacity(count + 1)
        var edgeClass: [UInt16] = []
        var edgeTarget: [Int32] = []
        var outputList: [Int32] = []
        for n in 0..<count {
            nodes.append(Node(edgeStart: Int32(edgeClass.count), outputStart: Int32(outputList.count), fail: fail[n]))
            for (c, child) in children[n].sorted(by: { $0.key < $1.key }) {
                edgeClass.append(c)
                edgeTarget.append(Int32(child))
            }
            outputList += outputs[n]
        }
        nodes.append(Node(edgeStart: Int32(edgeClass.count), outputStart: Int32(outputList.count), fail: 0))
        bmpClass = bmp
        self.astral = astral
        self.rootNext = rootNext
        self.nodes = nodes
        self.edgeClass = edgeClass
        self.edgeTarget = edgeTarget
        self.outputList = outputList
        self.lengths = lengths
    }

    /// Calls `report(patternIndex, start, endExclusive)` for every occurrence in `text`.
    package func scan(_ text: [UInt32], report: (_ pattern: Int, _ start: Int, _ end: Int) -> Void) {
        text.withUnsafeBufferPointer { scan($0, report: report) }
    }

    /// Calls `report(patternIndex, start, endExclusive)` for every occurrence in `text`.
    package func scan(_ text: UnsafeBufferPointer<UInt32>, report: (_ pattern: Int, _ start: Int, _ end: Int) -> Void) {
        // Buffer pointers: this loop runs once per character of every listing. Every index below
        // comes from the tables built in init, which are consistent by construction.
        bmpClass.withUnsafeBufferPointer { bmpClass in
        rootNext.withUnsafeBufferPointer { rootNext in
        nodes.withUnsafeBufferPointer { nodes in
        edgeClass.withUnsafeBufferPointer { edgeClass in
        edgeTarget.withUnsafeBufferPointer { edgeTarget in
        outputList.withUnsafeBufferPointer { outputList in
        lengths.withUnsafeBufferPointer { lengths in
            var node = 0
            for i in 0..<text.count {
                let v = text[i]
                let c = v < 0x10000 ? Int(bmpClass[Int(v)]) : Int(astral[v] ?? 0)
                if c == 0 {
                    node = 0
                    continue
                }
                // Follow failure links until a node has an edge for c (the root always does).
                while true {
                    if node == 0 {
                        node = Int(rootNext[c])
                        break
                    }
                    var edge = Int(nodes[node].edgeStart)
                    let last = Int(nodes[node + 1].edgeStart)
                    while edge < last && Int(edgeClass[edge]) != c { edge += 1 }
                    if edge < last {
                        node = Int(edgeTarget[edge])
                        break
                    }
                    node = Int(nodes[node].fail)
                }
                let start = Int(nodes[node].outputStart)
                let end = Int(nodes[node + 1].outputStart)
                if start < end {
                    for k in start..<end {
                        let pattern = Int(outputList[k])
                        report(pattern, i + 1 - Int(lengths[pattern]), i + 1)
                    }
                }
            }
        }}}}}}}
    }
}
