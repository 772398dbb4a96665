import ArgumentParser
import SluicePolicy
import SluiceRuntime
import SluiceStore
import StagePenalise

@main
struct Penalise: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-penalise",
        abstract: "Apply each platform's penalty ladder and keep the enforcement ledger.",
        discussion: """
            Owns the ledger (ledger.db in the data folder: decisions, per-merchant counts per platform and \
            natural year, appeals, and the decision outbox). Exactly one penalise runs per data folder: a \
            second one is refused at start. Decisions are idempotent on (listing_id, revision); each waits \
            in the outbox until the recorder confirms its notice is stored. Appeals reach it from \
            pipectl appeal over penalise.control.
            """,
        version: sluiceVersion)

    @OptionGroup var options: StageOptions

    func run() async throws {
        try await runStage(.penalise) {
            let setup = try options.resolve(stage: .penalise)
            let config = setup.configuration
            let book = try PolicyBook.load(directory: config.policiesDirectory)
            if setup.checkOnly { setup.printCheck([("policies", book.version)]); return }
            let ledger = try LedgerStore(folder: config.dataDirectory, owner: setup.workerID)
            let stage = try PenaliseStage(ledger: ledger, book: book, resendAfter: config.redeliverAfterSeconds, logger: setup.logger)
            try await setup.service(stage).runInGroup()
            ledger.file.close()
        }
    }
}
