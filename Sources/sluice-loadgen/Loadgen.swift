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
        abstract: "Feed a synthetic listing stream to a pipeline's intake and report throughput and latency.",
        discussion: """
            Pushes generated listing events (every platform, scene and actor; clean and violating) at --rate \
            per second. With the pipeline's store reachable (--data or the pipeline's data_dir) it then waits \
            for every listing's outcome and reports end-to-end throughput and latency (send to recorded).
            """)

    @Option(name: .long, help: "Listings per second (0 = as fast as the pipeline takes them).")
    var rate: Double = 500

    @Option(name: .long, help: "How many listings to send.")
    var count: Int?

    @Option(name: .long, help: "Send for this many seconds instead of a count.")
    var duration: Double?

    @Option(name: .long, help: "Share of listings that contain diversion (0…1).")
    var violationRatio: Double = 0.3

    @Option(name: .long, help: "How many distinct merchants to spread listings over.")
    var merchants: Int = 200

    @Option(name: .long, help: "Random seed; the same seed gives the same stream.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Intake endpoint (default: the pipeline's intake).", valueName: "endpoint"))
    var endpoint: String?

    @Option(name: .long, help: ArgumentHelp("Send the JSON lines of this file instead of a synthetic stream.", valueName: "file"))
    var fromFile: String?

    @Option(name: .long, help: ArgumentHelp("Pipeline file.", valueName: "file"))
    var pipeline: String = "pipelines/default.toml"

    @Option(name: .long, help: ArgumentHelp("Data folder holding the store, for end-to-end latency (default: the pipeline's).", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: "Seconds to wait for outcomes after sending (0 = don't wait).")
    var wait: Double = 120

    @Flag(name: .long, help: "Print the summary as JSON.")
    var json = false

    func validate() throws {
        guard count != nil || duration != nil || fromFile != nil else { throw ValidationError("give --count N or --duration S") }
        guard rate >= 0 else { throw ValidationError("--rate must be ≥ 0") }
        guard (0...1).contains(violationRatio) else { throw ValidationError("--violation-ratio must be between 0 and 1") }
    }

    func run() throws {
        let config = try? PipelineConfiguration.load(path: pipeline)
        guard let target = endpoint ?? config?.intake else {
            throw ValidationError("no intake endpoint: pass --endpoint or a readable --pipeline")
        }
        let context = try ZeroMQ.Context()
        let socket = try Socket(context, .push)
        try socket.setSendHighWaterMark(10_000)
        try socket.setLinger(milliseconds: 10_000)
        try socket.attach(try Endpoint.parseList(target, defaultMode: .connect))

        let runPrefix = "lg\(seed)-\(Int(Date().timeIntervalSince1970) % 1_000_000)"
        var stream = SyntheticStream(seed: seed, violationRatio: violationRatio, merchants: merchants, prefix: runPrefix)
        var fileLines: [[UInt8]] = []
        if let fromFile {
            guard let text = try? String(contentsOfFile: fromFile, encoding: .utf8) else {
                throw ValidationError("cannot read \(fromFile)")
            }
            fileLines = text.split(separator: "\n").map { Array($0.utf8) }
        }
        let total = fromFile != nil ? fileLines.count : (count ?? Int.max)
        let encoder = JSONEncoder()
        var sentAt: [String: Double] = [:]
        let start = Timestamp.now
        var sent = 0
        var violating = 0
        var lastProgress = start
        progress("Sending to \(target) at \(rate > 0 ? "\(Int(rate))/s" : "full speed")…")
        while sent < total {
            let now = Timestamp.now
            if let duration, now - start >= duration { break }
            if rate > 0 {
                let due = start + Double(sent) / rate
                if due > now { usleep(useconds_t(min(0.05, due - now) * 1_000_000)); continue }
            }
            let bytes: [UInt8]
            if fromFile != nil {
                bytes = fileLines[sent]
            } else {
                let (event, bad) = stream.next()
                if bad { violating += 1 }
                bytes = Array(try encoder.encode(event))
                sentAt[event.listingID] = Timestamp.now
            }
            try socket.send(bytes)
            sent += 1
            if now - lastProgress >= 1 {
                progress("  sent \(sent)\(total == Int.max ? "" : "/\(total)")  (\(Int(Double(sent) / (now - start)))/s)")
                lastProgress = now
            }
        }
        let sendSeconds = Timestamp.now - start
        socket.close()
        context.terminate()
        var summary = Summary(sent: sent, violatingSent: violating, sendSeconds: sendSeconds,
                              sendRate: Double(sent) / max(sendSeconds, 0.001))
        progress("Sent \(sent) in \(String(format: "%.1f", sendSeconds)) s (\(Int(summary.sendRate))/s).")

        if wait > 0, fromFile == nil, let folder = data ?? config?.dataDirectory {
            let path = (folder as NSString).appendingPathComponent(config?.storeFile ?? "sluice.db")
            if let store = try? Store(path: path, readOnly: true) {
                summary.endToEnd = try measure(store: store, prefix: runPrefix, sentAt: sentAt, start: start)
            } else {
                progress("No store at \(path): not measuring end-to-end latency.")
            }
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try e.encode(summary), as: UTF8.self))
        } else {
            print(summary.render())
        }
    }

    /// Waits for the outcomes of this run and measures send → recorded latency.
    func measure(store: Store, prefix: String, sentAt: [String: Double], start: Double) throws -> Summary.EndToEnd {
        let deadline = Timestamp.now + wait
        var outcomes: [(String, Double)] = []
        var lastProgress = 0.0
        while Timestamp.now < deadline {
            outcomes = try store.outcomeTimes(listingPrefix: prefix + "-")
            if outcomes.count >= sentAt.count { break }
            if Timestamp.now - lastProgress >= 1 {
                progress("  completed \(outcomes.count)/\(sentAt.count)")
                lastProgress = Timestamp.now
            }
            usleep(200_000)
        }
        var histogram = Histogram<UInt64>(highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: .three)
        var last = start
        for (id, recorded) in outcomes {
            guard let sent = sentAt[id] else { continue }
            _ = histogram.record(UInt64(max(0, recorded - sent) * 1_000_000))
            last = max(last, recorded)
        }
        func ms(_ p: Double) -> Double { Double(histogram.valueAtPercentile(p)) / 1000 }
        return Summary.EndToEnd(completed: outcomes.count, missing: sentAt.count - outcomes.count,
                                throughput: Double(outcomes.count) / max(last - start, 0.001),
                                p50: ms(50), p90: ms(90), p99: ms(99), max: Double(histogram.max) / 1000)
    }

    func progress(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
}

