import CZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// An error reported by libzmq, carrying its errno and libzmq's own message.
package struct ZeroMQError: Error, Hashable, CustomStringConvertible, Sendable {
    package var code: Int32
    /// What was being attempted, e.g. `bind tcp://127.0.0.1:5551`.
    package var operation: String

    package init(code: Int32, operation: String = "") {
        self.code = code
        self.operation = operation
    }

    /// The error libzmq reports for the last failed call on this thread.
    package static func last(_ operation: String) -> ZeroMQError {
        ZeroMQError(code: zmq_errno(), operation: operation)
    }

    package var message: String { String(cString: zmq_strerror(code)) }

    package var description: String {
        operation.isEmpty ? message : "\(operation): \(message)"
    }

    package static func == (lhs: ZeroMQError, rhs: ZeroMQError) -> Bool { lhs.code == rhs.code }
    package func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// Non-blocking call had nothing to do, or a timeout expired.
    package static let wouldBlock = ZeroMQError(code: EAGAIN)
    /// The context was shut down or terminated.
    package static let terminated = ZeroMQError(code: 156_384_765)  // ETERM
    /// A blocking call was interrupted by a signal.
    package static let interrupted = ZeroMQError(code: EINTR)
    package static let invalidArgument = ZeroMQError(code: EINVAL)
    /// A ROUTER with ROUTER_MANDATORY was asked to send to a peer it does not know.
    package static let hostUnreachable = ZeroMQError(code: EHOSTUNREACH)
    /// Another process already binds this address.
    package static let addressInUse = ZeroMQError(code: EADDRINUSE)
}

/// Runs a libzmq call that returns -1 on failure and throws its error.
@discardableResult
@inline(__always)
func check(_ result: Int32, _ operation: @autoclosure () -> String) throws(ZeroMQError) -> Int32 {
    if result == -1 { throw ZeroMQError.last(operation()) }
    return result
}
