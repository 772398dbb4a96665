import Foundation
import Testing

/// docker-compose.yml cannot run here (no Docker engine), so this validates it with
/// docker-compose itself and checks that every service's command is one of our executables
/// with flags it accepts (each is run with --check against the repository's pipeline files).
@Suite("docker-compose.yml")
struct ComposeTests {
    static let executables: Set<String> = ["sluice-ingest", "sluice-detect", "sluice-score", "sluice-penalise", "sluice-notify",
                                           "sluice-recorder", "sluice-relay", "sluice-loadgen", "pipectl"]

    func config() throws -> [String: Any] {
        let root = Harness.packageRoot.path
        let rendered = try Harness.exec("/usr/bin/env", ["docker-compose", "-f", "\(root)/docker-compose.yml", "config"],
                                        currentDirectory: root)
        try #require(rendered.status == 0, "docker-compose config failed (is docker-compose installed? run ops/setup.sh): \(rendered.error)")
        let json = try Harness.exec("/usr/bin/python3", ["-c", "import sys, yaml, json; json.dump(yaml.safe_load(sys.stdin), sys.stdout)"],
                                    stdin: rendered.output)
        try #require(json.status == 0, "YAML → JSON failed: \(json.error)")
        return try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
    }

    @Test("docker-compose config accepts the file, and every command is a real executable with flags it accepts")
    func commandsAreReal() throws {
        let services = try config()["services"] as! [String: [String: Any]]
        #expect(Set(services.keys) == ["keys", "recorder", "relay", "ingest", "penalise", "detect", "score", "notify"])
        let pipelines = Harness.packageRoot.appendingPathComponent("pipelines").path
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-compose-\(UUID().uuidString.prefix(6))").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        for (name, service) in services.sorted(by: { $0.key < $1.key }) where name == "keys" {
            let command = try #require(service["command"] as? [String])
            let arguments = command.dropFirst().map { $0.replacingOccurrences(of: "/etc/sluice", with: pipelines).replacingOccurrences(of: "/var/lib/sluice", with: data) }
            let made = try Harness.exec((Harness.binDirectory as NSString).appendingPathComponent(command[0]), Array(arguments))
            try #require(made.status == 0, "keys: \(made.error)")
        }
        for (name, service) in services.sorted(by: { $0.key < $1.key }) where name != "keys" {
            let command = try #require(service["command"] as? [String], "\(name) has no command list")
            let executable = try #require(command.first)
            #expect(Self.executables.contains(executable), "\(name): \(executable) is not an executable of this package")
            // Map the container's paths onto this checkout.
            let arguments = command.dropFirst().map {
                $0.replacingOccurrences(of: "/etc/sluice", with: pipelines).replacingOccurrences(of: "/var/lib/sluice", with: data)
            }
            let result = try Harness.exec((Harness.binDirectory as NSString).appendingPathComponent(executable), arguments + ["--check"])
            #expect(result.status == 0, "\(name): `\(command.joined(separator: " ")) --check` failed: \(result.error)")
        }
    }

    @Test("detect, score and notify scale with --scale alone; the control services share the store volume")
    func scalable() throws {
        let services = try config()["services"] as! [String: [String: Any]]
        for name in ["detect", "score", "notify"] {
            let service = try #require(services[name])
            #expect(service["container_name"] == nil, "\(name) has a fixed container name")
            #expect(service["ports"] == nil, "\(name) publishes host ports, so a second replica would clash")
            let command = service["command"] as? [String] ?? []
            #expect(!command.contains("--worker-id"), "\(name) has a fixed worker id; replicas must get their own")
        }
        for name in ["recorder", "ingest", "penalise", "relay", "detect", "score", "notify"] {
            let volumes = services[name]?["volumes"] as? [Any] ?? []
            #expect(volumes.contains { "\($0)".contains("sluice-data") }, "\(name) does not mount the data volume (store or keys)")
        }
    }
}
