import ArgumentParser
import SluiceNotices
import SluiceRuntime
import SluiceStore
import StageRecorder

@main
struct Recorder: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-recorder",
        abstract: "Keep outcomes, dead letters, notices and worker telemetry, and deliver notices.",
        discussion: """
            The single writer of records.db in the data folder; every turn's records are one SQLite \
            transaction (WAL). After each commit it tells ingest which listings have their terminal record \
            and penalise which notices are stored. Notices are then delivered to notify.outbox_file and \
            notify.webhook, when configured, off the recording path.
            """,
        version: sluiceVersion)

    @OptionGroup var options: StageOptions

    func run() async throws {
        try await runStage(.recorder) {
            let setup = try options.resolve(stage: .recorder)
            let config = setup.configuration
            let delivery = try NoticeDelivery(outboxFile: config.notifyOutboxFile, webhook: config.notifyWebhook, logger: setup.logger)
            if setup.checkOnly { setup.printCheck(); return }
            let store = try RecordStore(folder: config.dataDirectory, owner: setup.workerID)
            var settings = StageService.Settings(configuration: config)
            settings.maxBatch = config.recorderBatch
            // Its own heartbeats go to its own endpoint, which is gone once it drains: don't wait on them.
            settings.lingerMilliseconds = 300
            try await setup.service(RecorderStage(store: store, delivery: delivery, logger: setup.logger), settings: settings).runInGroup()
            store.file.close()
        }
    }
}
