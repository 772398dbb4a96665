/// One enforcement action, e.g. `{"kind":"deduct_deposit","amount_cny":500}`.
package struct Action: Codable, Sendable, Hashable, CustomStringConvertible {
    package enum Kind: String, Codable, Sendable, CaseIterable {
        case warning
        case deductDeposit = "deduct_deposit"
        case requireDeposit = "require_deposit"
        case fine
        case suspend
        case removeFromPlatform = "remove_from_platform"
        case delist
        case searchDemotion = "search_demotion"
        case freezePayouts = "freeze_payouts"
        case restrictPermissions = "restrict_permissions"
        case closeProductSharing = "close_product_sharing"
        case deductPoints = "deduct_points"
        case deleteListing = "delete_listing"
        case shieldShop = "shield_shop"
        case restrictPublishing = "restrict_publishing"
        case closeShop = "close_shop"
    }

    package var kind: Kind
    package var amountCNY: Int?
    package var days: Int?
    package var points: Int?

    package init(_ kind: Kind, amountCNY: Int? = nil, days: Int? = nil, points: Int? = nil) {
        self.kind = kind
        self.amountCNY = amountCNY
        self.days = days
        self.points = points
    }

    enum CodingKeys: String, CodingKey {
        case kind, amountCNY = "amount_cny", days, points
    }

    package var description: String {
        var s = kind.rawValue
        if let amountCNY { s += " \(amountCNY) CNY" }
        if let days { s += " \(days) days" }
        if let points { s += " \(points) points" }
        return s
    }
}

/// What penalise decided for one violating listing revision.
package struct Decision: Codable, Sendable, Hashable {
    /// Stable for the listing revision: `dec-<listing_id>-r<revision>`.
    package var decisionID: String
    package var policy: String
    package var policyVersion: String
    package var severity: Severity
    /// The natural year (in the policy's time zone) the violation counts in.
    package var naturalYear: Int
    package var countBefore: Int
    package var countAfter: Int
    package var actions: [Action]
    /// RFC 3339, or nil when exempt.
    package var appealDeadline: String?
    /// Why no penalty applied, if none did.
    package var exempt: String?
    package var decidedAt: Double
    /// What else the decision took into account (e.g. signals set aside by an allow-list).
    package var notes: [String]?

    package init(decisionID: String, policy: String, policyVersion: String, severity: Severity, naturalYear: Int,
                 countBefore: Int, countAfter: Int, actions: [Action], appealDeadline: String?, exempt: String?,
                 decidedAt: Double) {
        self.decisionID = decisionID
        self.policy = policy
        self.policyVersion = policyVersion
        self.severity = severity
        self.naturalYear = naturalYear
        self.countBefore = countBefore
        self.countAfter = countAfter
        self.actions = actions
        self.appealDeadline = appealDeadline
        self.exempt = exempt
        self.decidedAt = decidedAt
    }

    enum CodingKeys: String, CodingKey {
        case decisionID = "decision_id", policy, policyVersion = "policy_version", severity
        case naturalYear = "natural_year", countBefore = "count_before", countAfter = "count_after"
        case actions, appealDeadline = "appeal_deadline", exempt, decidedAt = "decided_at", notes
    }

    package static func id(listingID: String, revision: Int) -> String { "dec-\(listingID)-r\(revision)" }
}
