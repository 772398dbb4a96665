import Foundation

/// A socket endpoint in the CZMQ convention: `@tcp://…` binds, `>tcp://…` connects,
/// a bare address uses the default the caller gives.
package struct Endpoint: Hashable, Sendable, CustomStringConvertible {
    package enum Mode: Hashable, Sendable { case bind, connect }

    package var mode: Mode
    package var address: String

    package init(_ mode: Mode, _ address: String) {
        self.mode = mode
        self.address = address
    }

    package var description: String { (mode == .bind ? "@" : ">") + address }

    /// Parses a comma-separated endpoint list (`@tcp://*:5551,>inproc://x`).
    /// - Throws: `EndpointError` naming the part that is wrong.
    package static func parseList(_ text: String, defaultMode: Mode) throws(EndpointError) -> [Endpoint] {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard !pieces.isEmpty, !(pieces.count == 1 && pieces[0].isEmpty) else {
            throw EndpointError(text: text, problem: "no endpoint given")
        }
        return try pieces.map { (piece: String) throws(EndpointError) -> Endpoint in
            var mode = defaultMode
            var address = Substring(piece)
            if address.hasPrefix("@") { mode = .bind; address = address.dropFirst() }
            else if address.hasPrefix(">") { mode = .connect; address = address.dropFirst() }
            guard let schemeEnd = address.range(of: "://"), !address[schemeEnd.upperBound...].isEmpty else {
                throw EndpointError(text: piece, problem: "expected transport://address, e.g. tcp://127.0.0.1:5551")
            }
            let scheme = address[..<schemeEnd.lowerBound]
            guard ["tcp", "ipc", "inproc"].contains(String(scheme)) else {
                throw EndpointError(text: piece, problem: "unsupported transport '\(scheme)' (use tcp, ipc or inproc)")
            }
            return Endpoint(mode, String(address))
        }
    }

    /// Renders a list back into its text form.
    package static func format(_ list: [Endpoint]) -> String {
        list.map(\.description).joined(separator: ",")
    }
}

/// An endpoint string that cannot be used.
package struct EndpointError: Error, CustomStringConvertible, Sendable {
    package var text: String
    package var problem: String
    package var description: String { "endpoint '\(text)': \(problem)" }
}

