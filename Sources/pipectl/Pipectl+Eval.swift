import ArgumentParser
import Foundation
import SluiceDetection
import SluiceModel

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the detector on a labelled JSON-lines corpus.",
        discussion: """
            Prints listing-level precision, recall and F1, recall per signal and per evasion technique, the \
            false-alarm rate on hard negatives, and every miss and false alarm with its text and spans. The \
            corpus format is that of Tests/Fixtures/corpus/listings.jsonl.
            """)

    @Argument(help: "The corpus file.")
    var file: String

    @OptionGroup var rules: RulesOptions

    @Flag(name: .long, help: "Print JSON for machines.")
    var json = false

    @Flag(name: .long, help: "Only the figures, not every miss and false alarm.")
    var summary = false

    @Option(name: .long, help: ArgumentHelp(
        "Show how the detector read one line: its normalised and folded forms, every candidate, and why each was kept or dropped.",
        valueName: "id"))
    var explain: String?

    func run() throws {
        try perform(json: json) {
            let detector = try rules.detector()
            let lines = try Evaluation.load(path: file)
            if let id = explain {
                guard let line = lines.first(where: { $0.id == id }) else {
                    throw ValidationError("no line with id '\(id)' in \(file)")
                }
                let explanation = detector.explain(text: line.text, scene: line.scene, platform: line.platform)
                if json {
                    printJSON(explanation)
                } else {
                    print("\(line.id) [\(line.label)\(line.signals.isEmpty ? "" : ": " + line.signals.map(\.rawValue).joined(separator: ", "))] \(line.text)")
                    print(explanation.render())
                }
                return
            }
            let evaluation = Evaluation(detector: detector, lines: lines)
            if json { printJSON(evaluation) } else { print(evaluation.render(showCases: !summary)) }
        }
    }
}
