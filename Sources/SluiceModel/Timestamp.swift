import Foundation

/// RFC 3339 timestamps as Sluice reads and writes them.
package enum Timestamp {
    private static let plain = Date.ISO8601FormatStyle()
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Parses `2026-11-22T07:00:00Z`, `2026-11-22T15:00:00+08:00` or with fractional seconds.
    package static func parse(_ text: String) -> Date? {
        if let d = try? plain.parse(text) { return d }
        return try? fractional.parse(text)
    }

    /// Formats an instant as UTC RFC 3339 with milliseconds.
    package static func format(_ date: Date) -> String { fractional.format(date) }

    /// Formats a UNIX time in seconds.
    package static func format(epoch: Double) -> String { format(Date(timeIntervalSince1970: epoch)) }

    /// Seconds since 1970, now.
    package static var now: Double { Date().timeIntervalSince1970 }
}
