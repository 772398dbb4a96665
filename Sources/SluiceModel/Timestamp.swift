import Foundation

/// RFC 3339 timestamps as Sluice reads and writes them.
package enum Timestamp {
    private static let plain = Date.ISO8601FormatStyle()
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Parses `2026-11-22T07:00:00Z`, `2026-11-22T15:00:00+08:00` or with fractional seconds,
    /// to UNIX seconds.
    package static func parse(_ text: String) -> Double? {
        // Text shaped like RFC 3339 is judged by the strict reader alone (Foundation's would
        // roll 30 February over into March).
        if looksRFC3339(text) { return parseRFC3339(text) }
        // Only the fractional form has a '.', so the right parser is tried first.
        if text.utf8.contains(UInt8(ascii: ".")) {
            return (try? fractional.parse(text))?.timeIntervalSince1970
        }
        return (try? plain.parse(text))?.timeIntervalSince1970
    }

    static func looksRFC3339(_ text: String) -> Bool {
        let b = Array(text.utf8.prefix(20))
        return b.count >= 19 && b[4] == 45 && b[7] == 45 && (b[10] == 84 || b[10] == 116) && b[13] == 58 && b[16] == 58
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` read directly (the form producers send).
    static func parseRFC3339(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { b -> Double? in
            let n = b.count
            guard n >= 20 else { return nil }
            func digits(_ at: Int, _ count: Int) -> Int? {
                var v = 0
                for i in at..<(at + count) {
                    let c = b[i]
                    guard c >= 48 && c <= 57 else { return nil }
                    v = v * 10 + Int(c - 48)
                }
                return v
            }
            guard let year = digits(0, 4), b[4] == 45, let month = digits(5, 2), b[7] == 45, let day = digits(8, 2),
                  b[10] == 84 || b[10] == 116, let hour = digits(11, 2), b[13] == 58, let minute = digits(14, 2), b[16] == 58,
                  let second = digits(17, 2), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
            else { return nil }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard day <= monthDays[month - 1] else { return nil }
            var i = 19
            var fraction = 0.0
            if i < n && b[i] == 46 {
                i += 1
                var scale = 0.1
                let start = i
                while i < n, b[i] >= 48 && b[i] <= 57 {
                    fraction += Double(b[i] - 48) * scale
                    scale /= 10
                    i += 1
                }
                guard i > start else { return nil }
            }
            var offset = 0
            guard i < n else { return nil }
            if b[i] == 90 || b[i] == 122 {
                i += 1
            } else if b[i] == 43 || b[i] == 45, i + 6 == n, let oh = digits(i + 1, 2), b[i + 3] == 58, let om = digits(i + 4, 2), oh < 24, om < 60 {
                offset = (oh * 3600 + om * 60) * (b[i] == 43 ? 1 : -1)
                i += 6
            } else if b[i] == 43 || b[i] == 45, i + 5 == n, let oh = digits(i + 1, 2), let om = digits(i + 3, 2), oh < 24, om < 60 {
                // ISO 8601's basic offset (+0800), as Foundation writes it.
                offset = (oh * 3600 + om * 60) * (b[i] == 43 ? 1 : -1)
                i += 5
            } else {
                return nil
            }
            guard i == n else { return nil }
            // Days from the civil date (Howard Hinnant's algorithm).
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let mp = month > 2 ? month - 3 : month + 9
            let doy = (153 * mp + 2) / 5 + day - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            let days = era * 146_097 + doe - 719_468
            return Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        }
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
