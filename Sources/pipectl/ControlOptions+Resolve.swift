import Foundation
import SluiceControl
import SluiceRuntime
import SluiceStore

extension ControlOptions {
    /// The data folder, absolute.
    func dataDirectory() throws -> String {
        let folder: String
        if let data {
            folder = data
        } else {
            folder = try PipelineConfiguration.load(path: pipeline).dataDirectory
        }
        return URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    /// The store file and its folder: the pipeline's store file when the pipeline is readable.
    func storeLocation() throws -> (path: String, folder: String) {
        let folder = try dataDirectory()
        let file = (try? PipelineConfiguration.load(path: pipeline).storeFile) ?? "sluice.db"
        return ((folder as NSString).appendingPathComponent(file), folder)
    }

    /// The store, opened for reading.
    func openStore() throws -> (Store, String) {
        let (path, folder) = try storeLocation()
        return (try Store(path: path, readOnly: true), folder)
    }

    /// The store opened for writing (appeals); it must exist already.
    func openStoreForWriting() throws -> Store {
        let (path, _) = try storeLocation()
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missing(path) }
        return try Store(path: path)
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
