import ArgumentParser
import SluicePolicy
import SluiceRuntime
import StageScore

@main
struct Score: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-score",
        abstract: "Turn findings into a score and severity under each platform's policy.",
        discussion: "Policies are pipelines/policies/<platform>.toml. Stateless: run more processes to scale out.",
        version: sluiceVersion)

    @OptionGroup var options: StageOptions

    func run() async throws {
        try await runStage(.score) {
            let setup = try options.resolve(stage: .score)
            let book = try PolicyBook.load(directory: setup.configuration.policiesDirectory)
            if setup.checkOnly { setup.printCheck([("policies", book.version)]); return }
            try await setup.service(ScoreStage(scorer: Scorer(book: book))).runInGroup()
        }
    }
}
