import ArgumentParser
import Foundation
import SluiceModel
import SluiceNotices
import SluiceStore

struct MerchantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merchant",
        abstract: "Show a merchant's record: standing per natural year, each decision with its actions and every appeal.",
        discussion: """
            A year's violations count the decisions that stand (overturned ones and exempt ones do not). \
            Overturned decisions are listed with their actions marked reversed.
            """)

    @Argument(help: "The merchant (or user) id.")
    var id: String

    @OptionGroup var options: ControlOptions

    @Flag(name: .long, help: "Print JSON for machines.")
    var json = false

    struct Record: JSONWritable {
        var merchantID: String
        var decisions: [LedgerDecision]

        var years: [(year: Int, decisions: [LedgerDecision])] {
            Dictionary(grouping: decisions) { $0.decision.naturalYear }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }

        static func standing(_ list: [LedgerDecision]) -> [LedgerDecision] { list.filter { $0.counted && $0.state == "in_force" } }

        func write(to w: inout JSONWriter) {
            w.beginObject()
            w.field("merchant_id", merchantID)
            w.key("years")
            w.beginArray()
            for (year, list) in years {
                let standing = Self.standing(list)
                w.beginObject()
                w.field("year", year)
                w.field("violations", standing.count)
                w.key("by_platform")
                w.beginObject()
                for (p, n) in Dictionary(grouping: standing, by: \.platform).mapValues(\.count).sorted(by: { $0.key < $1.key }) {
                    w.key(p); w.int(n)
                }
                w.endObject()
                w.key("decisions")
                w.beginArray()
                for d in list {
                    w.beginObject()
                    w.field("decision_id", d.decision.decisionID)
                    w.field("listing_id", d.listingID)
                    w.field("revision", d.revision)
                    w.field("platform", d.platform)
                    w.field("severity", d.decision.severity)
                    w.field("state", d.state)
                    w.field("counted", d.counted)
                    w.field("count_after", d.decision.countAfter)
                    w.field("actions", d.decision.actions)
                    w.field("reversed", d.state == "overturned")
                    w.key("exempt")
                    if let e = d.decision.exempt { w.string(e) } else { w.null() }
                    w.field("notes", d.decision.notes)
                    w.field("decided_at", Timestamp.format(epoch: d.decision.decidedAt))
                    w.key("appeal_deadline")
                    if let a = d.decision.appealDeadline { w.string(a) } else { w.null() }
                    w.field("appeals", d.appeals)
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
    }

    func run() throws {
        try perform(json: json) {
            let record = Record(merchantID: id, decisions: try options.reader().merchantDecisions(merchantID: id))
            if json {
                printJSON(record)
                return
            }
            guard !record.decisions.isEmpty else {
                print("Merchant \(id): no decisions on record.")
                return
            }
            print("Merchant \(id)")
            for (year, list) in record.years {
                let standing = Record.standing(list)
                let platforms = Dictionary(grouping: standing, by: \.platform).mapValues(\.count).sorted { $0.key < $1.key }
                    .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                print("  \(year): \(standing.count) violation(s) standing\(platforms.isEmpty ? "" : " (\(platforms))")")
                for d in list {
                    let actions = d.decision.actions.isEmpty ? "no penalty" : d.decision.actions.map(NoticeComposer.actionName).joined(separator: "；")
                    print("    \(d.decision.decisionID)  \(d.platform)  \(d.decision.severity.rawValue)  #\(d.decision.countAfter)  \(d.state)\(d.state == "overturned" ? " (actions reversed)" : "")")
                    print("      listing \(d.listingID) r\(d.revision), decided \(Timestamp.format(epoch: d.decision.decidedAt)): \(actions)")
                    if let exempt = d.decision.exempt { print("      exempt: \(exempt)") }
                    d.decision.notes?.forEach { print("      note: \($0)") }
                    if let deadline = d.decision.appealDeadline { print("      appeal by \(deadline)") }
                    for a in d.appeals {
                        print("      appeal \(a.appealID): \(a.state.rawValue), filed \(Timestamp.format(epoch: a.filedAt)) — \(a.reason)"
                            + (a.resolvedAt.map { "; resolved \(Timestamp.format(epoch: $0))" } ?? "") + (a.note.map { "; note: \($0)" } ?? ""))
                    }
                }
            }
        }
    }
}
