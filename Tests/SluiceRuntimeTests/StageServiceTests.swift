import Foundation
import Logging
import Testing
@testable import SluiceModel
@testable import SluiceRuntime
import ZeroMQ

/// A stage that marks every listing and sends it on.
struct Marking: EnvelopeStage {
    func transform(_ items: [StageItem], context: StageContext) -> [StageOutput] {
        items.map { item in
            var e = item.envelope
            e.findings = []
            return e.listingID.hasPrefix("end") ? .outcome(e) : .forward(e, listing: item.listing)
        }
    }
}

@Suite("Stage runtime", .serialized)
struct StageServiceTests {
    func envelope(_ id: String) -> [[UInt8]] {
        let event = ListingEvent(listingID: id, revision: 1, platform: .douyin, merchantID: "m", actor: .merchant, category: "other",
                                 observedAt: "2026-11-22T07:00:00Z", parts: [ListingPart(scene: .title, text: "x")])
        return Wire.stageMessage(Envelope(event: event, trace: Trace(id: "t", attempt: 1, ingestedAt: Timestamp.now)),
                                 listing: Array("{}".utf8))
    }

    @Test("in-process over inproc: forwards with a hop, terminal results and dead letters go to the recorder, heartbeats flow, stop drains")
    func loop() async throws {
        let context = try Context()
        let feed = try Socket(context, .push)
        try feed.bind("inproc://in")
        let out = try Socket(context, .pull)
        try out.bind("inproc://out")
        let record = try Socket(context, .pull)
        try record.bind("inproc://record")
        try out.setReceiveTimeout(milliseconds: 3000)
        try record.setReceiveTimeout(milliseconds: 3000)

        var settings = StageService.Settings()
        settings.heartbeatSeconds = 0.2
        let service = try StageService(
            stage: Marking(), name: "mark", workerID: "mark-1",
            endpoints: StageEndpoints(input: [Endpoint(.connect, "inproc://in")], output: [Endpoint(.connect, "inproc://out")],
                                      record: [Endpoint(.connect, "inproc://record")]),
            settings: settings, logger: Logger(label: "test"), context: context)
        let running = Task { try await service.run() }

        for i in 0..<5 { try feed.send(envelope("fwd-\(i)")) }
        try feed.send(envelope("end-1"))
        try feed.send([Array("garbage".utf8)])

        for _ in 0..<5 {
            let message = try #require(try out.receive())
            let (e, listing) = try Wire.readStageMessage(message)
            #expect(e.trace.hops.last?.stage == "mark")
            #expect(e.trace.hops.last?.worker == "mark-1")
            #expect(e.findings == [])
            #expect(listing == Array("{}".utf8))
        }
        var outcomes: [Envelope] = []
        var letters: [DeadLetter] = []
        var beats: [Heartbeat] = []
        let deadline = Date().addingTimeInterval(5)
        while (outcomes.isEmpty || letters.isEmpty || beats.count < 2), Date() < deadline, let m = try record.receive() {
            switch Wire.RecordKind(rawValue: String(decoding: m[0], as: UTF8.self)) {
            case .outcome: outcomes.append(try Wire.decode(Envelope.self, from: m[1]))
            case .deadLetter: letters.append(try Wire.decode(DeadLetter.self, from: m[1]))
            case .heartbeat: beats.append(try Wire.decode(Heartbeat.self, from: m[1]))
            case nil: Issue.record("unknown record kind")
            }
        }
        #expect(outcomes.map(\.listingID) == ["end-1"])
        #expect(letters.first?.reason == .badEnvelope)
        #expect(beats.contains { $0.worker == "mark-1" && $0.stage == "mark" })

        service.stop()
        try await running.value
        // The last heartbeat says it stopped, with everything it received accounted for.
        var last: Heartbeat?
        while let m = try record.receive(wait: false) {
            if m[0] == Array("heartbeat".utf8) { last = try Wire.decode(Heartbeat.self, from: m[1]) }
        }
        #expect(last?.state == .stopped)
        #expect(last?.received == 7)
        #expect(last?.sent == 6)
        #expect(last?.failed == 1)
        feed.close()
        out.close()
        record.close()
        context.terminate()
    }
}
