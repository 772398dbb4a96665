import ArgumentParser
import Foundation
import SluiceControl

struct Down: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Stop the pipeline started by pipectl up, draining each stage in turn.",
        discussion: "Stops ingest first, then detect, score, penalise, notify, relay and recorder; each drains what it holds. Processes still running after --timeout are killed.")

    @OptionGroup var options: ControlOptions

    @Option(name: .long, help: "Seconds to wait before killing what is left.")
    var timeout: Double = 90

    func run() throws {
        let folder = try options.dataDirectory()
        guard let state = RunState.read(data: folder) else {
            print("Nothing running on \(folder).")
            return
        }
        let pids = state.processes.map(\.pid).filter { $0 > 0 }
        if Spawner.isAlive(state.supervisorPID) {
            progress("Stopping pipeline (supervisor pid \(state.supervisorPID))…")
            kill(state.supervisorPID, SIGTERM)
        } else {
            // The supervisor is gone (killed?): stop its children ourselves, upstream first.
            progress("Supervisor \(state.supervisorPID) is not running; stopping its processes directly…")
            for stage in Supervisor.stopOrder {
                for p in state.processes where p.stage == stage && Spawner.isAlive(p.pid) { kill(p.pid, SIGTERM) }
                let deadline = Date().timeIntervalSince1970 + 20
                while state.processes.contains(where: { $0.stage == stage && Spawner.isAlive($0.pid) }),
                      Date().timeIntervalSince1970 < deadline { usleep(100_000) }
            }
        }
        let deadline = Date().timeIntervalSince1970 + timeout
        var last = -1
        while Date().timeIntervalSince1970 < deadline {
            let alive = pids.filter(Spawner.isAlive).count + (Spawner.isAlive(state.supervisorPID) ? 1 : 0)
            if alive == 0 { break }
            if alive != last { progress("  \(alive) process(es) still stopping"); last = alive }
            usleep(100_000)
        }
        let leftovers = (pids + [state.supervisorPID]).filter(Spawner.isAlive)
        for pid in leftovers { kill(pid, SIGKILL) }
        RunState.remove(data: folder)
        if leftovers.isEmpty {
            print("Pipeline stopped; \(pids.count) processes drained and exited.")
        } else {
            print("Pipeline stopped; killed \(leftovers.count) process(es) that did not stop within \(Int(timeout)) s.")
        }
    }
}
