import Foundation
import SluiceConfig
import SluiceModel

/// One lexicon entry: terms that signal a kind of diversion.
package struct LexiconEntry: Sendable, Hashable {
    package enum Requirement: String, Sendable, Hashable {
        /// The term is enough on its own.
        case none
        /// Only with an invitation just before it (加, +, 联系 …) or a handle/number just after.
        case invite
        /// Only with a handle or number just after it (or one of the entry's `words_after`): for a channel's
        /// short name that is an ordinary word too (dc, a current's), which an invitation before it does not make a
        /// channel (加一个 DC 转接头).
        case pointer

        /// What a spelling derived from the term (a look-alike, pinyin initials) needs: an invitation or a pointer, or a
        /// pointer alone where the term itself needs one.
        package var ofDerivedSpellings: Requirement { self == .pointer ? .pointer : .invite }
    }

    package var id: String
    package var signal: Signal
    package var confidence: Double
    package var requires: Requirement
    /// Platforms where the term names the platform itself (淘宝 on taobao), so it is no third party.
    package var notOn: Set<Platform>
    package var terms: [String]
    /// Invitations for this entry only, besides the shared ones (可 for 当面: 同城可当面).
    package var invite: [String] = []
    /// The only words that invite the term from right after it (or one character on), in place of
    /// `context.invite_after`; nil: those. For a word the platform's own pages use too: the listing's
    /// link (链接里, 链接下单) is the platform's, a link asked for in private (链接私我) is not.
    package var wordsAfter: [[UInt32]]?
    /// Whether a spelling that only sounds like a term counts (威信 for 微信); false where an ordinary word sounds
    /// alike (支付宝搜, searched, beside 支付宝收款, paid).
    package var bySound = true
    /// The evasion technique (or honest usage) the entry serves, and lines that show it.
    package var purpose = Purpose()
}

/// Why a rule exists: the technique it serves, in words, and example lines written for it (never
/// taken from a corpus) that a test runs through the detector.
package struct Purpose: Sendable, Hashable {
    package var technique: String?
    package var examples: [String] = []
}

/// Two groups of terms that signal diversion when they occur close together in one part
/// (`看主页` … `联系方式`), for pointers and inducements no single term carries.
package struct NearRule: Sendable, Hashable {
    package var id: String
    package var signal: Signal
    package var confidence: Double
    package var first: [String]
    package var second: [String]
    /// Most characters (in the compact text) from the start of one to the end of the other.
    package var within: Int
    /// Both halves must be in one clause (not only one sentence).
    package var clause: Bool
    package var notOn: Set<Platform>
    /// The first half must come before the second (来…店里 invites; 店里…才来 tells where one came from).
    package var ordered = false
    package var purpose = Purpose()
}

/// Sets a signal's findings aside in a sentence that also says one of `when` (a QR code that
/// opens the platform's own shop; a 私下交易 mentioned to praise 担保交易).
package struct Suppression: Sendable, Hashable {
    package var signal: Signal?
    package var when: [String]
    /// The platforms it applies on (empty: all). Words naming a platform's own app (抖音扫) are that
    /// platform's own only: on another platform they send the buyer away.
    package var onlyOn: Set<Platform> = []
    /// Where it sets words aside: in their clause, their sentence, or anywhere in the part (`scope =
    /// "part"`: a label laid out line by line — a maker's name, address and service line on a package —
    /// is one statement over many lines). By default a general suppression acts in its clause, one for a
    /// signal in its sentence.
    package enum Scope: Sendable, Hashable { case clause, sentence, part }
    package var scope: Scope
    package var purpose = Purpose()
}

