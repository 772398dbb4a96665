import ArgumentParser
import Foundation
import SluiceModel
import SluiceStore

struct ListingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listing",
        abstract: "Show a listing's trail through the stages, its findings, assessment, decision and notice.")

    @Argument(help: "The listing id.")
    var id: String

    @OptionGroup var options: ControlOptions

    @Flag(name: .long, help: "Print JSON for machines.")
    var json = false

    func run() throws {
        let (store, _) = try options.openStore()
        let trails = try store.trails(listingID: id)
        if json {
            try printJSON(trails)
            return
        }
        guard !trails.isEmpty else { throw ValidationError("no listing '\(id)' in the store") }
        for trail in trails {
            print(trail.revision >= 0 ? "Listing \(id) revision \(trail.revision)" : "Listing \(id) (rejected input)")
            if let j = trail.journal {
                print("  journal: \(trail.outcome != nil ? "completed" : j.status), attempts \(j.attempts), trace \(j.traceID), platform \(j.platform), merchant \(j.merchantID)")
            }
            if let e = trail.outcome {
                print("  trail:")
                print("    ingested   \(Timestamp.format(epoch: e.trace.ingestedAt))")
                var previous = e.trace.ingestedAt
                for hop in e.trace.hops {
                    print("    \(hop.stage.padding(toLength: 10, withPad: " ", startingAt: 0)) \(Timestamp.format(epoch: hop.at))  +\(String(format: "%.1f", (hop.at - previous) * 1000)) ms  \(hop.worker)")
                    previous = hop.at
                }
                if let at = trail.recordedAt {
                    print("    recorded   \(Timestamp.format(epoch: at))  end to end \(String(format: "%.1f", trail.latencyMilliseconds ?? 0)) ms, attempt \(e.trace.attempt)")
                }
                let findings = e.findings ?? []
                print("  findings: \(findings.isEmpty ? "none" : "")")
                for f in findings {
                    print("    \(f.signal.rawValue)  \(f.ruleID)  part \(f.part) (\(f.scene.rawValue)) [\(f.span.start),\(f.span.end))  “\(f.excerpt)” → \(f.normalized)  conf \(String(format: "%.2f", f.confidence))")
                }
                if let a = e.assessment {
                    print("  assessment: score \(a.score), \(a.severity.rawValue) under \(a.policy) \(a.policyVersion)")
                    a.reasons.forEach { print("    · \($0)") }
                }
                if let d = e.decision {
                    print("  decision \(d.decisionID) (\(trail.decisionState ?? "in_force")): \(d.severity.rawValue), year \(d.naturalYear) count \(d.countBefore)→\(d.countAfter)")
                    if let exempt = d.exempt { print("    exempt: \(exempt)") }
                    d.actions.forEach { print("    action: \($0)") }
                    if let deadline = d.appealDeadline { print("    appeal by \(deadline)") }
                }
            } else if trail.revision >= 0 {
                print("  no outcome yet")
            }
            for n in trail.notices {
                print("  notice \(n.noticeID) (\(n.kind)): \(n.title)")
                n.body.split(separator: "\n").forEach { print("    \($0)") }
            }
            for d in trail.deadLetters {
                print("  dead letter at \(d.stage): \(d.reason) — \(d.detail)")
            }
        }
    }
}
