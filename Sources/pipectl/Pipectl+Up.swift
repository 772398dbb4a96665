import ArgumentParser
import Foundation
import Logging
import SluiceConfig
import SluiceControl
import SluiceDetection
import SluiceModel
import SluicePolicy
import SluiceRuntime
import SluiceStore
#if canImport(Glibc)
import Glibc
#endif

struct Up: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a whole pipeline on this host and wait until every process reports healthy.",
        discussion: """
            Checks everything first — the pipeline file, rules, policies, keys, executables, and that every \
            port it will bind is free — and refuses in about a second with every problem listed. Then starts \
            a local supervisor (with a standby that takes over if it dies) that runs recorder, relay, \
            penalise, notify, score, detect and ingest, restarts any that crash, and writes their logs to \
            <data>/logs/. Returns once every process has sent a heartbeat; if that does not happen, stops \
            everything again and exits 1. Refuses while a pipeline runs on the same data folder; processes \
            left from a supervisor that died are adopted, never duplicated.
            """)

    @Argument(help: ArgumentHelp("Pipeline file.", valueName: "pipeline"))
    var pipelineFile: String = ProcessInfo.processInfo.environment["SLUICE_PIPELINE"] ?? "pipelines/default.toml"

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Workers for a stateless stage, e.g. detect=3 (repeatable; detect, score, notify).", valueName: "stage=N"))
    var scale: [String] = []

    @Option(name: .long, help: ArgumentHelp("Folder for the store, keys, logs and process state (default: the pipeline's data_dir).", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: "Seconds to wait for every process's first heartbeat.")
    var timeout: Double = 60

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func run() throws {
        try perform(json: json) {
            let pipelinePath = absolute(pipelineFile)
            var config = try PipelineConfiguration.load(path: pipelinePath)
            if let data { config.dataDirectory = absolute(data) }
            config.dataDirectory = absolute(config.dataDirectory)
            let folder = config.dataDirectory
            let scaled = try Self.parseScale(scale)
            let bin = Spawner.executableDirectory

            // Already running here?
            if let holder = Self.supervisorHolder(folder) {
                throw Failure(code: "running", message: "a pipeline is already running on \(folder) (supervisor pid \(holder)); run pipectl down --data \(folder) first")
            }
            let state = RunState.read(data: folder)
            let orphans = Spawner.processes(onData: folder).filter { p in !p.command.contains("supervise") }
            let adoptable = orphans.filter { o in state?.processes.contains { $0.pid == o.pid && $0.isAlive } ?? false }
            let strangers = orphans.filter { o in !adoptable.contains { $0.pid == o.pid } }
            if !strangers.isEmpty {
                throw Failure(code: "running", message: "processes of a pipeline on \(folder) are running without a supervisor that knows them (pids \(strangers.map { String($0.pid) }.joined(separator: ", "))); stop them with pipectl down --data \(folder)")
            }
            let problems = Self.check(config, bin: bin, adopting: !adoptable.isEmpty)
            if !problems.isEmpty {
                throw Failure(code: "invalid", message: "the pipeline cannot start; nothing was started:\n" + problems.map { "  - \($0)" }.joined(separator: "\n"))
            }
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let logs = (folder as NSString).appendingPathComponent("logs")
            try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if config.effectiveSecurity == .plain { _ = try SluiceRuntime.Keys.token(config) }
            if !adoptable.isEmpty { progress("Adopting \(adoptable.count) running processes left by a supervisor that died") }

            let started = Timestamp.now
            var arguments = ["supervise", "--pipeline", pipelinePath, "--data", folder]
            for (stage, n) in scaled.sorted(by: { $0.key < $1.key }) { arguments += ["--scale", "\(stage.rawValue)=\(n)"] }
            var env = ProcessInfo.processInfo.environment
            env["SLUICE_LOG_FILE"] = (logs as NSString).appendingPathComponent("supervisor.log")
            let supervisor = try Spawner.spawn((bin as NSString).appendingPathComponent("pipectl"), arguments,
                                               log: (logs as NSString).appendingPathComponent("supervisor.log"), newSession: true,
                                               environment: env)
            progress("Starting pipeline \(config.name) (supervisor pid \(supervisor)); data in \(folder)")
            let ready = try Self.waitHealthy(folder: folder, supervisor: supervisor, since: started, timeout: timeout, adopted: Set(adoptable.map(\.pid)))
            guard ready.ok else {
                progress("Stopping what was started…")
                Down.stop(folder: folder, timeout: 30, quiet: true)
                throw Failure(code: "unhealthy", message: ready.why)
            }
            guard let state = RunState.read(data: folder) else { throw Failure(code: "failed", message: "the supervisor wrote no state") }
            if json {
                printJSON(state)
            } else {
                print("Pipeline \(config.name) is up: \(state.processes.count) processes, all healthy (security: \(config.effectiveSecurity.rawValue)).")
                for (stage, n) in state.expected.sorted(by: { $0.key < $1.key }) { print("  \(stage.rawValue): \(n)") }
                print("Intake: \(config.intake) (acknowledged)\(config.feed.isEmpty ? "" : ", \(config.feed) (fire-and-forget)")   Data: \(folder)   Logs: \(logs)/")
                print("Next: pipectl status --data \(folder)   |   pipectl down --data \(folder)")
            }
        }
    }

    /// The pid in the supervisor lock, when a supervisor holds it.
    static func supervisorHolder(_ folder: String) -> Int32? {
        let path = RunState.lockPath(data: folder)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        return RunState.read(data: folder)?.supervisorPID ?? -1
    }

    /// Every reason the pipeline cannot start, found without starting anything.
    static func check(_ config: PipelineConfiguration, bin: String, adopting: Bool) -> [String] {
        var problems: [String] = []
        for stage in StageName.stopOrder {
            let exe = (bin as NSString).appendingPathComponent(stage.executable)
            if !FileManager.default.isExecutableFile(atPath: exe) {
                problems.append("\(exe) is missing: build the package first (swift build -c release)")
            }
        }
        do { _ = try RuleSet.load(directory: config.rulesDirectory) } catch { problems.append("rules: \(error)") }
        do { _ = try PolicyBook.load(directory: config.policiesDirectory) } catch { problems.append("policies: \(error)") }
        if config.effectiveSecurity == .curve {
            do { _ = try Keyring.load(folder: SluiceRuntime.Keys.folder(config)) } catch { problems.append("keys: \(error)") }
        }
        let legacy = (config.dataDirectory as NSString).appendingPathComponent("sluice.db")
        if FileManager.default.fileExists(atPath: legacy), !StoreFile.allCases.contains(where: { FileManager.default.fileExists(atPath: $0.path(in: config.dataDirectory)) }) {
            problems.append(StoreError.legacyLayout(config.dataDirectory).description)
        }
        for file in StoreFile.allCases {
            if let holder = OwnerLock.holder(file: file.path(in: config.dataDirectory)), !adopting {
                problems.append("\(file.rawValue) is held by \(holder): another process owns it")
            }
        }
        if !adopting {
            for (owner, key, address) in config.boundEndpoints {
                if let why = PortProbe.busy(address) { problems.append("\(key) (\(owner.rawValue)) \(address): \(why)") }
            }
        }
        return problems
    }

    /// Waits until every planned process has a fresh heartbeat; fails early on a crash loop.
    static func waitHealthy(folder: String, supervisor: pid_t, since: Double, timeout: Double, adopted: Set<pid_t>) throws -> (ok: Bool, why: String) {
        var lastLine = ""
        while true {
            let now = Timestamp.now
            guard Spawner.isAlive(supervisor) || RunState.read(data: folder)?.supervisorAlive == true else {
                let tail = lastLines((folder as NSString).appendingPathComponent("logs/supervisor.log"), 5)
                return (false, "the supervisor exited at start; its log ends:\n\(tail)")
            }
            if let state = RunState.read(data: folder) {
                let workers = (try? StoreReader(folder: folder).workers()) ?? []
                let healthy = Set(workers.filter { ($0.lastSeen >= since || adopted.contains(Int32($0.pid)))
                    && now - $0.lastSeen <= StatusReport.liveWithin && $0.state == "running" }.map(\.workerID))
                let missing = state.processes.filter { !healthy.contains($0.name) }
                if missing.isEmpty { return (true, "") }
                if let looping = state.processes.first(where: { $0.restarts >= 3 }) {
                    return (false, "\(looping.name) keeps dying (\(looping.lastExit ?? "?")); its log ends:\n\(lastLines(looping.log, 8))")
                }
                let line = "Waiting for \(missing.count) of \(state.processes.count) processes: \(missing.map(\.name).joined(separator: ", "))"
                if line != lastLine { progress(line); lastLine = line }
                if now - since > timeout {
                    let tails = missing.map { "\($0.name) (\($0.log)):\n\(lastLines($0.log, 3))" }.joined(separator: "\n")
                    return (false, "not healthy after \(Int(timeout)) s; last lines of their logs:\n\(tails)")
                }
            }
            usleep(100_000)
        }
    }

    static func lastLines(_ path: String, _ n: Int) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(n).map { "    \($0)" }.joined(separator: "\n")
    }

    static func parseScale(_ items: [String]) throws -> [StageName: Int] {
        var out: [StageName: Int] = [:]
        for item in items.flatMap({ $0.split(separator: ",").map(String.init) }) {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let n = Int(parts[1]), (1...64).contains(n) else {
                throw ValidationError("--scale '\(item)': expected stage=N with N in 1…64, e.g. detect=3")
            }
            guard let stage = StageName(rawValue: parts[0]), StageName.workers.contains(stage) else {
                throw ValidationError("--scale '\(item)': only detect, score and notify scale out (ingest, penalise, recorder and relay run once)")
            }
            out[stage] = n
        }
        return out
    }
}

