import SluiceModel

/// The store's compact forms of what it keeps beside each outcome: the same facts as the wire
/// sections, without repeating keys and fields other columns already hold (a store costs what
/// it keeps per listing, millions of times).
enum Compact {
    // MARK: Findings: [[signal, rule, part, scene, start, end, excerpt, normalized, confidence], …]

    static func findings(_ json: [UInt8]) -> String? {
        guard let list = try? JSONValue.parse(json).decodeArray(of: Finding.self), !list.isEmpty else { return nil }
        var w = JSONWriter(capacity: 64 * list.count)
        w.beginArray()
        for f in list {
            w.beginArray()
            w.string(f.signal.rawValue); w.string(f.ruleID); w.int(f.part); w.string(f.scene.rawValue)
            w.int(f.span.start); w.int(f.span.end); w.string(f.excerpt)
            if f.normalized == f.excerpt { w.null() } else { w.string(f.normalized) }
            w.double((f.confidence * 1000).rounded() / 1000)
            w.endArray()
        }
        w.endArray()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func findings(_ text: String) -> [Finding] {
        guard case .array(let rows)? = try? JSONValue.parse(text) else { return [] }
        return rows.compactMap { row -> Finding? in
            guard case .array(let f) = row, f.count == 9, let signal = f[0].stringValue.flatMap(Signal.init(rawValue:)),
                  let scene = f[3].stringValue.flatMap(Scene.init(rawValue:)) else { return nil }
            let excerpt = f[6].stringValue ?? ""
            return Finding(signal: signal, ruleID: f[1].stringValue ?? "", part: f[2].intValue ?? 0, scene: scene,
                           span: Span(start: f[4].intValue ?? 0, end: f[5].intValue ?? 0), excerpt: excerpt,
                           normalized: f[7].stringValue ?? excerpt, confidence: f[8].doubleValue ?? 0)
        }
    }

    // MARK: Assessment: [reasons, exempt?] (score and severity are columns; policy is the decision's)

    static func assessment(_ json: [UInt8]) -> String? {
        guard let a = try? Assessment(jsonBytes: json) else { return nil }
        var w = JSONWriter(capacity: 160)
        w.beginArray()
        w.beginArray(); for r in a.reasons { w.string(r) }; w.endArray()
        if let e = a.exempt { w.string(e) } else { w.null() }
        w.string(a.policy)
        w.string(a.policyVersion)
        w.endArray()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func assessment(_ text: String, score: Int, severity: Severity) -> Assessment? {
        guard case .array(let f)? = try? JSONValue.parse(text), f.count == 4 else { return nil }
        return Assessment(score: score, severity: severity, reasons: f[0].arrayValue?.compactMap(\.stringValue) ?? [],
                          policy: f[2].stringValue ?? "", policyVersion: f[3].stringValue ?? "", exempt: f[1].stringValue)
    }

    // MARK: Hops: stored as the header's trail (`code worker µs;…`)

    /// Hops as `[[stage, worker, ms after intake], …]` for people and tools.
    static func hops(_ trail: String) -> JSONValue {
        .array(Hop.parse(trail, ingestedAt: 0).map { .array([.string($0.stage.rawValue), .string($0.worker), .double(($0.at * 10_000).rounded() / 10)]) })
    }

    // MARK: Decision body: the fields no column holds

    static func decision(_ d: Decision) -> String {
        var w = JSONWriter(capacity: 200)
        w.beginObject()
        w.field("policy", d.policy)
        w.field("policy_version", d.policyVersion)
        w.field("count_before", d.countBefore)
        w.field("count_after", d.countAfter)
        w.field("actions", d.actions)
        w.field("appeal_deadline", d.appealDeadline)
        w.field("exempt", d.exempt)
        w.field("notes", d.notes)
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func decision(body: String, id: String, severity: String, year: Int, decidedAt: Double) throws -> Decision {
        var f = try JSONFields(JSONValue.parse(body))
        return Decision(decisionID: id, policy: try f.string("policy"), policyVersion: try f.string("policy_version"),
                        severity: Severity(rawValue: severity) ?? .general, naturalYear: year, countBefore: try f.int("count_before"),
                        countAfter: try f.int("count_after"), actions: try f.decodeArray("actions"),
                        appealDeadline: try f.optionalString("appeal_deadline"), exempt: try f.optionalString("exempt"),
                        decidedAt: decidedAt, notes: f.has("notes") ? try f.strings("notes") : nil)
    }
}
