import Foundation
import SluiceConfig
import SluiceModel

/// One platform's rules as data (`pipelines/policies/<platform>.toml`): how findings become a
/// severity, the ladder of actions per severity and repeat count in a natural year, the
/// appeal window, and exemptions.
package struct Policy: Sendable, Hashable {
    package struct Escalation: Sendable, Hashable {
        package var categories: Set<String>
        package var signals: Set<Signal>
        package var actors: Set<Actor>
        package var severity: Severity
        package var reason: String
    }

    package struct Step: Sendable, Hashable {
        /// Applies from this violation count in the year (1 = first).
        package var from: Int
        package var actions: [Action]
    }

    package struct Exemption: Sendable, Hashable {
        package var merchants: Set<String>
        package var signals: Set<Signal>
        package var reason: String
    }

    package var platform: Platform
    package var version: String
    package var rule: String
    package var timeZone: TimeZone
    package var appealDays: Int
    /// How many appeals one decision may have (a rejected appeal may be followed by another
    /// until this many were filed).
    package var appealsPerDecision: Int
    /// Actors the policy punishes; others' violations are recorded but exempt.
    package var actors: Set<Actor>
    package var weights: [Signal: Double]
    package var sceneFactors: [Scene: Double]
    package var distinctSignalBonus: Double
    /// Score thresholds for each severity.
    package var thresholds: [Severity: Int]
    package var escalations: [Escalation]
    package var ladder: [Severity: [Step]]
    package var exemptions: [Exemption]
    package var file: String

    /// The policy's natural year of an instant (a violation at 2026-12-31 23:30 +08:00 counts in
    /// 2026 under Asia/Shanghai).
    package func naturalYear(of epoch: Double) -> Int {
        // The zone's offset at that instant, then the civil year of the shifted instant.
        let offset = Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: epoch)))
        return Self.civilYear(epoch + offset)
    }

    /// The proleptic Gregorian year of a UTC instant (days-from-civil inverse, Howard Hinnant).
    static func civilYear(_ epoch: Double) -> Int {
        let days = Int((epoch / 86_400).rounded(.down))
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The actions for the `count`-th violation of `severity` in a year.
    package func actions(for severity: Severity, count: Int) -> [Action] {
        guard let steps = ladder[severity] else { return [] }
        return steps.filter { $0.from <= count }.max { $0.from < $1.from }?.actions ?? []
    }

    /// The exemption that covers a merchant's signal, if any.
    package func exemption(merchantID: String, signal: Signal) -> Exemption? {
        exemptions.first { $0.merchants.contains(merchantID) && $0.signals.contains(signal) }
    }
}

extension Policy {
    /// Reads and checks a policy file; every problem names the file, key and reason.
    package static func load(path: String) throws(ConfigurationError) -> Policy {
        let raw = try TOMLFile.decode(RawPolicy.self, path: path)
        return try raw.policy(file: path)
    }

    package static func parse(_ text: String, file: String) throws(ConfigurationError) -> Policy {
        try TOMLFile.decode(RawPolicy.self, text: text, file: file).policy(file: file)
    }
}

// The file's shape, as written.
// swiftlint:disable identifier_name
private struct RawPolicy: Decodable {
    struct RawAction: Decodable {
        var kind: String
        var amount_cny: Int?
        var days: Int?
        var points: Int?
    }
    struct RawStep: Decodable {
        var from: Int
        var actions: [RawAction]
    }
    struct RawEscalation: Decodable {
        var categories: [String]?
        var signals: [String]?
        var actors: [String]?
        var severity: String
        var reason: String
    }
    struct RawExemption: Decodable {
        var merchants: [String]
        var signals: [String]
        var reason: String
    }
    struct RawScoring: Decodable {
        var weights: [String: Number]
        var scene_factors: [String: Number]?
        var distinct_signal_bonus: Number?
        var thresholds: [String: Int]
    }

    var platform: String
    var version: String
    var rule: String
    var time_zone: String
    var appeal_days: Int
    var appeals_per_decision: Int?
    var actors: [String]
    var scoring: RawScoring
    var escalate: [RawEscalation]?
    var ladder: [String: [RawStep]]
    var exempt: [RawExemption]?

