/// A message to the account holder about a decision.
package struct Notice: Codable, Sendable, Hashable {
    /// Idempotency key: a receiver drops a notice whose key it has seen.
    package var noticeID: String
    package var decisionID: String
    package var merchantID: String
    /// `penalty` or `correction`.
    package var kind: String
    package var title: String
    package var body: String
    package var createdAt: Double

    package init(noticeID: String, decisionID: String, merchantID: String, kind: String, title: String, body: String,
                 createdAt: Double) {
        self.noticeID = noticeID
        self.decisionID = decisionID
        self.merchantID = merchantID
        self.kind = kind
        self.title = title
        self.body = body
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case noticeID = "notice_id", decisionID = "decision_id", merchantID = "merchant_id", kind, title, body
        case createdAt = "created_at"
    }
}
