import ArgumentParser
import Foundation
import SluiceModel
import SluiceStages
import SluiceStore

struct MerchantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merchant",
        abstract: "Show a merchant's record: standing per natural year, each decision with its actions and appeal.",
        discussion: """
            A year's violations count the decisions that stand (overturned ones and exempt ones do not). \
            Overturned decisions are listed with their actions marked reversed.
            """)

    @Argument(help: "The merchant (or user) id.")
    var id: String

    @OptionGroup var options: ControlOptions

    @Flag(name: .long, help: "Print JSON for machines.")
    var json = false

    struct Record: Encodable {
        struct Year: Encodable {
            var year: Int
            var violations: Int
            var byPlatform: [String: Int]
            var decisions: [Entry]
            enum CodingKeys: String, CodingKey { case year, violations, byPlatform = "by_platform", decisions }
        }
        struct Entry: Encodable {
            var decisionID: String
            var listingID: String
            var revision: Int
            var platform: String
            var severity: Severity
            var state: String
            var counted: Bool
            var countAfter: Int
            var actions: [Action]
            var reversed: Bool
            var exempt: String?
            var notes: [String]?
            var decidedAt: String
            var appealDeadline: String?
            var appeal: Appeal?
            enum CodingKeys: String, CodingKey {
                case decisionID = "decision_id", listingID = "listing_id", revision, platform, severity, state, counted,
                     countAfter = "count_after", actions, reversed, exempt, notes, decidedAt = "decided_at",
                     appealDeadline = "appeal_deadline", appeal
            }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(decisionID, forKey: .decisionID)
                try c.encode(listingID, forKey: .listingID)
                try c.encode(revision, forKey: .revision)
                try c.encode(platform, forKey: .platform)
                try c.encode(severity, forKey: .severity)
                try c.encode(state, forKey: .state)
                try c.encode(counted, forKey: .counted)
                try c.encode(countAfter, forKey: .countAfter)
                try c.encode(actions, forKey: .actions)
                try c.encode(reversed, forKey: .reversed)
                try c.encode(exempt, forKey: .exempt)
                try c.encodeIfPresent(notes, forKey: .notes)
                try c.encode(decidedAt, forKey: .decidedAt)
                try c.encode(appealDeadline, forKey: .appealDeadline)
                try c.encode(appeal, forKey: .appeal)  // null when none, as the contract shows
            }
        }
        var merchantID: String
        var years: [Year]
        enum CodingKeys: String, CodingKey { case merchantID = "merchant_id", years }
    }

    static func record(_ id: String, decisions: [LedgerDecision]) -> Record {
        let byYear = Dictionary(grouping: decisions) { $0.decision.naturalYear }
        return Record(merchantID: id, years: byYear.keys.sorted().map { year in
            let list = byYear[year]!
            let standing = list.filter { $0.counted && $0.state == "in_force" }
            return Record.Year(
                year: year, violations: standing.count,
                byPlatform: Dictionary(grouping: standing, by: \.platform).mapValues(\.count),
                decisions: list.map { d in
                    Record.Entry(decisionID: d.decision.decisionID, listingID: d.listingID, revision: d.revision, platform: d.platform,
                                 severity: d.decision.severity, state: d.state, counted: d.counted, countAfter: d.decision.countAfter,
                                 actions: d.decision.actions, reversed: d.state == "overturned", exempt: d.decision.exempt,
                                 notes: d.decision.notes, decidedAt: Timestamp.format(epoch: d.decision.decidedAt),
                                 appealDeadline: d.decision.appealDeadline, appeal: d.appeal)
                })
        })
    }

    func run() throws {
        let (store, _) = try options.openStore()
        let record = Self.record(id, decisions: try store.merchantDecisions(merchantID: id))
        if json {
            try printJSON(record)
            return
        }
        guard !record.years.isEmpty else {
            print("Merchant \(id): no decisions on record.")
            return
        }
        print("Merchant \(id)")
        for year in record.years {
            let platforms = year.byPlatform.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("  \(year.year): \(year.violations) violation(s) standing\(platforms.isEmpty ? "" : " (\(platforms))")")
            for d in year.decisions {
                let actions = d.actions.isEmpty ? "no penalty" : d.actions.map(NoticeComposer.actionName).joined(separator: "；")
                print("    \(d.decisionID)  \(d.platform)  \(d.severity.rawValue)  #\(d.countAfter)  \(d.state)\(d.reversed ? " (actions reversed)" : "")")
                print("      listing \(d.listingID) r\(d.revision), decided \(d.decidedAt): \(actions)")
                if let exempt = d.exempt { print("      exempt: \(exempt)") }
                d.notes?.forEach { print("      note: \($0)") }
                if let deadline = d.appealDeadline { print("      appeal by \(deadline)") }
                if let a = d.appeal {
                    print("      appeal \(a.appealID): \(a.state), filed \(Timestamp.format(epoch: a.filedAt)) — \(a.reason)\(a.note.map { "; note: \($0)" } ?? "")")
                }
            }
        }
    }
}
