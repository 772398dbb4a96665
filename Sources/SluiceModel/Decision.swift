/// One enforcement action, e.g. `{"kind":"deduct_deposit","amount_cny":500}`.
package struct Action: Sendable, Hashable, CustomStringConvertible, JSONCodable {
    package enum Kind: String, Sendable, CaseIterable, JSONWritable {
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

    package var description: String {
        var s = kind.rawValue
        if let amountCNY { s += " \(amountCNY) CNY" }
        if let days { s += " \(days) days" }
        if let points { s += " \(points) points" }
        return s
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("kind", kind)
        w.field("amount_cny", amountCNY)
        w.field("days", days)
        w.field("points", points)
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        kind = try f.value("kind", as: Kind.self)
        amountCNY = try f.optionalInt("amount_cny")
        days = try f.optionalInt("days")
        points = try f.optionalInt("points")
    }
}

/// What penalise decided for one violating listing revision.
package struct Decision: Sendable, Hashable, JSONCodable {
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
                 decidedAt: Double, notes: [String]? = nil) {
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
        self.notes = notes
    }

    /// Whether the decision adds to the merchant's count for the year.
    package var counts: Bool { exempt == nil }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("decision_id", decisionID)
        w.field("policy", policy)
        w.field("policy_version", policyVersion)
        w.field("severity", severity)
        w.field("natural_year", naturalYear)
        w.field("count_before", countBefore)
        w.field("count_after", countAfter)
        w.field("actions", actions)
        w.field("appeal_deadline", appealDeadline)
        w.field("exempt", exempt)
        w.field("decided_at", decidedAt)
        w.field("notes", notes)
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        decisionID = try f.string("decision_id")
        policy = try f.string("policy")
        policyVersion = try f.string("policy_version")
        severity = try f.value("severity", as: Severity.self)
        naturalYear = try f.int("natural_year")
        countBefore = try f.int("count_before")
        countAfter = try f.int("count_after")
        actions = try f.decodeArray("actions")
        appealDeadline = try f.optionalString("appeal_deadline")
        exempt = try f.optionalString("exempt")
        decidedAt = try f.double("decided_at")
        notes = f.has("notes") ? try f.strings("notes") : nil
    }

    package static func id(listingID: String, revision: Int) -> String { "dec-\(listingID)-r\(revision)" }
}

/// A message to the account holder about a decision.
package struct Notice: Sendable, Hashable, JSONCodable {
    package enum Kind: String, Sendable, CaseIterable, JSONWritable {
        /// A counted penalty.
        case penalty
        /// A violation recorded without a penalty (exempt actor or allow-listed signals).
        case advisory
        /// An overturned appeal: the penalty is reversed.
        case correction
    }

    /// Idempotency key: a receiver drops a notice whose key it has seen.
    package var noticeID: String
    package var decisionID: String
    package var listingID: String
    package var revision: Int
    package var merchantID: String
    package var kind: Kind
    package var title: String
    package var body: String
    package var createdAt: Double

    package init(noticeID: String, decisionID: String, listingID: String, revision: Int, merchantID: String, kind: Kind,
                 title: String, body: String, createdAt: Double) {
        self.noticeID = noticeID
        self.decisionID = decisionID
        self.listingID = listingID
        self.revision = revision
        self.merchantID = merchantID
        self.kind = kind
        self.title = title
        self.body = body
        self.createdAt = createdAt
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("notice_id", noticeID)
        w.field("decision_id", decisionID)
        w.field("listing_id", listingID)
        w.field("revision", revision)
        w.field("merchant_id", merchantID)
        w.field("kind", kind)
        w.field("title", title)
        w.field("body", body)
        w.field("created_at", createdAt)
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        noticeID = try f.string("notice_id")
        decisionID = try f.string("decision_id")
        listingID = try f.string("listing_id")
        revision = try f.int("revision")
        merchantID = try f.string("merchant_id")
        kind = try f.value("kind", as: Kind.self)
        title = try f.string("title")
        body = try f.string("body")
        createdAt = try f.double("created_at")
    }

    package static func id(decisionID: String, kind: Kind) -> String {
        kind == .correction ? "ntc-\(decisionID)-correction" : "ntc-\(decisionID)"
    }
}
