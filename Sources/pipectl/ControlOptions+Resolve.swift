import Foundation
import SluiceControl
import SluiceRuntime
import SluiceStore

extension ControlOptions {
    /// The data folder, absolute.
    func dataDirectory(pipelinePath: String? = nil) throws -> String {
        let folder: String
        if let data {
            folder = data
        } else {
            folder = try PipelineConfiguration.load(path: pipelinePath ?? pipeline).dataDirectory
        }
        return URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    /// The store, opened for reading.
    func openStore() throws -> (Store, String) {
        let folder = try dataDirectory()
        let path = (folder as NSString).appendingPathComponent("sluice.db")
        // The pipeline may name another store file; prefer it when the pipeline is readable.
        if data == nil, let config = try? PipelineConfiguration.load(path: pipeline) {
            return (try Store(path: (folder as NSString).appendingPathComponent(config.storeFile), readOnly: true), folder)
        }
        return (try Store(path: path, readOnly: true), folder)
    }
}

/// Prints JSON for machines.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Progress for people, on stderr so stdout stays clean.
func progress(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