struct Summary: Encodable {
    struct EndToEnd: Encodable {
        var completed: Int
        var missing: Int
        /// Listings recorded per second, first send to last outcome.
        var throughput: Double
        var p50: Double
        var p90: Double
        var p99: Double
        var max: Double

        enum CodingKeys: String, CodingKey {
            case completed, missing, throughput = "throughput_per_s", p50 = "p50_ms", p90 = "p90_ms", p99 = "p99_ms", max = "max_ms"
        }
    }

    var sent: Int
    var violatingSent: Int
    var sendSeconds: Double
    var sendRate: Double
    var endToEnd: EndToEnd?

    enum CodingKeys: String, CodingKey {
        case sent, violatingSent = "violating_sent", sendSeconds = "send_seconds", sendRate = "send_rate_per_s", endToEnd = "end_to_end"
    }

    func render() -> String {
        var lines = ["sent \(sent) listings (\(violatingSent) with diversion) in \(String(format: "%.2f", sendSeconds)) s: \(String(format: "%.0f", sendRate))/s"]
        if let e = endToEnd {
            lines.append("completed \(e.completed) (missing \(e.missing)); end-to-end throughput \(String(format: "%.0f", e.throughput)) listings/s")
            lines.append(String(format: "latency send→recorded: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms", e.p50, e.p90, e.p99, e.max))
        }
        return lines.joined(separator: "\n")
    }
}
