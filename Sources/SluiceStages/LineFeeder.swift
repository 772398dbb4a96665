import Foundation
import Logging
import ZeroMQ

/// Reads JSON lines from a file or stdin on its own thread and pushes each line, as one
/// message, to an endpoint in the same process (ingest's `--from-file`).
package enum LineFeeder {
    package static func start(path: String, context: ZeroMQ.Context, endpoint: String, logger: Logger) throws {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            handle = h
        }
        let thread = Thread {
            do {
                let socket = try Socket(context, .push)
                try socket.setLinger(milliseconds: -1)
                try socket.connect(endpoint)
                var count = 0
                var buffer: [UInt8] = []
                func flushLine(_ line: ArraySlice<UInt8>) throws {
                    var bytes = Array(line)
                    if bytes.last == 0x0D { bytes.removeLast() }
                    guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return }
                    try socket.send(bytes)
                    count += 1
                }
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    buffer.append(contentsOf: chunk)
                    while let newline = buffer.firstIndex(of: 0x0A) {
                        try flushLine(buffer[..<newline])
                        buffer.removeSubrange(...newline)
                    }
                }
                if !buffer.isEmpty { try flushLine(buffer[...]) }
                logger.info("Finished reading input file", metadata: ["file": "\(path)", "lines": "\(count)"])
                socket.close()
            } catch {
                logger.error("Input file feeder stopped", metadata: ["file": "\(path)", "error": "\(error)"])
            }
        }
        thread.name = "ingest-feeder"
        thread.start()
    }
}
