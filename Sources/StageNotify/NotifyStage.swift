import SluiceModel
import SluiceNotices
import SluiceRuntime

/// Notify: writes the notice for each decision and ends the listing's journey at the
/// recorder, which stores the notice (the outbox of record) and delivers it to the configured
/// channels. A correction (an overturned appeal) arrives the same way and goes to the recorder
/// as a notice alone.
package final class NotifyStage: MessageStage {
    package init() {}

    package func process(_ message: StageMessage, context: StageContext, now: Double) -> [Outgoing] {
        var message = message
        let decision: Decision
        let findings: [Finding]
        do throws(ValidationError) {
            decision = try message.section(message.decision, "decision", as: Decision.self)
            findings = try message.decodedFindings()
        } catch {
            return [context.deadLetter(error, raw: message.decision[...], header: message.header)]
        }
        context.sent += 1
        // A correction travels with the decision it reverses and carries its note in the notice frame.
        if message.header.noticeID == Notice.id(decisionID: decision.decisionID, kind: .correction) {
            let note = (try? JSONValue.parse(message.notice))?["note"]?.stringValue
            let h = message.header
            let notice = NoticeComposer.correction(decision: decision, merchantID: h.merchantID, listingID: h.listingID,
                                                   revision: h.revision, note: note, now: now)
            context.stamp(&message, now: now)
            return [Outgoing(.record, Wire.record(.notice, notice.jsonBytes))]
        }
        let notice = NoticeComposer.notice(header: message.header, findings: findings, decision: decision, now: now)
        message.notice = notice.jsonBytes
        message.header.noticeID = notice.noticeID
        context.stamp(&message, now: now)
        return [Outgoing(.record, Wire.outcome(message))]
    }
}
