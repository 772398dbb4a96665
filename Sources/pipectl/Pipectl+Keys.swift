import ArgumentParser
import Foundation
import SluiceModel
import SluiceRuntime
import ZeroMQ

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Manage the pipeline's CurveZMQ keys (<data>/keys/curve, files 0600 in 0700 folders).",
        discussion: """
            init creates a server key pair for every process that binds (ingest, relay, penalise, recorder) \
            and a client key pair for every local role. add-worker and add-producer create a key pair for a \
            member on another host and list its public key in `members`; give that host the printed secret \
            file. revoke removes a member (processes reload members every few seconds). Rotation: add the new \
            member key, move the worker to it, revoke the old one; for server keys run init --force and \
            restart (pipectl down; pipectl up), then export and import the members' files again. \
            On the member's host, `pipectl keys import FILE --data DIR` installs the exported file.
            """,
        subcommands: [Init.self, AddWorker.self, AddProducer.self, Import.self, List.self, Revoke.self])

    static func folder(_ options: ControlOptions) throws -> String {
        (SluiceRuntime.Keys.folder(try options.configuration()) as NSString).appendingPathComponent("curve")
    }

    static func write(_ path: String, _ text: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Failure(code: "failed", message: "cannot write \(path)")
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the pipeline's server and local client keys.")
        @OptionGroup var options: ControlOptions
        @Flag(name: .long, help: "Replace existing keys.") var force = false

        func run() throws {
            try perform(json: false) {
                let dir = try KeysCommand.folder(options)
                for role in [StageName.ingest, .relay, .penalise, .recorder] {
                    let path = (dir as NSString).appendingPathComponent("server-\(role.rawValue).key")
                    if FileManager.default.fileExists(atPath: path) && !force { continue }
                    let pair = try CurveKeyPair.generate()
                    try KeysCommand.write(path, "\(pair.publicKey)\n\(pair.secretKey)\n")
                }
                // Every local role, the producer included (sluice-loadgen and producers on this host).
                for role in StageName.allCases {
                    let path = (dir as NSString).appendingPathComponent("client-\(role.rawValue).key")
                    if FileManager.default.fileExists(atPath: path) && !force { continue }
                    let pair = try CurveKeyPair.generate()
                    try KeysCommand.write(path, "\(pair.publicKey)\n\(pair.secretKey)\n")
                }
                let members = (dir as NSString).appendingPathComponent("members")
                if !FileManager.default.fileExists(atPath: members) {
                    try KeysCommand.write(members, "# role name public-key — members on other hosts (pipectl keys add-worker)\n")
                }
                print("Keys in \(dir).")
            }
        }
    }

    static func add(role: StageName, name: String, options: ControlOptions, out: String?) throws {
        let dir = try folder(options)
        let members = (dir as NSString).appendingPathComponent("members")
        guard let text = try? String(contentsOfFile: members, encoding: .utf8) else {
            throw Failure(code: "not_found", message: "no keyring in \(dir): run pipectl keys init first")
        }
        guard !text.split(separator: "\n").contains(where: { $0.split(separator: " ").dropFirst().first.map(String.init) == name }) else {
            throw Failure(code: "refused", message: "a member named '\(name)' exists; revoke it first or pick another name")
        }
        let pair = try CurveKeyPair.generate()
        try write(members, text + "\(role.rawValue) \(name) \(pair.publicKey)\n")
        var export = "# Sluice member key (secret): install with pipectl keys import FILE --data DIR\n"
            + "role \(role.rawValue)\nname \(name)\npublic \(pair.publicKey)\nsecret \(pair.secretKey)\n"
        for server in [StageName.ingest, .relay, .penalise, .recorder] {
            if let s = try? String(contentsOfFile: (dir as NSString).appendingPathComponent("server-\(server.rawValue).key"), encoding: .utf8),
               let pub = s.split(separator: "\n").first {
                export += "server-\(server.rawValue) \(pub)\n"
            }
        }
        let path = out ?? (dir as NSString).appendingPathComponent("export-\(name).key")
        try write(path, export)
        print("Added \(role.rawValue) '\(name)'. Its secret and the servers' public keys are in \(path) (0600): copy it to that host, run pipectl keys import \((path as NSString).lastPathComponent) --data DIR there, then delete it here.")
    }

    struct AddWorker: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-worker", abstract: "Admit a worker on another host.")
        @Option(name: .long, help: "detect, score or notify.") var role: String
        @Argument(help: "A name for the worker (e.g. its host).") var name: String
        @Option(name: .long, help: "Where to write the exported key.") var out: String?
        @OptionGroup var options: ControlOptions

        func run() throws {
            guard let r = StageName(rawValue: role), StageName.workers.contains(r) else {
                throw ValidationError("--role must be detect, score or notify")
            }
            try perform(json: false) { try KeysCommand.add(role: r, name: name, options: options, out: out) }
        }
    }

    struct AddProducer: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-producer", abstract: "Admit a producer to the intake under CURVE.")
        @Argument(help: "A name for the producer.") var name: String
        @Option(name: .long, help: "Where to write the exported key.") var out: String?
        @OptionGroup var options: ControlOptions

        func run() throws {
            try perform(json: false) { try KeysCommand.add(role: .producer, name: name, options: options, out: out) }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install a member's exported key file on its own host.",
            discussion: """
                Writes <data>/keys/curve/client-<role>.key (the member's key pair) and server-*.key (the \
                control host's public keys), 0600 in 0700 folders, so sluice-detect|score|notify (or a \
                producer) started with that data folder speaks CURVE to the control host.
                """)
        @Argument(help: "The file pipectl keys add-worker|add-producer wrote.") var file: String
        @OptionGroup var options: ControlOptions

        func run() throws {
            try perform(json: false) {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw Failure.notFound("no such file: \(file)") }
                var fields: [String: String] = [:]
                for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                    let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
                    if parts.count == 2 { fields[parts[0]] = parts[1].trimmingCharacters(in: .whitespaces) }
                }
                guard let roleName = fields["role"], let role = StageName(rawValue: roleName),
                      let pub = fields["public"], let secret = fields["secret"],
                      CurveKeyPair.isValid(pub), CurveKeyPair.isValid(secret) else {
                    throw Failure(code: "failed", message: "\(file) is not a key file written by pipectl keys add-worker or add-producer")
                }
                let dir = try KeysCommand.folder(options)
                try KeysCommand.write((dir as NSString).appendingPathComponent("client-\(role.rawValue).key"), "\(pub)\n\(secret)\n")
                var servers = 0
                for server in [StageName.ingest, .relay, .penalise, .recorder] {
                    guard let key = fields["server-\(server.rawValue)"], CurveKeyPair.isValid(key) else { continue }
                    try KeysCommand.write((dir as NSString).appendingPathComponent("server-\(server.rawValue).key"), "\(key)\n")
                    servers += 1
                }
                guard servers > 0 else { throw Failure(code: "failed", message: "\(file) names no server keys") }
                print("Installed \(role.rawValue) '\(fields["name"] ?? "-")' and \(servers) server key(s) in \(dir).")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the keys and members.")
        @OptionGroup var options: ControlOptions
        @Flag(name: .long, help: "Print JSON for machines.") var json = false

        func run() throws {
            try perform(json: json) {
                let dir = try KeysCommand.folder(options)
                let ring = try Keyring.load(folder: (dir as NSString).deletingLastPathComponent)
                var rows: [JSONValue] = []
                for (role, pair) in ring.servers.sorted(by: { $0.key < $1.key }) {
                    rows.append(.object([("kind", .string("server")), ("role", .string(role.rawValue)), ("public_key", .string(pair.publicKey))]))
                }
                for (role, pair) in ring.clients.sorted(by: { $0.key < $1.key }) {
                    rows.append(.object([("kind", .string("local")), ("role", .string(role.rawValue)), ("public_key", .string(pair.publicKey))]))
                }
                for m in ring.members {
                    rows.append(.object([("kind", .string("member")), ("role", .string(m.role.rawValue)), ("name", .string(m.name)),
                                         ("public_key", .string(m.publicKey))]))
                }
                if json { printJSON(JSONValue.array(rows)); return }
                for r in rows {
                    print("\((r["kind"]?.stringValue ?? "").padding(toLength: 7, withPad: " ", startingAt: 0)) \((r["role"]?.stringValue ?? "").padding(toLength: 10, withPad: " ", startingAt: 0)) \((r["name"]?.stringValue ?? "-").padding(toLength: 16, withPad: " ", startingAt: 0)) \(r["public_key"]?.stringValue ?? "")")
                }
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a member: its key is refused from then on.")
        @Argument(help: "The member's name.") var name: String
        @OptionGroup var options: ControlOptions

        func run() throws {
            try perform(json: false) {
                let members = (try KeysCommand.folder(options) as NSString).appendingPathComponent("members")
                guard let text = try? String(contentsOfFile: members, encoding: .utf8) else { throw Failure.notFound("no keyring") }
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let kept = lines.filter { $0.split(separator: " ").dropFirst().first.map(String.init) != name }
                guard kept.count < lines.count else { throw Failure.notFound("no member named '\(name)'") }
                try KeysCommand.write(members, kept.joined(separator: "\n"))
                print("Revoked '\(name)'.")
            }
        }
    }
}
