import ArgumentParser
import Foundation
import Logging
import SluiceConfig
import ZeroMQ

/// Flags every stage executable shares. The pipeline file gives the defaults; flags override.
package struct StageOptions: ParsableArguments, Sendable {
    @Option(name: .long, help: ArgumentHelp("Pipeline file with the topology and settings.", valueName: "file"))
    package var pipeline: String = ProcessInfo.processInfo.environment["SLUICE_PIPELINE"] ?? "pipelines/default.toml"

    @Option(name: .customLong("in"), help: ArgumentHelp(
        "Where to read from, overriding the pipeline (@tcp://… binds, >tcp://… connects, comma-separated).",
        valueName: "endpoints"))
    package var input: String?

    @Option(name: .customLong("out"), help: ArgumentHelp("Where to send results on, overriding the pipeline.", valueName: "endpoints"))
    package var output: String?

    @Option(name: .long, help: ArgumentHelp("Where the recorder listens (heartbeats, outcomes, dead letters).", valueName: "endpoints"))
    package var record: String?

    @Option(name: .long, help: ArgumentHelp("This worker's id in status and traces (default: <stage>-<host>-<pid>).", valueName: "id"))
    package var workerID: String?

    @Option(name: .long, help: ArgumentHelp("Folder holding the store, overriding the pipeline's data_dir.", valueName: "dir"))
    package var data: String?

    @Option(name: .long, help: ArgumentHelp("Host that bound sockets listen on, e.g. 0.0.0.0 in containers (default: the pipeline's bind_host, else each address's own host).", valueName: "host"))
    package var bindHost: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    package var logLevel: String = "info"

    @Flag(name: .long, help: "Check the configuration, print what this process would do as JSON, and exit.")
    package var check = false

    package init() {}

    /// Loads the pipeline and applies the overrides.
    package func resolve(stage: String) throws -> StageSetup {
        var config = try PipelineConfiguration.load(path: pipeline)
        if let data { config.dataDirectory = data }
        if let bindHost { config.bindHost = bindHost }
        var endpoints = config.endpoints(for: stage)
        if let input { endpoints.input = try Endpoint.parseList(input, defaultMode: .connect) }
        if let output { endpoints.output = try Endpoint.parseList(output, defaultMode: .connect) }
        if let record { endpoints.record = try Endpoint.parseList(record, defaultMode: .connect) }
        let worker = workerID ?? "\(stage)-\(ProcessInfo.processInfo.hostName)-\(getpid())"
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw ValidationError("--log-level '\(logLevel)' is not one of trace, debug, info, notice, warning, error, critical")
        }
        SluiceLogging.bootstrap(level: level)
        var logger = Logger(label: "sluice.\(stage)")
        logger[metadataKey: "stage"] = "\(stage)"
        logger[metadataKey: "worker"] = "\(worker)"
        return StageSetup(stage: stage, workerID: worker, configuration: config, endpoints: endpoints, logger: logger,
                          checkOnly: check)
    }
}

/// Everything a stage process needs to start.
package struct StageSetup: Sendable {
    package var stage: String
    package var workerID: String
    package var configuration: PipelineConfiguration
    package var endpoints: StageEndpoints
    package var logger: Logger
    package var checkOnly: Bool

    /// What `--check` prints.
    package var summary: [String: String] {
        [
            "stage": stage, "worker": workerID, "pipeline": configuration.file,
            "in": Endpoint.format(endpoints.input), "out": Endpoint.format(endpoints.output),
            "record": Endpoint.format(endpoints.record), "store": configuration.storePath,
        ]
    }

    package func printSummary() {
        let data = (try? JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        print(String(decoding: data, as: UTF8.self))
    }
}
