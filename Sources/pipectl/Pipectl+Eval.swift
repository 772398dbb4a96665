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

    func run() throws {
        try perform(json: json) {
            let detector = try rules.detector()
            let lines = try Evaluation.load(path: file)
            let evaluation = Evaluation(detector: detector, lines: lines)
            if json { printJSON(evaluation) } else { print(evaluation.render(showCases: !summary)) }
        }
    }
}
