import Foundation

/// RFC 3339 timestamps as Sluice reads and writes them.
package enum Timestamp {
    private static let plain = Date.ISO8601FormatStyle()
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Parses `2026-11-22T07:00:00Z`, `2026-11-22T15:00:00+08:00` or with fractional seconds,
    /// to UNIX seconds.
    package static func parse(_ text: String) -> Double? {
        // Only the fractional form has a '.', so the right parser is tried first.
        if text.utf8.contains(UInt8(ascii: ".")) {
            return (try? fractional.parse(text))?.timeIntervalSince1970
        }
        return (try? plain.parse(text))?.timeIntervalSince1970
    }

    /// Formats an instant as UTC RFC 3339 with milliseconds, e.g. `2026-11-22T07:00:00.000Z`.
    package static func format(epoch: Double) -> String { fractional.format(Date(timeIntervalSince1970: epoch)) }

    /// Seconds since 1970, now.
    package static var now: Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
