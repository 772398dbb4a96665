import Foundation
import Logging
import SluiceModel
import Synchronization
import Testing
import ZeroMQ
@testable import SluiceRuntime

/// A stage that marks every listing and sends it on, or ends it at the recorder.
final class Marking: MessageStage {
    func process(_ message: StageMessage, context: StageContext, now: Double) -> [Outgoing] {
        var m = message
        m.header.violation = true
        context.stamp(&m, now: now)
        context.sent += 1
        return [m.header.listingID.hasPrefix("end") ? Outgoing(.record, Wire.outcome(m)) : Outgoing(.output, m.frames)]
    }
}

/// A stage that commits per turn, remembers how many messages each turn read from its main input,
/// and answers each read (`read N`) and each message on another port (`pong`) on its output.
final class Committing: Stage {
    let batches = Mutex<[Int]>([])
    var commitsPerTurn: Bool { true }
    func receive(_ batch: [Received], from port: PortID, context: StageContext) -> [Outgoing] {
        switch port {
        case .input:
            batches.withLock { $0.append(batch.count) }
            return [Outgoing(.output, [Array("read \(batch.count)".utf8)])]
        case .done: return batch.map { _ in Outgoing(.output, [Array("pong".utf8)]) }
        default: return []
        }
    }
}

@Suite("Stage runtime", .serialized)
struct StageServiceTests {
    static func message(_ id: String) -> [[UInt8]] {
        StageMessage(header: Header(jseq: 1, listingID: id, revision: 1, platform: .douyin, merchantID: "m", actor: .merchant,
                                    category: "other", observedAt: "2026-11-22T07:00:00Z", observed: 0, attempt: 1, ingestedAt: Timestamp.now),
                     listing: Array("{}".utf8)).frames
    }

    /// The next message on `socket`, waiting up to `seconds` without holding a thread of the
    /// shared pool: a blocked pool thread could keep the service's own task from starting.
    static func next(_ socket: Socket, within seconds: Double) async throws -> [[UInt8]]? {
        let deadline = Date().addingTimeInterval(seconds)
        // (Waits on the message itself: received, or the time up.)
        var message = try socket.receive(wait: false)
        while message == nil {
            guard Date() < deadline else { return nil }
            try await Task.sleep(for: .milliseconds(5))
            message = try socket.receive(wait: false)
        }
        return message
    }

    /// The records of one message to the recorder: [kind, payload…]… (an outcome has six payload frames).
    static func records(_ frames: [[UInt8]]) -> [[[UInt8]]] {
        var out: [[[UInt8]]] = []
        var i = 0
        while i < frames.count {
            let size = frames[i] == Array("outcome".utf8) ? StageMessage.frameCount : 1
            out.append(Array(frames[i..<min(frames.count, i + 1 + size)]))
            i += 1 + size
        }
        return out
    }

    func service(_ context: Context, _ name: String, settings: StageService.Settings = StageService.Settings()) throws -> StageService {
        var s = settings
        s.heartbeatSeconds = 0.2
        return try StageService(
            stage: Marking(), name: .detect, workerID: "mark-1",
            ports: [PortSpec(.input, .pull, [Endpoint(.connect, "inproc://\(name)-in")], highWaterMark: 16),
                    PortSpec(.output, .push, [Endpoint(.connect, "inproc://\(name)-out")], highWaterMark: 16),
                    PortSpec(.record, .push, [Endpoint(.connect, "inproc://\(name)-record")], highWaterMark: 1000)],
            settings: s, logger: Logger(label: "test"), context: context)
    }

