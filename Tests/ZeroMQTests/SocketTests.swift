import Foundation
import Synchronization
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

    @Test("forward moves whole multi-frame messages from one socket to another without copying")
    func forward() throws {
        let context = try Context()
        defer { context.terminate() }
        let front = try Socket(context, .pull)
        try front.bind("inproc://front")
        let back = try Socket(context, .push)
        try back.bind("inproc://back")
        let producer = try Socket(context, .push)
        try producer.connect("inproc://front")
        let consumer = try Socket(context, .pull)
        try consumer.connect("inproc://back")
        try consumer.setReceiveTimeout(milliseconds: 2000)
        #expect(try front.forward(to: back) == false, "nothing waiting: nothing moved")
        for i in 0..<10 { try producer.send([[UInt8(i)], [42], []]) }
        #expect(try front.waitReadable(timeoutMilliseconds: 2000))
        var moved = 0
        while moved < 10 {
            if try front.forward(to: back) { moved += 1 } else { _ = try front.waitReadable(timeoutMilliseconds: 100) }
        }
        for i in 0..<10 { #expect(try consumer.receive() == [[UInt8(i)], [42], []]) }
        for s in [front, back, producer, consumer] { s.close() }
    }

    @Test("PLAIN through the ZAP handler: the right password is admitted with its user id, a wrong one is refused")
    func plainAuthentication() throws {
        let context = try Context()
        defer { context.terminate() }
        let refused = RefusedCount()
        _ = try ZapHandler(context: context, decide: { request in
            request.plainPassword == "secret" ? request.plainUser : nil
        }, refused: { _ in refused.add() })
        let server = try Socket(context, .pull)
        try server.setPlainServer()
        try server.setZapDomain("test")
        try server.bind("tcp://127.0.0.1:*")
        let address = server.lastEndpoint
        let good = try Socket(context, .push)
        try good.setPlainClient(user: "detect/detect-1", password: "secret")
        try good.setLinger(milliseconds: 0)
        try good.connect(address)
        let bad = try Socket(context, .push)
        try bad.setPlainClient(user: "detect/rogue", password: "guess")
        try bad.setLinger(milliseconds: 0)
        try bad.setImmediate(true)
        try bad.connect(address)
        _ = try bad.send([Array("forged".utf8)], wait: false)
        try good.send([Array("real".utf8)])
        #expect(try server.waitReadable(timeoutMilliseconds: 3000))
        let got = try server.receiveWithPeer(wait: false)
        #expect(got?.frames == [Array("real".utf8)])
        #expect(got?.peer == "detect/detect-1")
        // Nothing from the refused peer ever arrives.
        #expect(try server.waitReadable(timeoutMilliseconds: 500) == false)
        #expect(refused.value >= 1)
        for s in [server, good, bad] { s.close() }
    }

    @Test("CURVE: only a client key the handler knows gets through, and its traffic is encrypted")
    func curveAuthentication() throws {
        #expect(Context.has("curve"))
        let context = try Context()
        defer { context.terminate() }
        let serverKeys = try CurveKeyPair.generate()
        let member = try CurveKeyPair.generate()
        let stranger = try CurveKeyPair.generate()
        #expect(try CurveKeyPair.publicKey(of: member.secretKey) == member.publicKey)
        #expect(CurveKeyPair.isValid(member.publicKey) && !CurveKeyPair.isValid("short"))
        _ = try ZapHandler(context: context, decide: { $0.curveKey == member.publicKey ? "score/remote" : nil })
        let server = try Socket(context, .pull)
        try server.setCurveServer(secretKey: serverKeys.secretKey)
        try server.setZapDomain("test")
        try server.bind("tcp://127.0.0.1:*")
        for (keys, text) in [(stranger, "forged"), (member, "real")] {
            let client = try Socket(context, .push)
            try client.setCurveClient(serverKey: serverKeys.publicKey, publicKey: keys.publicKey, secretKey: keys.secretKey)
            try client.setLinger(milliseconds: 0)
            try client.setImmediate(true)
            try client.connect(server.lastEndpoint)
            _ = try client.send([Array(text.utf8)], wait: false)
            if text == "real" { try client.send([Array(text.utf8)]) }
        }
        #expect(try server.waitReadable(timeoutMilliseconds: 3000))
        let got = try server.receiveWithPeer(wait: false)
        #expect(got?.frames == [Array("real".utf8)])
        #expect(got?.peer == "score/remote")
        server.close()
    }

    @Test("a message over the maximum size drops the connection instead of being buffered; the monitor sees it")
    func maxMessageSize() throws {
        let context = try Context()
        defer { context.terminate() }
        let server = try Socket(context, .pull)
        try server.setMaxMessageSize(1024)
        let monitor = try Monitor(context, watching: server, endpoint: "inproc://mon-max", events: Monitor.accepted | Monitor.disconnected)
        try server.bind("tcp://127.0.0.1:*")
        let client = try Socket(context, .push)
        try client.setLinger(milliseconds: 0)
        try client.connect(server.lastEndpoint)
        try client.send([Array(repeating: 7, count: 512)])
        #expect(try server.waitReadable(timeoutMilliseconds: 3000))
        #expect(try server.receive(wait: false)?.first?.count == 512)
        try client.send([Array(repeating: 7, count: 100_000)])
        var sawDisconnect = false
        let deadline = Date().addingTimeInterval(5)
        while !sawDisconnect && Date() < deadline {
            if try monitor.socket.waitReadable(timeoutMilliseconds: 100), let event = try monitor.next() {
                sawDisconnect = event.isDisconnected
            }
        }
        #expect(sawDisconnect)
        #expect(try server.receive(wait: false) == nil, "the oversized message never arrives")
        for s in [server, client] { s.close() }
        monitor.close()
    }

    @Test("the library version is readable")
    func version() {
        #expect(Context.libraryVersion.split(separator: ".").count == 3)
    }
}

/// Counts refused connections from the ZAP thread.
final class RefusedCount: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
