import Foundation
import SluiceModel

/// One labelled line of an evaluation corpus (the format of shared/corpus/listings.jsonl).
package struct LabelledLine: Sendable, JSONReadable {
    package var id: String
    package var platform: Platform
    package var scene: Scene
    package var actor: Actor
    package var category: String
    package var text: String
    package var label: String
    package var signals: [Signal]
    package var technique: String

    package init(json: JSONValue) throws(JSONError) {
        var f = try JSONFields(json)
        guard f.has("id") else {
            if f.has("listing_id") {
                throw JSONError(.missing, field: "id", "missing — this looks like a listing event, not a corpus line (corpus lines have id, text, label)")
            }
            throw JSONError(.missing, field: "id", "missing")
        }
        id = try f.string("id")
        platform = try f.value("platform", as: Platform.self)
        scene = try f.value("scene", as: Scene.self)
        actor = try f.optionalValue("actor", as: Actor.self) ?? .merchant
        category = try f.optionalString("category") ?? "other"
        text = try f.string("text")
        label = try f.string("label")
        guard label == "violation" || label == "clean" else { throw JSONError(.invalid, field: "label", "expected violation or clean") }
        var signals: [Signal] = []
        for (i, name) in (f.has("signals") ? try f.strings("signals") : []).enumerated() {
            guard let s = Signal(rawValue: name) else { throw JSONError(.invalid, field: "signals[\(i)]", "unknown signal '\(name)'") }
            signals.append(s)
        }
        self.signals = signals
        technique = try f.optionalString("technique") ?? (label == "violation" ? "plain" : "benign")
    }

    package var isViolation: Bool { label == "violation" }
    package var isHardNegative: Bool { technique.hasPrefix("hard_negative") }
}

/// Detection quality on a labelled corpus.
package struct Evaluation: Sendable, JSONWritable {
    package struct Rate: Sendable, JSONWritable {
        package var hits: Int
        package var total: Int
        package var rate: Double { total == 0 ? 0 : Double(hits) / Double(total) }

        package func write(to w: inout JSONWriter) {
            w.beginObject(); w.field("hits", hits); w.field("total", total); w.field("rate", (rate * 10_000).rounded() / 10_000); w.endObject()
        }
    }

    package struct Case: Sendable, JSONWritable {
        package var id: String
        package var technique: String
        package var text: String
        package var expected: [Signal]
        package var found: [Finding]

        package func write(to w: inout JSONWriter) {
            w.beginObject()
            w.field("id", id); w.field("technique", technique); w.field("text", text); w.field("expected", expected); w.field("found", found)
            w.endObject()
        }
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

    package func write(to w: inout JSONWriter) {
        func rates(_ key: StaticString, _ map: [String: Rate]) {
            w.key(key)
            w.beginObject()
            for (k, v) in map.sorted(by: { $0.key < $1.key }) { w.key(k); v.write(to: &w) }
            w.endObject()
        }
        w.beginObject()
        w.field("lines", lines)
        w.field("true_positives", truePositives)
        w.field("false_positives", falsePositives)
        w.field("false_negatives", falseNegatives)
        w.field("true_negatives", trueNegatives)
        w.field("precision", (precision * 10_000).rounded() / 10_000)
        w.field("recall", (recall * 10_000).rounded() / 10_000)
        w.field("f1", (f1 * 10_000).rounded() / 10_000)
        rates("signal_recall", signalRecall)
        rates("signal_precision", signalPrecision)
        rates("technique_recall", techniqueRecall)
        rates("clean_false_alarms", cleanFalseAlarms)
        w.field("hard_negative_false_alarms", hardNegativeFalseAlarms)
        w.field("misses", misses)
        w.field("false_alarms", falseAlarms)
        w.endObject()
    }

    /// Reads a JSON-lines corpus; the error names the line.
    package static func load(path: String) throws -> [LabelledLine] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorpusError(file: path, line: 0, reason: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        var out: [LabelledLine] = []
        for (number, bytes) in JSONLines.lines(of: data) {
            do {
                out.append(try LabelledLine(jsonBytes: bytes))
            } catch {
                throw CorpusError(file: path, line: number, reason: error.description)
            }
        }
        return out
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
                // Precision per signal needs lines that say which signals they expect.
                for s in found where !line.signals.isEmpty {
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
        // With no violation found or expected, precision and recall have nothing to measure.
        func figure(_ v: Double, _ defined: Bool) -> String { defined ? String(format: "%.4f", v) : "n/a" }
        let flagged = truePositives + falsePositives > 0, expected = truePositives + falseNegatives > 0
        var out = [
            "Lines \(lines): TP \(truePositives)  FP \(falsePositives)  FN \(falseNegatives)  TN \(trueNegatives)",
            "Listing level: precision \(figure(precision, flagged))  recall \(figure(recall, expected))  F1 \(figure(f1, flagged && expected))",
            "False alarms on hard negatives: \(pct(hardNegativeFalseAlarms.rate)) (\(hardNegativeFalseAlarms.hits)/\(hardNegativeFalseAlarms.total))",
            "",
        ]
        if signalRecall.isEmpty && signalPrecision.isEmpty {
            out += ["(No line names the signals it expects, so there are no per-signal figures.)", ""]
        } else {
            out += table("Recall per signal:", signalRecall) + [""]
            out += table("Precision per signal (on violation lines):", signalPrecision) + [""]
        }
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
