import SluiceModel
import SluicePolicy
import SluiceRuntime

/// Score: turns findings into a score and severity under the platform's policy. Listings that
/// are not violations (or only exempt ones with nothing to record) end here.
package struct ScoreStage: EnvelopeStage {
    package var scorer: Scorer

    package init(scorer: Scorer) { self.scorer = scorer }

    package func transform(_ items: [StageItem], context: StageContext) -> [StageOutput] {
        items.map { item in
            var envelope = item.envelope
            let assessment = scorer.assess(envelope)
            envelope.assessment = assessment
            // Exempt findings still go to penalise, so the decision records why nothing applied.
            if assessment.severity == .none && assessment.exempt == nil { return .outcome(envelope) }
            return .forward(envelope, listing: item.listing)
        }
    }
}
