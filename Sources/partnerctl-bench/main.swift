import Foundation
import PartnerConfig
import PartnerModel
import PartnerSQLite
import PartnerTestSupport
import PartnerYAML

// Benchmarks for the performance targets in design.md §8. Run in release:
//   swift run -c release partnerctl-bench load [USERS]
//   swift run -c release partnerctl-bench plan [USERS...]
//   swift run -c release partnerctl-bench apply [USERS] [--roles] [--store URL]
//   partnerctl-bench generate USERS FILE / events FILE: the pieces scripts/bench-peers times

/// The fastest of `runs` runs: its wall-clock seconds and the CPU seconds the process spent
/// in it, on all its threads.
func timed(runs: Int, _ body: () -> Void) -> (wall: Double, cpu: Double) {
    var best = (wall: Double.infinity, cpu: Double.infinity)
    for _ in 0..<runs {
        let cpuStart = processCPUSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if wall < best.wall { best = (wall, processCPUSeconds() - cpuStart) }
    }
    return best
}

/// What the process has used so far.
func processUsage() -> rusage {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage
}

/// The CPU seconds (user and system) the process has spent so far.
func processCPUSeconds() -> Double {
    let usage = processUsage()
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// The process's peak resident memory, in MiB.
func peakMemoryMiB() -> Double {
    Double(processUsage().ru_maxrss) / 1024
}

/// Runs `partnerctl` (the release build beside this benchmark) and measures it.
func timePartnerctl(_ arguments: [String]) -> (seconds: Double, peakMiB: Double, status: Int32) {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "partnerctl"
    ).path
    var pid: pid_t = 0
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
        fatalError("cannot run \(binary); build it with swift build -c release")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xFF)
}

/// Takes the streamed users and does nothing with them: what streaming costs the parser alone.
final class DiscardingSink: YAMLItemSink {
    var key: String { "users" }
    func receive(_ item: YAMLNode, index: Int) {}
}

func benchmarkLoad(users: Int) {
    let text = ConfigGenerator.yaml(users: users)
    let bytes = Array(text.utf8)
    let source = SourceFile(path: "generated.yaml", bytes: bytes)
    let megabytes = Double(bytes.count) / 1_000_000
    print("load + validate: \(users) users, \(String(format: "%.1f", megabytes)) MB of YAML (fastest of 5 runs)")

    var events = 0
    let bare = timed(runs: 5) { events = YAMLParser.countEvents(bytes) ?? 0 }
    let tree = timed(runs: 5) { _ = try? YAMLParser.parse(source) }
    let streamed = timed(runs: 5) { _ = try? YAMLParser.parse(source, streaming: DiscardingSink()) }
    let decoded = timed(runs: 5) { _ = ConfigLoader.parse(source) }
    var valid = false
    let full = timed(runs: 5) { valid = ConfigLoader.load(source).isValid }
    precondition(valid, "the generated file must be valid")

    func row(_ name: String, _ seconds: (wall: Double, cpu: Double)) -> String {
        let rate = String(format: "%7.1f MB/s", megabytes / seconds.wall)
        let time = String(format: "%7.1f ms", seconds.wall * 1000)
        let cpu = String(format: "%7.1f ms CPU", seconds.cpu * 1000)
        let ratio = String(format: "%.2f×", seconds.wall / bare.wall)
        return
            "  \(name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(time) \(cpu)  \(rate)  \(ratio) of libyaml"
    }
    print(row("libyaml events only (\(events))", bare))
    print(row("parse into marked nodes", tree))
    print(row("parse, users streamed, not decoded", streamed))
    print(row("parse, users decoded (2 threads)", decoded))
    print(row("load + validate (partnerctl)", full))
    print(String(format: "  peak memory %.0f MiB", peakMemoryMiB()))
    let target = full.wall <= 1.0 && full.wall <= 2 * bare.wall
    print("  target (< 1 s and within 2× of libyaml): \(target ? "met" : "MISSED")")
}

/// A store holding the generated configuration's account with about 1% of it changed by hand,
/// and a catalog of `offers` offers.
func seededStore(users: Int, offers: Int, in folder: String) async throws -> (config: String, store: String, drift: Int)
{
    let configPath = folder + "/partner-\(users).yaml"
    try ConfigGenerator.yaml(users: users).write(toFile: configPath, atomically: true, encoding: .utf8)
    guard let config = try ConfigLoader.load(path: configPath).config else { fatalError("generated config is invalid") }
    var state = AccountState(account: config.account, profile: config.profile)
    let categories = ["azure", "microsoft-365", "office-365", "dynamics-365", "power-platform", "security", "exchange"]
    let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    for index in 0..<offers {
        var id = "CFQ7T"
        var rest = index
        for _ in 0..<7 {
            id.append(alphabet[rest % alphabet.count])
            rest /= alphabet.count
        }
        state.offers.append(Offer(id: id, name: "Offer \(index)", category: categories[index % categories.count]))
    }
    var drift = 0
    for (index, spec) in (config.users ?? []).enumerated() {
        var user = UserState(
            userPrincipalName: spec.userPrincipalName, displayName: spec.displayName, firstName: spec.firstName,
            lastName: spec.lastName, usageLocation: spec.usageLocation, enabled: spec.isEnabled, roles: spec.roles ?? []
        )
        if index % 200 == 7 { user.displayName = "changed by hand"; drift += 1 }
        if index % 200 == 107, let role = user.roles.first, role != .globalAdmin { user.roles.remove(role); drift += 1 }
        state.users[user.key] = user
    }
    for offer in state.offers where offer.category == "dynamics-365" { state.hiddenOffers.insert(offer.id) }
    for offer in state.offers.prefix(offers / 100) where offer.category != "dynamics-365" {
        state.hiddenOffers.insert(offer.id)
        drift += 1
    }
    let storePath = folder + "/store-\(users).db"
    try? FileManager.default.removeItem(atPath: storePath)
    try await SQLiteStore(path: storePath, mode: .create).replaceState(state)
    return (configPath, "sqlite:" + storePath, drift)
}

