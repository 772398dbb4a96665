import ArgumentParser
import Foundation
import MallocInterposerSwift
import SluiceDetection
import SluiceLoadgen
import SluiceModel

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sluice-bench",
        abstract: "Benchmark the detection library alone on one core: listings/s, MB/s and allocations per listing.",
        discussion: """
            Runs the detector over realistic listings of each --sizes length (characters) for --seconds each, \
            on this thread only. Allocation counts come from the malloc interposer, which the tool preloads by \
            re-executing itself with LD_PRELOAD (set SLUICE_BENCH_NO_PRELOAD=1 to skip counting). Build with \
            -c release: a debug build measures the debugger's code, not ours.
            """)

    @Option(name: .long, parsing: .upToNextOption, help: "Listing lengths in characters.")
    var sizes: [Int] = [50, 300, 3000]

    @Option(name: .long, help: "Seconds to measure each size.")
    var seconds: Double = 3

    @Option(name: .long, help: "Run exactly this many rounds over the sample (256 listings each) instead of --seconds: for instruction counts under valgrind.")
    var rounds: Int?

    @Option(name: .long, help: ArgumentHelp("Rules folder.", valueName: "dir"))
    var rules: String = "pipelines/rules"

    @Option(name: .long, help: "Share of listings that carry a diversion sentence (0 to 1).")
    var diversionRate: Double = 0.3

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @Option(name: .long, help: "Measure only one step: normalize (the normaliser), scan (with the lexicon matcher), sound (with the sound matcher), recognizers (with the number and link recognisers), or all (default).")
    var only: String = "all"

    struct Result: Encodable {
        var size: Int
        var listings: Int
        var seconds: Double
        var listingsPerSecond: Double
        var megabytesPerSecond: Double
        var microsecondsPerListing: Double
        var allocationsPerListing: Double?
        var allocatedBytesPerListing: Double?

        enum CodingKeys: String, CodingKey {
            case size = "size_chars", listings, seconds, listingsPerSecond = "listings_per_s", megabytesPerSecond = "mb_per_s",
                 microsecondsPerListing = "us_per_listing", allocationsPerListing = "allocations_per_listing",
                 allocatedBytesPerListing = "allocated_bytes_per_listing"
        }
    }

    func run() throws {
        let counting = preloadInterposerIfPossible()
        let detector = Detector(rules: try RuleSet.load(directory: rules))
        var results: [Result] = []
        for size in sizes {
            var generator = RealisticText(seed: UInt64(size))
            let texts = (0..<256).map { _ in generator.text(length: size, diversionRate: diversionRate) }
            let bytes = texts.map { $0.utf8.count }
            var sink = 0
            // Warm up.
            for t in texts.prefix(32) { sink &+= detector.detect(text: t, scene: .detail, part: 0, platform: .douyin).count }
            if counting {
                MallocInterposerSwift.reset()
                MallocInterposerSwift.hook()
            }
            var done = 0
            var totalBytes = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let deadline = start + UInt64(seconds * 1e9)
            while rounds.map({ done < $0 * texts.count }) ?? (DispatchTime.now().uptimeNanoseconds < deadline) {
                for (i, t) in texts.enumerated() {
                    if only == "normalize" {
                        sink &+= NormalizedText(t).compact.count
                    } else if only != "all" {
                        sink &+= detector.measureStep(only, text: t)
                    } else {
                        sink &+= detector.detect(text: t, scene: .detail, part: 0, platform: .douyin).count
                    }
                    totalBytes += bytes[i]
                }
                done += texts.count
            }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            var allocations: Double?
            var allocatedBytes: Double?
            if counting {
                MallocInterposerSwift.unhook()
                let stats = MallocInterposerSwift.getStatistics()
                allocations = Double(stats.mallocCount) / Double(done)
                allocatedBytes = Double(stats.mallocBytesCount) / Double(done)
            }
            if sink == -1 { print("") }  // keep the work observable
            results.append(Result(size: size, listings: done, seconds: elapsed, listingsPerSecond: Double(done) / elapsed,
                                  megabytesPerSecond: Double(totalBytes) / elapsed / 1_000_000,
                                  microsecondsPerListing: elapsed / Double(done) * 1e6, allocationsPerListing: allocations,
                                  allocatedBytesPerListing: allocatedBytes))
            FileHandle.standardError.write(Data("  measured \(size)-character listings\n".utf8))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else {
            print("size(chars)   listings/s      MB/s   µs/listing   allocs/listing   bytes/listing")
            for r in results {
                print(String(format: "%11d %12.0f %9.2f %12.2f %16@ %15@", r.size, r.listingsPerSecond, r.megabytesPerSecond,
                             r.microsecondsPerListing, r.allocationsPerListing.map { String(format: "%.1f", $0) } ?? "-",
                             r.allocatedBytesPerListing.map { String(format: "%.0f", $0) } ?? "-"))
            }
        }
    }

    /// Re-executes this process with the malloc interposer preloaded (Linux needs LD_PRELOAD for it to see
    /// every allocation). Returns whether counting is active.
    func preloadInterposerIfPossible() -> Bool {
        let env = ProcessInfo.processInfo.environment
        if env["SLUICE_BENCH_NO_PRELOAD"] != nil { return false }
        if env["SLUICE_BENCH_PRELOADED"] != nil { return true }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let library = ((exe as NSString).deletingLastPathComponent as NSString).appendingPathComponent("libMallocInterposerSwift.so")
        guard FileManager.default.fileExists(atPath: library) else { return false }
        setenv("LD_PRELOAD", library, 1)
        setenv("SLUICE_BENCH_PRELOADED", "1", 1)
        let argv = CommandLine.arguments.map { strdup($0) } + [nil]
        execv(exe, argv)
        return false  // exec failed: run without counting
    }
}
