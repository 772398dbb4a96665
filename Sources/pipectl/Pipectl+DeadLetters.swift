import ArgumentParser
import Foundation
import SluiceModel
import SluiceStore

struct DeadLetters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadletters",
        abstract: "List dead letters, count them by reason, re-drive or drop them.",
        discussion: """
            A dead letter is input that could not be processed, kept with its reason and (the first 4 KB of) \
            its bytes. `retry` sends journaled ones through ingest again (after a rules or policy fix, say): \
            the new result replaces the dead letter, exactly once. `drop` marks them dealt with.
            """,
        subcommands: [List.self, Retry.self, Drop.self],
        defaultSubcommand: List.self)

    struct Filter: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("Only this reason (\(DeadLetterReason.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "reason"))
        var reason: String?

        @Option(name: .long, help: ArgumentHelp("Only those since this RFC 3339 time.", valueName: "time"))
        var since: String?

        func validate() throws {
            if let reason, DeadLetterReason(rawValue: reason) == nil {
                throw ValidationError("--reason '\(reason)' is not one of \(DeadLetterReason.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let since { _ = try instant(since) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List dead letters, newest first.")

        @OptionGroup var options: ControlOptions
        @OptionGroup var filter: Filter

        @Option(name: .long, help: "How many, newest first.")
        var limit = 50

        @Option(name: .long, help: "open (default), retried, dropped or all.")
        var state = "open"

        @Flag(name: .long, help: "Counts by reason and state instead of the letters.")
        var summary = false

        @Flag(name: .long, help: "Print JSON for machines.")
        var json = false

        func run() throws {
            try perform(json: json) {
                let reader = try options.reader()
                if summary {
                    let rows = try reader.deadLetterSummary()
                    if json {
                        printJSON(JSONArray(rows.map { JSONValue.object([("reason", .string($0.reason)), ("state", .string($0.state)), ("count", .int($0.count))]) }))
                        return
                    }
                    if rows.isEmpty { print("No dead letters.") }
                    for r in rows { print("\(String(r.count).padding(toLength: 8, withPad: " ", startingAt: 0)) \(r.reason) (\(r.state))") }
                    return
                }
                let letters = try reader.deadLetters(limit: limit, reason: filter.reason, since: try filter.since.map(instant),
                                                     state: state == "all" ? nil : state)
                if json { printJSON(JSONArray(letters)); return }
                if letters.isEmpty { print("No dead letters\(state == "all" ? "" : " (\(state))").") }
                for d in letters {
                    let l = d.letter
                    let raw = l.raw.count > 80 ? String(l.raw.prefix(80)) + "…" : l.raw
                    print("#\(d.seq)  \(Timestamp.format(epoch: l.at))  \(l.reason.rawValue)  \(l.listingID.map { "listing \($0)" } ?? "-")  at \(l.stage.rawValue) (\(l.worker))  [\(d.state)]")
                    print("    \(l.detail)")
                    print("    raw (\(l.rawBytes) bytes): \(raw.replacingOccurrences(of: "\n", with: "\\n"))")
                }
            }
        }
    }

    /// The dead letters a retry or drop names: by number, or by filter.
    static func select(_ reader: StoreReader, seqs: [Int], filter: Filter) throws -> [StoredDeadLetter] {
        if !seqs.isEmpty { return try reader.deadLetters(limit: seqs.count, state: "open", seqs: seqs) }
        guard filter.reason != nil || filter.since != nil else {
            throw ValidationError("name dead letters by number (#seq from pipectl deadletters) or select them with --reason/--since")
        }
        return try reader.deadLetters(limit: 100_000, reason: filter.reason, since: try filter.since.map(instant), state: "open")
    }

    struct Retry: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send dead letters through ingest again; the new result replaces each, exactly once.")

        @Argument(help: "Dead letter numbers (#seq).") var seqs: [Int] = []
        @OptionGroup var options: ControlOptions
        @OptionGroup var filter: Filter
        @Flag(name: .long, help: "Print JSON for machines.") var json = false

        func run() throws {
            try perform(json: json) {
                let letters = try select(try options.reader(), seqs: seqs, filter: filter)
                let journaled = letters.compactMap { $0.letter.jseq }
                let loose = letters.filter { $0.letter.jseq == nil }.map(\.seq)
                guard !journaled.isEmpty else {
                    throw Failure.notFound(letters.isEmpty ? "no open dead letter matches" : "none of these dead letters came from the journal (\(loose.map { "#\($0)" }.joined(separator: ", "))); there is nothing to re-drive")
                }
                let result = try ask(.ingest, ControlRequest(op: "redrive", args: .object([("jseqs", .array(journaled.map(JSONValue.int)))])),
                                     options: options)
                if json { printJSON(result); return }
                let n = result["redriven"]?.arrayValue?.count ?? 0
                print("Re-driven: \(n) of \(letters.count).")
                for s in result["skipped"]?.arrayValue ?? [] {
                    print("  skipped journal #\(s["jseq"]?.intValue ?? 0): \(s["why"]?.stringValue ?? "")")
                }
                if !loose.isEmpty { print("  not journaled (nothing to re-drive): \(loose.map { "#\($0)" }.joined(separator: ", "))") }
            }
        }
    }

    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark dead letters dealt with (they stay in the history).")

        @Argument(help: "Dead letter numbers (#seq).") var seqs: [Int] = []
        @OptionGroup var options: ControlOptions
        @OptionGroup var filter: Filter
        @Option(name: .long, help: "Why, for the record.") var note: String?
        @Flag(name: .long, help: "Print JSON for machines.") var json = false

        func run() throws {
            try perform(json: json) {
                let letters = try select(try options.reader(), seqs: seqs, filter: filter)
                guard !letters.isEmpty else { throw Failure.notFound("no open dead letter matches") }
                var args: [(String, JSONValue)] = [("seqs", .array(letters.map { .int($0.seq) }))]
                if let note { args.append(("note", .string(note))) }
                let result = try ask(.recorder, ControlRequest(op: "deadletters.drop", args: .object(args)), options: options)
                if json { printJSON(result); return }
                print("Dropped: \(result["dropped"]?.arrayValue?.count ?? 0).")
            }
        }
    }
}
