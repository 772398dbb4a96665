import Foundation
import Testing
@testable import SluiceDetection
@testable import SluiceModel

/// Every rule in the shipped lexicon says which technique it serves and carries example lines
/// written for it (issue 10: no entry exists to fix one line). This suite runs them: an entry's
/// examples must be caught by that entry, a suppression's and an allow-list's must come out
/// clean, and each `[context]` list's examples must turn on the list's words — with those words
/// taken out, the verdict changes.
@Suite("Rule examples")
struct RuleExampleTests {
    static let rules = try! RuleSet.load(directory: rulesDirectory)

    /// What a `[context]` list (or section) does to a line that holds one of its words.
    enum Effect { case flags, clears }
    static let effects: [String: Effect] = [
        "invite": .flags, "weak_invite": .flags, "handle_invite": .flags, "invite_through": .flags, "invite_after": .flags,
        "question": .flags, "contact_number": .flags, "qq_number": .flags, "variants": .flags,
        "negation": .clears, "negation_through": .clears, "discussion": .clears, "report": .clears, "narration": .clears,
        "mention_after": .clears, "not_contact_number": .clears, "allow": .clears, "refusal": .clears, "addressed": .clears, "usage": .clears, "ordered_here": .clears,
    ]

    /// The words of a `[context]` list, to take out of its examples.
    static func words(of key: String) -> [String] {
        switch key {
        case "invite": rules.invite
        case "weak_invite": rules.weakInvite
        case "handle_invite": rules.handleInvite
        case "invite_after": rules.inviteAfter
        case "question": rules.question
        case "contact_number": rules.contactNumber
        case "qq_number": rules.qqNumber
        case "negation": rules.negation
        case "discussion": rules.discussion
        case "report": rules.report
        case "narration": rules.narration
        case "mention_after": rules.mentionAfter
        case "refusal": rules.refusal
        case "addressed": rules.addressed
        case "usage": rules.usage
        case "ordered_here": rules.orderedHere
        case "not_contact_number": rules.notContactNumber
        default: []
        }
    }

    /// The kept candidates of one line, on the first platform where `notOn` allows the rule.
    static func kept(_ text: String, notOn: Set<Platform> = []) -> [Finding] {
        let platform = Platform.allCases.first { !notOn.contains($0) }!
        return detector.explain(text: text, scene: .detail, platform: platform).entries.filter { $0.dropped == nil }.map(\.finding)
    }

    /// Every text in the labelled corpora, which no example may repeat.
    static let corpusTexts: [String] = {
        let root = URL(fileURLWithPath: rulesDirectory).deletingLastPathComponent().deletingLastPathComponent()
        // The two corpora and every held-out set.
        let fixtures = root.appendingPathComponent("Tests/Fixtures").path
        let holdouts = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? [])
            .filter { $0.hasPrefix("holdout") && $0.hasSuffix(".jsonl") }.map { "Tests/Fixtures/" + $0 }
        let files = ["Tests/Fixtures/corpus/listings.jsonl", "Tests/Fixtures/corpus/listings-2.jsonl"] + holdouts.sorted()
        return files.flatMap { file -> [String] in
            let text = (try? String(contentsOfFile: root.appendingPathComponent(file).path, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").compactMap { line in
                guard case .object(let fields)? = try? JSONValue.parse(Array(line.utf8)),
                      case .string(let text)? = fields.first(where: { $0.0 == "text" })?.1 else { return nil }
                return text
            }
        }
    }()

