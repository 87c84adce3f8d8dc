import Foundation
import PartnerConfig
import PartnerTestSupport
import PartnerYAML

// Benchmarks for the performance targets in design.md §8. Run in release:
//   swift run -c release partnerctl-bench load [USERS]

/// Wall-clock seconds of the fastest of `runs` runs.
func fastest(of runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

/// The process's peak resident memory, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

func benchmarkLoad(users: Int) {
    let text = ConfigGenerator.yaml(users: users)
    let bytes = Array(text.utf8)
    let source = SourceFile(path: "generated.yaml", bytes: bytes)
    let megabytes = Double(bytes.count) / 1_000_000
    print("load + validate: \(users) users, \(String(format: "%.1f", megabytes)) MB of YAML (fastest of 5 runs)")

    var events = 0
    let bare = fastest(of: 5) { events = YAMLParser.countEvents(bytes) ?? 0 }
    let tree = fastest(of: 5) { _ = try? YAMLParser.parse(source) }
    var valid = false
    let full = fastest(of: 5) { valid = ConfigLoader.load(source).isValid }
    precondition(valid, "the generated file must be valid")

    func row(_ name: String, _ seconds: Double) -> String {
        let rate = String(format: "%7.1f MB/s", megabytes / seconds)
        let time = String(format: "%7.1f ms", seconds * 1000)
        let ratio = String(format: "%.2f×", seconds / bare)
        return "  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(time)  \(rate)  \(ratio) of libyaml"
    }
    print(row("libyaml events only (\(events))", bare))
    print(row("parse into marked nodes", tree))
    print(row("load + validate (partnerctl)", full))
    print(String(format: "  peak memory %.0f MiB", peakMemoryMiB()))
    let target = full <= 1.0 && full <= 2 * bare
    print("  target (< 1 s and within 2× of libyaml): \(target ? "met" : "MISSED")")
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "load":
    benchmarkLoad(users: arguments.dropFirst().first.flatMap(Int.init) ?? 100_000)
case "profile-load":
    // A loop for `perf record`: loads the same generated file again and again.
    let source = SourceFile(path: "generated.yaml", text: ConfigGenerator.yaml(users: 100_000))
    for _ in 0..<(arguments.dropFirst().first.flatMap(Int.init) ?? 20) { _ = ConfigLoader.load(source) }
default:
    print("usage: partnerctl-bench load [USERS]")
    exit(64)
}
