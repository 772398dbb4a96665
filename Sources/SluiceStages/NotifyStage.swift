import Foundation
import SluiceModel
import SluiceRuntime

/// Notify: writes the notice for each decision and ends the listing's journey at the recorder,
/// which keeps the notice in the store's outbox. When configured, notices are also appended
/// to a JSON-lines file and POSTed to a webhook; receivers drop repeats by `notice_id`.
package struct NotifyStage: EnvelopeStage {
    private let delivery: NoticeDelivery

    package init(delivery: NoticeDelivery) {
        self.delivery = delivery
    }

    package func transform(_ items: [StageItem], context: StageContext) -> [StageOutput] {
        let now = Timestamp.now
        var notices: [Notice] = []
        let outputs = items.map { item -> StageOutput in
            var envelope = item.envelope
            guard let decision = envelope.decision else {
                return context.deadLetter(ValidationError(.badEnvelope, field: "envelope.decision", "missing: notify needs penalise's decision"),
                                          raw: Wire.encode(envelope), listingID: envelope.listingID, revision: envelope.revision)
            }
            let notice = NoticeComposer.notice(for: envelope, decision: decision, now: now)
            envelope.notice = notice
            notices.append(notice)
            return .outcome(envelope)
        }
        delivery.deliver(notices)
        return outputs
    }
}

/// A JSON-lines file notices are appended to.
final class OutboxFile: @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NSLock()

    init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle.seekToEndOfFile()
        self.handle = handle
    }

    func append(_ notices: [Notice]) throws {
        var data = Data()
        for n in notices {
            data.append(contentsOf: Wire.encode(n))
            data.append(0x0A)
        }
        try lock.withLock { try handle.write(contentsOf: data) }
    }
}
