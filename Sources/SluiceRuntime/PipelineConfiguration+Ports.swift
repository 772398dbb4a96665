import SluiceModel
import ZeroMQ

extension PipelineConfiguration {
    /// The largest message an internal link accepts: a batch of coalesced listings, each at most
    /// `max_message_bytes` as received plus what stages add. libzmq drops a peer that sends more,
    /// so a compromised or broken member cannot make a process allocate without bound.
    package var internalMessageLimit: Int64 { Int64(maxMessageBytes) * 48 + 16 << 20 }

    /// The sockets a process of `stage` opens, from the topology; every one bounded in size.
    package func ports(for stage: StageName) -> [PortSpec] {
        unboundedPorts(for: stage).map { spec in
            var spec = spec
            if spec.maxMessageBytes == nil { spec.maxMessageBytes = internalMessageLimit }
            return spec
        }
    }

    private func unboundedPorts(for stage: StageName) -> [PortSpec] {
        let hwm = workerHighWaterMark
        let record = PortSpec(.record, .push, [Endpoint(.connect, recorder)], highWaterMark: 1000, auth: .member(of: .recorder))
        func bound(_ address: String) -> [Endpoint] { [Endpoint(.bind, bindAddress(address))] }
        func next(_ s: StageName) -> PortSpec? {
            guard let n = s.next, let b = boundaries[n] else { return nil }
            return PortSpec(.output, .push, [Endpoint(.connect, b.front)], highWaterMark: hwm, auth: .member(of: .relay))
        }
        switch stage {
        case .ingest:
            var ports = [
                PortSpec(.intake, .router, bound(intake), highWaterMark: 10_000, maxMessageBytes: Int64(maxMessageBytes),
                         watchOversize: true, auth: .admit([.producer])),
                PortSpec(.done, .pull, bound(ingestDone), highWaterMark: 10_000, auth: .admit([.recorder]), priority: true),
                PortSpec(.control, .router, bound(ingestControl), highWaterMark: 100, auth: .admit([.control]), priority: true),
                record,
            ]
            if !feed.isEmpty {
                ports.append(PortSpec(.feed, .pull, bound(feed), highWaterMark: 10_000, maxMessageBytes: Int64(maxMessageBytes),
                                      watchOversize: true, auth: .admit([.producer])))
            }
            if let out = next(.ingest) { ports.append(out) }
            return ports
        case .detect, .score, .notify, .penalise:
            var ports = [record]
            if let b = boundaries[stage] {
                ports.append(PortSpec(.input, .pull, [Endpoint(.connect, b.back)], highWaterMark: hwm, auth: .member(of: .relay)))
            }
            if let out = next(stage) { ports.append(out) }
            if stage == .penalise {
                ports.append(PortSpec(.noticed, .pull, bound(penaliseNoticed), highWaterMark: 10_000, auth: .admit([.recorder]), priority: true))
                ports.append(PortSpec(.control, .router, bound(penaliseControl), highWaterMark: 100, auth: .admit([.control]), priority: true))
            }
            return ports
        case .recorder:
            let senders: Set<StageName> = [.ingest, .detect, .score, .penalise, .notify, .relay, .recorder, .supervisor]
            return [
                PortSpec(.input, .pull, bound(recorder), highWaterMark: 2000, auth: .admit(senders)),
                PortSpec(.done, .push, [Endpoint(.connect, ingestDone)], highWaterMark: 10_000, auth: .member(of: .ingest)),
                PortSpec(.noticed, .push, [Endpoint(.connect, penaliseNoticed)], highWaterMark: 10_000, auth: .member(of: .penalise)),
                PortSpec(.control, .router, bound(recorderControl), highWaterMark: 100, auth: .admit([.control]), priority: true),
                // Its own heartbeats go through its own input like everyone's.
                PortSpec(.record, .push, [Endpoint(.connect, recorder)], highWaterMark: 100, auth: .member(of: .recorder)),
            ]
        default:
            return [record]
        }
    }

    /// Who may send to each relay boundary's front (the upstream stage), and who may pull from
    /// its back (the boundary's workers).
    package func relayRoutes() -> [(stage: StageName, front: PortSpec, back: PortSpec)] {
        StageName.pipeline.dropFirst().compactMap { stage in
            guard let b = boundaries[stage], let upstream = StageName.pipeline.first(where: { $0.next == stage }) else { return nil }
            // Penalise's outbox re-sends decisions to notify; ingest's redeliveries enter at detect.
            let front = PortSpec(.input, .pull, [Endpoint(.bind, bindAddress(b.front))], highWaterMark: 1000,
                                 maxMessageBytes: internalMessageLimit, auth: .admit([upstream]))
            let back = PortSpec(.output, .push, [Endpoint(.bind, bindAddress(b.back))], highWaterMark: workerHighWaterMark,
                                maxMessageBytes: internalMessageLimit, auth: .admit([stage]))
            return (stage, front, back)
        }
    }
}
