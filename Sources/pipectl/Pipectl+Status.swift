import ArgumentParser
import Foundation
import SluiceControl

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the pipeline is doing: per stage workers, in/out/failed, rate, latency; totals.",
        discussion: """
            A worker is live when its last heartbeat is under 3 s old. IN/OUT/FAILED count messages since \
            each worker started; FAILED are dead letters. P50/P99 are hop latencies (previous stage's send \
            to this stage's send) over the last ~10-20 s. Backlog is journaled listings with no outcome yet.
            """)

    @OptionGroup var options: ControlOptions

    @Flag(name: .long, help: "Print JSON for machines.")
    var json = false

    @Flag(name: .long, help: "Refresh every --interval seconds until interrupted.")
    var watch = false

    @Option(name: .long, help: "Seconds between refreshes with --watch.")
    var interval: Double = 1

    func run() throws {
        let (store, folder) = try options.openStore()
        repeat {
            let report = try StatusReport.build(store: store, data: folder)
            if json {
                try printJSON(report)
            } else {
                if watch { print("\u{1B}[H\u{1B}[2J", terminator: "") }
                print(report.render())
            }
            if watch {
                fflush(nil)
                usleep(useconds_t(max(0.2, interval) * 1_000_000))
            }
        } while watch
    }
}
