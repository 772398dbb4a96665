import SluiceModel

/// Finds diversion in listing text. Built once from a `RuleSet`; immutable and shareable
/// across threads (a class, so handing it to each part's scan costs one reference, not a copy
/// of every table).
package final class Detector: Sendable {
    enum PatternKind: Sendable {
        case lexicon(entry: Int, confidence: Double, requires: LexiconEntry.Requirement, variant: Bool)
        case allow, invite, inviteAfter, negation, question, warning, notContact, contact
        case nearFirst(Int), nearSecond(Int), suppress(Int)
    }

    package let rules: RuleSet
    let automaton: AhoCorasick
    let kinds: [PatternKind]


    package init(rules: RuleSet) {
        self.rules = rules
        var patterns: [[UInt32]] = []
        var kinds: [PatternKind] = []
        func add(_ term: String, _ kind: PatternKind) {
            let scalars = term.unicodeScalars.map(\.value)
            guard !scalars.isEmpty else { return }
            patterns.append(scalars)
            kinds.append(kind)
        }
        for (index, entry) in rules.lexicon.enumerated() {
            for term in entry.terms {
                add(term, .lexicon(entry: index, confidence: entry.confidence, requires: entry.requires, variant: false))
                for variant in Self.variants(of: term, table: rules.variants) {
                    add(variant, .lexicon(entry: index, confidence: entry.confidence * 0.9, requires: .invite, variant: true))
                }
            }
        }
        rules.allow.forEach { add($0, .allow) }
        rules.invite.forEach { add($0, .invite) }
        rules.warning.forEach { add($0, .warning) }
        rules.notContactNumber.forEach { add($0, .notContact) }
        rules.contactNumber.forEach { add($0, .contact) }
        rules.inviteAfter.forEach { add($0, .inviteAfter) }
        rules.negation.forEach { add($0, .negation) }
        rules.question.forEach { add($0, .question) }
        for (index, rule) in rules.near.enumerated() {
            rule.first.forEach { add($0, .nearFirst(index)) }
            rule.second.forEach { add($0, .nearSecond(index)) }
        }
        for (index, rule) in rules.suppressions.enumerated() {
            rule.when.forEach { add($0, .suppress(index)) }
        }
        automaton = AhoCorasick(patterns: patterns)
        self.kinds = kinds
    }

    /// Spellings of `term` with sound-alike characters swapped in (at most 64).
    static func variants(of term: String, table: [String: [String]]) -> [String] {
        var results: [String] = [""]
        var changed = false
        for scalar in term.unicodeScalars {
            let c = String(scalar)
            let options = [c] + (table[c] ?? [])
            if options.count > 1 { changed = true }
            results = results.flatMap { prefix in options.map { prefix + $0 } }
            if results.count > 64 { results = Array(results.prefix(64)) }
        }
        return changed ? results.filter { $0 != term } : []
    }

    /// Every finding in every part of a listing.
    package func detect(_ event: ListingEvent) -> [Finding] {
        var findings: [Finding] = []
        for (index, part) in event.parts.enumerated() {
            findings += detect(text: part.text, scene: part.scene, part: index, platform: event.platform)
        }
        return findings
    }

    /// Whether findings make a violation.
    package func isViolation(_ findings: [Finding]) -> Bool {
        findings.contains(where: \.counts)
    }

    /// The findings that count toward a violation.
    package func counted(_ findings: [Finding]) -> [Finding] {
        findings.filter(\.counts)
    }

    /// Findings in one part's text.
    package func detect(text: String, scene: Scene, part: Int, platform: Platform) -> [Finding] {
        let norm = NormalizedText(text)
        var scan = PartScan(norm: norm)
        scan.hits.reserveCapacity(16)
        automaton.scan(norm.compact) { pattern, start, end in
            scan.hits.append(Hit(pattern: pattern, start: start, end: end))
        }
        return scan.findings(detector: self, scene: scene, part: part, platform: platform)
    }
}

/// One automaton match in compact coordinates.
struct Hit {
    var pattern: Int
    var start: Int
    var end: Int
}
