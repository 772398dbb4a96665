import ArgumentParser
import Foundation
import ServiceLifecycle
import SluiceRuntime
import SluiceStages
import ZeroMQ

@main
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-ingest",
        abstract: "Validate incoming listing events, journal them, and send them to detect.",
        discussion: """
            Producers PUSH one JSON listing event per message to the intake endpoint. Valid events are \
            journaled in the store and sent on; bad ones become dead letters with a reason. A journaled \
            listing with no outcome after delivery.redeliver_after_seconds is sent again; after \
            delivery.max_attempts it is dead-lettered.
            """)

    @OptionGroup var options: StageOptions

    @Option(name: .long, help: ArgumentHelp("Also read JSON-lines listing events from this file ('-' for stdin).", valueName: "file"))
    var fromFile: String?

    func run() async throws {
        var setup = try options.resolve(stage: "ingest")
        let feed = "inproc://sluice-ingest-feed"
        if fromFile != nil { setup.endpoints.input.append(Endpoint(.bind, feed)) }
        if setup.checkOnly { setup.printSummary(); return }
        let config = setup.configuration
        let stage = IngestStage(store: try StageLaunch.openStore(setup), limits: StageLaunch.limits(setup),
                                redeliverAfter: config.redeliverAfterSeconds, maxAttempts: config.maxAttempts)
        let context = try ZeroMQ.Context()
        let service = try StageService(stage: stage, name: setup.stage, workerID: setup.workerID, endpoints: setup.endpoints,
                                       settings: .init(configuration: config), logger: setup.logger, context: context)
        if let fromFile {
            try LineFeeder.start(path: fromFile, context: context, endpoint: feed, logger: setup.logger)
        }
        try await ServiceGroup(services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: setup.logger).run()
    }
}
