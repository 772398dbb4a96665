import ArgumentParser
import Foundation
import Logging
import SluiceModel
import SluiceRuntime
import SluiceStages
import SluiceStore

struct AppealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appeal",
        abstract: "File and resolve appeals against decisions.",
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
            let store = try options.openStoreForWriting()
            let at = try instant(now)
            do {
                let appeal = try store.fileAppeal(decisionID: decisionID, reason: reason, now: at)
                if json { try printJSON(appeal) } else { print("Filed \(appeal.appealID) against \(decisionID).") }
            } catch let error as AppealError {
                throw ValidationError(error.description)
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Resolve an open appeal: --overturn reverses the decision's actions and count and sends a correction notice; --uphold keeps it.")

        @Argument(help: "The appeal id (apl-…).")
        var appealID: String

        @Flag(name: .long, help: "The appeal succeeds: reverse the decision.")
        var overturn = false

        @Flag(name: .long, help: "The appeal fails: the decision stands.")
        var uphold = false

        @Option(name: .long, help: "A note for the record and the merchant.")
        var note: String?

        @OptionGroup var options: ControlOptions

        @Flag(name: .long, help: "Print JSON for machines.")
        var json = false

        func validate() throws {
            guard overturn != uphold else { throw ValidationError("give exactly one of --overturn or --uphold") }
        }

        func run() throws {
            let store = try options.openStoreForWriting()
            let now = Date().timeIntervalSince1970
            let result: (Appeal, LedgerDecision, Notice?)
            do {
                result = try store.resolveAppeal(appealID: appealID, overturn: overturn, note: note, now: now) { decision, merchant, listing in
                    NoticeComposer.correction(decision: decision, merchantID: merchant, listingID: listing, note: note, now: now)
                }
            } catch let error as AppealError {
                throw ValidationError(error.description)
            }
            let (appeal, decision, notice) = result
            // Deliver the correction where notify delivers notices (file, webhook), when configured.
            if let notice, let config = try? PipelineConfiguration.load(path: options.pipeline) {
                let delivery = try NoticeDelivery(outboxFile: config.notifyOutboxFile, webhook: config.notifyWebhook,
                                                  logger: Logger(label: "sluice.pipectl"))
                delivery.deliver([notice])
            }
            if json {
                struct Out: Encodable {
                    var appeal: Appeal
                    var decisionState: String
                    var correctionNotice: Notice?
                    enum CodingKeys: String, CodingKey { case appeal, decisionState = "decision_state", correctionNotice = "correction_notice" }
                }
                try printJSON(Out(appeal: appeal, decisionState: decision.state, correctionNotice: notice))
            } else if overturn {
                print("Appeal \(appeal.appealID) overturned \(decision.decision.decisionID): its actions are reversed and it no longer counts in \(decision.decision.naturalYear).")
                if let notice { print("Correction notice \(notice.noticeID) queued for \(decision.merchantID).") }
            } else {
                print("Appeal \(appeal.appealID) upheld: \(decision.decision.decisionID) stands.")
            }
        }
    }
}

func instant(_ text: String?) throws -> Double {
    guard let text else { return Date().timeIntervalSince1970 }
    guard let date = Timestamp.parse(text) else { throw ValidationError("'\(text)' is not an RFC 3339 time like 2026-11-22T08:00:00Z") }
    return date.timeIntervalSince1970
}
