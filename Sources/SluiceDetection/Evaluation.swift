import Foundation
import SluiceModel

/// One labelled line of an evaluation corpus (the format of shared/corpus/listings.jsonl).
package struct LabelledLine: Decodable, Sendable {
    package var id: String
    package var platform: Platform
    package var scene: Scene
    package var actor: Actor
    package var category: String
    package var text: String
    package var label: String
    package var signals: [Signal]
    package var technique: String

    package var isViolation: Bool { label == "violation" }
    package var isHardNegative: Bool { technique.hasPrefix("hard_negative") }
}

/// Detection quality on a labelled corpus.
package struct Evaluation: Encodable, Sendable {
    package struct Rate: Encodable, Sendable {
        package var hits: Int
        package var total: Int
        package var rate: Double { total == 0 ? 0 : Double(hits) / Double(total) }

        enum CodingKeys: String, CodingKey { case hits, total, rate }
        package func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(hits, forKey: .hits)
            try c.encode(total, forKey: .total)
            try c.encode(rate, forKey: .rate)
        }
    }

    package struct Case: Encodable, Sendable {
        package var id: String
        package var technique: String
        package var text: String
        package var expected: [Signal]
        package var found: [Finding]
    }

    package var lines = 0
    package var truePositives = 0
    package var falsePositives = 0
    package var falseNegatives = 0
    package var trueNegatives = 0
    package var precision = 0.0
    package var recall = 0.0
    package var f1 = 0.0
    /// Of the lines labelled with a signal, how many got a finding of that signal.
    package var signalRecall: [String: Rate] = [:]
    /// Of the findings of a signal on violation lines, how many were labelled with it.
    package var signalPrecision: [String: Rate] = [:]
    /// Of the violation lines using a technique, how many were caught.
    package var techniqueRecall: [String: Rate] = [:]
    /// Of the clean lines of a kind, how many were flagged.
    package var cleanFalseAlarms: [String: Rate] = [:]
    package var hardNegativeFalseAlarms = Rate(hits: 0, total: 0)
    package var misses: [Case] = []
    package var falseAlarms: [Case] = []

    enum CodingKeys: String, CodingKey {
        case lines, truePositives = "true_positives", falsePositives = "false_positives", falseNegatives = "false_negatives",
             trueNegatives = "true_negatives", precision, recall, f1, signalRecall = "signal_recall",
             signalPrecision = "signal_precision", techniqueRecall = "technique_recall", cleanFalseAlarms = "clean_false_alarms",
             hardNegativeFalseAlarms = "hard_negative_false_alarms", misses, falseAlarms = "false_alarms"
    }

    /// Reads a JSON-lines corpus; the error names the line.
    package static func load(path: String) throws -> [LabelledLine] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").enumerated().compactMap { index, line in
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            do {
                return try decoder.decode(LabelledLine.self, from: Data(line.utf8))
            } catch {
                throw CorpusError(file: path, line: index + 1, reason: "\(error)")
            }
        }
    }

    package init() {}

    /// Runs the detector over every line.
    package init(detector: Detector, lines corpus: [LabelledLine]) {
        lines = corpus.count
        for line in corpus {
            let findings = detector.detect(text: line.text, scene: line.scene, part: 0, platform: line.platform)
            let counted = detector.counted(findings)
            let flagged = !counted.isEmpty
            let found = Set(counted.map(\.signal))
            if line.isViolation {
                techniqueRecall[line.technique, default: Rate(hits: 0, total: 0)].total += 1
                if flagged {
                    truePositives += 1
                    techniqueRecall[line.technique]!.hits += 1
                } else {
                    falseNegatives += 1
                    misses.append(Case(id: line.id, technique: line.technique, text: line.text, expected: line.signals, found: findings))
                }
                for s in line.signals {
                    signalRecall[s.rawValue, default: Rate(hits: 0, total: 0)].total += 1
                    if found.contains(s) { signalRecall[s.rawValue]!.hits += 1 }
                }
                for s in found {
                    signalPrecision[s.rawValue, default: Rate(hits: 0, total: 0)].total += 1
                    if line.signals.contains(s) { signalPrecision[s.rawValue]!.hits += 1 }
                }
            } else {
                cleanFalseAlarms[line.technique, default: Rate(hits: 0, total: 0)].total += 1
                if line.isHardNegative { hardNegativeFalseAlarms.total += 1 }
                if flagged {
                    falsePositives += 1
                    cleanFalseAlarms[line.technique]!.hits += 1
                    if line.isHardNegative { hardNegativeFalseAlarms.hits += 1 }
                    falseAlarms.append(Case(id: line.id, technique: line.technique, text: line.text, expected: [], found: counted))
                } else {
                    trueNegatives += 1
                }
            }
        }
        precision = truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
        recall = truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// The report for people.
    package func render(showCases: Bool = true) -> String {
        func pct(_ r: Double) -> String { String(format: "%.1f%%", r * 100) }
        func table(_ title: String, _ rows: [String: Rate]) -> [String] {
            [title] + rows.sorted { $0.key < $1.key }.map {
                "  \($0.key.padding(toLength: 34, withPad: " ", startingAt: 0)) \(pct($0.value.rate).leftPad(7))  (\($0.value.hits)/\($0.value.total))"
            }
        }
        var out = [
            "Lines \(lines): TP \(truePositives)  FP \(falsePositives)  FN \(falseNegatives)  TN \(trueNegatives)",
            String(format: "Listing level: precision %.4f  recall %.4f  F1 %.4f", precision, recall, f1),
            "False alarms on hard negatives: \(pct(hardNegativeFalseAlarms.rate)) (\(hardNegativeFalseAlarms.hits)/\(hardNegativeFalseAlarms.total))",
            "",
        ]
        out += table("Recall per signal:", signalRecall) + [""]
        out += table("Precision per signal (on violation lines):", signalPrecision) + [""]
        out += table("Recall per technique:", techniqueRecall) + [""]
        out += table("False alarms per kind of clean line:", cleanFalseAlarms)
        if showCases {
            out.append("")
            out.append("Misses (\(misses.count)):")
            for c in misses {
                out.append("  \(c.id) [\(c.technique)] expected \(c.expected.map(\.rawValue).joined(separator: ",")): \(c.text)")
                for f in c.found { out.append("      weak: \(f.signal.rawValue) \(f.ruleID) “\(f.excerpt)” \(String(format: "%.2f", f.confidence))") }
            }
            out.append("")
            out.append("False alarms (\(falseAlarms.count)):")
            for c in falseAlarms {
                out.append("  \(c.id) [\(c.technique)]: \(c.text)")
                for f in c.found {
                    out.append("      \(f.signal.rawValue) \(f.ruleID) [\(f.span.start),\(f.span.end)) “\(f.excerpt)” → \(f.normalized)")
                }
            }
        }
        return out.joined(separator: "\n")
    }
}

/// A corpus line that cannot be read.
package struct CorpusError: Error, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var reason: String
    package var description: String { "\(file):\(line): \(reason)" }
}

extension String {
    fileprivate func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
