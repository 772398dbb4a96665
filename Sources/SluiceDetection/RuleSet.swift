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
    }

    package var id: String
    package var signal: Signal
    package var confidence: Double
    package var requires: Requirement
    /// Platforms where the term names the platform itself (淘宝 on taobao), so it is no third party.
    package var notOn: Set<Platform>
    package var terms: [String]
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
    /// Words that mark a warning or discussion about diversion rather than diversion.
    package var warning: [String]
    /// Words before a number that make it an order, tracking or article number.
    package var notContactNumber: [String]
    /// Words before a number that make it a contact number.
    package var contactNumber: [String]
    /// Sound-alike / look-alike characters for trigger characters: 微 → 薇 威 …
    package var variants: [String: [String]]
    /// The files the rules came from.
    package var files: [String]

    /// Loads every `*.toml` in `directory`, in name order, and merges them.
    package static func load(directory: String) throws(ConfigurationError) -> RuleSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".toml") }.sorted()
        } catch {
            throw ConfigurationError(file: directory, reason: "cannot list rules folder: \(error.localizedDescription)")
        }
        guard !names.isEmpty else { throw ConfigurationError(file: directory, reason: "no *.toml rules files") }
        var merged = RuleSet(version: "", lexicon: [], allow: [], invite: [], warning: [], notContactNumber: [],
                             contactNumber: [], variants: [:], files: [])
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            let file = try TOMLFile.decode(RulesFile.self, path: path)
            try merged.merge(file, path: path)
        }
        return merged
    }

    /// Parses one rules file's text (for tests and `--rules` checks).
    package static func parse(_ text: String, file: String = "rules.toml") throws(ConfigurationError) -> RuleSet {
        var rules = RuleSet(version: "", lexicon: [], allow: [], invite: [], warning: [], notContactNumber: [],
                            contactNumber: [], variants: [:], files: [])
        try rules.merge(try TOMLFile.decode(RulesFile.self, text: text, file: file), path: file)
        return rules
    }

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
                throw fail("requires", "must be \"none\" or \"invite\"")
            }
            var notOn = Set<Platform>()
            for name in raw.not_on ?? [] {
                guard let p = Platform(rawValue: name) else { throw fail("not_on", "unknown platform '\(name)'") }
                notOn.insert(p)
            }
            let terms = raw.terms.map(Self.fold).filter { !$0.isEmpty }
            guard !terms.isEmpty else { throw fail("terms", "has no terms") }
            lexicon.append(LexiconEntry(id: raw.id, signal: signal, confidence: confidence, requires: requires, notOn: notOn,
                                        terms: terms))
        }
        allow += (file.allow?.terms ?? []).map(Self.fold)
        invite += (file.context?.invite ?? []).map(Self.fold)
        warning += (file.context?.warning ?? []).map(Self.fold)
        notContactNumber += (file.context?.not_contact_number ?? []).map(Self.fold)
        contactNumber += (file.context?.contact_number ?? []).map(Self.fold)
        for (char, alternatives) in file.variants ?? [:] {
            variants[Self.fold(char), default: []] += alternatives.map(Self.fold)
        }
    }

    /// Brings a term to the compact form text is matched in.
    static func fold(_ term: String) -> String {
        let n = NormalizedText(term)
        return String(String.UnicodeScalarView(n.compact.compactMap(Unicode.Scalar.init)))
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
        var note: String?
    }
    struct Allow: Decodable { var terms: [String] }
    struct Context: Decodable {
        var invite: [String]?
        var warning: [String]?
        var not_contact_number: [String]?
        var contact_number: [String]?
    }

    var version: String?
    var lexicon: [Lexicon]?
    var allow: Allow?
    var context: Context?
    var variants: [String: [String]]?
}
