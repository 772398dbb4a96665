import ArgumentParser
import Foundation
import ServiceLifecycle
import SluiceRuntime
import SluiceStages
import ZeroMQ

@main
struct Relay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-relay",
        abstract: "Run one streamer per stage boundary: the fixed points workers connect to.",
        discussion: """
            For each boundary in the pipeline (detect, score, penalise, notify) binds a PULL socket at \
            `front` for the upstream stage and a PUSH socket at `back` for the downstream workers.
            """)

    @OptionGroup var options: StageOptions

    func run() async throws {
        let setup = try options.resolve(stage: "relay")
        let config = setup.configuration
        let routes = PipelineConfiguration.stageOrder.compactMap { name in
            config.boundaries[name].map {
                RelayService.Route(name: name, front: Endpoint(.bind, config.bindAddress($0.front)),
                                   back: Endpoint(.bind, config.bindAddress($0.back)))
            }
        }
        if setup.checkOnly {
            var summary = setup.summary
            summary["routes"] = routes.map { "\($0.name): \($0.front) -> \($0.back)" }.joined(separator: "; ")
            let data = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let service = try RelayService(routes: routes, record: setup.endpoints.record, workerID: setup.workerID,
                                       highWaterMark: config.workerHighWaterMark, logger: setup.logger)
        try await ServiceGroup(services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: setup.logger).run()
    }
}
