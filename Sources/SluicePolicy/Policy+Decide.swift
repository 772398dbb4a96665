import SluiceModel

extension Policy {
    /// The decision for one violating listing revision, given how many violations this
    /// merchant already has in the natural year. `counted` says whether it adds to the count.
    package func decide(_ header: Header, assessment: Assessment, countBefore: Int, now: Double) -> (decision: Decision, counted: Bool) {
        let year = naturalYear(of: header.observed)
        let id = Decision.id(listingID: header.listingID, revision: header.revision)
        func exemptDecision(_ reason: String) -> (Decision, Bool) {
            (Decision(decisionID: id, policy: rule, policyVersion: version, severity: assessment.severity, naturalYear: year,
                      countBefore: countBefore, countAfter: countBefore, actions: [], appealDeadline: nil, exempt: reason,
                      decidedAt: now), false)
        }
        // Everything found was exempt for this merchant (e.g. Tmall's WeChat private-domain brands).
        if assessment.severity == .none, let exempt = assessment.exempt { return exemptDecision(exempt) }
        guard actors.contains(header.actor) else {
            return exemptDecision("\(rule) applies to \(actors.map(\.rawValue).sorted().joined(separator: ", ")), not \(header.actor.rawValue)")
        }
        let count = countBefore + 1
        let deadline = Timestamp.format(epoch: now + Double(appealDays) * 86_400)
        var decision = Decision(decisionID: id, policy: rule, policyVersion: version, severity: assessment.severity, naturalYear: year,
                                countBefore: countBefore, countAfter: count, actions: actions(for: assessment.severity, count: count),
                                appealDeadline: deadline, exempt: nil, decidedAt: now)
        if let partly = assessment.exempt { decision.notes = ["set aside for this merchant: \(partly)"] }
        return (decision, true)
    }
}
