import ArgumentParser
import SluiceRuntime
import SluiceStages

@main
struct Notify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-notify",
        abstract: "Write a notice to the account holder for every decision.",
        discussion: """
            Notices go to the store's outbox (through the recorder) and, when notify.outbox_file is set or \
            --outbox-file is given, to a JSON-lines file. Each carries notice_id as its idempotency key.
            """)

    @OptionGroup var options: StageOptions

    @Option(name: .long, help: ArgumentHelp("Also append notices to this JSON-lines file.", valueName: "file"))
    var outboxFile: String?

    func run() async throws {
        let setup = try options.resolve(stage: "notify")
        if setup.checkOnly { setup.printSummary(); return }
        let file = outboxFile ?? setup.configuration.notifyOutboxFile
        try await StageService.run(try NotifyStage(outboxFile: file), setup: setup)
    }
}
