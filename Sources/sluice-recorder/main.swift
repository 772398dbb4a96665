import ArgumentParser
import SluiceRuntime
import SluiceStages

@main
struct Recorder: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-recorder",
        abstract: "Keep outcomes, findings, notices, dead letters and worker heartbeats in the store.",
        discussion: "The single writer of those tables; every received batch is one SQLite transaction (WAL).")

    @OptionGroup var options: StageOptions

    func run() async throws {
        let setup = try options.resolve(stage: "recorder")
        if setup.checkOnly { setup.printSummary(); return }
        var settings = StageService.Settings(configuration: setup.configuration)
        settings.maxBatch = setup.configuration.recorderBatch
        settings.highWaterMark = 100_000
        // Its own heartbeats go to its own endpoint, which is gone once it drains: don't wait on them.
        settings.lingerMilliseconds = 300
        let service = try StageService(stage: RecorderStage(store: try StageLaunch.openStore(setup)), setup: setup,
                                       settings: settings)
        try await service.runInGroup(logger: setup.logger)
    }
}
