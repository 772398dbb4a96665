import Foundation
import Testing
@testable import SluiceRuntime
import SluiceConfig
import ZeroMQ

@Suite("Pipeline files")
struct PipelineConfigurationTests {
    static var repo: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    @Test("the default pipeline loads with its documented defaults and stage endpoints", arguments: ["default.toml", "compose.toml"])
    func loads(file: String) throws {
        let c = try PipelineConfiguration.load(path: Self.repo + "/pipelines/" + file)
        #expect(c.workers["penalise"] == 1)
        #expect(c.rulesDirectory.hasSuffix("pipelines/rules"))
        let detect = c.endpoints(for: "detect")
        #expect(detect.input == [Endpoint(.connect, c.boundaries["detect"]!.back)])
        #expect(detect.output == [Endpoint(.connect, c.boundaries["score"]!.front)])
        #expect(c.endpoints(for: "notify").output.isEmpty)
        #expect(c.endpoints(for: "ingest").input.first?.mode == .bind)
    }

    @Test("bind_host rewrites only the host of bound addresses")
    func bindHost() throws {
        var c = try PipelineConfiguration.load(path: Self.repo + "/pipelines/compose.toml")
        #expect(c.endpoints(for: "recorder").input == [Endpoint(.bind, "tcp://0.0.0.0:5559")])
        #expect(c.endpoints(for: "detect").input == [Endpoint(.connect, "tcp://relay:5552")])
        c.bindHost = ""
        #expect(c.bindAddress("tcp://127.0.0.1:5550") == "tcp://127.0.0.1:5550")
    }

    @Test("a bad pipeline file is refused with file, key and reason", arguments: [
        ("[intake]\nendpoint = 5\n[recorder]\nendpoint = \"tcp://x:1\"\n[boundaries]\n", "intake.endpoint"),
        ("[intake]\nendpoint = \"tcp://x:1\"\n[recorder]\nendpoint = \"tcp://x:2\"\n[boundaries]\ndetect = { front = \"a\", back = \"b\" }\n", "boundaries.score"),
        ("[intake]\nendpoint = \"tcp://x:1\"\nbogus = 1\n[recorder]\nendpoint = \"tcp://x:2\"\n[boundaries]\n", "intake.bogus"),
        ("this is = = not toml", ""),
    ])
    func refused(text: String, key: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString.prefix(6)).toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try PipelineConfiguration.load(path: path)
            Issue.record("should be refused")
        } catch {
            #expect(error.file.hasSuffix(".toml"))
            #expect(error.key == key, "\(error)")
            #expect(!error.reason.isEmpty)
        }
    }

    @Test("penalise cannot be scaled: it owns the ledger")
    func penaliseSingle() throws {
        let text = try String(contentsOfFile: Self.repo + "/pipelines/default.toml", encoding: .utf8)
            .replacingOccurrences(of: "penalise = 1", with: "penalise = 2")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("p2-\(UUID().uuidString.prefix(6)).toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ConfigurationError.self) { try PipelineConfiguration.load(path: path) }
    }
}
