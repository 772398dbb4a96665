import ArgumentParser
import Foundation
import SluiceConfig
import SluiceModel
import SluiceRuntime
import SluiceStore

@main
struct Pipectl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipectl",
        abstract: "Operate a Sluice pipeline: start and stop it, see what it is doing, look things up, ask for changes.",
        discussion: """
            Every subcommand works on one data folder: the pipeline file's data_dir, or --data. Typical use:
              pipectl up pipelines/default.toml --scale detect=3
              pipectl status --watch
              pipectl listing dy-889123
              pipectl down

            Exit codes: 0 success; 1 failure or not found; 64 usage error; pipectl status: 3 degraded,
            4 stopped. With --json, results and errors are JSON on stdout.
            """,
        version: sluiceVersion,
        subcommands: [Up.self, Down.self, Status.self, ListingCommand.self, MerchantCommand.self, AppealCommand.self,
                      DeadLetters.self, Prune.self, DetectCommand.self, Eval.self, KeysCommand.self, Supervise.self])
}

/// Where the pipeline and its data are; every subcommand takes these.
struct ControlOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pipeline file (for its data_dir and endpoints).", valueName: "file"))
    var pipeline: String = ProcessInfo.processInfo.environment["SLUICE_PIPELINE"] ?? "pipelines/default.toml"

    @Option(name: .long, help: ArgumentHelp("Folder holding the store, logs and process state (default: the pipeline's data_dir).", valueName: "dir"))
    var data: String?

    /// The pipeline with `--data` applied.
    func configuration() throws -> PipelineConfiguration {
        var config = try PipelineConfiguration.load(path: pipeline)
        if let data { config.dataDirectory = absolute(data) }
        config.dataDirectory = absolute(config.dataDirectory)
        return config
    }

    /// The data folder, absolute; the pipeline file is only read when --data is not given.
    func dataDirectory() throws -> String {
        if let data { return absolute(data) }
        return try configuration().dataDirectory
    }

    func reader() throws -> StoreReader { try StoreReader(folder: try dataDirectory()) }
}

func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

/// A command failure with a machine-readable code; `--json` commands print it as JSON.
struct Failure: Error, CustomStringConvertible {
    var code: String
    var message: String
    var exitCode: Int32 = 1
    var description: String { message }

    static func notFound(_ message: String) -> Failure { Failure(code: "not_found", message: message) }
}

/// Runs a command body: on failure prints the error (as JSON under --json) and exits 1 (or
/// the failure's own code); usage errors stay ArgumentParser's (exit 64).
func perform(json: Bool, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        let failure = (error as? Failure) ?? Failure(code: code(of: error), message: "\(error)")
        if json {
            var w = JSONWriter()
            w.beginObject()
            w.key("error")
            w.beginObject(); w.field("code", failure.code); w.field("message", failure.message); w.endObject()
            w.endObject()
            print(String(decoding: w.bytes, as: UTF8.self))
        } else {
            FileHandle.standardError.write(Data("pipectl: \(failure.message)\n".utf8))
        }
        throw ExitCode(failure.exitCode)
    }
}

private func code(of error: any Error) -> String {
    switch error {
    case let e as StoreError:
        if case .missing = e { return "no_store" }
        return "store"
    case is ConfigurationError: return "configuration"
    default: return "failed"
    }
}

/// Prints a value as indented JSON.
func printJSON(_ value: some JSONWritable) {
    print((try? JSONValue.parse(value.jsonBytes))?.pretty() ?? value.jsonText)
}

/// Progress for people, on stderr so stdout stays clean.
func progress(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// In pipectl, a ValidationError is a usage error (exit 64), as ArgumentParser defines it.
typealias ValidationError = ArgumentParser.ValidationError
