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
        let detector = try rules.detector()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var number = 0
        while let line = readLine(strippingNewline: true) {
            number += 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let output: DetectLine
            switch LenientEvent.parse(Array(line.utf8)) {
            case .success(let event):
                let findings = detector.detect(event)
                output = DetectLine(listingID: event.listingID, violation: detector.isViolation(findings),
                                    signals: Set(detector.counted(findings).map(\.signal)).sorted(),
                                    findings: findings)
            case .failure(let error):
                output = DetectLine(line: number, error: error.description)
            }
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
        }
    }
}

struct DetectLine: Encodable {
    var listingID: String?
    var violation: Bool?
    var signals: [Signal]?
    var findings: [Finding]?
    var line: Int?
    var error: String?

    init(listingID: String, violation: Bool, signals: [Signal], findings: [Finding]) {
        self.listingID = listingID
        self.violation = violation
        self.signals = signals
        self.findings = findings
    }

    init(line: Int, error: String) {
        self.line = line
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case listingID = "listing_id", violation, signals, findings, line, error
    }
}

/// Where the detection rules come from, for the commands that run the detector offline.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Rules folder (default: the pipeline's rules_dir).", valueName: "dir"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("Pipeline file (for its rules_dir).", valueName: "file"))
    var pipeline: String = "pipelines/default.toml"

    func detector() throws -> Detector {
        let folder = try rules ?? PipelineConfiguration.load(path: pipeline).rulesDirectory
        return Detector(rules: try RuleSet.load(directory: folder))
    }
}
