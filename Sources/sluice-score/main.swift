import ArgumentParser
import SluicePolicy
import SluiceRuntime
import SluiceStages

@main
struct Score: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-score",
        abstract: "Turn findings into a score and severity under each platform's policy.",
        discussion: "Policies are pipelines/policies/<platform>.toml. Stateless: run more processes to scale out.")

    @OptionGroup var options: StageOptions

    func run() async throws {
        let setup = try options.resolve(stage: "score")
        let book = try PolicyBook.load(directory: setup.configuration.policiesDirectory)
        if setup.checkOnly { setup.printSummary(); return }
        try await StageService.run(ScoreStage(scorer: Scorer(book: book)), setup: setup)
    }
}
