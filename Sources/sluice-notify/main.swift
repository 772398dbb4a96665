import ArgumentParser
import SluiceRuntime
import SluiceStages

@main
struct Notify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-notify",
        abstract: "Write a notice to the account holder for every decision.",
        discussion: """
            Notices go to the store's outbox (through the recorder) and, when configured (notify.outbox_file, \
            notify.webhook or the flags), to a JSON-lines file and an HTTP webhook. Each carries notice_id as \
            its idempotency key.
            """)

    @OptionGroup var options: StageOptions

    @Option(name: .long, help: ArgumentHelp("Also append notices to this JSON-lines file.", valueName: "file"))
    var outboxFile: String?

    @Option(name: .long, help: ArgumentHelp("Also POST each notice as JSON to this URL (header Idempotency-Key: notice_id).", valueName: "url"))
    var webhook: String?

    func run() async throws {
        let setup = try options.resolve(stage: "notify")
        if setup.checkOnly { setup.printSummary(); return }
        let delivery = try NoticeDelivery(outboxFile: outboxFile ?? setup.configuration.notifyOutboxFile,
                                          webhook: webhook ?? setup.configuration.notifyWebhook, logger: setup.logger)
        try await StageService.run(NotifyStage(delivery: delivery), setup: setup)
    }
}