func benchmarkPlan(sizes: [Int]) async throws {
    let folder = NSTemporaryDirectory() + "partnerctl-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    // PARTNERCTL_BENCH_KEEP=1 keeps the generated files, to profile a run by hand.
    let keep = ProcessInfo.processInfo.environment["PARTNERCTL_BENCH_KEEP"] != nil
    defer { if keep { print("kept \(folder)") } else { try? FileManager.default.removeItem(atPath: folder) } }
    print("plan from the command line: users × 1–3 roles, 20,000 offers, ~1% drift (fastest of 3 runs)")
    var perUser: [Double] = []
    for users in sizes {
        let (config, store, drift) = try await seededStore(users: users, offers: 20_000, in: folder)
        var best = (seconds: Double.infinity, peakMiB: 0.0, status: Int32(0))
        for _ in 0..<3 {
            let run = timePartnerctl(["plan", config, "--store", store, "--detailed-exitcode"])
            if run.seconds < best.seconds { best = run }
        }
        precondition(best.status == 2, "plan should find the drift (exit 2), got \(best.status)")
        perUser.append(best.seconds / Double(users))
        print(
            String(
                format: "  %7d users  %5d changes  %7.2f s  peak %5.0f MiB  %6.2f µs/user", users, drift, best.seconds,
                best.peakMiB, best.seconds / Double(users) * 1e6))
    }
    if let last = perUser.last, let first = perUser.first {
        print(String(format: "  time per user, largest vs smallest: %.2f× (1.0 = linear)", last / first))
    }
}

/// Times `partnerctl apply` of `users` new users (with 1–3 roles each when `roles`) into a new
/// SQLite store, or into `store` (a PostgreSQL URL: pass an empty database).
func benchmarkApply(users: Int, roles: Bool, store: String?) throws {
    let folder = NSTemporaryDirectory() + "partnerctl-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let config = folder + "/partner.yaml"
    try ConfigGenerator.yaml(users: users, roles: roles).write(toFile: config, atomically: true, encoding: .utf8)
    let run = timePartnerctl([
        "apply", config, "--store", store ?? "sqlite:\(folder)/store.db", "--auto-approve",
        "--passwords-out", folder + "/passwords.tsv",
    ])
    precondition(run.status == 0, "apply failed with exit \(run.status)")
    let what = roles ? "user creates and their role grants" : "user creates (+1 grant, profile)"
    let target = store.map { $0.hasPrefix("postgres") ? "PostgreSQL" : $0 } ?? "a new SQLite store"
    print(
        String(
            format: "apply %d %@ to %@: %.2f s, peak %.0f MiB, %.0f users/s", users, what, target, run.seconds,
            run.peakMiB, Double(users) / run.seconds))
}