    @Test("forwards with a hop (several listings to a message), terminal results and dead letters go to the recorder, heartbeats flow, stop drains")
    func loop() async throws {
        let context = try Context()
        let feed = try Socket(context, .push)
        try feed.bind("inproc://a-in")
        let out = try Socket(context, .pull)
        try out.bind("inproc://a-out")
        let record = try Socket(context, .pull)
        try record.bind("inproc://a-record")
        try out.setReceiveTimeout(milliseconds: 3000)
        try record.setReceiveTimeout(milliseconds: 3000)
        let service = try service(context, "a")
        let running = Task { try await service.run() }

        // Five listings in one message, as an upstream stage batches them.
        try feed.send((0..<5).flatMap { Self.message("fwd-\($0)") })
        try feed.send(Self.message("end-1"))
        try feed.send([Array("garbage".utf8)])

        var forwarded: [StageMessage] = []
        while forwarded.count < 5 {
            let frames = try #require(try await Self.next(out, within: 90))
            forwarded += StageMessage.split(frames).compactMap { try? $0.get() }
        }
        #expect(forwarded.map(\.header.listingID) == (0..<5).map { "fwd-\($0)" })
        #expect(forwarded.allSatisfy { $0.header.hops.last?.stage == .detect && $0.header.hops.last?.worker == "mark-1" })
        #expect(forwarded.allSatisfy { $0.listing == Array("{}".utf8) && $0.header.violation })

        var outcomes: [String] = []
        var letters: [DeadLetter] = []
        var beats: [Heartbeat] = []
        let deadline = Date().addingTimeInterval(90)
        while outcomes.isEmpty || letters.isEmpty || beats.count < 2, Date() < deadline,
              let m = try await Self.next(record, within: 90) {
            for r in Self.records(m) {
                switch Wire.RecordKind(rawValue: String(decoding: r[0], as: UTF8.self)) {
                case .outcome: outcomes.append(try StageMessage(frames: Array(r.dropFirst())).header.listingID)
                case .deadLetter: letters.append(try DeadLetter(jsonBytes: r[1]))
                case .heartbeat: beats.append(try Heartbeat(jsonBytes: r[1]))
                default: Issue.record("unexpected record kind")
                }
            }
        }
        #expect(outcomes == ["end-1"])
        #expect(letters.first?.reason == .badEnvelope)
        #expect(beats.contains { $0.worker == "mark-1" && $0.stage == .detect && $0.rssBytes > 0 })

        service.stop()
        try await running.value
        var last: Heartbeat?
        while let m = try record.receive(wait: false) {
            for r in Self.records(m) where r[0] == Array("heartbeat".utf8) { last = try Heartbeat(jsonBytes: r[1]) }
        }
        #expect(last?.state == .stopped)
        #expect(last?.received == 7)
        #expect(last?.sent == 6)
        #expect(last?.failed == 1)
        for s in [feed, out, record] { s.close() }
        context.terminate()
    }

