import Foundation
import SluiceModel
import SluiceRuntime
import ZeroMQ

/// Asks an owner (ingest, penalise, the recorder) for a change over its control endpoint and
/// waits for the answer: changes to state go to the state's owner as messages, never as
/// writes to another process's file.
package struct ControlClient: Sendable {
    package var configuration: PipelineConfiguration
    package var timeout: Double

    package init(configuration: PipelineConfiguration, timeout: Double = 10) {
        self.configuration = configuration
        self.timeout = timeout
    }

    package func endpoint(of owner: StageName) -> String? {
        switch owner {
        case .ingest: configuration.ingestControl
        case .penalise: configuration.penaliseControl
        case .recorder: configuration.recorderControl
        default: nil
        }
    }

    /// Sends one request and returns the owner's reply.
    package func ask(_ owner: StageName, _ request: ControlRequest) throws -> ControlReply {
        guard let address = endpoint(of: owner) else { throw ControlError.failed("\(owner.rawValue) takes no requests") }
        let context = try ZeroMQ.Context()
        defer { context.terminate() }
        let socket = try Socket(context, .dealer)
        defer { socket.close() }
        try socket.setLinger(milliseconds: 0)
        try socket.setImmediate(true)
        let security = try Keys.security(for: configuration, role: .control)
        try security.configure(socket, port: PortSpec(.control, .dealer, [], highWaterMark: 10, auth: .member(of: owner)),
                               role: .control, worker: "pipectl-\(getpid())")
        try socket.connect(address)
        let deadline = Timestamp.now + timeout
        var sent = false
        while Timestamp.now < deadline {
            if !sent { sent = try socket.send([[], request.jsonBytes], wait: false) }
            if sent, try socket.waitReadable(timeoutMilliseconds: 100), let frames = try socket.receive(wait: false) {
                guard let body = frames.last, let reply = try? ControlReply(jsonBytes: body) else {
                    throw ControlError.failed("\(owner.rawValue) answered something that is not a control reply")
                }
                return reply
            }
            if !sent { usleep(50_000) }
        }
        throw ControlError.unreachable("\(owner.rawValue) did not answer at \(address) within \(Int(timeout)) s: it applies this change itself, so it must be running (pipectl status; pipectl up)")
    }
}
