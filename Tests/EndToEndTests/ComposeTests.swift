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

    /// The image's build stage, without Docker: a scratch folder holding exactly what the
    /// Dockerfile copies, its apt packages checked, its `swift build` run as written. A missing
    /// COPY (the first release forgot Tests/, which Package.swift declares) or a missing system
    /// library for the static link fails here as it would in `docker build`.
    @Test("ops/Dockerfile's build stage succeeds in a scratch copy holding exactly what it copies; the image gets every executable")
    func dockerfileBuilds() throws {
        let root = Harness.packageRoot.path
        let dockerfile = try String(contentsOfFile: root + "/ops/Dockerfile", encoding: .utf8)
        // Join continuation lines; take the build stage (up to the second FROM).
        let lines = dockerfile.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let stages = lines.split { $0.hasPrefix("FROM ") && !$0.contains(" AS build") }
        let build = try #require(stages.first)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sluice-image-\(UUID().uuidString.prefix(6))").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var commands: [String] = []
        for line in build {
            if line.hasPrefix("COPY ") {
                let parts = line.split(separator: " ").map(String.init)
                try #require(parts.count == 3, "COPY with one source and one target: \(line)")
                let target = (scratch as NSString).appendingPathComponent(parts[2] == "./" ? parts[1] : parts[2])
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: (root as NSString).appendingPathComponent(parts[1]), toPath: target)
            } else if line.hasPrefix("RUN "), line.contains("apt-get install") {
                // The system packages the build needs must be what ops/setup.sh installs here.
                let packages = line.components(separatedBy: "--no-install-recommends ").last!.components(separatedBy: " &&").first!
                    .split(separator: " ").map(String.init)
                for package in packages {
                    let status = try Harness.exec("/usr/bin/dpkg", ["-s", package])
                    #expect(status.status == 0, "the image's build stage installs \(package), which this machine lacks: add it to ops/setup.sh")
                }
            } else if line.hasPrefix("RUN ") {
                commands.append(String(line.dropFirst(4)).replacingOccurrences(of: "/out", with: scratch + "/out"))
            }
        }
        try #require(commands.contains { $0.contains("swift build") })
        for command in commands {
            let result = try Harness.exec("/bin/bash", ["-c", command], timeout: 3600, currentDirectory: scratch)
            try #require(result.status == 0, "`\(command)` failed in the scratch copy:\n\(result.error.suffix(3000))\n\(result.output.suffix(3000))")
        }
        for executable in Self.executables {
            let binary = scratch + "/out/" + executable
            #expect(FileManager.default.isExecutableFile(atPath: binary), "the image lacks \(executable)")
        }
        let version = try Harness.exec(scratch + "/out/pipectl", ["--version"])
        #expect(version.status == 0)
        // The runtime stage copies pipelines/ as /etc/sluice and compose runs compose.toml from there.
        #expect(dockerfile.contains("COPY pipelines /etc/sluice") && FileManager.default.fileExists(atPath: root + "/pipelines/compose.toml"))
    }
}