/// Drift over many accounts in one store: seeds `accounts` accounts of `users` users each with
/// real `partnerctl apply` processes, then times `partnerctl drift` over all their files with no
/// drift, and again after 1% of the accounts were changed by hand.
func benchmarkDriftAtScale(accounts: Int, users: Int, store: String) async throws {
    let folder = NSTemporaryDirectory() + "partnerctl-bench-drift-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let base = ConfigGenerator.yaml(users: users)
    var configs: [String] = []
    for index in 0..<accounts {
        let tenant = String(format: "%08x-0000-4000-8000-%012x", index, index)
        let path = folder + "/account-\(index).yaml"
        try base.replacingOccurrences(of: "8f2f6c2e-0b7a-4c1e-9a59-3d1f2b9a7c10", with: tenant)
            .write(toFile: path, atomically: true, encoding: .utf8)
        configs.append(path)
    }
    let seedStart = DispatchTime.now().uptimeNanoseconds
    try await withThrowingTaskGroup(of: Void.self) { group in
        var next = 0
        func launch() {
            let config = configs[next]
            group.addTask {
                let run = timePartnerctl([
                    "apply", config, "--store", store, "--auto-approve", "--passwords-out", config + ".pw",
                ])
                precondition(run.status == 0, "seeding \(config) failed with exit \(run.status)")
            }
            next += 1
        }
        while next < min(4, configs.count) { launch() }
        while try await group.next() != nil { if next < configs.count { launch() } }
    }
    let seeded = Double(DispatchTime.now().uptimeNanoseconds - seedStart) / 1e9
    print(
        String(
            format: "drift over %d accounts × %d users in %@ (seeded with partnerctl apply in %.0f s)", accounts, users,
            store.hasPrefix("postgres") ? "PostgreSQL" : "SQLite", seeded))
    let clean = timePartnerctl(["drift"] + configs + ["--store", store])
    precondition(clean.status == 0, "expected no drift, got exit \(clean.status)")
    print(
        String(
            format: "  no drift:  %6.2f s  peak %4.0f MiB  %5.1f ms/account", clean.seconds, clean.peakMiB,
            clean.seconds / Double(accounts) * 1000))
    for config in configs.prefix(max(1, accounts / 100)) {
        let manual = config + ".manual.yaml"
        try String(contentsOfFile: config, encoding: .utf8).replacingOccurrences(
            of: "displayName: 王伟0", with: "displayName: 手工"
        )
        .write(toFile: manual, atomically: true, encoding: .utf8)
        precondition(timePartnerctl(["apply", manual, "--store", store, "--auto-approve"]).status == 0)
    }
    let drifted = timePartnerctl(["drift"] + configs + ["--store", store])
    precondition(drifted.status == 2, "expected drift, got exit \(drifted.status)")
    print(
        String(
            format: "  1%% drift: %6.2f s  peak %4.0f MiB  %5.1f ms/account", drifted.seconds, drifted.peakMiB,
            drifted.seconds / Double(accounts) * 1000))
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "load":
    benchmarkLoad(users: arguments.dropFirst().first.flatMap(Int.init) ?? 100_000)
case "plan":
    let sizes = arguments.dropFirst().compactMap(Int.init)
    try await benchmarkPlan(sizes: sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes)
case "apply":
    // partnerctl-bench apply [USERS] [--roles] [--store URL]
    let rest = Array(arguments.dropFirst())
    let store = rest.firstIndex(of: "--store").flatMap { rest.indices.contains($0 + 1) ? rest[$0 + 1] : nil }
    try benchmarkApply(users: rest.first.flatMap(Int.init) ?? 10_000, roles: rest.contains("--roles"), store: store)
case "drift":
    // partnerctl-bench drift [ACCOUNTS] [USERS] [STORE-URL]; PostgreSQL: pass an empty database's URL.
    let rest = Array(arguments.dropFirst())
    let accounts = rest.first.flatMap(Int.init) ?? 1_000
    let users = rest.dropFirst().first.flatMap(Int.init) ?? 50
    let store = rest.dropFirst(2).first ?? "sqlite:" + NSTemporaryDirectory() + "partnerctl-bench-drift-\(getpid()).db"
    try await benchmarkDriftAtScale(accounts: accounts, users: users, store: store)
case "seed":
    // Leaves a generated configuration and its drifted store in a folder, for profiling `plan`.
    let users = arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
    let folder = arguments.dropFirst(2).first ?? FileManager.default.currentDirectoryPath
    let (config, store, drift) = try await seededStore(users: users, offers: 20_000, in: folder)
    print("partnerctl plan \(config) --store \(store)   # \(drift) changes")
case "generate":
    // partnerctl-bench generate USERS FILE [--no-roles]: the generated configuration, for scripts/bench-peers.
    let rest = Array(arguments.dropFirst())
    guard rest.count >= 2, let users = Int(rest[0]) else {
        print("usage: partnerctl-bench generate USERS FILE [--no-roles]")
        exit(64)
    }
    try ConfigGenerator.yaml(users: users, roles: !rest.contains("--no-roles")).write(
        toFile: rest[1], atomically: true, encoding: .utf8)
case "events":
    // partnerctl-bench events FILE: reads the file and runs libyaml's event loop over it, nothing
    // else; the bare parse that scripts/bench-peers times partnerctl against, as a whole process.
    guard let path = arguments.dropFirst().first, let data = FileManager.default.contents(atPath: path) else {
        print("usage: partnerctl-bench events FILE")
        exit(64)
    }
    guard let events = YAMLParser.countEvents(Array(data)) else {
        print("libyaml reported an error")
        exit(1)
    }
    print("\(events) events")
case "profile-load":
    // A loop for `perf record`: loads the same generated file again and again.
    let source = SourceFile(path: "generated.yaml", text: ConfigGenerator.yaml(users: 100_000))
    for _ in 0..<(arguments.dropFirst().first.flatMap(Int.init) ?? 3) { _ = ConfigLoader.load(source) }
default:
    print(
        "usage: partnerctl-bench load [USERS] | plan [USERS...] | apply [USERS] [--roles] [--store URL] | drift [ACCOUNTS] [USERS] [STORE] | seed [USERS] [FOLDER]"
            + " | generate USERS FILE [--no-roles] | events FILE")
    exit(64)
}
