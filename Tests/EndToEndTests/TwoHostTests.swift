import Foundation
import SluiceModel
import SluiceStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Workers on another host, for real: two network namespaces joined by a veth pair. The control
/// host (ingest, relay, penalise, recorder, the store) runs in one, detect, score and notify
/// workers in the other, speaking CurveZMQ over the veth link with keys made by
/// `pipectl keys add-worker` and installed by `pipectl keys import`. Then a worker with a key
/// nobody listed starts on the worker host: it gets nothing and injects nothing. Needs root
/// (CI has it); the namespaces are removed whatever happens.
@Suite("Two hosts", .serialized)
struct TwoHostTests {
    static var ipCommand: String? {
        ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Two namespaces and the veth pair between them; `tearDown` deletes both.
    struct Hosts {
        let ip: String
        let control: String
        let workers: String
        let controlAddress: String
        let workerAddress: String

        init() throws {
            guard getuid() == 0 else { throw HarnessError("the two-host test needs root for ip netns (CI runs as root)") }
            guard let ip = TwoHostTests.ipCommand else { throw HarnessError("no ip command: apt-get install iproute2 (ops/setup.sh does)") }
            self.ip = ip
            let tag = String(UInt32.random(in: 0..<0xFFFF), radix: 16)
            let subnet = Int.random(in: 1...250)
            control = "slc-ctl-\(tag)"
            workers = "slc-wrk-\(tag)"
            controlAddress = "10.231.\(subnet).1"
            workerAddress = "10.231.\(subnet).2"
            let (vc, vw) = ("slcc\(tag)", "slcw\(tag)")
            for command in [
                ["netns", "add", control], ["netns", "add", workers],
                ["link", "add", vc, "type", "veth", "peer", "name", vw],
                ["link", "set", vc, "netns", control], ["link", "set", vw, "netns", workers],
                ["-n", control, "addr", "add", "\(controlAddress)/24", "dev", vc],
                ["-n", workers, "addr", "add", "\(workerAddress)/24", "dev", vw],
                ["-n", control, "link", "set", vc, "up"], ["-n", workers, "link", "set", vw, "up"],
                ["-n", control, "link", "set", "lo", "up"], ["-n", workers, "link", "set", "lo", "up"],
            ] {
                let r = try Harness.exec(ip, command)
                guard r.status == 0 else {
                    tearDown()
                    throw HarnessError("ip \(command.joined(separator: " ")): \(r.error)")
                }
            }
        }

        func inside(_ namespace: String) -> [String] { [ip, "netns", "exec", namespace] }

        func tearDown() {
            _ = try? Harness.exec(ip, ["netns", "del", control])
            _ = try? Harness.exec(ip, ["netns", "del", workers])
        }
    }

    /// A worker process started in a namespace (not supervised: a host of its own).
    final class Worker: @unchecked Sendable {  // Process is not Sendable; only the test's thread touches it.
        let process = Process()

        init(_ hosts: Hosts, binary: String, arguments: [String], log: String) throws {
            process.executableURL = URL(fileURLWithPath: hosts.ip)
            process.arguments = ["netns", "exec", hosts.workers, binary] + arguments
            FileManager.default.createFile(atPath: log, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        func stop() {
            guard process.isRunning else { return }
            process.terminate()
            if !Harness.waitUntil(timeout: 10, interval: 0.05, { !process.isRunning }) { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    @Test("control host and worker host in two network namespaces over CURVE: every listing completes on the remote workers; a worker with an unlisted key gets nothing and injects nothing")
    func workersOnAnotherHost() throws {
        let hosts = try Hosts()
        defer { hosts.tearDown() }
        let ports = Array(47_100..<47_116)
        let harness = try Harness(redeliverAfter: 5, detect: 0, extra: "score = 0\nnotify = 0", host: hosts.controlAddress, fixedPorts: ports)
        harness.producerPrefix = hosts.inside(hosts.control)
        var workers: [Worker] = []
        defer {
            workers.forEach { $0.stop() }
            harness.tearDown()
        }
        let bin = harness.bin

        // Keys: the control host's keyring, one member key per remote worker, installed on the
        // worker host's own data folder.
        let workerData = harness.root.appendingPathComponent("worker-host").path
        let keys = try harness.run("pipectl", ["keys", "init", "--pipeline", harness.pipeline])
        try #require(keys.status == 0, "keys init: \(keys.error)")
        for role in ["detect", "score", "notify"] {
            let export = harness.root.appendingPathComponent("export-\(role).key").path
            let add = try harness.run("pipectl", ["keys", "add-worker", "--role", role, "host-b-\(role)", "--out", export, "--pipeline", harness.pipeline])
            try #require(add.status == 0, "add-worker: \(add.error)")
            let imported = try harness.run("pipectl", ["keys", "import", export, "--data", workerData, "--pipeline", harness.pipeline])
            try #require(imported.status == 0, "import: \(imported.error)")
        }
        let list = try harness.run("pipectl", ["keys", "list", "--json", "--pipeline", harness.pipeline])
        #expect(list.output.contains("host-b-detect") && list.output.contains("host-b-notify"))

        // The control set, on the control host only (no local workers).
        let up = try Harness.exec("/usr/bin/env", hosts.inside(hosts.control) + ["\(bin)/pipectl", "up", harness.pipeline, "--data", harness.data, "--timeout", "90"])
        try #require(up.status == 0, "pipectl up on the control host: \(up.output) \(up.error)")
        #expect(up.output.contains("security: curve"))

        for (role, n) in [("detect", 2), ("score", 1), ("notify", 1)] {
            for i in 1...n {
                workers.append(try Worker(hosts, binary: "\(bin)/sluice-\(role)", arguments: [
                    "--pipeline", harness.pipeline, "--data", workerData, "--worker-id", "\(role)-b\(i)",
                ], log: harness.root.appendingPathComponent("\(role)-b\(i).log").path))
            }
        }
        let store = try harness.store()
        // The remote workers report in over the link.
        #expect(try harness.waitUntil(timeout: 60) {
            let status = try Harness.exec("\(bin)/pipectl", ["status", "--json", "--data", harness.data])
            return status.output.contains("detect-b2") && status.output.contains("score-b1") && status.output.contains("notify-b1")
        }, "remote workers never reported: \(workers.map { (try? String(contentsOfFile: $0.process.arguments!.last! , encoding: .utf8)) ?? "" })")

        let events = PipelineEndToEndTests.stream(300, seed: 11, prefix: "twohost").map(\.jsonBytes)
        let acks = try harness.produce(events)
        #expect(acks.filter { $0.status == "journaled" }.count == 300)
        #expect(try harness.waitUntil(timeout: 120) { try store.count("SELECT COUNT(*) FROM records.outcomes") == 300 },
                "outcomes: \((try? store.count("SELECT COUNT(*) FROM records.outcomes")) ?? -1)")
        #expect(try store.count("SELECT COUNT(*) FROM records.outcomes WHERE hops LIKE '%detect-b%'") == 300,
                "every listing went through the remote detect workers")
        let violations = try store.count("SELECT COUNT(*) FROM records.outcomes WHERE violation = 1")
        #expect(violations > 50)
        #expect(try store.count("SELECT COUNT(*) FROM records.outcomes WHERE violation = 1 AND hops LIKE '%score-b1%'") == violations,
                "every violation went through the remote score worker")
        #expect(try harness.waitUntil(timeout: 60) { try store.count("SELECT COUNT(*) FROM records.notices") == violations },
                "the remote notify worker delivered every notice")

        // A rogue worker on the worker host: the server keys are public, its own key is listed nowhere.
        let rogueData = harness.root.appendingPathComponent("rogue-host").path
        try FileManager.default.createDirectory(atPath: rogueData + "/keys/curve", withIntermediateDirectories: true)
        for server in ["ingest", "relay", "penalise", "recorder"] {
            let pub = try String(contentsOfFile: "\(harness.data)/keys/curve/server-\(server).key", encoding: .utf8).split(separator: "\n")[0]
            try "\(pub)\n".write(toFile: "\(rogueData)/keys/curve/server-\(server).key", atomically: true, encoding: .utf8)
        }
        let pair = try Harness.exec("/usr/bin/env", ["python3", "-c", "import zmq; p, s = zmq.curve_keypair(); print(p.decode()); print(s.decode())"])
        try pair.output.write(toFile: "\(rogueData)/keys/curve/client-detect.key", atomically: true, encoding: .utf8)
        let rogue = try Worker(hosts, binary: "\(bin)/sluice-detect", arguments: [
            "--pipeline", harness.pipeline, "--data", rogueData, "--worker-id", "detect-rogue",
        ], log: harness.root.appendingPathComponent("rogue.log").path)
        workers.append(rogue)
        // It has knocked at the detect boundary over the link and been turned away.
        _ = harness.waitUntil(timeout: 30, interval: 0.1) {
            harness.logLines("relay", containing: "not a member of this pipeline", "admits=sluice:detect") >= 1
        }
        let more = PipelineEndToEndTests.stream(200, seed: 12, prefix: "twohost-more").map(\.jsonBytes)
        #expect(try harness.produce(more).filter { $0.status == "journaled" }.count == 200)
        #expect(try harness.waitUntil(timeout: 120) { try store.count("SELECT COUNT(*) FROM records.outcomes") == 500 })
        #expect(try store.count("SELECT COUNT(*) FROM records.outcomes WHERE hops LIKE '%rogue%'") == 0, "the rogue worker got listings")
        let status = try Harness.exec("\(bin)/pipectl", ["status", "--json", "--data", harness.data])
        #expect(!status.output.contains("detect-rogue"), "the rogue worker's heartbeats were recorded")
        #expect(try store.count("SELECT COUNT(*) FROM records.dead_letters") == 0)
        let relayLog = try String(contentsOfFile: harness.data + "/logs/relay.log", encoding: .utf8)
        #expect(relayLog.contains("not a member of this pipeline"), "the relay logs the refused worker")
    }
}
