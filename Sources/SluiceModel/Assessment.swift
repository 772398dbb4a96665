/// What score made of the findings.
package struct Assessment: Codable, Sendable, Hashable {
    /// 0…100.
    package var score: Int
    package var severity: Severity
    /// Why, in words an operator can check.
    package var reasons: [String]
    package var policy: String
    package var policyVersion: String
    /// Why findings were set aside for this merchant (an allow-list), if they were.
    package var exempt: String?

    package init(score: Int, severity: Severity, reasons: [String], policy: String, policyVersion: String,
                 exempt: String? = nil) {
        self.score = score
        self.severity = severity
        self.reasons = reasons
        self.policy = policy
        self.policyVersion = policyVersion
        self.exempt = exempt
    }

    enum CodingKeys: String, CodingKey {
        case score, severity, reasons, policy, policyVersion = "policy_version", exempt
    }
}
