/// Writes compact JSON into a byte buffer: the one encoder of every Sluice message.
///
/// Values are written in order; the writer inserts commas itself:
/// ```swift
/// var w = JSONWriter()
/// w.beginObject(); w.field("listing_id", id); w.field("revision", 2); w.endObject()
/// ```
package struct JSONWriter: Sendable {
    package private(set) var bytes: [UInt8]
    private var needsComma = false

    package init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    package mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    package mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    package mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    package mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes `"key":`; the value follows.
    package mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a key that is only known at run time (escaped like any string).
    package mutating func key(_ key: String) {
        string(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    package mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                bytes.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
                start = i + 1
            }
            if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    package mutating func int(_ value: Int) {
        separate()
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
        } else {
            var v = value.magnitude
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                         UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var n = 0
            withUnsafeMutableBytes(of: &digits) { buffer in
                while v > 0 {
                    buffer[19 - n] = UInt8(ascii: "0") + UInt8(v % 10)
                    v /= 10
                    n += 1
                }
                if value < 0 { bytes.append(UInt8(ascii: "-")) }
                bytes.append(contentsOf: buffer[(20 - n)...])
            }
        }
        needsComma = true
    }

    /// Writes a finite number in its shortest form; infinities and NaN become null.
    package mutating func double(_ value: Double) {
        guard value.isFinite else { null(); return }
        if value == value.rounded(), abs(value) < 1e15 {
            int(Int(value))
            return
        }
        separate()
        bytes.append(contentsOf: value.description.utf8)
        needsComma = true
    }

    package mutating func bool(_ value: Bool) {
        separate()
        let word: StaticString = value ? "true" : "false"
        word.withUTF8Buffer { bytes.append(contentsOf: $0) }
        needsComma = true
    }

    package mutating func null() {
        separate()
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
        needsComma = true
    }

    /// Writes an already encoded JSON value as it is.
    package mutating func raw(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    package mutating func value(_ value: some JSONWritable) {
        value.write(to: &self)
    }

    // MARK: Fields (key + value; nil optionals are left out)

    package mutating func field(_ key: StaticString, _ value: String) { self.key(key); string(value) }
    package mutating func field(_ key: StaticString, _ value: Int) { self.key(key); int(value) }
    package mutating func field(_ key: StaticString, _ value: Double) { self.key(key); double(value) }
    package mutating func field(_ key: StaticString, _ value: Bool) { self.key(key); bool(value) }
    package mutating func field(_ key: StaticString, _ value: some JSONWritable) { self.key(key); value.write(to: &self) }

    package mutating func field(_ key: StaticString, _ value: String?) { if let value { field(key, value) } }
    package mutating func field(_ key: StaticString, _ value: Int?) { if let value { field(key, value) } }
    package mutating func field(_ key: StaticString, _ value: Double?) { if let value { field(key, value) } }
    package mutating func field(_ key: StaticString, _ value: Bool?) { if let value { field(key, value) } }
    package mutating func field<T: JSONWritable>(_ key: StaticString, _ value: T?) { if let value { field(key, value) } }

    package mutating func field(_ key: StaticString, _ values: [String]) {
        self.key(key)
        beginArray()
        for v in values { string(v) }
        endArray()
    }

    package mutating func field<T: JSONWritable>(_ key: StaticString, _ values: [T]) {
        self.key(key)
        beginArray()
        for v in values { v.write(to: &self) }
        endArray()
    }

    package mutating func field<T: JSONWritable>(_ key: StaticString, _ values: [T]?) {
        if let values { field(key, values) }
    }
}

/// A value that writes itself as JSON.
package protocol JSONWritable {
    func write(to writer: inout JSONWriter)
}

/// A value read back from JSON; the error names the field and the problem.
package protocol JSONReadable {
    init(json: JSONValue) throws(JSONError)
}

/// A message type with both directions of the one codec.
package typealias JSONCodable = JSONReadable & JSONWritable

extension JSONWritable {
    /// The value as compact JSON bytes.
    package var jsonBytes: [UInt8] {
        var w = JSONWriter()
        write(to: &w)
        return w.bytes
    }

    /// The value as compact JSON text.
    package var jsonText: String { String(decoding: jsonBytes, as: UTF8.self) }
}

extension JSONReadable {
    /// Reads the value from JSON bytes.
    package init(jsonBytes bytes: [UInt8]) throws(JSONError) {
        try self.init(json: JSONValue.parse(bytes))
    }
}

extension String: JSONWritable {
    package func write(to writer: inout JSONWriter) { writer.string(self) }
}

extension Int: JSONWritable {
    package func write(to writer: inout JSONWriter) { writer.int(self) }
}

extension Double: JSONWritable {
    package func write(to writer: inout JSONWriter) { writer.double(self) }
}

extension Bool: JSONWritable {
    package func write(to writer: inout JSONWriter) { writer.bool(self) }
}

extension RawRepresentable where RawValue == String {
    package func write(to writer: inout JSONWriter) { writer.string(rawValue) }
}
