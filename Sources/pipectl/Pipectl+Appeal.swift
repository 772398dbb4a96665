import ArgumentParser
import Foundation
import SluiceControl
import SluiceModel

struct AppealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appeal",
        abstract: "File and resolve appeals against decisions (applied by penalise, the ledger's owner).",
        discussion: """
            The request goes to the running penalise over penalise.control, which applies it to the ledger \
            and answers. An appeal ends overturned (the decision's actions and its count are reversed and a \
            correction notice goes out) or rejected (the decision stands). Every appeal stays in the \
            history (pipectl merchant, pipectl listing). How many appeals a decision may have is the \
            policy's appeals_per_decision (default 1).
            """,
        subcommands: [File.self, Resolve.self])

    struct File: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "File an appeal against a decision, inside the policy's appeal window (7 days on Douyin).")

        @Argument(help: "The decision id (dec-<listing>-r<revision>).")
        var decisionID: String

        @Option(name: .long, help: "Why the merchant appeals.")
        var reason: String

        @Option(name: .long, help: ArgumentHelp("Evaluate the window as of this RFC 3339 time instead of now (replays, tests).", valueName: "time"))
        var now: String?

        @OptionGroup var options: ControlOptions

        @Flag(name: .long, help: "Print JSON for machines.")
        var json = false

        func run() throws {
            try perform(json: json) {
                var args: [(String, JSONValue)] = [("decision_id", .string(decisionID)), ("reason", .string(reason))]
                if let now { args.append(("now", .double(try instant(now)))) }
                let result = try ask(.penalise, ControlRequest(op: "appeal.file", args: .object(args)), options: options)
                if json { printJSON(result); return }
                print("Filed \(result["appeal"]?["appeal_id"]?.stringValue ?? "?") against \(decisionID).")
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Resolve an open appeal: --overturn reverses the decision's actions and count and sends a correction notice; --reject keeps it.")

        @Argument(help: "The appeal id (apl-…).")
        var appealID: String

        @Flag(name: .long, help: "The merchant wins: reverse the decision.")
        var overturn = false

        @Flag(name: .long, help: "The merchant loses: the decision stands.")
        var reject = false

        @Option(name: .long, help: "A note for the record and the merchant.")
        var note: String?

        @OptionGroup var options: ControlOptions

        @Flag(name: .long, help: "Print JSON for machines.")
        var json = false

        func validate() throws {
            guard overturn != reject else { throw ValidationError("give exactly one of --overturn or --reject") }
        }

        func run() throws {
            try perform(json: json) {
                var args: [(String, JSONValue)] = [("appeal_id", .string(appealID)), ("outcome", .string(overturn ? "overturned" : "rejected"))]
                if let note { args.append(("note", .string(note))) }
                let result = try ask(.penalise, ControlRequest(op: "appeal.resolve", args: .object(args)), options: options)
                if json { printJSON(result); return }
                let decision = result["appeal"]?["decision_id"]?.stringValue ?? "?"
                if overturn {
                    print("Appeal \(appealID) overturned \(decision): its actions are reversed and it no longer counts.")
                    if let n = result["correction_notice"]?.stringValue { print("Correction notice \(n) queued.") }
                } else {
                    print("Appeal \(appealID) rejected: \(decision) stands.")
                }
            }
        }
    }
}

/// Sends a request to an owner and returns its result, or throws its error.
func ask(_ owner: StageName, _ request: ControlRequest, options: ControlOptions) throws -> JSONValue {
    let reply = try ControlClient(configuration: options.configuration()).ask(owner, request)
    guard reply.ok else {
        throw Failure(code: reply.errorCode ?? "failed", message: reply.errorMessage ?? "refused")
    }
    return reply.result ?? .null
}

func instant(_ text: String) throws -> Double {
    guard let t = Timestamp.parse(text) else { throw ValidationError("'\(text)' is not an RFC 3339 time like 2026-11-22T08:00:00Z") }
    return t
}
