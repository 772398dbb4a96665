import ArgumentParser
import Foundation
import SluiceControl
import SluiceRuntime
import SluiceStore
import Logging

struct Up: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a whole pipeline on this host and wait until every process reports healthy.",
        discussion: """
            Starts a local supervisor that runs recorder, relay, penalise, notify, score, detect and ingest \
            as child processes (restarting any that crash), writes their logs to <data>/logs/, and returns \
            once every worker has sent a heartbeat. Stop it with pipectl down.
            """)

    @Argument(help: ArgumentHelp("Pipeline file.", valueName: "pipeline"))
    var pipelineFile: String = "pipelines/default.toml"

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Workers for a stateless stage, e.g. detect=3 (repeatable; detect, score, notify).", valueName: "stage=N"))
    var scale: [String] = []

    @Option(name: .long, help: ArgumentHelp("Folder for the store, logs and process state (default: the pipeline's data_dir).", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: "Seconds to wait for every worker's first heartbeat.")
    var timeout: Double = 60

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let pipelinePath = URL(fileURLWithPath: pipelineFile).standardizedFileURL.path
        let config = try PipelineConfiguration.load(path: pipelinePath)
        let scaled = try Self.parseScale(scale)
        let folder = URL(fileURLWithPath: data ?? config.dataDirectory).standardizedFileURL.path
        if let state = RunState.read(data: folder), Spawner.isAlive(state.supervisorPID) {
            throw ValidationError("a pipeline is already running on \(folder) (supervisor pid \(state.supervisorPID)); run pipectl down first")
        }
        let bin = Spawner.executableDirectory
        for stage in Supervisor.stopOrder {
            let exe = (bin as NSString).appendingPathComponent("sluice-\(stage)")
            guard FileManager.default.isExecutableFile(atPath: exe) else {
                throw ValidationError("\(exe) is missing: build the package first (swift build -c release)")
            }
        }
        // Create and migrate the store before any process opens it.
        let store = try Store(path: (folder as NSString).appendingPathComponent(config.storeFile))
        let logs = (folder as NSString).appendingPathComponent("logs")
        try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
        let started = Date().timeIntervalSince1970
        var arguments = ["supervise", "--pipeline", pipelinePath, "--data", folder]
        for (stage, n) in scaled.sorted(by: { $0.key < $1.key }) { arguments += ["--scale", "\(stage)=\(n)"] }
        let supervisor = try Spawner.spawn((bin as NSString).appendingPathComponent("pipectl"), arguments,
                                           log: (logs as NSString).appendingPathComponent("supervisor.log"), newSession: true)
        progress("Starting pipeline \(config.name) (supervisor pid \(supervisor)); data in \(folder)")

        // Wait for the supervisor's plan, then for every planned worker's heartbeat.
        var lastLine = ""
        while true {
            let now = Date().timeIntervalSince1970
            guard Spawner.isAlive(supervisor) else {
                throw ValidationError("the supervisor exited at start; see \(logs)/supervisor.log")
            }
            if let state = RunState.read(data: folder), state.supervisorPID == supervisor {
                let workers = (try? store.workers()) ?? []
                let healthy = Set(workers.filter { $0.lastSeen >= started && now - $0.lastSeen <= StatusReport.liveWithin
                    && $0.state == "running" }.map(\.workerID))
                let missing = state.processes.filter { !healthy.contains($0.workerID) }
                if missing.isEmpty {
                    if json {
                        try printJSON(state)
                    } else {
                        print("Pipeline \(config.name) is up: \(state.processes.count) processes, all healthy.")
                        for (stage, n) in state.expected.sorted(by: { Supervisor.stopOrder.firstIndex(of: $0.key)! > Supervisor.stopOrder.firstIndex(of: $1.key)! }) {
                            print("  \(stage): \(n)")
                        }
                        print("Intake: \(config.intake)   Store: \(folder)/\(config.storeFile)   Logs: \(logs)/")
                        print("Next: pipectl status --data \(folder)   |   pipectl down --data \(folder)")
                    }
                    return
                }
                let line = "Waiting for \(missing.count) of \(state.processes.count) processes: \(missing.map(\.name).joined(separator: ", "))"
                if line != lastLine { progress(line); lastLine = line }
                if now - started > timeout {
                    progress("Timed out after \(Int(timeout)) s. Last lines of their logs:")
                    for p in missing {
                        let tail = ((try? String(contentsOfFile: p.log, encoding: .utf8)) ?? "").split(separator: "\n").suffix(3)
                        progress("  \(p.name) (\(p.log)):")
                        tail.forEach { progress("    \($0)") }
                    }
                    kill(supervisor, SIGTERM)
                    throw ValidationError("pipeline did not become healthy; stopped it again")
                }
            }
            usleep(200_000)
        }
    }

    static func parseScale(_ items: [String]) throws -> [String: Int] {
        var out: [String: Int] = [:]
        for item in items.flatMap({ $0.split(separator: ",").map(String.init) }) {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let n = Int(parts[1]), (1...64).contains(n) else {
                throw ValidationError("--scale '\(item)': expected stage=N with N in 1…64, e.g. detect=3")
            }
            guard ["detect", "score", "notify"].contains(parts[0]) else {
                throw ValidationError("--scale '\(item)': only detect, score and notify scale out (penalise owns the ledger and runs once)")
            }
            out[parts[0]] = n
        }
        return out
    }
}

struct Supervise: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline's processes in the foreground and supervise them (pipectl up starts this in the background).",
        shouldDisplay: false)

    @Option(name: .long) var pipeline: String
    @Option(name: .long) var data: String
    @Option(name: .long, parsing: .singleValue) var scale: [String] = []

    func run() throws {
        let config = try PipelineConfiguration.load(path: pipeline)
        SluiceLogging.bootstrap(level: .info)
        var logger = Logger(label: "sluice.supervisor")
        logger[metadataKey: "pipeline"] = "\(config.name)"
        let supervisor = Supervisor(configuration: config, pipelinePath: pipeline, data: data, scale: try Up.parseScale(scale),
                                    binDirectory: Spawner.executableDirectory, logger: logger)
        try supervisor.run()
    }
}
