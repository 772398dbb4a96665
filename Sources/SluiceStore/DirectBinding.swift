import Foundation
import GRDB
import GRDBSQLite

/// The hot path's way to run a prepared statement: values are bound straight to SQLite in
/// parameter order, with no `StatementArguments` in between. GRDB boxes every argument of
/// `execute(arguments:)` in an existential array and binds it through nested closures; on the
/// per-row inserts and updates of the journal, the records and the ledger that bookkeeping cost
/// about as much as SQLite's own work on the row. Use it for statements run once per row in a
/// batch; everything else stays on GRDB's API.
///
/// The statement is reset after each run, so GRDB (which resets and binds before every
/// execution of its own) can still use the same cached statement.
package struct DirectBinding: ~Copyable {
    fileprivate let handle: OpaquePointer
    fileprivate var index: Int32 = 1
    /// The first failed bind, reported when the statement runs.
    fileprivate var failure: Int32 = SQLITE_OK

    fileprivate init(_ handle: OpaquePointer) { self.handle = handle }

    private mutating func check(_ code: Int32) {
        if code != SQLITE_OK && failure == SQLITE_OK { failure = code }
        index += 1
    }

    package mutating func add(_ value: Int) { check(sqlite3_bind_int64(handle, index, Int64(value))) }
    package mutating func add(_ value: Int64) { check(sqlite3_bind_int64(handle, index, value)) }
    package mutating func add(_ value: Double) { check(sqlite3_bind_double(handle, index, value)) }
    package mutating func add(_ value: Bool) { check(sqlite3_bind_int64(handle, index, value ? 1 : 0)) }

    package mutating func add(_ value: String) {
        var text = value
        let code = text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress, !utf8.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, transient) }  // TEXT '', not NULL
            return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { sqlite3_bind_text(handle, index, $0, Int32(utf8.count), transient) }
        }
        check(code)
    }

    /// A BLOB (bytes or `Data`); empty bytes are an empty BLOB, not NULL.
    package mutating func add(_ value: some ContiguousBytes) {
        let code = value.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32($0.count), transient) }
        check(code)
    }

    package mutating func addNull() { check(sqlite3_bind_null(handle, index)) }

    package mutating func add(_ value: Int?) { if let value { add(value) } else { addNull() } }
    package mutating func add(_ value: Double?) { if let value { add(value) } else { addNull() } }
    package mutating func add(_ value: Bool?) { if let value { add(value) } else { addNull() } }
    package mutating func add(_ value: String?) { if let value { add(value) } else { addNull() } }
    package mutating func add(_ value: [UInt8]?) { if let value { add(value) } else { addNull() } }
}

/// SQLite copies the bytes before the bind returns (`SQLITE_TRANSIENT`).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Statement {
    /// Binds what `bind` adds (every parameter, in order) and steps the statement to its end.
    package func run(_ bind: (inout DirectBinding) -> Void) throws {
        _ = try step(bind, untilDone: true)
    }

    /// Binds what `bind` adds and tells whether the statement yields a row (a `SELECT 1 …` probe).
    package func exists(_ bind: (inout DirectBinding) -> Void) throws -> Bool {
        try step(bind, untilDone: false)
    }

    private func step(_ bind: (inout DirectBinding) -> Void, untilDone: Bool) throws -> Bool {
        let handle = sqliteStatement
        sqlite3_reset(handle)
        var binding = DirectBinding(handle)
        bind(&binding)
        let bound = binding.index - 1, expected = sqlite3_bind_parameter_count(handle)
        defer { sqlite3_reset(handle) }
        guard binding.failure == SQLITE_OK, bound == expected else {
            throw DatabaseError(resultCode: ResultCode(rawValue: binding.failure == SQLITE_OK ? SQLITE_RANGE : binding.failure),
                                message: "bound \(bound) of \(expected) parameters", sql: sql)
        }
        var row = false
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_DONE:
                return row
            case SQLITE_ROW:
                row = true
                if !untilDone { return true }
            case let code:
                let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
            }
        }
    }
}
