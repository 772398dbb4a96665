import ArgumentParser
import Foundation
import SluiceControl
import SluiceModel
#if canImport(Glibc)
import Glibc
#endif

struct Down: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Stop the pipeline started by pipectl up, draining each stage in turn.",
        discussion: """
            Stops ingest first, then detect, score, penalise, notify, relay and recorder; each drains what it \
            holds. Processes still running after --timeout are killed. Also stops processes of this data \
            folder that no supervisor knows (left from a supervisor that was killed).
            """)

    @OptionGroup var options: ControlOptions

    @Option(name: .long, help: "Seconds to wait before killing what is left.")
    var timeout: Double = 90

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func run() throws {
        try perform(json: json) {
            let folder = try options.dataDirectory()
            let result = Self.stop(folder: folder, timeout: timeout, quiet: json)
            if json {
                printJSON(JSONValue.object([("stopped", .int(result.stopped)), ("killed", .int(result.killed))]))
            } else if result.stopped == 0 && result.killed == 0 {
                print("Nothing running on \(folder).")
            } else if result.killed == 0 {
                print("Pipeline stopped; \(result.stopped) processes drained and exited.")
            } else {
                print("Pipeline stopped; killed \(result.killed) process(es) that did not stop within \(Int(timeout)) s.")
            }
        }
    }

    /// Stops everything of a data folder; returns how many stopped by themselves and how many
    /// had to be killed.
    @discardableResult
    static func stop(folder: String, timeout: Double, quiet: Bool) -> (stopped: Int, killed: Int) {
        let state = RunState.read(data: folder)
        let known = state?.processes.filter(\.isAlive) ?? []
        let supervisors = Spawner.processes(onData: folder).filter { $0.command.contains("supervise") }.map(\.pid)
        let all = Set(known.map(\.pid) + Spawner.processes(onData: folder).map(\.pid))
        guard !all.isEmpty else {
            RunState.remove(data: folder)
            return (0, 0)
        }
        if let state, state.supervisorAlive {
            if !quiet { progress("Stopping pipeline (supervisor pid \(state.supervisorPID))…") }
            kill(state.standbyPID, SIGTERM)
            kill(state.supervisorPID, SIGTERM)
        } else {
            // No supervisor in charge: stop the processes ourselves, upstream first.
            for pid in supervisors { kill(pid, SIGTERM) }
            if !quiet { progress("No supervisor in charge; stopping \(all.count) process(es) directly…") }
            let running = Spawner.processes(onData: folder)
            for stage in StageName.stopOrder {
                let group = running.filter { ($0.command.first.map { ($0 as NSString).lastPathComponent }) == stage.executable }.map(\.pid)
                group.forEach { kill($0, SIGTERM) }
                let deadline = Timestamp.now + 20
                while group.contains(where: Spawner.isAlive) && Timestamp.now < deadline { usleep(50_000) }
            }
        }
        let deadline = Timestamp.now + timeout
        var last = -1
        while Timestamp.now < deadline {
            let alive = all.filter(Spawner.isAlive).count
            if alive == 0 { break }
            if alive != last && !quiet { progress("  \(alive) process(es) still stopping") }
            last = alive
            usleep(100_000)
        }
        let leftovers = all.filter(Spawner.isAlive)
        for pid in leftovers { kill(pid, SIGKILL) }
        for _ in 0..<50 where leftovers.contains(where: Spawner.isAlive) { usleep(20_000) }
        RunState.remove(data: folder)
        return (all.count - leftovers.count, leftovers.count)
    }
}