    @Test("a stage that commits per turn reads its main input at most once per batch window, serving its other ports meanwhile: a burst after a read waits and arrives in one turn")
    func batchWindow() async throws {
        let context = try Context()
        let feed = try Socket(context, .push)
        try feed.bind("inproc://w-in")
        let ping = try Socket(context, .push)
        try ping.bind("inproc://w-done")
        let out = try Socket(context, .pull)
        try out.bind("inproc://w-out")
        let record = try Socket(context, .pull)
        try record.bind("inproc://w-record")
        var replies: [String] = []
        func reply() async throws -> String {
            while replies.isEmpty {
                let frames = try #require(try await Self.next(out, within: 90))
                replies += frames.map { String(decoding: $0, as: UTF8.self) }
            }
            return replies.removeFirst()
        }
        // m0, read at once; then nine more and a ping on another port, sent together. Returns the
        // first reply after the burst and the turns the main input was read in.
        func run(window: Double) async throws -> (first: String, batches: [Int]) {
            let stage = Committing()
            var settings = StageService.Settings()
            settings.batchWindow = window
            // The main input comes first in a turn: a burst read in the ping's turn answers before it.
            let service = try StageService(
                stage: stage, name: .recorder, workerID: "w-1",
                ports: [PortSpec(.input, .pull, [Endpoint(.connect, "inproc://w-in")], highWaterMark: 1000),
                        PortSpec(.done, .pull, [Endpoint(.connect, "inproc://w-done")], highWaterMark: 1000),
                        PortSpec(.output, .push, [Endpoint(.connect, "inproc://w-out")], highWaterMark: 1000),
                        PortSpec(.record, .push, [Endpoint(.connect, "inproc://w-record")], highWaterMark: 1000)],
                settings: settings, logger: Logger(label: "test"), context: context)
            let running = Task { try await service.run() }
            try feed.send([Array("m0".utf8)])
            #expect(try await reply() == "read 1")
            for i in 1..<10 { try feed.send([Array("m\(i)".utf8)]) }
            try ping.send([Array("ping".utf8)])
            let first = try await reply()
            var read = 1 + (first.hasPrefix("read ") ? Int(first.dropFirst(5)) ?? 0 : 0)
            var ponged = first == "pong"
            while read < 10 || !ponged {
                let next = try await reply()
                if next == "pong" { ponged = true } else { read += Int(next.dropFirst(5)) ?? 0 }
            }
            service.stop()
            try await running.value
            return (first, stage.batches.withLock { $0 })
        }
        // A 2 s window: the burst waits (the ping is answered meanwhile), then arrives in one turn.
        let windowed = try await run(window: 2)
        #expect(windowed.first == "pong")
        #expect(windowed.batches == [1, 9], "read in turns \(windowed.batches)")
        // Without a window the burst is read as it comes, before the ping (the control: the test can tell).
        let eager = try await run(window: 0)
        #expect(eager.first.hasPrefix("read "), "first reply after the burst: \(eager.first)")
        #expect(eager.batches.reduce(0, +) == 10)
        while try record.receive(wait: false) != nil {}
        for s in [feed, ping, out, record] { s.close() }
        context.terminate()
    }

    @Test("a peer that takes nothing holds the stage's input back instead of filling its memory")
    func backPressure() async throws {
        let context = try Context()
        let feed = try Socket(context, .push)
        try feed.setSendHighWaterMark(100_000)
        try feed.bind("inproc://b-in")
        let out = try Socket(context, .pull)
        try out.setReceiveHighWaterMark(4)
        try out.bind("inproc://b-out")
        let record = try Socket(context, .pull)
        try record.bind("inproc://b-record")
        var settings = StageService.Settings()
        settings.maxQueued = 50
        settings.maxBatch = 10
        settings.maxCoalesce = 1
        let service = try service(context, "b", settings: settings)
        let running = Task { try await service.run() }
        // The feeder blocks when the stage stops reading, as a real upstream does.
        let box = SocketBox(feed)
        let feeder = Thread { for i in 0..<2000 { _ = try? box.socket.send(Self.message("fwd-\(i)")) } }
        feeder.start()
        // Wait until the stage stops taking input; read nothing from `out` meanwhile.
        var last = -1
        var beat: Heartbeat?
        while true {
            guard let m = try await Self.next(record, within: 90) else { break }
            guard let r = Self.records(m).last(where: { $0[0] == Array("heartbeat".utf8) }) else { continue }
            beat = try Heartbeat(jsonBytes: r[1])
            if beat?.received == last { break }
            last = beat?.received ?? -1
        }
        let taken = try #require(beat?.received)
        #expect(taken < 200, "it read \(taken) of 2000 with nowhere to send them")
        #expect((beat?.gauges["queued"] ?? 0) <= settings.maxQueued + settings.maxBatch)
        // Once the peer reads, everything flows.
        try out.setReceiveTimeout(milliseconds: 3000)
        var received = 0
        while received < 2000, let frames = try await Self.next(out, within: 90) { received += frames.count / StageMessage.frameCount }
        #expect(received == 2000)
        service.stop()
        try await running.value
        for s in [feed, out, record] { s.close() }
        context.terminate()
    }
}

/// Hands a socket to the one thread that uses it from then on.
final class SocketBox: @unchecked Sendable {
    // @unchecked Sendable: the test creates the socket and only the feeder thread uses it after.
    let socket: Socket
    init(_ socket: Socket) { self.socket = socket }
}
