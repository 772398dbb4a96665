import ArgumentParser
import Foundation
import SluiceControl
import SluiceModel
import SluiceStore

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the pipeline is doing: per stage workers, counters, rate, latency, CPU, memory, restarts; totals.",
        discussion: """
            LIVE is live/expected workers (live: a heartbeat in the last 3 s). IN/OUT/FAILED count messages \
            since each worker first started (they survive restarts); FAILED are dead letters. P50/P99 are hop \
            latencies (previous stage's send to this stage's send) over the last 10-20 s: the stage whose \
            latency climbs is the bottleneck. CPU% is of one core. BACKLOG is what the stage holds: for ingest \
            journaled listings not finished yet, for the others messages waiting for the next stage.
            Exit status: 0 running, 3 degraded (a process missing, or no supervisor), 4 stopped.
            """)

    @OptionGroup var options: ControlOptions

    @Flag(name: .long, help: "Print JSON for machines (with --watch: one document per line).")
    var json = false

    @Flag(name: .long, help: "Refresh every --interval seconds until interrupted.")
    var watch = false

    @Option(name: .long, help: "Seconds between refreshes with --watch.")
    var interval: Double = 1

    func run() throws {
        var health = StatusReport.Health.stopped
        try perform(json: json) {
            let folder = try options.dataDirectory()
            repeat {
                let reader: StoreReader?
                do {
                    reader = try StoreReader(folder: folder)
                } catch StoreError.missing {
                    reader = nil
                }
                let report = try StatusReport.build(reader: reader, data: folder)
                health = report.health
                if json {
                    if watch { print(report.jsonText) } else { printJSON(report) }
                } else {
                    if watch { print("\u{1B}[H\u{1B}[2J", terminator: "") }
                    print(report.render())
                    if reader == nil { print("(nothing stored in \(folder) yet)") }
                }
                if watch {
                    fflush(nil)
                    usleep(useconds_t(max(0.2, interval) * 1_000_000))
                }
            } while watch
        }
        if health != .running { throw ExitCode(health.exitCode) }
    }
}
