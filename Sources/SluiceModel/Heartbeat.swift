/// A worker's periodic report of liveness, counters and resource use, sent to the recorder
/// every second.
package struct Heartbeat: Sendable, Hashable, JSONCodable {
    package enum State: String, Sendable, CaseIterable, JSONWritable {
        case running, draining, stopped
    }

    package var schema: Int
    package var stage: StageName
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
    /// CPU time used since start (user + system) and resident memory now.
    package var cpuSeconds: Double
    /// CPU used over the last interval, in percent of one core.
    package var cpuPercent: Double = 0
    package var rssBytes: Int
    /// Versions of what the worker runs on (rules, policies), for status.
    package var versions: [String: String]
    /// Stage-specific levels, e.g. ingest's `in_flight` and `unsent`, penalise's `outbox`.
    package var gauges: [String: Int]

    package init(stage: StageName, worker: String, pid: Int32, host: String, state: State, startedAt: Double, at: Double,
                 received: Int, sent: Int, failed: Int, rate: Double, latencyP50: Double?, latencyP99: Double?,
                 cpuSeconds: Double = 0, rssBytes: Int = 0, versions: [String: String] = [:], gauges: [String: Int] = [:]) {
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
        self.cpuSeconds = cpuSeconds
        self.rssBytes = rssBytes
        self.versions = versions
        self.gauges = gauges
    }

    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("schema", schema)
        w.field("stage", stage)
        w.field("worker", worker)
        w.field("pid", Int(pid))
        w.field("host", host)
        w.field("state", state)
        w.field("started_at", startedAt)
        w.field("at", at)
        w.field("in", received)
        w.field("out", sent)
        w.field("failed", failed)
        w.field("rate", (rate * 10).rounded() / 10)
        w.field("latency_p50_ms", latencyP50)
        w.field("latency_p99_ms", latencyP99)
        w.field("cpu_s", (cpuSeconds * 1000).rounded() / 1000)
        w.field("cpu_pct", (cpuPercent * 10).rounded() / 10)
        w.field("rss_bytes", rssBytes)
        w.key("versions")
        w.beginObject()
        for (k, v) in versions.sorted(by: { $0.key < $1.key }) { w.key(k); w.string(v) }
        w.endObject()
        w.key("gauges")
        w.beginObject()
        for (k, v) in gauges.sorted(by: { $0.key < $1.key }) { w.key(k); w.int(v) }
        w.endObject()
        w.endObject()
    }

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        schema = try f.int("schema")
        stage = try f.value("stage", as: StageName.self)
        worker = try f.string("worker", maxBytes: 256)
        pid = Int32(truncatingIfNeeded: try f.int("pid"))
        host = try f.string("host")
        state = try f.value("state", as: State.self)
        startedAt = try f.double("started_at")
        at = try f.double("at")
        received = try f.int("in")
        sent = try f.int("out")
        failed = try f.int("failed")
        rate = try f.double("rate")
        latencyP50 = try f.optionalDouble("latency_p50_ms")
        latencyP99 = try f.optionalDouble("latency_p99_ms")
        cpuSeconds = try f.optionalDouble("cpu_s") ?? 0
        cpuPercent = try f.optionalDouble("cpu_pct") ?? 0
        rssBytes = try f.optionalInt("rss_bytes") ?? 0
        var versions: [String: String] = [:]
        if let v = f["versions"], case .object(let members) = v {
            for (k, x) in members { if let s = x.stringValue { versions[k] = s } }
        }
        self.versions = versions
        var gauges: [String: Int] = [:]
        if let v = f["gauges"], case .object(let members) = v {
            for (k, x) in members { if let i = x.intValue { gauges[k] = i } }
        }
        self.gauges = gauges
    }
}
