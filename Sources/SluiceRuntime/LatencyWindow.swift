import Histogram

/// Latency percentiles over a recent window: values go into the current histogram, and the
/// report covers the current and the previous one, so it neither grows forever nor empties
/// at each rotation.
package struct LatencyWindow: Sendable {
    private var current = Histogram<UInt64>(highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: .two)
    private var previous = Histogram<UInt64>(highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: .two)
    private var lastRotate: Double

    /// Seconds a histogram covers before it rotates.
    package var span: Double

    package init(span: Double = 10, now: Double) {
        self.span = span
        lastRotate = now
    }

    /// Records one latency in seconds.
    package mutating func record(seconds: Double) {
        let micros = UInt64(max(0, min(seconds, 3600)) * 1_000_000)
        _ = current.record(micros)
    }

    package mutating func rotateIfDue(now: Double) {
        guard now - lastRotate >= span else { return }
        previous = current
        current.reset()
        lastRotate = now
    }

    /// The percentile in milliseconds, or nil if nothing was recorded recently.
    package func percentileMilliseconds(_ p: Double) -> Double? {
        var merged = previous
        merged.add(current)
        guard merged.totalCount > 0 else { return nil }
        return Double(merged.valueAtPercentile(p)) / 1000
    }
}
