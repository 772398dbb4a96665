import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import SluiceModel
import Synchronization

/// Hands stored notices to the account holders' channels beyond the store: appended to a
/// JSON-lines file and/or POSTed to an HTTPS webhook (one notice per request,
/// `Idempotency-Key: <notice_id>`; TLS verified; redirects followed only on the same host).
/// Receivers drop repeats by the key, so delivering a notice twice is harmless. Runs on the
/// recorder's delivery thread, never on a stage's loop.
package final class NoticeDelivery: Sendable {
    private let file: OutboxFile?
    private let webhook: URL?
    private let logger: Logger
    private let timeout: Double
    private let session: URLSession?

    package init(outboxFile: String?, webhook: String?, logger: Logger, timeout: Double = 5) throws {
        file = try outboxFile.flatMap { $0.isEmpty ? nil : try OutboxFile(path: $0) }
        if let webhook, !webhook.isEmpty {
            guard let url = URL(string: webhook), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                throw DeliveryError("notify.webhook '\(webhook)' is not an http(s) URL")
            }
            self.webhook = url
            let configuration = URLSessionConfiguration.ephemeral
            configuration.timeoutIntervalForRequest = timeout
            configuration.httpCookieStorage = nil
            session = URLSession(configuration: configuration, delegate: SameHostRedirects(host: url.host ?? ""), delegateQueue: nil)
        } else {
            self.webhook = nil
            session = nil
        }
        self.logger = logger
        self.timeout = timeout
    }

    /// Whether any channel beyond the store is configured.
    package var isConfigured: Bool { file != nil || webhook != nil }

    /// Delivers each notice to every configured channel; returns the ids delivered everywhere.
    package func deliver(_ notices: [Notice]) -> [String] {
        guard !notices.isEmpty else { return [] }
        if let file {
            do {
                try file.append(notices)
            } catch {
                logger.error("Notice file write failed; will retry", metadata: ["error": "\(error)"])
                return []
            }
        }
        guard let webhook, let session else { return notices.map(\.noticeID) }
        var delivered: [String] = []
        for notice in notices {
            if post(notice, to: webhook, session: session) {
                delivered.append(notice.noticeID)
            } else {
                logger.warning("Webhook did not accept a notice; will retry", metadata: ["notice": "\(notice.noticeID)"])
                break  // keep order; the rest wait for the next round
            }
        }
        return delivered
    }

    private func post(_ notice: Notice, to url: URL, session: URLSession) -> Bool {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.timeoutInterval = timeout
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.setValue(notice.noticeID, forHTTPHeaderField: "Idempotency-Key")
        request.httpBody = Data(notice.jsonBytes)
        let done = DispatchSemaphore(value: 0)
        let status = Mutex(0)
        let task = session.dataTask(with: request) { _, response, error in
            if error == nil, let http = response as? HTTPURLResponse { status.withLock { $0 = http.statusCode } }
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeout + 1) == .timedOut {
            task.cancel()
            return false
        }
        return (200..<300).contains(status.withLock { $0 })
    }
}

/// Follows a redirect only to the webhook's own host.
private final class SameHostRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    let host: String
    init(host: String) { self.host = host }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(request.url?.host == host ? request : nil)
    }
}

/// A JSON-lines file notices are appended to.
final class OutboxFile: Sendable {
    private let path: String

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DeliveryError("notify.outbox_file \(path) cannot be opened for appending") }
        close(fd)
    }

    func append(_ notices: [Notice]) throws {
        var bytes: [UInt8] = []
        for n in notices {
            bytes += n.jsonBytes
            bytes.append(0x0A)
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DeliveryError("\(path) cannot be opened for appending") }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw DeliveryError("\(path): short write") }
    }
}

package struct DeliveryError: Error, CustomStringConvertible {
    package var description: String
    init(_ description: String) { self.description = description }
}
