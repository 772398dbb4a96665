/// Names matched as bytes: the readers that take every message (`Header.read`,
/// `ListingEvent.direct`) find a key or an enumeration's case from the bytes between its quotes,
/// without building a `String` and comparing it with each case's name in turn.
package struct ByteNames<Value: Sendable>: Sendable {
    /// The names' bytes laid end to end; `entries[k]` is name k's range in `bytes` and its value.
    private let bytes: [UInt8]
    private let entries: [(start: Int, count: Int, value: Value)]

    package init(_ pairs: [(String, Value)]) {
        var bytes: [UInt8] = []
        var entries: [(start: Int, count: Int, value: Value)] = []
        for (name, value) in pairs {
            entries.append((bytes.count, name.utf8.count, value))
            bytes.append(contentsOf: name.utf8)
        }
        self.bytes = bytes
        self.entries = entries
    }

    /// At a quoted name (`b[i]` is `"`): its value when the bytes up to the closing quote, with no
    /// escape among them, are one of the names, and the position moves past the quote; else nil,
    /// and the position stays.
    package func quoted(_ b: UnsafeBufferPointer<UInt8>, at i: inout Int) -> Value? {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
        var end = i + 1
        while end < b.count, b[end] != UInt8(ascii: "\""), b[end] != UInt8(ascii: "\\") { end += 1 }
        guard end < b.count, b[end] == UInt8(ascii: "\""), let v = value(UnsafeBufferPointer(rebasing: b[(i + 1)..<end])) else { return nil }
        i = end + 1
        return v
    }

    /// The value named `name` (a string already read, escapes and all), else nil.
    package func value(_ name: String) -> Value? {
        var name = name
        return name.withUTF8 { value($0) }
    }

    /// The value whose name is exactly `name`'s bytes, else nil.
    package func value(_ name: UnsafeBufferPointer<UInt8>) -> Value? {
        bytes.withUnsafeBufferPointer { all in
            for e in entries where e.count == name.count {
                var j = 0
                while j < e.count, all[e.start + j] == name[j] { j += 1 }
                if j == e.count { return e.value }
            }
            return nil
        }
    }
}

extension ByteNames where Value: CaseIterable & RawRepresentable<String> {
    /// Every case by its raw value.
    package init(cases: Value.Type) {
        self.init(Value.allCases.map { ($0.rawValue, $0) })
    }
}

/// An enumeration named on the wire by its raw values, read through a `ByteNames` table.
package protocol ByteNamed: CaseIterable, RawRepresentable<String>, Sendable {
    static var byteNames: ByteNames<Self> { get }
}

extension ByteNamed {
    /// The case `name` names, as `init(rawValue:)` finds it.
    package init?(name: String) {
        guard let value = Self.byteNames.value(name) else { return nil }
        self = value
    }
}

extension Platform: ByteNamed { package static let byteNames = ByteNames(cases: Platform.self) }
extension Actor: ByteNamed { package static let byteNames = ByteNames(cases: Actor.self) }
extension Scene: ByteNamed { package static let byteNames = ByteNames(cases: Scene.self) }
extension Signal: ByteNamed { package static let byteNames = ByteNames(cases: Signal.self) }
extension Severity: ByteNamed { package static let byteNames = ByteNames(cases: Severity.self) }
extension Action.Kind: ByteNamed { package static let byteNames = ByteNames(cases: Action.Kind.self) }
extension Notice.Kind: ByteNamed { package static let byteNames = ByteNames(cases: Notice.Kind.self) }

extension JSONParser {
    /// At a string with no escapes whose bytes are one of `names`: consumes it and returns that
    /// value. Anything else (another string, escapes, not a string) leaves the position as it was
    /// and returns nil, for the general reading to take.
    mutating func name<V>(_ names: ByteNames<V>) -> V? {
        names.quoted(b, at: &i)
    }
}
