import ArgumentParser
import Foundation
import SluiceDetection
import SluiceModel
import SluiceRuntime

struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Run the detection library on JSON lines from stdin (no sockets, no store).",
        discussion: """
            Each input line is a listing event; lines in the corpus form ({"id","platform","scene","text",…}) \
            are accepted too. Each output line is {"listing_id","violation","signals","findings"}; a line that \
            cannot be read gives {"line","error"}.
            """)

    @OptionGroup var rules: RulesOptions

    func run() throws {
        try perform(json: true) {
            let detector = try rules.detector()
            var number = 0
            while let line = readLine(strippingNewline: true) {
                number += 1
                if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
                var w = JSONWriter()
                w.beginObject()
                switch LenientEvent.parse(Array(line.utf8)) {
                case .success(let event):
                    let findings = detector.detect(event)
                    w.field("listing_id", event.listingID)
                    w.field("violation", detector.isViolation(findings))
                    w.field("signals", Array(Set(detector.counted(findings).map(\.signal))).sorted())
                    w.field("findings", findings)
                case .failure(let error):
                    w.field("line", number)
                    w.field("error", error.description)
                }
                w.endObject()
                print(String(decoding: w.bytes, as: UTF8.self))
            }
        }
    }
}

/// Where the detection rules come from, for the commands that run the detector offline.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Rules folder (default: the pipeline's rules_dir).", valueName: "dir"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("Pipeline file (for its rules_dir).", valueName: "file"))
    var pipeline: String = ProcessInfo.processInfo.environment["SLUICE_PIPELINE"] ?? "pipelines/default.toml"

    func detector() throws -> Detector {
        let folder = try rules ?? PipelineConfiguration.load(path: pipeline).rulesDirectory
        return Detector(rules: try RuleSet.load(directory: folder))
    }
}
