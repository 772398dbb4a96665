import ArgumentParser

@main
struct Pipectl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipectl",
        abstract: "Operate a Sluice pipeline: start and stop it, see what it is doing, look things up.",
        discussion: """
            Every subcommand reads the store in the pipeline's data folder (--data overrides it).
            Typical use:
              pipectl up pipelines/default.toml --scale detect=3
              pipectl status --watch
              pipectl listing dy-889123
              pipectl down
            """,
        subcommands: [Up.self, Down.self, Status.self, ListingCommand.self, DeadLetters.self, DetectCommand.self, Eval.self, MerchantCommand.self, AppealCommand.self, Supervise.self])
}

/// Where the pipeline and its data are; every subcommand takes these.
struct ControlOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pipeline file (for its data_dir).", valueName: "file"))
    var pipeline: String = "pipelines/default.toml"

    @Option(name: .long, help: ArgumentHelp("Folder holding the store, logs and process state (default: the pipeline's data_dir).", valueName: "dir"))
    var data: String?
}
