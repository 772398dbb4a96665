import Foundation

/// How Sluice messages are laid out in ZeroMQ frames.
///
/// * Between stages: `[envelope JSON, listing JSON as received]`. Stages that don't read the
///   text pass the second frame through untouched.
/// * To the recorder: `[kind, payload JSON]` where kind is `outcome`, `dead_letter`, `heartbeat`.
package enum Wire {
    package enum RecordKind: String, Sendable {
        case outcome, deadLetter = "dead_letter", heartbeat
    }

    package static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        // Encoding our own value types cannot fail.
        // swiftlint:disable:next force_try
        Array(try! JSONEncoder().encode(value))
    }

    package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }

    package static func stageMessage(_ envelope: Envelope, listing: [UInt8]) -> [[UInt8]] {
        [encode(envelope), listing]
    }

    package static func record(_ kind: RecordKind, _ payload: [UInt8]) -> [[UInt8]] {
        [Array(kind.rawValue.utf8), payload]
    }

    /// Reads a stage message; the error says what is wrong with it.
    package static func readStageMessage(_ frames: [[UInt8]]) throws(ValidationError) -> (Envelope, [UInt8]) {
        guard frames.count == 2 else {
            throw ValidationError(.badEnvelope, field: "", "expected 2 frames (envelope, listing), got \(frames.count)")
        }
        let envelope: Envelope
        do {
            envelope = try decode(Envelope.self, from: frames[0])
        } catch {
            throw ValidationError(.badEnvelope, field: "envelope", "cannot be decoded: \(error)")
        }
        guard envelope.schema == schemaVersion else {
            throw ValidationError(.badEnvelope, field: "envelope.schema", "version \(envelope.schema) is not \(schemaVersion)")
        }
        return (envelope, frames[1])
    }
}
