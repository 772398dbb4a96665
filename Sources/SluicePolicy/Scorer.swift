import Foundation
import SluiceModel

/// Turns findings into a score 0–100 and a severity under a platform's policy, with reasons.
package struct Scorer: Sendable {
    package let book: PolicyBook

    package init(book: PolicyBook) { self.book = book }

    /// The assessment; `exempt` is set when findings were set aside for this merchant.
    package func assess(_ header: Header, findings found: [Finding]) -> Assessment {
        let policy = book[header.platform]
        let all = found.filter(\.counts)
        var exemptReasons: [String] = []
        let findings = all.filter { f in
            if let e = policy.exemption(merchantID: header.merchantID, signal: f.signal) {
                if !exemptReasons.contains(e.reason) { exemptReasons.append(e.reason) }
                return false
            }
            return true
        }
        var reasons: [String] = []
        if !exemptReasons.isEmpty {
            reasons.append("exempt signals ignored: \(exemptReasons.joined(separator: "; "))")
        }
        guard !findings.isEmpty else {
            let exempt = all.isEmpty ? nil : exemptReasons.joined(separator: "; ")
            return Assessment(score: 0, severity: .none, reasons: reasons.isEmpty ? ["no finding"] : reasons,
                              policy: policy.rule, policyVersion: policy.version, exempt: exempt)
        }
        // Strongest evidence per signal, weighted by where it appears.
        var perSignal: [Signal: Double] = [:]
        for f in findings {
            let factor = policy.sceneFactors[f.scene] ?? 1
            let value = (policy.weights[f.signal] ?? 30) * factor * f.confidence
            perSignal[f.signal] = max(perSignal[f.signal] ?? 0, value)
        }
        let ordered = perSignal.sorted { $0.value > $1.value }
        let score = ordered[0].value + Double(ordered.count - 1) * policy.distinctSignalBonus
        // Any finding that survives is at least a general violation.
        let clamped = max(policy.thresholds[.general]!, Int(min(100, score.rounded())))
        reasons.append("signals: " + ordered.map { "\($0.key.rawValue) \(Int($0.value.rounded()))" }.joined(separator: ", "))
        if ordered.count > 1 { reasons.append("\(ordered.count) distinct signals: +\(Int(policy.distinctSignalBonus)) each beyond the first") }
        let scenes = Set(findings.map(\.scene.rawValue)).sorted()
        reasons.append("scenes: " + scenes.joined(separator: ", "))

        var severity = Severity.general
        for s in [Severity.serious, .especiallySerious] where clamped >= policy.thresholds[s]! { severity = s }
        for e in policy.escalations {
            let matches = (e.categories.isEmpty || e.categories.contains(header.category))
                && (e.signals.isEmpty || !e.signals.isDisjoint(with: perSignal.keys))
                && (e.actors.isEmpty || e.actors.contains(header.actor))
            if matches && e.severity > severity {
                severity = e.severity
                reasons.append(e.reason)
            }
        }
        reasons.append("score \(clamped) → \(severity.rawValue)")
        return Assessment(score: clamped, severity: severity, reasons: reasons, policy: policy.rule, policyVersion: policy.version,
                          exempt: exemptReasons.isEmpty ? nil : exemptReasons.joined(separator: "; "))
    }
}
