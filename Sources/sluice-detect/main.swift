import ArgumentParser
import Dispatch
import Foundation
import SluiceDetection
import SluiceModel
import SluiceRuntime
import StageDetect

@main
struct Detect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-detect",
        abstract: "Find off-platform diversion in listings from the detect boundary.",
        discussion: """
            Reads listings from the relay, attaches explainable findings, sends violations on to score and \
            clean listings straight to the recorder. Rules are the *.toml files in the pipeline's rules_dir; \
            send SIGHUP to reload them without dropping messages (a bad file is refused and the old rules stay). \
            Run more processes to scale out; each connects to the same relay.
            """,
        version: sluiceVersion)

    @OptionGroup var options: StageOptions

    @Option(name: .long, help: ArgumentHelp("Rules folder, overriding the pipeline's rules_dir.", valueName: "dir"))
    var rules: String?

    func run() async throws {
        try await runStage(.detect) {
            let setup = try options.resolve(stage: .detect)
            let folder = rules ?? setup.configuration.rulesDirectory
            let ruleSet = try RuleSet.load(directory: folder)
            if setup.checkOnly { setup.printCheck([("rules", ruleSet.version)]); return }
            let stage = DetectStage(detector: Detector(rules: ruleSet), limits: setup.configuration.limits)
            let logger = setup.logger
            signal(SIGHUP, SIG_IGN)
            let hangup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
            hangup.setEventHandler {
                do {
                    let loaded = try stage.reload(directory: folder)
                    logger.notice("Rules reloaded", metadata: ["version": "\(loaded.version)", "entries": "\(loaded.lexicon.count)"])
                } catch {
                    logger.error("Rules reload refused; previous rules stay in force", metadata: ["error": "\(error)"])
                }
            }
            hangup.resume()
            logger.info("Rules loaded", metadata: ["version": "\(ruleSet.version)", "dir": "\(folder)"])
            try await setup.service(stage).runInGroup()
            hangup.cancel()
        }
    }
}