/// Whether a TCP port can be bound (before anything is started).
enum PortProbe {
    static func busy(_ address: String) -> String? {
        guard address.hasPrefix("tcp://") else { return nil }
        let rest = address.dropFirst(6)
        guard let colon = rest.lastIndex(of: ":"), let port = UInt16(rest[rest.index(after: colon)...]) else {
            return "not host:port"
        }
        var host = String(rest[..<colon])
        if host == "*" { host = "0.0.0.0" }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        if inet_pton(AF_INET, host, &addr.sin_addr) != 1 {
            // A name: resolve it the simple way (localhost and the like).
            guard let entry = gethostbyname(host), let list = entry.pointee.h_addr_list, let first = list[0] else {
                return "host '\(host)' does not resolve"
            }
            memcpy(&addr.sin_addr, first, Int(entry.pointee.h_length))
        }
        let rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        if rc == 0 { return nil }
        switch errno {
        case EADDRINUSE: return "port \(port) is in use by another process"
        case EADDRNOTAVAIL: return "\(host) is not an address of this host"
        case EACCES: return "port \(port) needs privileges"
        default: return String(cString: strerror(errno))
        }
    }
}

struct Supervise: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline's processes in the foreground and supervise them (pipectl up starts this in the background).",
        shouldDisplay: false)

    @Option(name: .long) var pipeline: String
    @Option(name: .long) var data: String
    @Option(name: .long, parsing: .singleValue) var scale: [String] = []
    @Flag(name: .long, help: "Wait for the active supervisor to die, then take over.") var standby = false

    func run() throws {
        umask(0o077)
        var config = try PipelineConfiguration.load(path: pipeline)
        config.dataDirectory = absolute(data)
        SluiceLogging.bootstrap(level: .info)
        var logger = Logger(label: "sluice.supervisor")
        logger[metadataKey: "pid"] = "\(getpid())"
        let supervisor = Supervisor(configuration: config, pipelinePath: pipeline, data: config.dataDirectory,
                                    scale: try Up.parseScale(scale), binDirectory: Spawner.executableDirectory, logger: logger)
        do {
            try supervisor.run(standby: standby)
        } catch {
            logger.critical("Supervisor stopped", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }
    }
}
