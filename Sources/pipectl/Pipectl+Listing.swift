import ArgumentParser
import Foundation
import SluiceModel
import SluiceNotices
import SluiceStore

struct ListingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listing",
        abstract: "Show a listing's trail through the stages: its text, findings, assessment, decision, appeals and notices.",
        discussion: """
            Contact details (phone and QQ numbers, handles, e-mail addresses, links) are masked wherever the \
            detector found them. --reveal shows the text and evidence as written, for staff who need it; the \
            output then says so.
            """)

    @Argument(help: "The listing id.")
    var id: String

    @OptionGroup var options: ControlOptions

    @Flag(name: .long, help: "Print JSON for machines.")
    var json = false

    @Flag(name: .long, help: "Show contact details unmasked.")
    var reveal = false

    func run() throws {
        try perform(json: json) {
            let trails = try options.reader().trails(listingID: id)
            guard !trails.isEmpty else { throw Failure.notFound("no listing '\(id)' in \(try options.dataDirectory())") }
            if json {
                printJSON(JSONArray(trails.map { TrailJSON(trail: $0, reveal: reveal) }))
                return
            }
            if reveal { print("UNMASKED: contact details are shown as written (--reveal).") }
            for trail in trails { print(Self.render(trail, reveal: reveal)) }
        }
    }

    /// The listing's parts as written, or masked by its findings.
    static func parts(_ trail: ListingTrail, reveal: Bool) -> [(scene: String, text: String)] {
        guard let raw = trail.journal?.raw, case .object = (try? JSONValue.parse(raw)) ?? .null,
              let event = try? ListingEvent.validate(raw, limits: ValidationLimits(maxTextBytes: .max, maxMessageBytes: .max)).event else {
            return []
        }
        let findings = trail.outcome?.findings ?? []
        return event.parts.enumerated().map { index, part in
            let spans = findings.filter { $0.part == index }.map { (span: $0.span, signal: $0.signal) }
            return (part.scene.rawValue, reveal ? part.text : Masking.mask(part.text, spans: spans))
        }
    }

    static func render(_ trail: ListingTrail, reveal: Bool) -> String {
        var out: [String] = []
        let id = trail.listingID
        out.append(trail.revision >= 0 ? "Listing \(id) revision \(trail.revision)" : "Listing \(id) (input refused at intake)")
        if let j = trail.journal {
            let state = j.open ? "open (no terminal record yet)" : "closed"
            out.append("  journal #\(j.jseq): \(state), \(j.attempts) deliver\(j.attempts == 1 ? "y" : "ies"), ingested \(Timestamp.format(epoch: j.ingestedAt))")
            for (scene, text) in parts(trail, reveal: reveal) { out.append("  \(scene): \(text)") }
        }
        if let o = trail.outcome {
            out.append("  trail (ms after intake):")
            if case .array(let hops) = o.hops {
                for hop in hops {
                    guard case .array(let f) = hop, f.count == 3 else { continue }
                    out.append("    \((f[0].stringValue ?? "?").padding(toLength: 9, withPad: " ", startingAt: 0)) +\(String(format: "%.1f", f[2].doubleValue ?? 0))  \(f[1].stringValue ?? "")")
                }
            }
            out.append("    recorded  +\(String(format: "%.1f", (o.recordedAt - o.ingestedAt) * 1000))  attempt \(o.attempt)")
            out.append("  findings:\(o.findings.isEmpty ? " none" : "")")
            for f in o.findings {
                let excerpt = reveal ? f.excerpt : Masking.mask(f)
                out.append("    \(f.signal.rawValue)  \(f.ruleID)  part \(f.part) (\(f.scene.rawValue)) [\(f.span.start),\(f.span.end))  “\(excerpt)”  conf \(String(format: "%.2f", f.confidence))\(f.counts ? "" : " (weak)")")
            }
            if let a = o.assessment {
                out.append("  assessment: score \(a.score), \(a.severity.rawValue) under \(a.policy) \(a.policyVersion)")
                a.reasons.forEach { out.append("    · \($0)") }
            }
        } else if trail.revision >= 0 && trail.deadLetters.isEmpty {
            out.append("  no outcome yet")
        }
        if let l = trail.decision {
            let d = l.decision
            out.append("  decision \(d.decisionID) (\(l.state)): \(d.severity.rawValue), \(d.naturalYear) count \(d.countBefore)→\(d.countAfter)")
            if let exempt = d.exempt { out.append("    exempt: \(exempt)") }
            d.actions.forEach { out.append("    action: \(NoticeComposer.actionName($0))") }
            if let deadline = d.appealDeadline { out.append("    appeal by \(deadline)") }
            for a in l.appeals {
                out.append("    appeal \(a.appealID): \(a.state.rawValue), filed \(Timestamp.format(epoch: a.filedAt)) — \(a.reason)"
                    + (a.resolvedAt.map { "; resolved \(Timestamp.format(epoch: $0))" } ?? "") + (a.note.map { "; note: \($0)" } ?? ""))
            }
        }
        for n in trail.notices {
            out.append("  notice \(n.noticeID) (\(n.kind.rawValue)): \(n.title)")
            n.body.split(separator: "\n").forEach { out.append("    \($0)") }
        }
        for d in trail.deadLetters {
            out.append("  dead letter #\(d.seq) (\(d.state)) at \(d.letter.stage.rawValue): \(d.letter.reason.rawValue) — \(d.letter.detail)")
        }
        return out.joined(separator: "\n")
    }
}

/// A trail as JSON, masked unless revealed.
struct TrailJSON: JSONWritable {
    var trail: ListingTrail
    var reveal: Bool

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("listing_id", trail.listingID)
        w.field("revision", trail.revision)
        w.field("revealed", reveal)
        if let j = trail.journal {
            w.key("journal")
            w.beginObject()
            w.field("jseq", j.jseq)
            w.field("open", j.open)
            w.field("attempts", j.attempts)
            w.field("ingested_at", Timestamp.format(epoch: j.ingestedAt))
            w.endObject()
            w.key("parts")
            w.beginArray()
            for (scene, text) in ListingCommand.parts(trail, reveal: reveal) {
                w.beginObject(); w.field("scene", scene); w.field("text", text); w.endObject()
            }
            w.endArray()
        }
        if let o = trail.outcome {
            w.key("outcome")
            w.beginObject()
            w.field("violation", o.violation)
            w.field("severity", o.severity)
            w.field("score", o.score)
            w.field("signals", o.signals)
            w.field("attempt", o.attempt)
            w.field("recorded_at", Timestamp.format(epoch: o.recordedAt))
            w.field("latency_ms", ((o.recordedAt - o.ingestedAt) * 10_000).rounded() / 10)
            w.field("hops", o.hops)
            w.key("findings")
            w.beginArray()
            for var f in o.findings {
                if !reveal { f.excerpt = Masking.mask(f); f.normalized = Masking.maskValue(f.normalized, signal: f.signal) }
                f.write(to: &w)
            }
            w.endArray()
            w.field("assessment", o.assessment)
            w.endObject()
        }
        if let l = trail.decision {
            w.key("decision")
            w.beginObject()
            w.field("state", l.state)
            w.field("counted", l.counted)
            w.field("decision", l.decision)
            w.field("appeals", l.appeals)
            w.endObject()
        }
        w.field("notices", trail.notices)
        w.field("dead_letters", trail.deadLetters)
        w.endObject()
    }
}
