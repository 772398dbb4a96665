import ArgumentParser
import Foundation
import SluiceModel
import SluiceStore

struct DeadLetters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadletters",
        abstract: "List recent dead letters with their reasons.")

    @OptionGroup var options: ControlOptions

    @Option(name: .long, help: "How many, newest first.")
    var limit = 50

    @Option(name: .long, help: ArgumentHelp("Only this reason (\(DeadLetterReason.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "reason"))
    var reason: String?

    @Flag(name: .long, help: "Print JSON for machines.")
    var json = false

    func run() throws {
        let (store, _) = try options.openStore()
        let letters = try store.deadLetters(limit: limit, reason: reason)
        if json {
            try printJSON(letters)
            return
        }
        if letters.isEmpty { print("No dead letters.") }
        for d in letters {
            let raw = d.raw.count > 80 ? String(d.raw.prefix(80)) + "…" : d.raw
            print("\(Timestamp.format(epoch: d.at))  \(d.reason)  \(d.listingID.map { "listing \($0)" } ?? "-")  at \(d.stage) (\(d.worker))")
            print("    \(d.detail)")
            print("    raw (\(d.rawBytes) bytes): \(raw.replacingOccurrences(of: "\n", with: "\\n"))")
        }
    }
}
