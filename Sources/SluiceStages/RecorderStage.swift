import Foundation
import SluiceModel
import SluiceRuntime
import SluiceStore
import ZeroMQ

/// Recorder: the single writer of outcomes, findings, notices, dead letters and worker
/// heartbeats. Each received batch is one transaction.
package struct RecorderStage: Stage {
    package var store: Store

    package init(store: Store) { self.store = store }

    package func process(_ batch: [Message], context: StageContext) -> [StageOutput] {
        var records = RecorderBatch()
        var outputs: [StageOutput] = []
        for frames in batch {
            guard frames.count == 2, let kind = Wire.RecordKind(rawValue: String(decoding: frames[0], as: UTF8.self)) else {
                outputs.append(context.deadLetter(ValidationError(.badEnvelope, field: "", "not a record message ([kind, payload])"),
                                                  raw: frames.first ?? []))
                continue
            }
            do {
                switch kind {
                case .outcome: records.outcomes.append(try Wire.decode(Envelope.self, from: frames[1]))
                case .deadLetter: records.deadLetters.append(try Wire.decode(DeadLetter.self, from: frames[1]))
                case .heartbeat: records.heartbeats.append(try Wire.decode(Heartbeat.self, from: frames[1]))
                }
            } catch {
                outputs.append(context.deadLetter(ValidationError(.badEnvelope, field: kind.rawValue, "cannot be decoded: \(error)"),
                                                  raw: frames[1]))
            }
        }
        // Dead letters about the recorder's own input are written in the same transaction.
        for case .deadLetter(let letter) in outputs { records.deadLetters.append(letter) }
        guard !records.isEmpty else { return [] }
        do {
            try store.record(records, now: Timestamp.now)
        } catch {
            // Outcomes not written are redelivered by ingest; heartbeats come again next second.
            context.logger.error("Store write failed", metadata: ["error": "\(error)", "outcomes": "\(records.outcomes.count)"])
        }
        return []
    }
}
