import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import SluiceModel

/// Delivers notices beyond the store's outbox: appended to a JSON-lines file and/or POSTed to an
/// HTTP webhook (one JSON notice per request, `Idempotency-Key: <notice_id>`, three tries).
/// Receivers drop repeats by the key, so a redelivered notice is harmless.
package final class NoticeDelivery: Sendable {
    private let file: OutboxFile?
    private let webhook: URL?
    private let logger: Logger
    private let timeout: Double

    package init(outboxFile: String?, webhook: String?, logger: Logger, timeout: Double = 5) throws {
        file = try outboxFile.flatMap { $0.isEmpty ? nil : try OutboxFile(path: $0) }
        if let webhook, !webhook.isEmpty {
            guard let url = URL(string: webhook), ["http", "https"].contains(url.scheme ?? "") else {
                throw DeliveryError("webhook '\(webhook)' is not an http(s) URL")
            }
            self.webhook = url
        } else {
            self.webhook = nil
        }
        self.logger = logger
        self.timeout = timeout
    }

    /// Delivers each notice; failures are logged (the notice stays in the store's outbox).
    /// - Returns: how many notices the webhook accepted (or all, without a webhook).
    @discardableResult
    package func deliver(_ notices: [Notice]) -> Int {
        guard !notices.isEmpty else { return 0 }
        if let file {
            do {
                try file.append(notices)
            } catch {
                logger.error("Outbox file write failed", metadata: ["error": "\(error)"])
            }
        }
        guard let webhook else { return notices.count }
        var accepted = 0
        for notice in notices {
            var ok = false
            for attempt in 1...3 where !ok {
                ok = post(notice, to: webhook)
                if !ok && attempt < 3 { usleep(useconds_t(200_000 * attempt)) }
            }
            if ok {
                accepted += 1
            } else {
                logger.error("Webhook delivery failed after 3 tries; notice kept in the outbox",
                             metadata: ["notice": "\(notice.noticeID)", "webhook": "\(webhook)"])
            }
        }
        return accepted
    }

    private func post(_ notice: Notice, to url: URL) -> Bool {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue(notice.noticeID, forHTTPHeaderField: "Idempotency-Key")
        request.httpBody = Data(Wire.encode(notice))
        let done = DispatchSemaphore(value: 0)
        let status = StatusBox()
        let task = URLSession.shared.dataTask(with: request) { _, response, error in
            if error == nil, let http = response as? HTTPURLResponse { status.set(http.statusCode) }
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeout + 1) == .timedOut {
            task.cancel()
            return false
        }
        return (200..<300).contains(status.get())
    }
}

private final class StatusBox: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func set(_ v: Int) { lock.withLock { value = v } }
    func get() -> Int { lock.withLock { value } }
}

package struct DeliveryError: Error, CustomStringConvertible {
    package var description: String
    init(_ description: String) { self.description = description }
}
