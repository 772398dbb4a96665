import Foundation
import Logging
import Synchronization

/// Logging for executables: one line per event in strict logfmt (`key=value`, values quoted
/// when they need it), millisecond UTC timestamps and the level on every line, to stderr or —
/// under the supervisor — to a file that rotates at `maxBytes` (one old generation kept as
/// `<file>.1`). Only mains bootstrap it; libraries take a `Logger`.
package enum SluiceLogging {
    private static let bootstrapped = Mutex(false)

    /// Sets swift-log up once per process. `SLUICE_LOG_FILE` (set by the supervisor) sends lines
    /// to that file instead of stderr.
    package static func bootstrap(level: Logger.Level) {
        let first = bootstrapped.withLock { done -> Bool in
            defer { done = true }
            return !done
        }
        guard first else { return }
        let sink = LogSink(path: ProcessInfo.processInfo.environment["SLUICE_LOG_FILE"])
        LoggingSystem.bootstrap { label in LogfmtHandler(label: label, level: level, sink: sink) }
    }

    /// A line for an error that stops a process before logging was set up.
    package static func fatal(_ message: String, label: String) {
        let sink = LogSink(path: ProcessInfo.processInfo.environment["SLUICE_LOG_FILE"])
        sink.write(LogfmtHandler.line(level: .critical, label: label, message: message, metadata: [:]))
    }
}

/// Where log lines go; rotates its file by size.
final class LogSink: Sendable {
    static let maxBytes = 16 * 1024 * 1024
    private let path: String?
    private let state = Mutex<(fd: Int32, size: Int)>((2, 0))

    init(path: String?) {
        self.path = path
        if let path {
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
            if fd >= 0 {
                var st = stat()
                fstat(fd, &st)
                state.withLock { $0 = (fd, Int(st.st_size)) }
            }
        }
    }

    func write(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(0x0A)
        state.withLock { s in
            if let path, s.fd != 2, s.size + bytes.count > Self.maxBytes {
                close(s.fd)
                _ = rename(path, path + ".1")
                let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
                s = (fd >= 0 ? fd : 2, 0)
            }
            _ = bytes.withUnsafeBytes { Glibc.write(s.fd, $0.baseAddress, $0.count) }
            s.size += bytes.count
        }
    }
}

/// swift-log handler writing logfmt lines.
struct LogfmtHandler: LogHandler {
    let label: String
    let sink: LogSink
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    init(label: String, level: Logger.Level, sink: LogSink) {
        self.label = label
        logLevel = level
        self.sink = sink
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { $1 } }
        sink.write(Self.line(level: event.level, label: label, message: "\(event.message)", metadata: all))
    }

    static func line(level: Logger.Level, label: String, message: String, metadata: Logger.Metadata) -> String {
        var line = "ts=\(timestamp()) level=\(level.rawValue) logger=\(quote(label)) msg=\(quote(message))"
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            line += " \(key)=\(quote("\(value)"))"
        }
        return line
    }

    static func quote(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy { $0.value > 0x20 && $0 != "\"" && $0 != "=" && $0 != "\\" && $0.value != 0x7F }
        if plain { return value }
        var out = "\""
        for ch in value.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }

    static func timestamp() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var t = ts.tv_sec
        var parts = tm()
        gmtime_r(&t, &parts)
        let ms = Int(ts.tv_nsec / 1_000_000)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let msText = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(msText)Z"
    }
}
