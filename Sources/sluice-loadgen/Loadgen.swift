import ArgumentParser
import Foundation
import Histogram
import SluiceLoadgen
import SluiceModel
import SluiceRuntime
import SluiceStore
import ZeroMQ

@main
struct Loadgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-loadgen",
        abstract: "Feed a listing stream to a pipeline's acknowledged intake and report throughput and end-to-end latency.",
        discussion: """
            Sends synthetic listing events (every platform, scene and actor; clean and violating) or the JSON \
            lines of --from-file, at --rate per second (or a --ramp), through the acknowledged intake: every \
            listing is resent until ingest acknowledges it. It then waits for every listing's terminal record \
            in the store and reports end-to-end throughput and latency (first send to recorded), optionally per \
            second (--series). Exit status: 0 when everything was acknowledged and finished and the gates \
            (--max-p99, --min-rate) hold; 1 otherwise, with the reason.
            """,
        version: sluiceVersion)

    @Option(name: .long, help: "Listings per second (0 = as fast as the intake acknowledges them).")
    var rate: Double = 500

    @Option(name: .long, help: ArgumentHelp("Step the rate: FROM:TO:STEP_SECONDS (e.g. 1000:8000:5 adds 1000/s every 5 s).", valueName: "from:to:step"))
    var ramp: String?

    @Option(name: .long, help: "How many listings to send.")
    var count: Int?

    @Option(name: .long, help: "Send for this many seconds instead of a count.")
    var duration: Double?

    @Option(name: .long, help: "Share of synthetic listings that contain diversion (0…1).")
    var violationRatio: Double = 0.3

    @Option(name: .long, help: "How many distinct merchants to spread listings over.")
    var merchants: Int = 200

    @Option(name: .long, help: "Random seed; the same seed gives the same stream.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Intake endpoint (default: the pipeline's intake).", valueName: "endpoint"))
    var endpoint: String?

    @Option(name: .long, help: ArgumentHelp("Send the JSON lines of this file instead of a synthetic stream.", valueName: "file"))
    var fromFile: String?

    @Option(name: .long, help: ArgumentHelp("Write --count synthetic listings to this file as JSON lines and exit (no sending).", valueName: "file"))
    var generate: String?

    @Option(name: .long, help: ArgumentHelp("Pipeline file.", valueName: "file"))
    var pipeline: String = ProcessInfo.processInfo.environment["SLUICE_PIPELINE"] ?? "pipelines/default.toml"

    @Option(name: .long, help: ArgumentHelp("Data folder holding the store, for end-to-end latency (default: the pipeline's).", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: "Seconds to wait for terminal records after the last ack (0 = don't measure end to end).")
    var wait: Double = 120

    @Option(name: .long, help: "Listings sent and not yet acknowledged, at most.")
    var window: Int = 5000

    @Option(name: .long, help: "Seconds before an unacknowledged listing is sent again.")
    var resendAfter: Double = 5

    @Option(name: .long, help: "Seconds without any ack before the intake counts as unreachable.")
    var connectTimeout: Double = 15

    @Option(name: .long, help: ArgumentHelp("Fail (exit 1) if end-to-end p99 is above this many ms.", valueName: "ms"))
    var maxP99: Double?

    @Option(name: .long, help: ArgumentHelp("Fail (exit 1) if end-to-end throughput is below this many listings/s.", valueName: "rate"))
    var minRate: Double?

    @Option(name: .long, help: ArgumentHelp("Write a per-second time series (sent, acknowledged, finished, p50, p99) to this file: .csv or .json.", valueName: "file"))
    var series: String?

    @Flag(name: .long, help: "Print the summary as JSON.")
    var json = false

    func validate() throws {
        if generate == nil { guard count != nil || duration != nil || fromFile != nil else { throw ValidationError("give --count N, --duration S or --from-file FILE") } }
        if generate != nil { guard count != nil else { throw ValidationError("--generate needs --count") } }
        guard rate >= 0 else { throw ValidationError("--rate must be ≥ 0") }
        guard (0...1).contains(violationRatio) else { throw ValidationError("--violation-ratio must be between 0 and 1") }
        guard merchants >= 1 else { throw ValidationError("--merchants must be ≥ 1") }
        guard window >= 1 else { throw ValidationError("--window must be ≥ 1") }
        if let ramp { _ = try Ramp(ramp) }
        if let series, !(series.hasSuffix(".csv") || series.hasSuffix(".json")) { throw ValidationError("--series must name a .csv or .json file") }
        if let fromFile {
            guard FileManager.default.fileExists(atPath: fromFile) else { throw ValidationError("--from-file \(fromFile): no such file") }
            guard FileManager.default.isReadableFile(atPath: fromFile) else { throw ValidationError("--from-file \(fromFile): not readable") }
        }
    }

    func run() throws {
        if let generate { try write(generate); return }
        // Everything is read and checked before a socket opens.
        let config = try? PipelineConfiguration.load(path: pipeline)
        guard let target = endpoint ?? config?.intake else {
            throw ValidationError("no intake endpoint: pass --endpoint, or a readable --pipeline (\(pipeline))")
        }
        _ = try Endpoint.parseList(target, defaultMode: .connect)
        var source = try Source(fromFile: fromFile, seed: seed, violationRatio: violationRatio, merchants: merchants)
        let folder = data.map(absolutePath) ?? config.map { absolutePath($0.dataDirectory) }
        let reader = wait > 0 ? folder.flatMap { try? StoreReader(folder: $0) } : nil
        let startMarks = try reader?.terminalMarks() ?? (0, 0)
        if wait > 0 && reader == nil {
            progress("No store in \(folder ?? "-"): end-to-end latency is not measured (acknowledgements only).")
        }

        let producer = try Producer(endpoint: target, configuration: config, window: window, resendAfter: resendAfter)
        defer { producer.close() }
        let ramp = try self.ramp.map(Ramp.init)
        let total = count ?? (fromFile != nil ? source.fileCount : Int.max)
        let start = Timestamp.now
        var sent = 0, violating = 0
        var due = start
        var clock = Series(start: start)
        var lastProgress = start
        let terminal = isatty(2) == 1
        progress("Sending to \(target) at \(ramp.map { "\(Int($0.from))→\(Int($0.to))/s" } ?? (rate > 0 ? "\(Int(rate))/s" : "full speed"))…")
        while sent < total {
            let now = Timestamp.now
            if let duration, now - start >= duration { break }
            if producer.lastAck == 0 && now - start > connectTimeout && producer.outstanding > 0 {
                throw ExitCodeError(message: "no acknowledgement from \(target) in \(Int(connectTimeout)) s: is the pipeline running (pipectl status), and is this its intake?")
            }
            let currentRate = ramp?.rate(at: now - start) ?? rate
            if currentRate > 0 && due > now {
                // Ahead of schedule: wait (never spin) in ticks of a few milliseconds, then send
                // what is due since — waking for every listing would cost more than sending it.
                let tick = max(1.0, min(5.0, 20_000 / currentRate))
                try producer.receive(waitMilliseconds: max(Int(tick), min(20, Int(((due - now) * 1000).rounded(.up)))))
                try producer.resendOverdue(now: Timestamp.now)
                continue
            }
            guard producer.hasRoom else {
                try producer.receive(waitMilliseconds: 5)
                try producer.resendOverdue(now: Timestamp.now)
                continue
            }
            guard let item = source.next() else { break }
            if item.violating { violating += 1 }
            if let key = item.key {
                try producer.send(key: key, bytes: item.bytes, now: now)
            } else {
                try producer.sendUnkeyed(item.bytes)
            }
            sent += 1
            clock.sent(now)
            if currentRate > 0 { due = max(due + 1 / currentRate, now - 0.5) }
            if sent % 256 == 0 {
                try producer.receive(waitMilliseconds: 0)
                try producer.resendOverdue(now: now)
            }
            if now - lastProgress >= 1 {
                lastProgress = now
                progress(Self.bar(sent: sent, total: total, acked: sent - producer.outstanding, elapsed: now - start, terminal: terminal))
            }
        }
        let sendSeconds = Timestamp.now - start
        // Every listing acknowledged (resending as needed).
        let ackDeadline = Timestamp.now + max(connectTimeout, resendAfter * 4)
        while producer.outstanding > 0 && Timestamp.now < ackDeadline {
            try producer.receive(waitMilliseconds: 50)
            try producer.resendOverdue(now: Timestamp.now)
            if producer.lastAck == 0 && Timestamp.now - start > connectTimeout { break }
        }
        var summary = Summary(sent: sent, violatingSent: violating, sendSeconds: sendSeconds, sendRate: Double(sent) / max(sendSeconds, 0.001),
                              journaled: producer.journaled, duplicates: producer.duplicates, deadLetters: producer.deadLetters,
                              unacknowledged: producer.outstanding, resent: producer.resent)
        var problems: [String] = []
        if producer.lastAck == 0 && sent > 0 {
            problems.append("no acknowledgement from \(target): is the pipeline running (pipectl status), and is this its intake?")
        } else if producer.outstanding > 0 {
            problems.append("\(producer.outstanding) listings were never acknowledged")
        }
        let requested = ramp == nil && rate > 0 ? rate : nil
        if let requested, summary.sendRate < requested * 0.9, duration == nil || sendSeconds >= 1 {
            progress("warning: sent at \(Int(summary.sendRate))/s, below the requested \(Int(requested))/s (the pipeline pushed back or this host is busy)")
            summary.warnings.append("achieved send rate \(Int(summary.sendRate))/s is below the requested \(Int(requested))/s")
        }

        if let reader, producer.lastAck > 0 {
            // A bad listing sent again (a second run of the same file) is refused again but recorded
            // once, before this run: its dead letter is already there.
            let earlier = try reader.deadLettersRecorded(keys: producer.deadLetterKeys, upToSeq: startMarks.1)
            let expected = producer.acked.filter { !earlier.contains($0.key) }
            var e2e = try measure(reader: reader, expected: expected, marks: startMarks, start: start, clock: &clock)
            e2e.deadLettered += earlier.count
            summary.endToEnd = e2e
            if e2e.missing > 0 { problems.append("\(e2e.missing) acknowledged listings have no terminal record after \(Int(wait)) s") }
            if let maxP99, e2e.p99 > maxP99 { problems.append("end-to-end p99 \(String(format: "%.1f", e2e.p99)) ms is above --max-p99 \(maxP99)") }
            if let minRate, e2e.throughput < minRate { problems.append("end-to-end throughput \(Int(e2e.throughput))/s is below --min-rate \(Int(minRate))") }
        } else if minRate != nil || maxP99 != nil {
            problems.append("--max-p99/--min-rate need the store (end-to-end measurement)")
        }
        summary.problems = problems
        if let series { try clock.write(to: series) }
        if json { print((try? JSONValue.parse(summary.jsonBytes))?.pretty() ?? summary.jsonText) } else { print(summary.render()) }
        if !problems.isEmpty {
            problems.forEach { progress("sluice-loadgen: \($0)") }
            throw ExitCode(1)
        }
    }

    /// Waits for the terminal record of every acknowledged listing and measures first send → recorded.
    func measure(reader: StoreReader, expected: [String: (sent: Double, acked: Double)], marks: (Int, Int), start: Double,
                 clock: inout Series) throws -> Summary.EndToEnd {
        let deadline = Timestamp.now + wait
        var remaining = expected
        var histogram = Histogram<UInt64>(highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: .three)
        var last = start
        var outcomeMark = marks.0, deadMark = marks.1
        var deadLettered = 0
        var lastProgress = 0.0
        while !remaining.isEmpty && Timestamp.now < deadline {
            let batch = try reader.terminals(afterOutcome: outcomeMark, afterDeadLetter: deadMark)
            outcomeMark = batch.outcome
            deadMark = batch.deadLetter
            for (id, revision, recorded, dead) in batch.rows {
                guard let t = remaining.removeValue(forKey: "\(id)#\(revision)") else { continue }
                if dead { deadLettered += 1; continue }
                _ = histogram.record(UInt64(max(0, recorded - t.sent) * 1_000_000))
                clock.finished(recorded, latency: recorded - t.sent)
                last = max(last, recorded)
            }
            if remaining.isEmpty { break }
            if Timestamp.now - lastProgress >= 1 {
                progress("  finished \(expected.count - remaining.count)/\(expected.count)")
                lastProgress = Timestamp.now
            }
            if batch.rows.isEmpty { usleep(100_000) }
        }
        func ms(_ p: Double) -> Double { histogram.totalCount == 0 ? 0 : Double(histogram.valueAtPercentile(p)) / 1000 }
        let completed = expected.count - remaining.count - deadLettered
        return Summary.EndToEnd(completed: completed, deadLettered: deadLettered, missing: remaining.count,
                                throughput: Double(completed + deadLettered) / max(last - start, 0.001),
                                p50: ms(50), p90: ms(90), p99: ms(99), max: Double(histogram.max) / 1000)
    }

    func write(_ path: String) throws {
        var stream = SyntheticStream(seed: seed, violationRatio: violationRatio, merchants: merchants, prefix: "lg\(seed)")
        guard FileManager.default.createFile(atPath: path, contents: nil) , let handle = FileHandle(forWritingAtPath: path) else {
            throw ValidationError("--generate \(path): cannot create the file")
        }
        var buffer: [UInt8] = []
        for i in 0..<(count ?? 0) {
            buffer += stream.next().event.jsonBytes
            buffer.append(0x0A)
            if buffer.count > 1 << 20 || i == (count ?? 0) - 1 {
                handle.write(Data(buffer))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.close()
        progress("Wrote \(count ?? 0) listings to \(path).")
    }

    static func bar(sent: Int, total: Int, acked: Int, elapsed: Double, terminal: Bool) -> String {
        let rate = Double(sent) / max(elapsed, 0.001)
        guard total != Int.max else { return "  sent \(sent)  acknowledged \(acked)  (\(Int(rate))/s)" }
        let fraction = Double(sent) / Double(max(total, 1))
        let eta = rate > 0 ? Double(total - sent) / rate : 0
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = terminal ? "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] " : ""
        return "  \(bar)\(sent)/\(total)  acknowledged \(acked)  \(Int(rate))/s  ETA \(Int(eta.rounded())) s"
    }
}

func absolutePath(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.path }

func progress(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }

/// A failure that ends the run with exit 1 and a message.
struct ExitCodeError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// FROM:TO:STEP_SECONDS — the rate rises by FROM each step until TO.
struct Ramp {
    var from: Double
    var to: Double
    var step: Double

    init(_ text: String) throws {
        let parts = text.split(separator: ":").compactMap { Double($0) }
        guard parts.count == 3, parts[0] > 0, parts[1] >= parts[0], parts[2] > 0 else {
            throw ValidationError("--ramp '\(text)': expected FROM:TO:STEP_SECONDS with 0 < FROM ≤ TO, e.g. 1000:8000:5")
        }
        (from, to, step) = (parts[0], parts[1], parts[2])
    }

    func rate(at elapsed: Double) -> Double { min(to, from * (1 + (elapsed / step).rounded(.down))) }
}

/// What to send: a synthetic stream, or the lines of a file.
struct Source {
    struct Item {
        var key: String?
        var bytes: [UInt8]
        var violating: Bool
    }

    private var stream: SyntheticStream?
    private var lines: [[UInt8]] = []
    private var index = 0

    init(fromFile: String?, seed: UInt64, violationRatio: Double, merchants: Int) throws {
        if let fromFile {
            guard let data = FileManager.default.contents(atPath: fromFile) else { throw ValidationError("--from-file \(fromFile): cannot be read") }
            lines = JSONLines.lines(of: data).map(\.bytes)
            guard !lines.isEmpty else { throw ValidationError("--from-file \(fromFile): no lines to send") }
        } else {
            stream = SyntheticStream(seed: seed, violationRatio: violationRatio, merchants: merchants,
                                     prefix: "lg\(seed)-\(Int(Timestamp.now) % 1_000_000)")
        }
    }

    var fileCount: Int { lines.count }

    mutating func next() -> Item? {
        if var s = stream {
            let (event, bad) = s.next()
            stream = s
            return Item(key: "\(event.listingID)#\(event.revision)", bytes: event.jsonBytes, violating: bad)
        }
        guard index < lines.count else { return nil }
        let bytes = lines[index]
        index += 1
        let key = ListingEvent.keyHint(bytes).map { "\($0.listingID)#\($0.revision)" }
        return Item(key: key, bytes: bytes, violating: false)
    }
}

/// Per-second counts and latency, for --series.
struct Series {
    let start: Double
    private var sentPerSecond: [Int: Int] = [:]
    private var finishedPerSecond: [Int: [Double]] = [:]

    init(start: Double) { self.start = start }

    mutating func sent(_ at: Double) { sentPerSecond[Int(at - start), default: 0] += 1 }
    mutating func finished(_ at: Double, latency: Double) { finishedPerSecond[Int(at - start), default: []].append(latency * 1000) }

    func write(to path: String) throws {
        let seconds = Set(sentPerSecond.keys).union(finishedPerSecond.keys).sorted()
        var rows: [(Int, Int, Int, Double, Double)] = []
        for s in seconds {
            let l = (finishedPerSecond[s] ?? []).sorted()
            func pct(_ p: Double) -> Double { l.isEmpty ? 0 : l[min(l.count - 1, Int(p / 100 * Double(l.count)))] }
            rows.append((s, sentPerSecond[s] ?? 0, l.count, pct(50), pct(99)))
        }
        let text: String
        if path.hasSuffix(".csv") {
            text = "second,sent,finished,p50_ms,p99_ms\n" + rows.map { "\($0.0),\($0.1),\($0.2),\(String(format: "%.2f", $0.3)),\(String(format: "%.2f", $0.4))" }.joined(separator: "\n") + "\n"
        } else {
            text = JSONValue.array(rows.map { .object([("second", .int($0.0)), ("sent", .int($0.1)), ("finished", .int($0.2)),
                                                        ("p50_ms", .double($0.3)), ("p99_ms", .double($0.4))]) }).pretty() + "\n"
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { throw ValidationError("--series \(path): cannot write") }
    }
}

struct Summary: JSONWritable {
    struct EndToEnd: JSONWritable {
        var completed: Int
        var deadLettered: Int
        var missing: Int
        /// Listings finished per second, first send to last terminal record.
        var throughput: Double
        var p50: Double
        var p90: Double
        var p99: Double
        var max: Double

        func write(to w: inout JSONWriter) {
            w.beginObject()
            w.field("completed", completed)
            w.field("dead_lettered", deadLettered)
            w.field("missing", missing)
            w.field("throughput_per_s", (throughput * 10).rounded() / 10)
            w.field("p50_ms", p50); w.field("p90_ms", p90); w.field("p99_ms", p99); w.field("max_ms", max)
            w.endObject()
        }
    }

    var sent: Int
    var violatingSent: Int
    var sendSeconds: Double
    var sendRate: Double
    var journaled: Int
    var duplicates: Int
    var deadLetters: Int
    var unacknowledged: Int
    var resent: Int
    var endToEnd: EndToEnd?
    var warnings: [String] = []
    var problems: [String] = []

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("sent", sent)
        w.field("violating_sent", violatingSent)
        w.field("send_seconds", (sendSeconds * 1000).rounded() / 1000)
        w.field("send_rate_per_s", sendRate.rounded())
        w.key("acknowledged")
        w.beginObject(); w.field("journaled", journaled); w.field("duplicate", duplicates); w.field("dead_letter", deadLetters); w.endObject()
        w.field("unacknowledged", unacknowledged)
        w.field("resent", resent)
        w.field("end_to_end", endToEnd)
        w.field("warnings", warnings)
        w.field("problems", problems)
        w.endObject()
    }

    func render() -> String {
        var lines = [
            "sent \(sent) listings (\(violatingSent) with diversion) in \(String(format: "%.2f", sendSeconds)) s: \(String(format: "%.0f", sendRate))/s",
            "acknowledged: \(journaled) journaled, \(duplicates) duplicate, \(deadLetters) dead letter; \(unacknowledged) unacknowledged; \(resent) resent",
        ]
        if let e = endToEnd {
            lines.append("finished \(e.completed + e.deadLettered) (\(e.deadLettered) as dead letters, missing \(e.missing)); end-to-end throughput \(String(format: "%.0f", e.throughput)) listings/s")
            lines.append(String(format: "latency first send→recorded: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms", e.p50, e.p90, e.p99, e.max))
        }
        warnings.forEach { lines.append("warning: \($0)") }
        return lines.joined(separator: "\n")
    }
}
