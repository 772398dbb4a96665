import CZeroMQ

/// Runs `zmq_proxy(frontend, backend)`: a streamer that forwards every message from a
/// PULL frontend to a PUSH backend. Blocks until the context is shut down.
package enum Proxy {
    package static func stream(from frontend: Socket, to backend: Socket) throws(ZeroMQError) {
        precondition(frontend.type == .pull && backend.type == .push, "a streamer is PULL → PUSH")
        let rc = zmq_proxy(frontend.handle, backend.handle, nil)
        if rc == -1 {
            let error = ZeroMQError.last("zmq_proxy")
            if error == .terminated { return }
            throw error
        }
    }
}