/// Detection rules: lexicons, the allow-list and context words, loaded from TOML files under
/// `pipelines/rules/` (format in pipelines/rules/README.md).
package struct RuleSet: Sendable, Hashable {
    package var version: String
    package var lexicon: [LexiconEntry]
    /// Honest phrases that contain trigger words (V领, 卫星天线, 旺仔QQ糖).
    package var allow: [String]
    /// Invitation words that make a weak term count (加, +, 联系).
    package var invite: [String]
    /// Words that mark a text as discussing diversion (warning, reporting, complaining, asking
    /// whether it is real) rather than diverting.
    package var discussion: [String]
    /// Words that start reported speech or narration: the rest of their sentence is someone
    /// else's words (有人说, 让我, 写着).
    package var report: [String]
    /// Narration of someone else's words (他说, 她说): the whole sentence is a report.
    package var narration: [String]
    /// Refusals that answer a question echoed just before them (面交？不了): the echoed words are
    /// the buyer's, turned down.
    package var refusal: [String] = []
    /// A second-person owner right before a channel's name (你们线下店, 你们的微信): the speaker is the
    /// channel owner's customer, talking about it.
    package var addressed: [String] = []
    /// Verbs of using an app as a tool (绑定, 激活, 兑换): right after a word after a channel's name
    /// (微信上绑定), they make it a place to use, not to meet.
    package var usage: [String] = []
    /// Words after a visit or a meeting, in its sentence, that send the buyer back to order on the platform
    /// (到门店体验，看好了再回直播间拍): the visit is to look, the order stays here.
    package var orderedHere: [String] = []
    /// Words after a trigger in its clause that make it a description of someone else's offer
    /// (…的都是骗子, …的号).
    package var mentionAfter: [String]
    /// Characters a negation reaches through to its trigger (不会让您去…).
    package var negationThrough: String
    /// Characters an invitation reaches through to a channel's name (加一下我们的客服微信).
    package var inviteThrough: String = ""
    /// Words before a number that make it an order, tracking or article number.
    package var notContactNumber: [String]
    /// Words before a number that make it a contact number.
    package var contactNumber: [String]
    /// Words before a number that make it a QQ number though QQ is not named (群号).
    package var qqNumber: [String] = []
    /// Invitations ordinary sentences are full of (上, 到, 用): they make a channel's name count,
    /// but not a look-alike or sound-alike spelling of it.
    package var weakInvite: [String]
    /// Invitations that make a handle right after them a contact even with no channel named
    /// (添加客服：fz_kefu, 加 gold_vip).
    package var handleInvite: [String]
    /// Words right after a weak term that make it count (`企鹅私`, `闲鱼上`, `dy直播间`).
    package var inviteAfter: [String]
    /// Negations that cancel a trigger a few characters later in the same clause (`不用加微信`).
    package var negation: [String]
    /// Questions that contain a negation but ask for the thing (`能不能私下转账`).
    package var question: [String]
    package var near: [NearRule]
    package var suppressions: [Suppression]
    /// Sound-alike / look-alike characters for trigger characters: 微 → 薇 威 …
    package var variants: [String: [String]]
    /// The purpose of the sections without an id, by key: `allow`, `variants` and each `[context]`
    /// list (`negation`, `invite` …), from the files' `[technique]` and `[examples]` tables.
    package var purposes: [String: Purpose] = [:]
    /// The files the rules came from.
    package var files: [String]

    /// Loads every `*.toml` in `directory`, in name order, and merges them.
    package static func load(directory: String) throws(ConfigurationError) -> RuleSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".toml") }.sorted()
        } catch {
            throw ConfigurationError(file: directory, reason: "rules folder \(FileProblem.describe(directory, folder: true)): give the folder that holds the *.toml rules (pipelines/rules in the repository)")
        }
        guard !names.isEmpty else { throw ConfigurationError(file: directory, reason: "no *.toml rules files") }
        var merged = RuleSet.empty
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            let file = try TOMLFile.decode(RulesFile.self, path: path)
            try merged.merge(file, path: path)
        }
        return merged
    }

    /// Parses one rules file's text (for tests and `--rules` checks).
    package static func parse(_ text: String, file: String = "rules.toml") throws(ConfigurationError) -> RuleSet {
        var rules = RuleSet.empty
        try rules.merge(try TOMLFile.decode(RulesFile.self, text: text, file: file), path: file)
        return rules
    }

    static let empty = RuleSet(version: "", lexicon: [], allow: [], invite: [], discussion: [], report: [], narration: [], mentionAfter: [],
                               negationThrough: "", notContactNumber: [], contactNumber: [], weakInvite: [], handleInvite: [],
                               inviteAfter: [], negation: [], question: [], near: [], suppressions: [], variants: [:], files: [])

    private mutating func merge(_ file: RulesFile, path: String) throws(ConfigurationError) {
        files.append(path)
        if let v = file.version { version = version.isEmpty ? v : version + "+" + v }
        var seen = Set(lexicon.map(\.id))
        for (i, raw) in (file.lexicon ?? []).enumerated() {
            let key = "lexicon[\(i)]"
            func fail(_ field: String, _ reason: String) -> ConfigurationError {
                ConfigurationError(file: path, key: "\(key).\(field)", line: TOMLFile.line(of: field, in: (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""), reason: reason)
            }
            guard !raw.id.isEmpty else { throw fail("id", "is empty") }
            guard seen.insert(raw.id).inserted else { throw fail("id", "'\(raw.id)' is defined twice") }
            guard let signal = Signal(rawValue: raw.signal) else {
                throw fail("signal", "unknown signal '\(raw.signal)' (expected one of \(Signal.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let confidence = raw.confidence?.value ?? 0.9
            guard (0...1).contains(confidence) else { throw fail("confidence", "must be between 0 and 1") }
            guard let requires = LexiconEntry.Requirement(rawValue: raw.requires ?? "none") else {
                throw fail("requires", "must be \"none\", \"invite\" or \"pointer\"")
            }
            var notOn = Set<Platform>()
            for name in raw.not_on ?? [] {
                guard let p = Platform(rawValue: name) else { throw fail("not_on", "unknown platform '\(name)'") }
                notOn.insert(p)
            }
            let terms = raw.terms.flatMap(Self.folds).filter { !$0.isEmpty }
            guard !terms.isEmpty else { throw fail("terms", "has no terms") }
            lexicon.append(LexiconEntry(id: raw.id, signal: signal, confidence: confidence, requires: requires, notOn: notOn,
                                        terms: terms, invite: (raw.invite ?? []).flatMap(Self.folds), wordsAfter: raw.words_after.map { $0.flatMap(Self.folds).map { $0.unicodeScalars.map(\.value) } },
                                        bySound: raw.by_sound ?? true, purpose: Purpose(technique: raw.technique, examples: raw.examples ?? [])))
        }
        let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        func signal(_ name: String, _ key: String) throws(ConfigurationError) -> Signal {
            guard let s = Signal(rawValue: name) else {
                throw ConfigurationError(file: path, key: key, line: TOMLFile.line(of: "signal", in: source),
                                         reason: "unknown signal '\(name)' (expected one of \(Signal.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return s
        }
        for (i, raw) in (file.near ?? []).enumerated() {
            let key = "near[\(i)]"
            guard seen.insert(raw.id).inserted else {
                throw ConfigurationError(file: path, key: "\(key).id", reason: "'\(raw.id)' is defined twice")
            }
            let confidence = raw.confidence?.value ?? 0.8
            guard (0...1).contains(confidence) else {
                throw ConfigurationError(file: path, key: "\(key).confidence", reason: "must be between 0 and 1")
            }
            guard !raw.first.isEmpty, !raw.second.isEmpty else {
                throw ConfigurationError(file: path, key: "\(key).first", reason: "first and second need at least one term each")
            }
            var notOn = Set<Platform>()
            for name in raw.not_on ?? [] {
                guard let p = Platform(rawValue: name) else {
                    throw ConfigurationError(file: path, key: "\(key).not_on", reason: "unknown platform '\(name)'")
                }
                notOn.insert(p)
            }
            near.append(NearRule(id: raw.id, signal: try signal(raw.signal, "\(key).signal"), confidence: confidence,
                                 first: raw.first.flatMap(Self.folds), second: raw.second.flatMap(Self.folds), within: raw.within ?? 12,
                                 clause: try Self.clauseScope(raw.scope, default: false, file: path, key: "\(key).scope"),
                                 notOn: notOn, ordered: raw.ordered ?? false,
                                 purpose: Purpose(technique: raw.technique, examples: raw.examples ?? [])))
        }
        for (i, raw) in (file.suppress ?? []).enumerated() {
            var onlyOn = Set<Platform>()
            for name in raw.only_on ?? [] {
                guard let p = Platform(rawValue: name) else {
                    throw ConfigurationError(file: path, key: "suppress[\(i)].only_on", reason: "unknown platform '\(name)'")
                }
                onlyOn.insert(p)
            }
            suppressions.append(Suppression(signal: try raw.signal.map { (name: String) throws(ConfigurationError) -> Signal in
                try signal(name, "suppress[\(i)].signal")
            }, when: raw.when.flatMap(Self.folds), onlyOn: onlyOn,
               scope: try Self.suppressionScope(raw.scope, default: raw.signal == nil ? .clause : .sentence, file: path, key: "suppress[\(i)].scope"),
               purpose: Purpose(technique: raw.technique, examples: raw.examples ?? [])))
        }
        inviteAfter += (file.context?.invite_after ?? []).flatMap(Self.folds)
        negation += (file.context?.negation ?? []).flatMap(Self.folds)
        question += (file.context?.question ?? []).flatMap(Self.folds)
        allow += (file.allow?.terms ?? []).flatMap(Self.folds)
        invite += (file.context?.invite ?? []).flatMap(Self.folds)
        discussion += (file.context?.discussion ?? []).flatMap(Self.folds)
        report += (file.context?.report ?? []).flatMap(Self.folds)
        handleInvite += (file.context?.handle_invite ?? []).flatMap(Self.folds)
        weakInvite += (file.context?.weak_invite ?? []).flatMap(Self.folds)
        narration += (file.context?.narration ?? []).flatMap(Self.folds)
        refusal += (file.context?.refusal ?? []).flatMap(Self.folds)
        addressed += (file.context?.addressed ?? []).flatMap(Self.folds)
        usage += (file.context?.usage ?? []).flatMap(Self.folds)
        orderedHere += (file.context?.ordered_here ?? []).flatMap(Self.folds)
        mentionAfter += (file.context?.mention_after ?? []).flatMap(Self.folds)
        negationThrough += (file.context?.negation_through ?? []).joined()
        inviteThrough += (file.context?.invite_through ?? []).joined()
        notContactNumber += (file.context?.not_contact_number ?? []).flatMap(Self.folds)
        contactNumber += (file.context?.contact_number ?? []).flatMap(Self.folds)
        qqNumber += (file.context?.qq_number ?? []).flatMap(Self.folds)
        for (key, technique) in file.technique ?? [:] { purposes[key, default: Purpose()].technique = technique }
        for (key, examples) in file.examples ?? [:] { purposes[key, default: Purpose()].examples += examples }
        for (char, alternatives) in file.variants ?? [:] {
            variants[Self.fold(char), default: []] += alternatives.flatMap(Self.folds)
        }
    }

    /// Brings a term to the compact form text is matched in.
    /// (A term written in kana is Japanese, one with Cyrillic Russian: their letters are kept, as in such text.)
    static func fold(_ term: String) -> String {
        fold(term, script: NormalizedText.Script.ofTerm(term))
    }

    static func fold(_ term: String, script: NormalizedText.Script) -> String {
        let n = NormalizedText(term, script: script)
        return String(String.UnicodeScalarView(n.compact.compactMap(Unicode.Scalar.init)))
    }

    /// A term's compact forms: a term in Japanese or Russian as such text keeps it; a name in katakana alone (ライン)
    /// also as Chinese text, where one katakana word keeps no Japanese reading, folds it (日本代购，ライン ID …).
    static func folds(_ term: String) -> [String] {
        let script = NormalizedText.Script.ofTerm(term)
        let own = fold(term, script: script)
        guard script == .japanese, !term.unicodeScalars.contains(where: { CharacterTables.isHiragana($0.value) }) else { return [own] }
        let chinese = fold(term, script: .other)
        return chinese == own || chinese.isEmpty ? [own] : [own, chinese]
    }
}

// The file's shape, as written.
// swiftlint:disable identifier_name
private struct RulesFile: Decodable {
    struct Lexicon: Decodable {
        var id: String
        var signal: String
        var confidence: Number?
        var requires: String?
        var not_on: [String]?
        var terms: [String]
        var invite: [String]?
        var words_after: [String]?
        var by_sound: Bool?
        var note: String?
        var technique: String?
        var examples: [String]?
    }
    struct Allow: Decodable { var terms: [String] }
    struct Near: Decodable {
        var id: String
        var signal: String
        var confidence: Number?
        var first: [String]
        var second: [String]
        var within: Int?
        var scope: String?
        var not_on: [String]?
        var ordered: Bool?
        var note: String?
        var technique: String?
        var examples: [String]?
    }
    struct Suppress: Decodable {
        var signal: String?
        var when: [String]
        var only_on: [String]?
        var scope: String?
        var note: String?
        var technique: String?
        var examples: [String]?
    }
    struct Context: Decodable {
        var invite: [String]?
        var discussion: [String]?
        var report: [String]?
        var handle_invite: [String]?
        var weak_invite: [String]?
        var narration: [String]?
        var refusal: [String]?
        var addressed: [String]?
        var usage: [String]?
        var ordered_here: [String]?
        var mention_after: [String]?
        var negation_through: [String]?
        var invite_through: [String]?
        var not_contact_number: [String]?
        var contact_number: [String]?
        var qq_number: [String]?
        var invite_after: [String]?
        var negation: [String]?
        var question: [String]?
    }

    var version: String?
    var lexicon: [Lexicon]?
    var allow: Allow?
    var context: Context?
    var variants: [String: [String]]?
    var near: [Near]?
    var suppress: [Suppress]?
    /// The technique and example lines of the sections without an id, by key (see `RuleSet.purposes`).
    var technique: [String: String]?
    var examples: [String: [String]]?
}

extension RuleSet {
    /// A rule's `scope`: "clause" (true) or "sentence" (false); absent, the rule's default.
    static func clauseScope(_ raw: String?, default clause: Bool, file: String, key: String) throws(ConfigurationError) -> Bool {
        switch raw {
        case nil: return clause
        case "sentence": return false
        case "clause": return true
        default: throw ConfigurationError(file: file, key: key, reason: "must be \"sentence\" or \"clause\"")
        }
    }

    /// A suppression's `scope`: "clause", "sentence" or "part"; absent, its default.
    static func suppressionScope(_ raw: String?, default scope: Suppression.Scope, file: String, key: String) throws(ConfigurationError) -> Suppression.Scope {
        switch raw {
        case nil: return scope
        case "clause": return .clause
        case "sentence": return .sentence
        case "part": return .part
        default: throw ConfigurationError(file: file, key: key, reason: "must be \"sentence\", \"clause\" or \"part\"")
        }
    }
}
