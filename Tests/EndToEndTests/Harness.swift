import Foundation
import SluiceStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real executables for end-to-end tests: a private data folder, free ports on
/// 127.0.0.1, a pipeline file of its own, and cleanup that always stops what it started.
final class Harness: @unchecked Sendable {
    let root: URL
    let data: String
    let pipeline: String
    let ports: [Int]
    let bin: String

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Where `swift build` put the executables: beside the test bundle, or SLUICE_BIN_DIR.
    static var binDirectory: String {
        if let dir = ProcessInfo.processInfo.environment["SLUICE_BIN_DIR"] { return dir }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("pipectl").path) { return dir.path }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug").path
    }

    /// The address every endpoint names (another namespace's address in multi-host tests).
    let host: String
    /// A command the producer runs under (`ip netns exec NS`), for hosts in other namespaces.
    var producerPrefix: [String] = []

    init(redeliverAfter: Double = 600, maxAttempts: Int = 5, detect: Int = 1, extra: String = "", data: String? = nil,
         host: String = "127.0.0.1", fixedPorts: [Int]? = nil) throws {
        self.host = host
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        self.data = data ?? root.appendingPathComponent("data").path
        ports = try fixedPorts ?? Self.freePorts(16)
        bin = Self.binDirectory
        let pipelines = Self.packageRoot.appendingPathComponent("pipelines").path
        let p = ports.map { "tcp://\(host):\($0)" }
        let toml = """
            name = "e2e"
            data_dir = "\(self.data)"
            rules_dir = "\(pipelines)/rules"
            policies_dir = "\(pipelines)/policies"
            [intake]
            endpoint = "\(p[0])"
            feed = "\(p[10])"
            max_text_bytes = 65536
            [ingest]
            done = "\(p[11])"
            control = "\(p[12])"
            [penalise]
            noticed = "\(p[13])"
            control = "\(p[14])"
            [recorder]
            endpoint = "\(p[1])"
            control = "\(p[15])"
            [delivery]
            redeliver_after_seconds = \(redeliverAfter)
            max_attempts = \(maxAttempts)
            [boundaries]
            detect = { front = "\(p[2])", back = "\(p[3])" }
            score = { front = "\(p[4])", back = "\(p[5])" }
            penalise = { front = "\(p[6])", back = "\(p[7])" }
            notify = { front = "\(p[8])", back = "\(p[9])" }
            [workers]
            detect = \(detect)
            \(extra)
            """
        pipeline = root.appendingPathComponent("pipeline.toml").path
        try toml.write(toFile: pipeline, atomically: true, encoding: .utf8)
    }

    var feed: String { "tcp://\(host):\(ports[10])" }

    var intake: String { "tcp://\(host):\(ports[0])" }

    /// Stops whatever is still running and removes the folder.
    func tearDown() {
        _ = try? run("pipectl", ["down", "--data", data, "--timeout", "30"])
        try? FileManager.default.removeItem(at: root)
    }

    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs one of the package's executables to completion.
    @discardableResult
    func run(_ executable: String, _ arguments: [String], stdin: String? = nil, timeout: Double = 120) throws -> Result {
        try Self.exec((bin as NSString).appendingPathComponent(executable), arguments, stdin: stdin, timeout: timeout)
    }

    static func exec(_ path: String, _ arguments: [String], stdin: String? = nil, timeout: Double = 120,
                     currentDirectory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        // Read both pipes concurrently so neither fills up.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        if !Self.waitUntil(timeout: timeout, interval: 0.02, { !process.isRunning }) {
            process.terminate()
            // A child stuck in a blocking call may ignore SIGTERM: never let it hang the test.
            if !Self.waitUntil(timeout: 3, interval: 0.02, { !process.isRunning }) { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                      error: String(decoding: errData, as: UTF8.self))
    }

    /// Sends raw messages with pyzmq to the fire-and-forget feed (one message per entry).
    func pushWithPython(_ messages: [[UInt8]]) throws {
        let file = try writeMessages(messages)
        let script = """
            import base64, sys, zmq
            ctx = zmq.Context()
            s = ctx.socket(zmq.PUSH)
            s.connect(sys.argv[1])
            n = 0
            with open(sys.argv[2]) as f:
                for line in f:
                    line = line.strip()
                    if line:
                        s.send(base64.b64decode(line)); n += 1
            s.close(linger=30000)
            ctx.term()
            print(n)
            """
        let result = try Self.exec("/usr/bin/env", ["python3", "-c", script, feed, file])
        guard result.status == 0 else {
            throw HarnessError("python3/pyzmq client failed (run ops/setup.sh): \(result.error)")
        }
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(messages.count)")
    }

    func writeMessages(_ messages: [[UInt8]]) throws -> String {
        let file = root.appendingPathComponent("messages-\(UUID().uuidString.prefix(6)).b64").path
        try messages.map { Data($0).base64EncodedString() }.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The independent producer of the acknowledged intake, in pyzmq: a DEALER that sends every
    /// message, resends what is not acknowledged within `resend` seconds, and returns one ack per
    /// message (in order; messages without a listing id are matched by arrival order).
    func produce(_ messages: [[UInt8]], resend: Double = 5, timeout: Double = 120) throws -> [Ack] {
        let file = try writeMessages(messages)
        let script = """
            import base64, json, sys, time, zmq
            msgs = [base64.b64decode(l) for l in open(sys.argv[2]).read().split() if l]
            def key(b):
                try:
                    o = json.loads(b); return f"{o['listing_id']}#{o['revision']}"
                except Exception:
                    return None
            ctx = zmq.Context(); s = ctx.socket(zmq.DEALER); s.setsockopt(zmq.LINGER, 0)
            if len(sys.argv) > 5:
                # A CURVE pipeline: the producer's key and the intake's server key.
                s.curve_serverkey = sys.argv[5].encode(); s.curve_publickey = sys.argv[6].encode(); s.curve_secretkey = sys.argv[7].encode()
            s.connect(sys.argv[1])
            # A send never blocks for good (no handshake completes when the intake refuses us).
            s.setsockopt(zmq.SNDTIMEO, 1000)
            def send(m):
                try:
                    s.send(m); return True
                except zmq.Again:
                    return False
            keys = [key(m) for m in msgs]
            acks = [None] * len(msgs)
            pending = {}
            start = time.time()
            for i, m in enumerate(msgs):
                if not send(m) and time.time() > float(sys.argv[4]) + start: break
                pending[i] = time.time()
            anonymous = [i for i, k in enumerate(keys) if k is None]
            deadline = time.time() + float(sys.argv[4])
            while pending and time.time() < deadline:
                if s.poll(100):
                    a = json.loads(s.recv())
                    k = f"{a['listing_id']}#{a['revision']}" if a['listing_id'] is not None else None
                    idx = next((i for i in pending if keys[i] == k), None) if k else None
                    if idx is None and a['listing_id'] is not None:
                        idx = next((i for i in pending if keys[i] and keys[i].startswith(a['listing_id'] + '#')), None)
                    if idx is None and anonymous:
                        idx = next((i for i in anonymous if i in pending), None)
                        if idx is not None: anonymous.remove(idx)
                    if idx is not None:
                        acks[idx] = a; pending.pop(idx)
                for i, t in list(pending.items()):
                    if keys[i] is not None and time.time() - t > float(sys.argv[3]):
                        send(msgs[i]); pending[i] = time.time()
            print(json.dumps(acks))
            """
        let result = try Self.exec("/usr/bin/env", producerPrefix + ["python3", "-c", script, intake, file, "\(resend)", "\(timeout)"] + (try producerCurveKeys()),
                                   timeout: timeout + 30)
        guard result.status == 0, let acks = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [Any] else {
            throw HarnessError("python3/pyzmq producer failed: \(result.error)")
        }
        return acks.map { a in
            let d = (a as? [String: Any]) ?? [:]
            return Ack(status: d["status"] as? String ?? "none", listingID: d["listing_id"] as? String, reason: d["reason"] as? String)
        }
    }

    /// Under CURVE (a keyring in the data folder), the producer's client key and the intake's
    /// server key: [server public, client public, client secret]; none otherwise.
    func producerCurveKeys() throws -> [String] {
        let dir = data + "/keys/curve"
        guard let client = try? String(contentsOfFile: dir + "/client-producer.key", encoding: .utf8),
              let server = try? String(contentsOfFile: dir + "/server-ingest.key", encoding: .utf8) else { return [] }
        let pair = client.split(separator: "\n").map(String.init)
        return [String(server.split(separator: "\n")[0]), pair[0], pair[1]]
    }

    /// One acknowledgement as a producer saw it ("none" when it never came).
    struct Ack: Sendable {
        var status: String
        var listingID: String?
        var reason: String?
    }

    func store() throws -> StoreReader { try StoreReader(folder: data) }

    /// The run state the supervisor writes.
    func state() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/run/state.json"))) as! [String: Any]
    }

    func pid(of name: String) throws -> Int32 {
        let processes = try state()["processes"] as! [[String: Any]]
        return Int32(processes.first { $0["name"] as? String == name }!["pid"] as! Int)
    }

    /// Lines of a process's log (`<data>/logs/<process>.log`) that contain every one of `needles`.
    func logLines(_ process: String, containing needles: String...) -> Int {
        let text = (try? String(contentsOfFile: data + "/logs/\(process).log", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { line in needles.allSatisfy { line.contains($0) } }.count
    }

    /// Polls until `condition` holds or `timeout` passes; returns whether it held.
    func waitUntil(timeout: Double, interval: Double = 0.25, _ condition: () throws -> Bool) rethrows -> Bool {
        try Self.waitUntil(timeout: timeout, interval: interval, condition)
    }

    /// Polls until `condition` holds or `timeout` passes; returns whether it held.
    static func waitUntil(timeout: Double, interval: Double = 0.25, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        // (The condition is the loop's own: checked before every pause and once more when the time is up.)
        while try !condition() {
            guard Date() < deadline else { return false }
            usleep(useconds_t(interval * 1_000_000))
        }
        return true
    }

    static func freePorts(_ count: Int) throws -> [Int] {
        var fds: [Int32] = []
        defer { fds.forEach { close($0) } }
        var ports: [Int] = []
        for _ in 0..<count {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_addr.s_addr = inet_addr("127.0.0.1")
            addr.sin_port = 0
            var len = socklen_t(MemoryLayout<sockaddr_in>.size)
            let ok = withUnsafeMutablePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
            }
            guard ok else { throw HarnessError("cannot find a free port") }
            fds.append(fd)
            ports.append(Int(UInt16(bigEndian: addr.sin_port)))
        }
        return ports
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
