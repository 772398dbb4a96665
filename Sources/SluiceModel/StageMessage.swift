/// A listing between stages: a small header and sections that stages add as they go. On the
/// wire it is one ZeroMQ message of six frames that travel atomically:
///
///     [header JSON, listing JSON as received, findings JSON, assessment JSON, decision JSON, notice JSON]
///
/// A section not yet written is an empty frame. A stage decodes the header and only the
/// sections it reads, and passes the others on as bytes; the listing's own bytes are dropped
/// after detect, the only stage that reads the text.
package struct StageMessage: Sendable {
    package var header: Header
    package var listing: [UInt8]
    package var findings: [UInt8]
    package var assessment: [UInt8]
    package var decision: [UInt8]
    package var notice: [UInt8]

    package static let frameCount = 6

    package init(header: Header, listing: [UInt8] = [], findings: [UInt8] = [], assessment: [UInt8] = [],
                 decision: [UInt8] = [], notice: [UInt8] = []) {
        self.header = header
        self.listing = listing
        self.findings = findings
        self.assessment = assessment
        self.decision = decision
        self.notice = notice
    }

    package var frames: [[UInt8]] { [header.jsonBytes, listing, findings, assessment, decision, notice] }

    /// Reads the listings of one ZeroMQ message: one or more stage messages, six frames each.
    package static func split(_ frames: [[UInt8]]) -> [Result<StageMessage, ValidationError>] {
        guard !frames.isEmpty, frames.count % frameCount == 0 else {
            return [.failure(ValidationError(.badEnvelope, field: "",
                                             "expected \(frameCount) frames per listing (header, listing, findings, assessment, decision, notice), got \(frames.count)"))]
        }
        return stride(from: 0, to: frames.count, by: frameCount).map { start in
            Result { () throws(ValidationError) -> StageMessage in try StageMessage(frames: Array(frames[start..<(start + frameCount)])) }
        }
    }

    /// Reads a stage message; the error says what is wrong with it.
    package init(frames: [[UInt8]]) throws(ValidationError) {
        guard frames.count == Self.frameCount else {
            throw ValidationError(.badEnvelope, field: "", "expected \(Self.frameCount) frames (header, listing, findings, assessment, decision, notice), got \(frames.count)")
        }
        do {
            header = try Header.read(frames[0])
        } catch {
            throw ValidationError(.badEnvelope, field: "header" + (error.field.isEmpty ? "" : ".\(error.field)"), error.problem)
        }
        listing = frames[1]
        findings = frames[2]
        assessment = frames[3]
        decision = frames[4]
        notice = frames[5]
    }

    /// Decodes one section, naming it in the error.
    package func section<T: JSONReadable>(_ bytes: [UInt8], _ name: String, as: T.Type) throws(ValidationError) -> T {
        guard !bytes.isEmpty else { throw ValidationError(.badEnvelope, field: name, "missing") }
        do {
            return try T(jsonBytes: bytes)
        } catch {
            throw ValidationError(.badEnvelope, field: name + (error.field.isEmpty ? "" : ".\(error.field)"), error.problem)
        }
    }

    package func decodedFindings() throws(ValidationError) -> [Finding] {
        guard !findings.isEmpty else { return [] }
        do {
            return try JSONValue.parse(findings).decodeArray(of: Finding.self)
        } catch {
            throw ValidationError(.badEnvelope, field: "findings" + error.field, error.problem)
        }
    }

    package mutating func setFindings(_ list: [Finding]) { findings = JSONArray(list).jsonBytes }

    /// Appends this stage's hop and returns the hop latency (since the previous send).
    @discardableResult
    package mutating func stamp(_ stage: StageName, worker: String, now: Double) -> Double {
        let latency = now - header.sentAt
        header.appendHop(stage, worker: worker, at: now)
        return latency
    }
}
