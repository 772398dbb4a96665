import Foundation

/// What the supervisor of a running pipeline writes to `<data>/run/state.json`.
package struct RunState: Codable, Sendable {
    package struct Process: Codable, Sendable, Hashable {
        package var name: String
        package var stage: String
        package var workerID: String
        package var pid: Int32
        package var log: String
        package var restarts: Int

        enum CodingKeys: String, CodingKey {
            case name, stage, workerID = "worker_id", pid, log, restarts
        }
    }

    package var pipeline: String
    package var supervisorPID: Int32
    package var startedAt: Double
    /// running, stopping
    package var state: String
    package var processes: [Process]

    enum CodingKeys: String, CodingKey {
        case pipeline, supervisorPID = "supervisor_pid", startedAt = "started_at", state, processes
    }

    package static func path(data: String) -> String { (data as NSString).appendingPathComponent("run/state.json") }

    package static func read(data: String) -> RunState? {
        guard let bytes = FileManager.default.contents(atPath: path(data: data)) else { return nil }
        return try? JSONDecoder().decode(RunState.self, from: bytes)
    }

    /// Writes atomically (temp file + rename), so readers never see half a file.
    package func write(data: String) throws {
        let target = Self.path(data: data)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: target), options: .atomic)
    }

    package static func remove(data: String) {
        try? FileManager.default.removeItem(atPath: path(data: data))
    }

    /// Expected workers per stage.
    package var expected: [String: Int] {
        processes.reduce(into: [:]) { $0[$1.stage, default: 0] += 1 }
    }
}
