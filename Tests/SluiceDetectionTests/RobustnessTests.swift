import Foundation
import Testing
@testable import SluiceDetection

/// The detector reads whatever a stage is given: text cut off anywhere must never trap (an index read
/// past the end, a range the wrong way round). Every rule that looks after a word — what follows a
/// pointer, a name, a number — meets the text's end somewhere in these cuts.
@Suite("Detector robustness")
struct RobustnessTests {
    /// Both corpora and every held-out set.
    static let files: [String] = {
        let fixtures = CorpusTests.packageRoot.appendingPathComponent("Tests/Fixtures")
        let holdouts = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { $0.hasPrefix("holdout") && $0.hasSuffix(".jsonl") }.sorted()
        return ["corpus/listings.jsonl", "corpus/listings-2.jsonl"] + holdouts
    }()

    @Test("every prefix and suffix of every line of both corpora and the held-out sets is read without a trap", arguments: files)
    func everyCut(file: String) throws {
        let path = CorpusTests.packageRoot.appendingPathComponent("Tests/Fixtures/\(file)").path
        let lines = try Evaluation.load(path: path)
        var read = 0
        for line in lines {
            let scalars = Array(line.text.unicodeScalars)
            for cut in 1..<scalars.count {
                let head = String(String.UnicodeScalarView(scalars[..<cut]))
                let tail = String(String.UnicodeScalarView(scalars[cut...]))
                read += detector.detect(text: head, scene: .detail, part: 0, platform: .douyin).count
                read += detector.detect(text: tail, scene: .detail, part: 0, platform: .douyin).count
            }
        }
        #expect(read > 0)
    }
}
