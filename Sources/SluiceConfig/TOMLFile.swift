import Foundation
import TOMLKit

/// Reads TOML files into `Decodable` values, turning every failure into a `ConfigurationError`
/// that names the file, the key or line, and the reason.
package enum TOMLFile {
    /// Decodes `path`. Unknown keys are refused, so a typo is never silently ignored.
    package static func decode<T: Decodable>(_ type: T.Type, path: String) throws(ConfigurationError) -> T {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError(file: path, reason: "\(FileProblem.describe(path, folder: false)) (or is not UTF-8 text)")
        }
        return try decode(type, text: text, file: path)
    }

    /// Decodes TOML text; `file` names it in errors.
    package static func decode<T: Decodable>(_ type: T.Type, text: String, file: String) throws(ConfigurationError) -> T {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(file: file, line: error.source.begin.line, reason: "not valid TOML: \(error.description)")
        } catch {
            throw ConfigurationError(file: file, reason: "not valid TOML: \(error)")
        }
        do {
            return try TOMLDecoder(strictDecoding: true).decode(type, from: table)
        } catch let error as DecodingError {
            throw describe(error, file: file, text: text)
        } catch let error as UnexpectedKeysError {
            let keys = error.keys.values.map { keyPath($0) }.sorted()
            let first = keys.first ?? ""
            throw ConfigurationError(file: file, key: first, line: line(of: first, in: text),
                                     reason: "unknown key (known keys are documented in pipelines/README.md)")
        } catch let error as ConfigurationError {
            throw ConfigurationError(file: file, key: error.key, line: line(of: error.key, in: text), reason: error.reason)
        } catch {
            throw ConfigurationError(file: file, reason: "\(error)")
        }
    }

    /// `lexicon[0].signal` from a coding path.
    static func keyPath(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    private static func describe(_ error: DecodingError, file: String, text: String) -> ConfigurationError {
        let key = keyPath
        switch error {
        case .keyNotFound(let missing, let context):
            let path = context.codingPath.last?.stringValue == missing.stringValue ? context.codingPath : context.codingPath + [missing]
            let k = key(path)
            // TOMLKit reports a value of the wrong type as a missing key ("A "Int" does not exist
            // at …"): when the key is written, name the type it needs and what it holds.
            if let at = line(of: k, in: text) {
                let wanted = context.debugDescription.components(separatedBy: "\"").dropFirst().first ?? ""
                let expected = ["Int": "an integer", "Int64": "an integer", "Double": "a number", "Float": "a number",
                                "String": "a string", "Bool": "true or false"][wanted] ?? "another type"
                return ConfigurationError(file: file, key: k, line: at, reason: "expected \(expected), found \(found(k, at, text))")
            }
            return ConfigurationError(file: file, key: k, reason: "missing")
        case .typeMismatch(let type, let context):
            let k = key(context.codingPath)
            return ConfigurationError(file: file, key: k, line: line(of: k, in: text), reason: "expected \(readable(type))")
        case .valueNotFound(let type, let context):
            let k = key(context.codingPath)
            return ConfigurationError(file: file, key: k, line: line(of: k, in: text), reason: "expected \(readable(type))")
        case .dataCorrupted(let context):
            let k = key(context.codingPath)
            return ConfigurationError(file: file, key: k, line: line(of: k, in: text), reason: context.debugDescription)
        @unknown default:
            return ConfigurationError(file: file, reason: "\(error)")
        }
    }

    /// What the value on `line` is, in words: `"five" (a string)`.
    private static func found(_ key: String, _ line: Int, _ text: String) -> String {
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
        guard let eq = raw.firstIndex(of: "=") else { return "something else" }
        var value = raw[raw.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        if let hash = value.firstIndex(of: "#"), !value.hasPrefix("\"") { value = String(value[..<hash]).trimmingCharacters(in: .whitespaces) }
        let kind: String
        switch value.first {
        case "\"", "'": kind = "a string"
        case "[": kind = "an array"
        case "{": kind = "a table"
        case "t", "f": kind = "a boolean"
        default: kind = value.contains(".") ? "a number with a fraction" : "a number"
        }
        return "\(value) (\(kind))"
    }

    private static func readable(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "a value of type \(type)"
        }
    }

    /// Best-effort line of the last component of a dotted key (`name =` at line start).
    package static func line(of key: String, in text: String) -> Int? {
        guard let last = key.split(separator: ".").last.map(String.init), !last.isEmpty else { return nil }
        let bare = last.split(separator: "[").first.map(String.init) ?? last
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix(bare + " ") || line.hasPrefix(bare + "=") || line.hasPrefix("\"\(bare)\"") {
                return i + 1
            }
        }
        return nil
    }
}


/// A TOML number that may be written as an integer (`30`) or a float (`30.5`).
package struct Number: Decodable, Sendable, Hashable {
    package var value: Double

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let int = try? container.decode(Int.self) {
            value = Double(int)
        } else {
            value = try container.decode(Double.self)
        }
    }
}
