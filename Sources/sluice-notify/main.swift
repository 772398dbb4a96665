import ArgumentParser
import SluiceRuntime
import StageNotify

@main
struct Notify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-notify",
        abstract: "Write the notice for each decision and send it to the recorder.",
        discussion: """
            Notices are in Chinese, with contact details masked, the rule, the evidence, the actions and the \
            appeal deadline; each carries notice_id as its idempotency key. The recorder stores them and \
            delivers them to notify.outbox_file and notify.webhook when configured. Stateless: run more \
            processes to scale out.
            """,
        version: sluiceVersion)

    @OptionGroup var options: StageOptions

    func run() async throws {
        try await runStage(.notify) {
            let setup = try options.resolve(stage: .notify)
            if setup.checkOnly { setup.printCheck(); return }
            try await setup.service(NotifyStage()).runInGroup()
        }
    }
}
