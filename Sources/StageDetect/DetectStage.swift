import SluiceConfig
import SluiceDetection
import SluiceModel
import SluiceRuntime
import Synchronization

/// Detect: reads each listing's text and attaches findings. Clean listings end here with a
/// terminal outcome; the rest go on to score without the text. Rules can be swapped while
/// running (SIGHUP).
package final class DetectStage: MessageStage {
    private let current: Mutex<Detector>
    package let limits: ValidationLimits

    package init(detector: Detector, limits: ValidationLimits = .init()) {
        current = Mutex(detector)
        self.limits = limits
    }

    /// The detector in force.
    package var detector: Detector { current.withLock { $0 } }

    /// Loads the rules again; a bad file leaves the old rules in force and throws why.
    package func reload(directory: String) throws(ConfigurationError) -> RuleSet {
        let rules = try RuleSet.load(directory: directory)
        let fresh = Detector(rules: rules)
        current.withLock { $0 = fresh }
        return rules
    }

    package var versions: [String: String] { ["rules": detector.rules.version] }

    package func process(_ message: StageMessage, context: StageContext, now: Double) -> [Outgoing] {
        var message = message
        let event: ListingEvent
        do throws(ValidationError) {
            // Journaled after validation at intake; read again without the size limits, which
            // may have been tightened since.
            event = try ListingEvent.validate(message.listing, limits: ValidationLimits(maxTextBytes: .max, maxMessageBytes: .max)).event
        } catch {
            return [context.deadLetter(error, raw: message.listing[...], header: message.header)]
        }
        let findings = detector.detect(event)
        let counted = findings.filter(\.counts)
        message.header.violation = !counted.isEmpty
        message.header.signals = Array(Set(counted.map(\.signal))).sorted()
        if !findings.isEmpty { message.setFindings(findings) }
        // Stages after this one never read the text; it stays in the journal.
        message.listing = []
        context.stamp(&message, now: now)
        context.sent += 1
        return [message.header.violation ? Outgoing(.output, message.frames) : Outgoing(.record, Wire.outcome(message))]
    }
}
