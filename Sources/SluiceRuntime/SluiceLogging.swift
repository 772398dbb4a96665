import Foundation
import Logging

/// Logging set-up for executables: swift-log to stderr, once per process.
package enum SluiceLogging {
    nonisolated(unsafe) private static var done = false
    private static let lock = NSLock()

    package static func bootstrap(level: Logger.Level) {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        done = true
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
