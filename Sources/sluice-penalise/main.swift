import ArgumentParser
import SluicePolicy
import SluiceRuntime
import SluiceStages

@main
struct Penalise: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-penalise",
        abstract: "Apply each platform's penalty ladder and keep the enforcement ledger.",
        discussion: """
            Owns the ledger (per merchant, platform and natural year) in the store. Exactly one penalise \
            process runs per pipeline; decisions are idempotent on (listing_id, revision).
            """)

    @OptionGroup var options: StageOptions

    func run() async throws {
        let setup = try options.resolve(stage: "penalise")
        let book = try PolicyBook.load(directory: setup.configuration.policiesDirectory)
        if setup.checkOnly { setup.printSummary(); return }
        try await StageService.run(PenaliseStage(book: book, store: try StageLaunch.openStore(setup)), setup: setup)
    }
}
