import Foundation
import SluiceConfig
import SluiceModel
import Testing
import ZeroMQ
@testable import SluiceRuntime

@Suite("Pipeline files")
struct PipelineConfigurationTests {
    static var repo: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    @Test("the shipped pipelines load with their documented defaults and ports", arguments: ["default.toml", "compose.toml"])
    func loads(file: String) throws {
        let c = try PipelineConfiguration.load(path: Self.repo + "/pipelines/" + file)
        #expect(c.workers[.penalise] == 1)
        #expect(c.rulesDirectory.hasSuffix("pipelines/rules"))
        let detect = c.ports(for: .detect)
        #expect(detect.first { $0.id == .input }?.endpoints == [Endpoint(.connect, c.boundaries[.detect]!.back)])
        #expect(detect.first { $0.id == .output }?.endpoints == [Endpoint(.connect, c.boundaries[.score]!.front)])
        #expect(c.ports(for: .notify).first { $0.id == .output } == nil, "notify sends only to the recorder")
        let ingest = c.ports(for: .ingest)
        #expect(ingest.first { $0.id == .intake }?.type == .router)
        #expect(ingest.first { $0.id == .intake }?.maxMessageBytes == Int64(c.maxMessageBytes))
        #expect(ingest.first { $0.id == .done }?.endpoints.first?.mode == .bind)
        #expect(c.ports(for: .recorder).first { $0.id == .done }?.endpoints == [Endpoint(.connect, c.ingestDone)])
        #expect(c.relayRoutes().count == 4)
    }

    @Test("every socket of every process is bounded: a maximum message size and a high-water mark")
    func boundedSurfaces() throws {
        let c = try PipelineConfiguration.load(path: Self.repo + "/pipelines/default.toml")
        var specs = StageName.allCases.flatMap { c.ports(for: $0) }
        for route in c.relayRoutes() { specs += [route.front, route.back] }
        #expect(specs.count > 20)
        for spec in specs {
            let limit = try #require(spec.maxMessageBytes, "\(spec.id) has no maximum message size")
            #expect(limit >= Int64(c.maxMessageBytes) && limit <= 1 << 30, "\(spec.id): \(limit)")
            #expect(spec.highWaterMark > 0 && spec.highWaterMark <= 100_000, "\(spec.id): HWM \(spec.highWaterMark)")
        }
        // What producers send is held to the listing limit itself.
        #expect(c.ports(for: .ingest).first { $0.id == .intake }?.maxMessageBytes == Int64(c.maxMessageBytes))
    }

    @Test("bind_host rewrites only the host of bound addresses; off loopback means CURVE")
    func bindHost() throws {
        var c = try PipelineConfiguration.load(path: Self.repo + "/pipelines/compose.toml")
        #expect(c.ports(for: .recorder).first { $0.id == .input }?.endpoints == [Endpoint(.bind, "tcp://0.0.0.0:5559")])
        #expect(c.ports(for: .detect).first { $0.id == .input }?.endpoints == [Endpoint(.connect, "tcp://relay:5552")])
        #expect(c.effectiveSecurity == .curve)
        c.bindHost = ""
        #expect(c.bindAddress("tcp://127.0.0.1:5550") == "tcp://127.0.0.1:5550")
        let local = try PipelineConfiguration.load(path: Self.repo + "/pipelines/default.toml")
        #expect(local.isLoopbackOnly && local.effectiveSecurity == .plain)
    }

    static let minimal = """
        [intake]
        endpoint = "tcp://127.0.0.1:1"
        [ingest]
        done = "tcp://127.0.0.1:2"
        control = "tcp://127.0.0.1:3"
        [penalise]
        noticed = "tcp://127.0.0.1:4"
        control = "tcp://127.0.0.1:5"
        [recorder]
        endpoint = "tcp://127.0.0.1:6"
        control = "tcp://127.0.0.1:7"
        [boundaries]
        detect = { front = "tcp://127.0.0.1:8", back = "tcp://127.0.0.1:9" }
        score = { front = "tcp://127.0.0.1:10", back = "tcp://127.0.0.1:11" }
        penalise = { front = "tcp://127.0.0.1:12", back = "tcp://127.0.0.1:13" }
        notify = { front = "tcp://127.0.0.1:14", back = "tcp://127.0.0.1:15" }

        """

