import Foundation
import SluiceConfig
import SluiceDetection
import SluiceModel
import SluiceRuntime

/// Detect: reads each listing's text and attaches findings. Clean listings end here with a
/// terminal outcome; the rest go on to score. Rules can be swapped while running (SIGHUP).
package struct DetectStage: EnvelopeStage {
    private let current: RulesBox
    package var limits: ValidationLimits

    package init(detector: Detector, limits: ValidationLimits = .init()) {
        current = RulesBox(detector)
        self.limits = limits
    }

    /// The detector in force.
    package var detector: Detector { current.get() }

    /// Loads the rules again; a bad file leaves the old rules in force and throws why.
    package func reload(directory: String) throws(ConfigurationError) -> RuleSet {
        let rules = try RuleSet.load(directory: directory)
        current.set(Detector(rules: rules))
        return rules
    }

    package func transform(_ items: [StageItem], context: StageContext) -> [StageOutput] {
        let detector = current.get()
        return items.map { item in
            var envelope = item.envelope
            let event: ListingEvent
            do throws(ValidationError) {
                event = try ListingEvent.validate(item.listing, limits: limits)
            } catch {
                return context.deadLetter(error, raw: item.listing, listingID: envelope.listingID, revision: envelope.revision)
            }
            let findings = detector.detect(event)
            envelope.findings = findings
            return detector.isViolation(findings) ? .forward(envelope, listing: item.listing) : .outcome(envelope)
        }
    }
}

/// The detector in force, swapped atomically on reload.
final class RulesBox: @unchecked Sendable {
    private var detector: Detector
    private let lock = NSLock()

    init(_ detector: Detector) { self.detector = detector }

    func get() -> Detector { lock.withLock { detector } }
    func set(_ new: Detector) { lock.withLock { detector = new } }
}
