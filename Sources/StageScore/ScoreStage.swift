import SluiceModel
import SluicePolicy
import SluiceRuntime

/// Score: turns findings into a score and severity under the platform's policy. Listings that
/// are not violations (or only exempt ones with nothing to record) end here.
package final class ScoreStage: MessageStage {
    package let scorer: Scorer

    package init(scorer: Scorer) { self.scorer = scorer }

    package var versions: [String: String] { ["policies": scorer.book.version] }

    package func process(_ message: StageMessage, context: StageContext, now: Double) -> [Outgoing] {
        var message = message
        let findings: [Finding]
        do throws(ValidationError) {
            findings = try message.decodedFindings()
        } catch {
            return [context.deadLetter(error, raw: message.findings[...], header: message.header)]
        }
        let assessment = scorer.assess(message.header, findings: findings)
        message.assessment = assessment.jsonBytes
        message.header.severity = assessment.severity
        message.header.score = assessment.score
        message.header.violation = assessment.severity != .none
        context.stamp(&message, now: now)
        context.sent += 1
        // Exempt findings still go to penalise, so the decision records why nothing applied.
        if assessment.severity == .none && assessment.exempt == nil {
            return [Outgoing(.record, Wire.outcome(message))]
        }
        return [Outgoing(.output, message.frames)]
    }
}