    func load(_ text: String) throws -> PipelineConfiguration {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("p-\(UUID().uuidString.prefix(6)).toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try PipelineConfiguration.load(path: path)
    }

    @Test("a minimal pipeline takes every documented default")
    func defaults() throws {
        let c = try load(Self.minimal)
        #expect(c.redeliverAfterSeconds == 30 && c.maxAttempts == 5 && c.inFlight == 4096 && c.workerHighWaterMark == 16)
        #expect(c.maxTextBytes == 65_536 && c.maxMessageBytes == 1_048_576 && c.feed.isEmpty && c.retentionDays == 30)
    }

    @Test("a value of the wrong type names the type the key needs, the value found and its line")
    func wrongType() throws {
        do {
            _ = try load(Self.minimal + "[delivery]\nmax_attempts = \"five\"\n")
            Issue.record("should be refused")
        } catch let error as ConfigurationError {
            #expect(error.key == "delivery.max_attempts")
            #expect(error.reason.contains("expected an integer") && error.reason.contains("\"five\" (a string)"), "\(error)")
            #expect(error.line != nil)
            #expect(!error.description.contains("missing"))
        }
    }

    @Test("a bad pipeline file is refused with file, key and reason", arguments: [
        (minimal.replacingOccurrences(of: "endpoint = \"tcp://127.0.0.1:1\"", with: "endpoint = 5"), "intake.endpoint"),
        (minimal.replacingOccurrences(of: "score = { front", with: "#"), "boundaries.score"),
        (minimal + "[delivery]\nbogus = 1\n", "delivery.bogus"),
        (minimal + "[delivery]\nmax_attempts = 0\n", "delivery.max_attempts"),
        (minimal + "[delivery]\nbatch_window_ms = 5000\n", "delivery.batch_window_ms"),
        (minimal + "[workers]\npenalise = 2\n", "workers.penalise"),
        (minimal + "[workers]\nrelay = 2\n", "workers.relay"),
        (minimal.replacingOccurrences(of: "tcp://127.0.0.1:15", with: "tcp://127.0.0.1:14"), "boundaries.notify.back"),
        (minimal.replacingOccurrences(of: "tcp://127.0.0.1:6", with: "udp://127.0.0.1:6"), "recorder.endpoint"),
        (minimal.replacingOccurrences(of: "tcp://127.0.0.1:9", with: "tcp://10.0.0.2:9") + "[security]\nmode = \"plain\"\n", "security.mode"),
        ("this is = = not toml", ""),
    ])
    func refused(text: String, key: String) throws {
        do {
            _ = try load(text)
            Issue.record("should be refused")
        } catch let error as ConfigurationError {
            #expect(error.file.hasSuffix(".toml"))
            #expect(error.key == key, "\(error)")
            #expect(!error.reason.isEmpty)
        }
    }

    @Test("a missing, unreadable or wrong-kind file is refused in our words, saying what is wrong with the path")
    func unusablePaths() throws {
        struct Named: Decodable { var name: String? }
        let folder = NSTemporaryDirectory() + "sluice-paths-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cases: [(String, String)] = [
            (folder + "/absent.toml", "does not exist"),
            (folder, "is a folder, not a file"),
        ]
        for (path, expected) in cases {
            do {
                _ = try TOMLFile.decode(Named.self, path: path)
                Issue.record("\(path) should be refused")
            } catch {
                #expect(error.reason.contains(expected), "\(error)")
                #expect(!error.description.contains("operation could not be completed"), "\(error)")
            }
        }
        #expect(FileProblem.describe(folder + "/absent", folder: true) == "does not exist")
        #expect(FileProblem.describe(folder, folder: true) == "cannot be read")
        let file = folder + "/f"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        #expect(FileProblem.describe(file, folder: true) == "is a file, not a folder")
    }
}
