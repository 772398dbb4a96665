import CZeroMQ
import Synchronization

/// A libzmq context. Thread-safe; share one per process. Sockets are created from it
/// and must each be used by one thread only.
package final class Context: Sendable {
    /// libzmq's context handle; libzmq makes every context call thread-safe.
    nonisolated(unsafe) let handle: UnsafeMutableRawPointer
    private let terminated = Mutex(false)

    package init(ioThreads: Int32 = 1) throws(ZeroMQError) {
        guard let handle = zmq_ctx_new() else { throw ZeroMQError.last("zmq_ctx_new") }
        self.handle = handle
        try check(zmq_ctx_set(handle, ZMQ_IO_THREADS, ioThreads), "zmq_ctx_set IO_THREADS")
        // Sockets are closed explicitly; never block the process on forgotten ones.
        try check(zmq_ctx_set(handle, ZMQ_BLOCKY, 0), "zmq_ctx_set BLOCKY")
    }

    /// Makes every blocking call on this context's sockets return `ZeroMQError.terminated`.
    /// Sockets still have to be closed before the context can terminate.
    package func shutdown() {
        _ = zmq_ctx_shutdown(handle)
    }

    /// Terminates the context; blocks until every socket is closed (and lingered).
    package func terminate() {
        let done = terminated.withLock { value -> Bool in
            defer { value = true }
            return value
        }
        if done { return }
        while zmq_ctx_term(handle) == -1 && zmq_errno() == EINTR {}
    }

    deinit { terminate() }

    /// libzmq's version as `major.minor.patch`.
    package static var libraryVersion: String {
        var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
        zmq_version(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }

    /// Whether libzmq was built with a capability, e.g. `curve`.
    package static func has(_ capability: String) -> Bool { zmq_has(capability) == 1 }
}
