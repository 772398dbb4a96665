import Foundation
import Testing
@testable import ZeroMQ

@Suite("ZeroMQ wrapper")
struct SocketTests {
    @Test("endpoint lists parse in the CZMQ convention", arguments: [
        ("@tcp://127.0.0.1:5551", [Endpoint(.bind, "tcp://127.0.0.1:5551")]),
        (">tcp://host:5551", [Endpoint(.connect, "tcp://host:5551")]),
        ("tcp://host:1", [Endpoint(.connect, "tcp://host:1")]),
        ("@inproc://a, >ipc:///tmp/x", [Endpoint(.bind, "inproc://a"), Endpoint(.connect, "ipc:///tmp/x")]),
    ])
    func parse(text: String, expected: [Endpoint]) throws {
        #expect(try Endpoint.parseList(text, defaultMode: .connect) == expected)
    }

    @Test("bad endpoints say what is wrong", arguments: ["", "127.0.0.1:5551", "@udp://x:1", "@tcp://"])
    func badEndpoints(text: String) {
        #expect(throws: EndpointError.self) { try Endpoint.parseList(text, defaultMode: .connect) }
    }

    @Test("multi-frame messages travel whole over inproc")
    func inproc() throws {
        let context = try Context()
        let pull = try Socket(context, .pull)
        try pull.bind("inproc://frames")
        let push = try Socket(context, .push)
        try push.connect("inproc://frames")
        #expect(try push.send([Array("envelope".utf8), [], Array("listing".utf8)]))
        try pull.setReceiveTimeout(milliseconds: 2000)
        let message = try #require(try pull.receive())
        #expect(message == [Array("envelope".utf8), [], Array("listing".utf8)])
        #expect(try pull.receive(wait: false) == nil)
        push.close()
        pull.close()
        context.terminate()
    }

    @Test("tcp on 127.0.0.1 with a wildcard port, options read back, poll and timeouts")
    func tcp() throws {
        let context = try Context()
        let pull = try Socket(context, .pull)
        try pull.setReceiveHighWaterMark(5)
        #expect(pull.receiveHighWaterMark == 5)
        try pull.bind("tcp://127.0.0.1:*")
        let address = pull.lastEndpoint
        #expect(address.hasPrefix("tcp://127.0.0.1:"))
        let push = try Socket(context, .push)
        try push.setLinger(milliseconds: 100)
        #expect(push.linger == 100)
        try push.connect(address)
        #expect(try pull.waitReadable(timeoutMilliseconds: 50) == false)
        try push.send(Array("hello".utf8))
        #expect(try pull.waitReadable(timeoutMilliseconds: 5000))
        #expect(try pull.receive(wait: false) == [Array("hello".utf8)])
        try pull.setReceiveTimeout(milliseconds: 50)
        #expect(try pull.receive() == nil)
        push.close()
        pull.close()
        context.terminate()
    }

    @Test("a full PUSH reports back-pressure instead of growing")
    func highWaterMark() throws {
        let context = try Context()
        let push = try Socket(context, .push)
        try push.setSendHighWaterMark(2)
        try push.setLinger(milliseconds: 0)
        try push.bind("inproc://nobody-reads")
        let pull = try Socket(context, .pull)
        try pull.setReceiveHighWaterMark(2)
        try pull.connect("inproc://nobody-reads")
        var accepted = 0
        for _ in 0..<100 where try push.send([1], wait: false) { accepted += 1 }
        #expect(accepted < 100)
        #expect(accepted >= 2)
        push.close()
        pull.close()
        context.terminate()
    }

    @Test("errors carry libzmq's message")
    func errors() throws {
        let context = try Context()
        let socket = try Socket(context, .pull)
        do {
            try socket.bind("tcp://256.1.1.1:1")
            Issue.record("binding a bad address should fail")
        } catch {
            #expect(error.description.contains("bind tcp://256.1.1.1:1"))
            #expect(!error.message.isEmpty)
        }
        socket.close()
        context.terminate()
    }

    @Test("zmq_proxy streams from a PULL frontend to a PUSH backend until the context shuts down")
    func proxy() async throws {
        let context = try Context()
        let front = try Socket(context, .pull)
        try front.bind("inproc://front")
        let back = try Socket(context, .push)
        try back.bind("inproc://back")
        let box = UncheckedBox((front, back))
        let done = DispatchSemaphore(value: 0)
        Thread {
            try? Proxy.stream(from: box.value.0, to: box.value.1)
            box.value.0.close()
            box.value.1.close()
            done.signal()
        }.start()
        let producer = try Socket(context, .push)
        try producer.connect("inproc://front")
        let consumer = try Socket(context, .pull)
        try consumer.connect("inproc://back")
        try consumer.setReceiveTimeout(milliseconds: 2000)
        for i in 0..<10 { try producer.send([[UInt8(i)], [42]]) }
        for i in 0..<10 { #expect(try consumer.receive() == [[UInt8(i)], [42]]) }
        producer.close()
        consumer.close()
        context.shutdown()
        done.wait()
        context.terminate()
    }

    @Test("the library version is readable")
    func version() {
        #expect(Context.libraryVersion.split(separator: ".").count == 3)
    }
}

final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
