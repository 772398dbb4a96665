import Foundation
import SluiceModel
import ZeroMQ

/// The pipeline's credentials under `security.keys_dir` (default `<data>/keys/`; 0700, every file 0600):
///
/// * `pipeline.token` — the shared secret of PLAIN mode (created on first use);
/// * `curve/` — CurveZMQ keys (see `pipectl keys`).
package enum Keys {
    package static func folder(_ config: PipelineConfiguration) -> String { config.keysDirectory }

    /// The security a process of `role` runs with.
    package static func security(for config: PipelineConfiguration, role: StageName) throws -> Security {
        switch config.effectiveSecurity {
        case .off:
            return .off
        case .plain:
            return Security(mode: .plain, token: try token(config), keyring: nil, openIntake: config.openIntake)
        case .curve:
            return Security(mode: .curve, token: "", keyring: try Keyring.load(folder: folder(config)), openIntake: false,
                            keyFolder: folder(config))
        }
    }

    /// The pipeline token, created (0600) by whichever process needs it first.
    package static func token(_ config: PipelineConfiguration) throws -> String {
        let dir = folder(config)
        let path = (dir as NSString).appendingPathComponent("pipeline.token")
        if let text = try? String(contentsOfFile: path, encoding: .utf8), text.count >= 32 {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var bytes = [UInt8](repeating: 0, count: 24)
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255) }
        let fresh = bytes.map { String(format: "%02x", $0) }.joined()
        // O_EXCL: if two processes race, one writes and both read the winner's token.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            let line = Array((fresh + "\n").utf8)
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            return fresh
        }
        for _ in 0..<50 {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.count >= 32 {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            usleep(20_000)
        }
        throw SecurityError.unreadable(path, "the pipeline token could not be created or read")
    }
}

extension Keyring {
    /// Reads `<keys>/curve/`: `server-<role>.key` and `client-<role>.key` (two lines: public,
    /// secret) and `members` (lines: role name public-key).
    package static func load(folder: String) throws -> Keyring {
        let dir = (folder as NSString).appendingPathComponent("curve")
        guard FileManager.default.fileExists(atPath: dir) else {
            throw SecurityError.insecure("no CURVE keyring in \(dir): run pipectl keys init (see pipectl keys --help)")
        }
        var servers: [StageName: CurveKeyPair] = [:]
        var clients: [StageName: CurveKeyPair] = [:]
        for role in StageName.allCases {
            for (prefix, into) in [("server", 0), ("client", 1)] {
                let path = (dir as NSString).appendingPathComponent("\(prefix)-\(role.rawValue).key")
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                guard lines.count >= 1, CurveKeyPair.isValid(lines[0]) else {
                    throw SecurityError.unreadable(path, "expected a Z85 public key on the first line")
                }
                let pair = CurveKeyPair(publicKey: lines[0], secretKey: lines.count > 1 && CurveKeyPair.isValid(lines[1]) ? lines[1] : "")
                if into == 0 { servers[role] = pair } else { clients[role] = pair }
            }
        }
        var members: [Member] = []
        let membersPath = (dir as NSString).appendingPathComponent("members")
        if let text = try? String(contentsOfFile: membersPath, encoding: .utf8) {
            for (i, line) in text.split(separator: "\n").enumerated() {
                let fields = line.split(separator: " ").map(String.init)
                guard !line.hasPrefix("#"), !fields.isEmpty else { continue }
                guard fields.count == 3, let role = StageName(rawValue: fields[0]), CurveKeyPair.isValid(fields[2]) else {
                    throw SecurityError.unreadable(membersPath, "line \(i + 1): expected 'role name public-key'")
                }
                members.append(Member(role: role, name: fields[1], publicKey: fields[2]))
            }
        }
        return Keyring(servers: servers, clients: clients, members: members)
    }
}
