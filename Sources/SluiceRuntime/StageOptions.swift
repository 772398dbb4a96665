import ArgumentParser
import Foundation
import Logging
import SluiceConfig
import SluiceModel
import ZeroMQ

/// Flags every stage executable shares. The pipeline file gives the defaults; flags override.
package struct StageOptions: ParsableArguments, Sendable {
    @Option(name: .long, help: ArgumentHelp("Pipeline file with the topology and settings (env SLUICE_PIPELINE).", valueName: "file"))
    package var pipeline: String = ProcessInfo.processInfo.environment["SLUICE_PIPELINE"] ?? "pipelines/default.toml"

    @Option(name: .long, help: ArgumentHelp("This worker's id in status and traces (default: <stage>-<host>-<pid>).", valueName: "id"))
    package var workerID: String?

    @Option(name: .long, help: ArgumentHelp("Folder holding the store and keys, overriding the pipeline's data_dir.", valueName: "dir"))
    package var data: String?

    @Option(name: .long, help: ArgumentHelp("Host that bound sockets listen on, e.g. 0.0.0.0 in containers (default: the pipeline's bind_host, else each address's own host).", valueName: "host"))
    package var bindHost: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    package var logLevel: String = "info"

    @Flag(name: .long, help: "Check the configuration (pipeline, rules, policies, keys), print what this process would do as JSON, and exit.")
    package var check = false

    package init() {}

    /// Loads the pipeline and applies the overrides; sets logging up.
    package func resolve(stage: StageName) throws -> StageSetup {
        // Everything a stage creates (store, WAL, keys, logs) is private to its user.
        umask(0o077)
        var config = try PipelineConfiguration.load(path: pipeline)
        if let data { config.dataDirectory = (data as NSString).standardizingPath }
        if let bindHost { config.bindHost = bindHost }
        let worker = workerID ?? "\(stage.rawValue)-\(ProcessInfo.processInfo.hostName)-\(getpid())"
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw ArgumentParser.ValidationError("--log-level '\(logLevel)' is not one of trace, debug, info, notice, warning, error, critical")
        }
        SluiceLogging.bootstrap(level: level)
        var logger = Logger(label: "sluice.\(stage.rawValue)")
        logger[metadataKey: "worker"] = "\(worker)"
        let security = try Keys.security(for: config, role: stage)
        return StageSetup(stage: stage, workerID: worker, configuration: config, logger: logger, checkOnly: check, security: security)
    }
}

/// Everything a stage process needs to start.
package struct StageSetup: Sendable {
    package var stage: StageName
    package var workerID: String
    package var configuration: PipelineConfiguration
    package var logger: Logger
    package var checkOnly: Bool
    package var security: Security

    package var ports: [PortSpec] { configuration.ports(for: stage) }

    /// The service that runs `stage` on this process's ports.
    package func service(_ stage: any Stage, settings: StageService.Settings? = nil, context: ZeroMQ.Context? = nil) throws -> StageService {
        try StageService(stage: stage, name: self.stage, workerID: workerID, ports: ports,
                         settings: settings ?? StageService.Settings(configuration: configuration), logger: logger,
                         security: security, context: context)
    }

    /// What `--check` prints: the process's plan as JSON.
    package func printCheck(_ extra: [(String, String)] = []) {
        var w = JSONWriter()
        w.beginObject()
        w.field("stage", stage)
        w.field("worker", workerID)
        w.field("pipeline", configuration.file)
        w.field("data", configuration.dataDirectory)
        w.field("security", configuration.effectiveSecurity.rawValue)
        w.key("ports")
        w.beginObject()
        for port in ports {
            w.key(port.id.rawValue)
            w.string(Endpoint.format(port.endpoints))
        }
        w.endObject()
        for (k, v) in extra { w.key(k); w.string(v) }
        w.endObject()
        print((try? JSONValue.parse(w.bytes))?.pretty() ?? "")
    }
}

/// Runs a stage executable's body, turning any error into one log line with a level and a
/// timestamp and a non-zero exit (never a Foundation error dump).
package func runStage(_ stage: StageName, _ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ArgumentParser.ValidationError {
        throw error
    } catch {
        SluiceLogging.fatal("Cannot start: \(error)", label: "sluice.\(stage.rawValue)")
        throw ExitCode(1)
    }
}

/// The release every executable reports with `--version`.
package let sluiceVersion = "0.3.0"
