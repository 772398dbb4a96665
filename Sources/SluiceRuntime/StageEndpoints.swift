import SluiceConfig
import ZeroMQ

/// The sockets one process attaches: where it reads, where it sends on, where it records.
package struct StageEndpoints: Sendable, Hashable {
    package var input: [Endpoint]
    package var output: [Endpoint]
    package var record: [Endpoint]

    package init(input: [Endpoint], output: [Endpoint], record: [Endpoint]) {
        self.input = input
        self.output = output
        self.record = record
    }
}

extension PipelineConfiguration {
    /// Replaces an address's host by `bind_host` when one is set (`tcp://0.0.0.0:5551`).
    package func bindAddress(_ address: String) -> String {
        guard !bindHost.isEmpty, address.hasPrefix("tcp://"),
              let colon = address.lastIndex(of: ":"), colon > address.index(address.startIndex, offsetBy: 5)
        else { return address }
        return "tcp://\(bindHost)\(address[colon...])"
    }

    /// The default endpoints of a stage process, from the topology.
    package func endpoints(for stage: String) -> StageEndpoints {
        let record = [Endpoint(.connect, recorder)]
        switch stage {
        case "ingest":
            return StageEndpoints(input: [Endpoint(.bind, bindAddress(intake))],
                                  output: boundaries["detect"].map { [Endpoint(.connect, $0.front)] } ?? [],
                                  record: record)
        case "recorder":
            return StageEndpoints(input: [Endpoint(.bind, bindAddress(recorder))], output: [], record: record)
        default:
            return StageEndpoints(input: boundaries[stage].map { [Endpoint(.connect, $0.back)] } ?? [],
                                  output: outputBoundary(of: stage).map { [Endpoint(.connect, $0.front)] } ?? [],
                                  record: record)
        }
    }
}
