/// Typed access to a JSON object with errors that name the field: the reading half of every
/// message type.
package struct JSONFields: Sendable {
    package let members: [(String, JSONValue)]
    /// The path of this object in the document, e.g. `parts[1].`.
    package let prefix: String
    /// Where the last lookup matched: readers ask for fields in the order writers wrote them,
    /// so the next key is usually the next member.
    private var cursor = 0

    package init(_ value: JSONValue, prefix: String = "") throws(JSONError) {
        guard case .object(let members) = value else {
            throw JSONError(.invalid, field: prefix.isEmpty ? "" : String(prefix.dropLast()), "expected a JSON object, got \(value.kindName)")
        }
        self.members = members
        self.prefix = prefix
    }

    package subscript(key: String) -> JSONValue? {
      mutating get {
        let n = members.count
        guard n > 0 else { return nil }
        // From the cursor on, wrapping around. (A key written twice is ambiguous JSON; Sluice's
        // writers never do it.)
        var found: Int?
        var i = cursor
        for _ in 0..<n {
            if members[i].0 == key { found = i; break }
            i += 1
            if i == n { i = 0 }
        }
        guard let at = found else { return nil }
        cursor = at + 1 == n ? 0 : at + 1
        let v = members[at].1
        return v.isNull ? nil : v
      }
    }

    package mutating func has(_ key: String) -> Bool { self[key] != nil }

    private func missing(_ key: String) -> JSONError { JSONError(.missing, field: prefix + key, "missing") }
    private func invalid(_ key: String, _ problem: String) -> JSONError { JSONError(.invalid, field: prefix + key, problem) }

    package mutating func string(_ key: String) throws(JSONError) -> String {
        guard let v = self[key] else { throw missing(key) }
        guard let s = v.stringValue else { throw invalid(key, "expected a string, got \(v.kindName)") }
        return s
    }

    package mutating func optionalString(_ key: String) throws(JSONError) -> String? {
        guard self[key] != nil else { return nil }
        return try string(key)
    }

    /// A non-empty string of at most `maxBytes` UTF-8 bytes.
    package mutating func string(_ key: String, maxBytes: Int) throws(JSONError) -> String {
        let s = try string(key)
        guard !s.isEmpty else { throw invalid(key, "is empty") }
        guard s.utf8.count <= maxBytes else { throw invalid(key, "longer than \(maxBytes) bytes") }
        return s
    }

    package mutating func int(_ key: String) throws(JSONError) -> Int {
        guard let v = self[key] else { throw missing(key) }
        guard let i = v.intValue else { throw invalid(key, "expected an integer, got \(v.kindName)") }
        return i
    }

    package mutating func optionalInt(_ key: String) throws(JSONError) -> Int? {
        guard self[key] != nil else { return nil }
        return try int(key)
    }

    package mutating func double(_ key: String) throws(JSONError) -> Double {
        guard let v = self[key] else { throw missing(key) }
        guard let d = v.doubleValue else { throw invalid(key, "expected a number, got \(v.kindName)") }
        return d
    }

    package mutating func optionalDouble(_ key: String) throws(JSONError) -> Double? {
        guard self[key] != nil else { return nil }
        return try double(key)
    }

    package mutating func bool(_ key: String) throws(JSONError) -> Bool {
        guard let v = self[key] else { throw missing(key) }
        guard let b = v.boolValue else { throw invalid(key, "expected true or false, got \(v.kindName)") }
        return b
    }

    package mutating func optionalBool(_ key: String) throws(JSONError) -> Bool? {
        guard self[key] != nil else { return nil }
        return try bool(key)
    }

    /// A string naming one case of `E`.
    package mutating func value<E: RawRepresentable & CaseIterable>(_ key: String, as: E.Type) throws(JSONError) -> E where E.RawValue == String {
        try value(key, find: E.init(rawValue:))
    }

    /// A string naming one case of `E`, found from its bytes.
    package mutating func value<E: ByteNamed>(_ key: String, as: E.Type) throws(JSONError) -> E {
        try value(key, find: E.init(name:))
    }

    private mutating func value<E: RawRepresentable & CaseIterable>(_ key: String, find: (String) -> E?) throws(JSONError) -> E where E.RawValue == String {
        let s = try string(key)
        guard let e = find(s) else {
            throw invalid(key, "unknown value '\(s)' (expected one of \(E.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return e
    }

    package mutating func optionalValue<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type) throws(JSONError) -> E? where E.RawValue == String {
        guard self[key] != nil else { return nil }
        return try value(key, as: type)
    }

    package mutating func array(_ key: String) throws(JSONError) -> [JSONValue] {
        guard let v = self[key] else { throw missing(key) }
        guard let a = v.arrayValue else { throw invalid(key, "expected an array, got \(v.kindName)") }
        return a
    }

    package mutating func object(_ key: String) throws(JSONError) -> JSONFields {
        guard let v = self[key] else { throw missing(key) }
        return try JSONFields(v, prefix: prefix + key + ".")
    }

    package mutating func decode<T: JSONReadable>(_ key: String, as: T.Type = T.self) throws(JSONError) -> T {
        guard let v = self[key] else { throw missing(key) }
        do {
            return try T(json: v)
        } catch {
            throw JSONError(error.kind, field: prefix + key + (error.field.isEmpty ? "" : "." + error.field), error.problem)
        }
    }

    package mutating func optionalDecode<T: JSONReadable>(_ key: String, as type: T.Type = T.self) throws(JSONError) -> T? {
        guard self[key] != nil else { return nil }
        return try decode(key, as: type)
    }

    package mutating func decodeArray<T: JSONReadable>(_ key: String, of: T.Type = T.self) throws(JSONError) -> [T] {
        var out: [T] = []
        for (i, item) in try array(key).enumerated() {
            do {
                out.append(try T(json: item))
            } catch {
                throw JSONError(error.kind, field: "\(prefix)\(key)[\(i)]" + (error.field.isEmpty ? "" : "." + error.field), error.problem)
            }
        }
        return out
    }

    package mutating func optionalDecodeArray<T: JSONReadable>(_ key: String, of type: T.Type = T.self) throws(JSONError) -> [T]? {
        guard self[key] != nil else { return nil }
        return try decodeArray(key, of: type)
    }

    package mutating func strings(_ key: String) throws(JSONError) -> [String] {
        var out: [String] = []
        for (i, item) in try array(key).enumerated() {
            guard let s = item.stringValue else { throw JSONError(.invalid, field: "\(prefix)\(key)[\(i)]", "expected a string") }
            out.append(s)
        }
        return out
    }
}

extension JSONValue {
    /// Reads a JSON array of `T`.
    package func decodeArray<T: JSONReadable>(of: T.Type = T.self) throws(JSONError) -> [T] {
        guard let items = arrayValue else { throw JSONError(.invalid, "expected an array, got \(kindName)") }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            do {
                out.append(try T(json: item))
            } catch {
                throw JSONError(error.kind, field: "[\(i)]" + (error.field.isEmpty ? "" : "." + error.field), error.problem)
            }
        }
        return out
    }
}

/// An array of values written as a JSON array.
package struct JSONArray<T: JSONWritable>: JSONWritable {
    package var items: [T]
    package init(_ items: [T]) { self.items = items }
    package func write(to writer: inout JSONWriter) {
        writer.beginArray()
        for item in items { item.write(to: &writer) }
        writer.endArray()
    }
}