    @Test("every lexicon entry, near rule and suppression names its technique and carries an example")
    func everyRuleSaysWhy() {
        for entry in Self.rules.lexicon {
            #expect(entry.purpose.technique?.isEmpty == false, "lexicon \(entry.id) has no technique")
            #expect(!entry.purpose.examples.isEmpty, "lexicon \(entry.id) has no examples")
        }
        for rule in Self.rules.near {
            #expect(rule.purpose.technique?.isEmpty == false, "near \(rule.id) has no technique")
            #expect(!rule.purpose.examples.isEmpty, "near \(rule.id) has no examples")
        }
        for (i, s) in Self.rules.suppressions.enumerated() {
            #expect(s.purpose.technique?.isEmpty == false, "suppress[\(i)] has no technique")
            #expect(!s.purpose.examples.isEmpty, "suppress[\(i)] has no examples")
        }
        for key in Self.effects.keys.sorted() {
            let purpose = Self.rules.purposes[key]
            #expect(purpose?.technique?.isEmpty == false, "[technique] has no \(key)")
            #expect(purpose?.examples.isEmpty == false, "[examples] has no \(key)")
        }
        #expect(Set(Self.rules.purposes.keys).isSubset(of: Set(Self.effects.keys).union(["negation_through", "invite_through"])),
                "a [technique] or [examples] key names no section: \(Self.rules.purposes.keys.sorted())")
    }

    @Test("no example is a corpus line")
    func examplesAreWritten() throws {
        try #require(Self.corpusTexts.count > 1000, "the corpora were not read")
        let corpus = Set(Self.corpusTexts)
        let examples = Self.rules.lexicon.flatMap(\.purpose.examples) + Self.rules.near.flatMap(\.purpose.examples)
            + Self.rules.suppressions.flatMap(\.purpose.examples) + Self.rules.purposes.values.flatMap(\.examples)
        for example in examples {
            #expect(!corpus.contains(example) && !Self.corpusTexts.contains { $0.contains(example) }, "\(example) is taken from a corpus")
        }
    }

    @Test("each lexicon entry and near rule catches its own examples")
    func entriesCatchTheirExamples() {
        let rules = Self.rules.lexicon.map { ($0.id, $0.notOn, $0.purpose.examples) } + Self.rules.near.map { ($0.id, $0.notOn, $0.purpose.examples) }
        for (id, notOn, examples) in rules {
            for example in examples {
                let ids = Self.kept(example, notOn: notOn).map(\.ruleID)
                #expect(ids.contains(id) || ids.contains(id + ".variant"), "\(id): «\(example)» → \(ids)")
            }
        }
    }

    @Test("a suppression's examples come out clean of its signal")
    func suppressionsClear() {
        for s in Self.rules.suppressions {
            for example in s.purpose.examples {
                // On a platform the suppression applies on.
                let kept = Self.kept(example, notOn: s.onlyOn.isEmpty ? [] : Set(Platform.allCases).subtracting(s.onlyOn))
                let hit = s.signal.map { signal in kept.contains { $0.signal == signal } } ?? !kept.isEmpty
                #expect(!hit, "suppress \(s.when.prefix(3)): «\(example)» → \(kept.map(\.ruleID))")
            }
        }
    }

    @Test("each context list decides its examples: with its words they come out as the list says, without them the other way")
    func contextListsDecide() {
        for (key, effect) in Self.effects.sorted(by: { $0.key < $1.key }) {
            for example in Self.rules.purposes[key]?.examples ?? [] {
                let flagged = !Self.kept(example).isEmpty
                #expect(flagged == (effect == .flags), "\(key): «\(example)» should be \(effect == .flags ? "caught" : "clean")")
                // Taken out, the list's words no longer decide (for lists of words; the allow-list,
                // variants and reach-through characters are checked by their own mechanism tests, and a
                // question holds the negation it overrides, so taking it out changes nothing).
                let words = key == "question" ? [] : Self.words(of: key)
                guard !words.isEmpty else { continue }
                let folded = RuleSet.fold(example)
                let without = words.sorted { $0.count > $1.count }.reduce(folded) { $0.replacingOccurrences(of: $1, with: "") }
                #expect(without != folded, "\(key): «\(example)» holds none of the list's words")
                #expect(!Self.kept(without).isEmpty != flagged, "\(key): «\(without)» (the list's words taken out) is still \(flagged ? "caught" : "clean")")
            }
        }
    }
}
