import ArgumentParser
import SluiceModel
import SluiceRuntime
import SluiceStore
import StageIngest

@main
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-ingest",
        abstract: "Validate incoming listing events, journal them, acknowledge them, and send them to detect.",
        discussion: """
            Producers send one JSON listing event per message to the acknowledged intake (a ZeroMQ \
            ROUTER at intake.endpoint; use a DEALER): each is answered with one JSON ack, \
            {"listing_id","revision","status":"journaled"|"duplicate"|"dead_letter","reason"?}, only after \
            the journal transaction holding it has committed. Resend whatever is not acknowledged; resends \
            are idempotent. intake.feed (optional, PULL) takes fire-and-forget PUSH producers and \
            acknowledges nothing. Every journaled message ends in exactly one terminal record (an outcome \
            or a dead letter); a listing with no result after delivery.redeliver_after_seconds is sent \
            again, and one that keeps failing while others finish becomes an attempts_exhausted dead letter.
            """,
        version: sluiceVersion)

    @OptionGroup var options: StageOptions

    func run() async throws {
        try await runStage(.ingest) {
            let setup = try options.resolve(stage: .ingest)
            if setup.checkOnly { setup.printCheck(); return }
            let config = setup.configuration
            let journal = try JournalStore(folder: config.dataDirectory, owner: setup.workerID)
            let stage = try IngestStage(journal: journal, settings: .init(limits: config.limits, redeliverAfter: config.redeliverAfterSeconds,
                                                                          maxAttempts: config.maxAttempts, window: config.inFlight),
                                        logger: setup.logger)
            try await setup.service(stage).runInGroup()
            journal.file.close()
        }
    }
}
