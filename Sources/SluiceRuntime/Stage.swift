import Logging
import SluiceModel
import ZeroMQ

/// What a stage produces for the runtime to send.
package enum StageOutput: Sendable {
    /// On to the next stage, with the listing bytes passed through.
    case forward(Envelope, listing: [UInt8])
    /// A terminal result, straight to the recorder.
    case outcome(Envelope)
    /// Input that could not be processed.
    case deadLetter(DeadLetter)
}

/// Who is running a stage, for the stage's own records.
package struct StageContext: Sendable {
    package var stage: String
    package var workerID: String
    package var logger: Logger

    package init(stage: String, workerID: String, logger: Logger) {
        self.stage = stage
        self.workerID = workerID
        self.logger = logger
    }

    package func deadLetter(_ error: ValidationError, raw: [UInt8], listingID: String? = nil, revision: Int? = nil) -> StageOutput {
        .deadLetter(DeadLetter(reason: error.reason, detail: error.description, stage: stage, worker: workerID,
                               listingID: listingID, revision: revision, raw: raw, at: Timestamp.now))
    }
}

/// A stage transforms messages and never touches a socket: `StageService` owns the sockets,
/// heartbeats, dead letters and drain.
package protocol Stage: Sendable {
    /// Processes a batch of received messages (each as its frames). Bad input becomes
    /// `.deadLetter`; nothing is dropped.
    func process(_ batch: [Message], context: StageContext) -> [StageOutput]
    /// Called about once a second on the stage's thread (timers, redelivery).
    func tick(context: StageContext) -> [StageOutput]
}

extension Stage {
    package func tick(context: StageContext) -> [StageOutput] { [] }
}

/// One listing between stages: the envelope and the listing's bytes as received.
package struct StageItem: Sendable {
    package var envelope: Envelope
    package var listing: [UInt8]

    package init(envelope: Envelope, listing: [UInt8]) {
        self.envelope = envelope
        self.listing = listing
    }
}

/// A stage between two relays: it reads envelopes, so undecodable frames are dead-lettered
/// for it.
package protocol EnvelopeStage: Stage {
    func transform(_ items: [StageItem], context: StageContext) -> [StageOutput]
}

extension EnvelopeStage {
    package func process(_ batch: [Message], context: StageContext) -> [StageOutput] {
        var items: [StageItem] = []
        items.reserveCapacity(batch.count)
        var outputs: [StageOutput] = []
        for frames in batch {
            do {
                let (envelope, listing) = try Wire.readStageMessage(frames)
                items.append(StageItem(envelope: envelope, listing: listing))
            } catch {
                outputs.append(context.deadLetter(error, raw: frames.first ?? []))
            }
        }
        if !items.isEmpty { outputs += transform(items, context: context) }
        return outputs
    }
}