    func policy(file: String) throws(ConfigurationError) -> Policy {
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        func fail(_ key: String, _ reason: String) -> ConfigurationError {
            ConfigurationError(file: file, key: key, line: TOMLFile.line(of: key, in: text), reason: reason)
        }
        func signal(_ name: String, _ key: String) throws(ConfigurationError) -> Signal {
            guard let s = Signal(rawValue: name) else {
                throw fail(key, "unknown signal '\(name)' (expected one of \(Signal.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return s
        }
        func severity(_ name: String, _ key: String) throws(ConfigurationError) -> Severity {
            guard let s = Severity(rawValue: name), s != .none else {
                throw fail(key, "unknown severity '\(name)' (expected general, serious or especially_serious)")
            }
            return s
        }
        func actor(_ name: String, _ key: String) throws(ConfigurationError) -> Actor {
            guard let a = Actor(rawValue: name) else { throw fail(key, "unknown actor '\(name)'") }
            return a
        }

        guard let platform = Platform(rawValue: platform) else { throw fail("platform", "unknown platform '\(self.platform)'") }
        guard let zone = TimeZone(identifier: time_zone) else { throw fail("time_zone", "unknown time zone '\(time_zone)'") }
        guard (0...365).contains(appeal_days) else { throw fail("appeal_days", "must be 0…365") }
        let appealsPerDecision = appeals_per_decision ?? 1
        guard (1...10).contains(appealsPerDecision) else { throw fail("appeals_per_decision", "must be 1…10") }
        var actorSet = Set<Actor>()
        for a in actors { actorSet.insert(try actor(a, "actors")) }

        var weights: [Signal: Double] = [:]
        for (name, number) in scoring.weights {
            let w = number.value
            guard (0...100).contains(w) else { throw fail("scoring.weights.\(name)", "must be 0…100") }
            weights[try signal(name, "scoring.weights.\(name)")] = w
        }
        var factors: [Scene: Double] = [:]
        for (name, number) in scoring.scene_factors ?? [:] {
            let f = number.value
            guard let scene = Scene(rawValue: name) else { throw fail("scoring.scene_factors.\(name)", "unknown scene '\(name)'") }
            guard f > 0 else { throw fail("scoring.scene_factors.\(name)", "must be > 0") }
            factors[scene] = f
        }
        var thresholds: [Severity: Int] = [:]
        for (name, t) in scoring.thresholds {
            thresholds[try severity(name, "scoring.thresholds.\(name)")] = t
        }
        for s in [Severity.general, .serious, .especiallySerious] where thresholds[s] == nil {
            throw fail("scoring.thresholds", "missing \(s.rawValue)")
        }
        guard thresholds[.general]! < thresholds[.serious]!, thresholds[.serious]! < thresholds[.especiallySerious]! else {
            throw fail("scoring.thresholds", "must rise: general < serious < especially_serious")
        }

        var escalations: [Policy.Escalation] = []
        for (i, e) in (escalate ?? []).enumerated() {
            let key = "escalate[\(i)]"
            var signals = Set<Signal>()
            for s in e.signals ?? [] { signals.insert(try signal(s, "\(key).signals")) }
            var actors = Set<Actor>()
            for a in e.actors ?? [] { actors.insert(try actor(a, "\(key).actors")) }
            escalations.append(.init(categories: Set(e.categories ?? []), signals: signals, actors: actors,
                                     severity: try severity(e.severity, "\(key).severity"), reason: e.reason))
        }

        var ladderOut: [Severity: [Policy.Step]] = [:]
        for (name, steps) in ladder {
            let sev = try severity(name, "ladder.\(name)")
            guard steps.contains(where: { $0.from == 1 }) else { throw fail("ladder.\(name)", "needs a step with from = 1") }
            var out: [Policy.Step] = []
            for (i, step) in steps.enumerated() {
                let key = "ladder.\(name)[\(i)]"
                guard step.from >= 1 else { throw fail("\(key).from", "must be ≥ 1") }
                var actions: [Action] = []
                for (j, a) in step.actions.enumerated() {
                    let akey = "\(key).actions[\(j)]"
                    guard let kind = Action.Kind(rawValue: a.kind) else {
                        throw fail("\(akey).kind", "unknown action '\(a.kind)' (expected one of \(Action.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    switch kind {
                    case .deductDeposit, .requireDeposit, .fine:
                        guard let amount = a.amount_cny, amount > 0 else { throw fail("\(akey).amount_cny", "\(kind.rawValue) needs amount_cny > 0") }
                        actions.append(Action(kind, amountCNY: amount))
                    case .suspend, .restrictPublishing, .restrictPermissions, .freezePayouts, .searchDemotion:
                        if kind == .suspend, (a.days ?? 0) <= 0 { throw fail("\(akey).days", "suspend needs days > 0") }
                        actions.append(Action(kind, days: a.days))
                    case .deductPoints:
                        guard let points = a.points, points > 0 else { throw fail("\(akey).points", "deduct_points needs points > 0") }
                        actions.append(Action(kind, points: points))
                    default:
                        actions.append(Action(kind))
                    }
                }
                guard !actions.isEmpty else { throw fail("\(key).actions", "is empty") }
                out.append(.init(from: step.from, actions: actions))
            }
            ladderOut[sev] = out.sorted { $0.from < $1.from }
        }
        for s in [Severity.general, .serious, .especiallySerious] where ladderOut[s] == nil {
            throw fail("ladder", "missing ladder.\(s.rawValue)")
        }

        var exemptions: [Policy.Exemption] = []
        for (i, e) in (exempt ?? []).enumerated() {
            var signals = Set<Signal>()
            for s in e.signals { signals.insert(try signal(s, "exempt[\(i)].signals")) }
            exemptions.append(.init(merchants: Set(e.merchants), signals: signals, reason: e.reason))
        }
        return Policy(platform: platform, version: version, rule: rule, timeZone: zone, appealDays: appeal_days,
                      appealsPerDecision: appealsPerDecision,
                      actors: actorSet, weights: weights, sceneFactors: factors,
                      distinctSignalBonus: scoring.distinct_signal_bonus?.value ?? 10, thresholds: thresholds,
                      escalations: escalations, ladder: ladderOut, exemptions: exemptions, file: file)
    }
}
