import ArgumentParser
import ServiceLifecycle
import SluiceModel
import SluiceRuntime
import StageRelay
import ZeroMQ

@main
struct Relay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-relay",
        abstract: "Run one streamer per stage boundary: the fixed points workers connect to.",
        discussion: """
            For each boundary in the pipeline (detect, score, penalise, notify) binds a PULL socket at \
            front for the upstream stage and a PUSH socket at back for the downstream workers.
            """,
        version: sluiceVersion)

    @OptionGroup var options: StageOptions

    func run() async throws {
        try await runStage(.relay) {
            let setup = try options.resolve(stage: .relay)
            let config = setup.configuration
            let routes = config.relayRoutes().map { RelayService.Route(stage: $0.stage, front: $0.front, back: $0.back) }
            if setup.checkOnly {
                setup.printCheck(routes.map { ($0.stage.rawValue, "\(Endpoint.format($0.front.endpoints)) -> \(Endpoint.format($0.back.endpoints))") })
                return
            }
            let record = config.ports(for: .relay).first { $0.id == .record }!
            let service = try RelayService(routes: routes, record: record, workerID: setup.workerID, security: setup.security,
                                           logger: setup.logger)
            try await ServiceGroup(services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: setup.logger).run()
        }
    }
}
