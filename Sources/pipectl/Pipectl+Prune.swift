import ArgumentParser
import Foundation
import SluiceModel

struct Prune: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Delete finished results, telemetry and logs older than a duration (each owner deletes its own).",
        discussion: """
            Asks ingest to delete closed journal rows and the recorder to delete outcomes, delivered notices, \
            resolved dead letters and stale workers ingested or recorded before the cut-off, and deletes \
            rotated logs. Decisions and appeals (the enforcement ledger) are kept. The pipeline file's \
            retention.days prunes automatically once a day; 0 keeps everything.
            """)

    @Option(name: .long, help: ArgumentHelp("Keep this much: 30d, 12h, 90m.", valueName: "duration"))
    var olderThan: String

    @OptionGroup var options: ControlOptions

    @Flag(name: .long, help: "Print JSON for machines.")
    var json = false

    static func seconds(_ text: String) throws -> Double {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        guard let unit = text.last, let factor = units[unit], let n = Double(text.dropLast()), n >= 0 else {
            throw ValidationError("--older-than '\(text)': expected a number and a unit, e.g. 30d, 12h, 90m")
        }
        return n * factor
    }

    func validate() throws { _ = try Self.seconds(olderThan) }

    func run() throws {
        try perform(json: json) {
            let before = Timestamp.now - (try Self.seconds(olderThan))
            let request = ControlRequest(op: "prune", args: .object([("before", .double(before))]))
            let journal = try ask(.ingest, request, options: options)
            let records = try ask(.recorder, request, options: options)
            var logs = 0
            let folder = (try options.dataDirectory() as NSString).appendingPathComponent("logs")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".log.1") {
                let path = (folder as NSString).appendingPathComponent(name)
                if let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                   date.timeIntervalSince1970 < before {
                    try? FileManager.default.removeItem(atPath: path)
                    logs += 1
                }
            }
            let result = JSONValue.object([("journal_rows", journal["deleted"] ?? .int(0)), ("record_rows", records["deleted"] ?? .int(0)),
                                           ("log_files", .int(logs)), ("before", .string(Timestamp.format(epoch: before)))])
            if json { printJSON(result); return }
            print("Pruned before \(Timestamp.format(epoch: before)): \(journal["deleted"]?.intValue ?? 0) journal rows, \(records["deleted"]?.intValue ?? 0) result rows, \(logs) log files.")
        }
    }
}
