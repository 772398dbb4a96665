/// A worker's periodic report of liveness and counters, sent to the recorder every second.
package struct Heartbeat: Codable, Sendable, Hashable {
    package enum State: String, Codable, Sendable {
        case running, draining, stopped
    }

    package var schema: Int
    package var stage: String
    package var worker: String
    package var pid: Int32
    package var host: String
    package var state: State
    package var startedAt: Double
    package var at: Double
    /// Messages received, sent on, and failed (dead letters) since start.
    package var received: Int
    package var sent: Int
    package var failed: Int
    /// Messages per second received over the last interval.
    package var rate: Double
    /// Hop latency (previous stage's send to this stage's send), milliseconds, recent window.
    package var latencyP50: Double?
    package var latencyP99: Double?

    package init(stage: String, worker: String, pid: Int32, host: String, state: State, startedAt: Double, at: Double,
                 received: Int, sent: Int, failed: Int, rate: Double, latencyP50: Double?, latencyP99: Double?) {
        schema = schemaVersion
        self.stage = stage
        self.worker = worker
        self.pid = pid
        self.host = host
        self.state = state
        self.startedAt = startedAt
        self.at = at
        self.received = received
        self.sent = sent
        self.failed = failed
        self.rate = rate
        self.latencyP50 = latencyP50
        self.latencyP99 = latencyP99
    }

    enum CodingKeys: String, CodingKey {
        case schema, stage, worker, pid, host, state, startedAt = "started_at", at
        case received = "in", sent = "out", failed, rate, latencyP50 = "latency_p50_ms", latencyP99 = "latency_p99_ms"
    }
}
