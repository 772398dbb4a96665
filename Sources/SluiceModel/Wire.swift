/// How Sluice lays out the messages that are not stage messages.
///
/// * To the recorder: `[kind, …]` — `outcome` + the six stage frames (a terminal result),
///   `notice` + notice JSON (a notice with no terminal result, e.g. a correction),
///   `dead_letter` + JSON, `heartbeat` + JSON.
/// * Recorder to ingest: `[done, JSON array of jseq]` — these listings have their terminal record.
/// * Recorder to penalise: `[noticed, JSON array of notice ids]` — these notices are stored.
/// * Producer to ingest (acknowledged intake, DEALER → ROUTER): one listing JSON per message;
///   each is answered by one `IntakeAck` after its journal transaction commits.
/// * pipectl to an owner (DEALER → ROUTER): one `ControlRequest`, answered by one `ControlReply`.
package enum Wire {
    package enum RecordKind: String, Sendable, CaseIterable {
        case outcome, notice, deadLetter = "dead_letter", heartbeat

        static let byteNames = ByteNames(cases: RecordKind.self)

        /// The kind a record's first frame names, else nil.
        package init?(frame: [UInt8]) {
            guard let kind = frame.withUnsafeBufferPointer({ Self.byteNames.value($0) }) else { return nil }
            self = kind
        }
    }

    package static let done: [UInt8] = Array("done".utf8)
    package static let noticed: [UInt8] = Array("noticed".utf8)

    package static func record(_ kind: RecordKind, _ payload: [UInt8]) -> [[UInt8]] {
        [Array(kind.rawValue.utf8), payload]
    }

    package static func outcome(_ message: StageMessage) -> [[UInt8]] {
        [Array(RecordKind.outcome.rawValue.utf8)] + message.frames
    }

    package static func completions(_ jseqs: [Int]) -> [[UInt8]] {
        [done, JSONArray(jseqs).jsonBytes]
    }

    package static func noticesStored(_ ids: [String]) -> [[UInt8]] {
        [noticed, JSONArray(ids).jsonBytes]
    }

    /// Reads `[done, [jseq…]]` or `[noticed, [id…]]`.
    package static func acknowledgement(_ frames: [[UInt8]], tag: [UInt8]) -> JSONValue? {
        guard frames.count == 2, frames[0] == tag, let value = try? JSONValue.parse(frames[1]),
              value.arrayValue != nil else { return nil }
        return value
    }
}

/// The answer to one listing sent to the acknowledged intake.
package struct IntakeAck: Sendable, Hashable, JSONCodable {
    package enum Status: String, Sendable, CaseIterable, JSONWritable {
        /// Journaled: durable, and it will reach exactly one terminal record.
        case journaled
        /// This revision was journaled before; nothing new was stored.
        case duplicate
        /// Not a valid listing event: kept durably as a dead letter with the reason.
        case deadLetter = "dead_letter"
    }

    package var listingID: String?
    package var revision: Int?
    package var status: Status
    package var reason: String?

    package init(listingID: String?, revision: Int?, status: Status, reason: String? = nil) {
        self.listingID = listingID
        self.revision = revision
        self.status = status
        self.reason = reason
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("listing_id")
        if let listingID { w.string(listingID) } else { w.null() }
        w.key("revision")
        if let revision { w.int(revision) } else { w.null() }
        w.field("status", status)
        w.field("reason", reason)
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        listingID = try f.optionalString("listing_id")
        revision = try f.optionalInt("revision")
        status = try f.value("status", as: Status.self)
        reason = try f.optionalString("reason")
    }
}

/// An operator's request to the owner of some state (appeals to penalise, dead-letter
/// re-drive to ingest and the recorder).
package struct ControlRequest: Sendable, JSONCodable {
    package var op: String
    package var args: JSONValue

    package init(op: String, args: JSONValue = .object([])) {
        self.op = op
        self.args = args
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject(); w.field("op", op); w.field("args", args); w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        op = try f.string("op")
        args = f["args"] ?? .object([])
    }
}

/// An owner's answer to a `ControlRequest`.
package struct ControlReply: Sendable, JSONCodable {
    package var ok: Bool
    package var result: JSONValue?
    /// A stable machine-readable code (`not_found`, `refused`, `invalid`, …) and a message that
    /// says what to do.
    package var errorCode: String?
    package var errorMessage: String?

    package init(result: JSONValue) {
        ok = true
        self.result = result
    }

    package init(errorCode: String, message: String) {
        ok = false
        self.errorCode = errorCode
        errorMessage = message
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("ok", ok)
        if let result { w.field("result", result) }
        if let errorCode {
            w.key("error")
            w.beginObject(); w.field("code", errorCode); w.field("message", errorMessage ?? ""); w.endObject()
        }
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        ok = try f.bool("ok")
        result = f["result"]
        if f.has("error") {
            var e = try f.object("error")
            errorCode = try e.string("code")
            errorMessage = try e.string("message")
        }
    }
}
