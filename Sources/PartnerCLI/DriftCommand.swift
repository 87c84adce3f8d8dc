import ArgumentParser
import PartnerConfig
import PartnerModel
import PartnerPlanner

/// `partnerctl drift`: did anyone change the accounts outside their configuration?
struct DriftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Check accounts for changes made outside their configuration.",
        discussion: """
            Plans each CONFIG against its account without saving or changing anything, then \
            reports. Exits 0 when no account drifted, 2 when any did, 1 when any check failed \
            (an error wins over drift). Never creates a store or enrolls an account.
            """
    )

    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: "The configuration files.")
    var configs: [String] = ["partner.yaml"]

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var inputOptions: InputOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: DriftFormat = .text

    @Option(help: "How many accounts to check at once.")
    var parallelism = 8

    func validate() throws {
        guard parallelism >= 1 else { throw ValidationError("--parallelism must be at least 1") }
    }

    func run() async throws {
        let results: [DriftResult]
        do {
            results = try await StoreLocator.with(storeOptions.url, access: .readOnly, absentLedger: true) { store in
                try await checkAll(store)
            }
        } catch {
            // The store itself could not be opened: every check fails the same way.
            let message = CommandFailure.describe(error)
            results = configs.map { DriftResult(failed: $0, message) }
        }
        let console = Console.current
        switch format {
        case .json:
            let drifted = results.contains { $0.status == .drift }
            console.out(try JSONOutput.encode(DriftReport(drifted: drifted, results: results)))
        case .markdown:
            console.write(DriftRenderer.markdown(results), .standardOutput)
        case .text:
            console.write(DriftRenderer(style: .for(.standardOutput)).text(results), .standardOutput)
        }
        if results.contains(where: { $0.status == .error }) { throw ExitStatus.failure }
        if results.contains(where: { $0.status == .drift }) { throw ExitStatus.changes }
    }

    /// Checks every configuration against one open store, `parallelism` at a time, keeping the
    /// results in the order the files were given.
    private func checkAll(_ store: any AccountStore) async throws -> [DriftResult] {
        let url = StoreURL.redacted(storeOptions.url)
        let limit = inputOptions.limit
        var results = [DriftResult?](repeating: nil, count: configs.count)
        try await withThrowingTaskGroup(of: (Int, DriftResult).self) { group in
            var next = 0
            func launch() {
                let index = next
                let path = configs[index]
                group.addTask { (index, await Self.check(path, store: store, storeURL: url, maxInputSize: limit)) }
                next += 1
            }
            while next < min(parallelism, configs.count) { launch() }
            while let (index, result) = try await group.next() {
                results[index] = result
                if next < configs.count { launch() }
            }
        }
        return results.map { $0! }
    }

    private static func check(_ path: String, store: any AccountStore, storeURL: String, maxInputSize: Int) async
        -> DriftResult
    {
        do {
            let loaded = try ConfigLoader.load(path: path, maxSize: maxInputSize)
            guard let config = loaded.config else {
                let count = loaded.diagnostics.filter { $0.severity == .error }.count
                let first =
                    loaded.diagnostics.first.map {
                        ": \(DisplayText.escaped($0.file)):\($0.mark): \(DisplayText.escaped($0.message.description))"
                    } ?? ""
                return DriftResult(
                    failed: path, "invalid configuration (\(count) error\(count == 1 ? "" : "s"))\(first)")
            }
            let session = AccountSession(loaded: loaded, config: config, store: store, storeURL: storeURL)
            let plan = Planner.plan(
                desired: config, current: try await session.snapshot(.fail).state, managesCatalog: store.managesCatalog)
            return DriftResult(
                config: path, account: config.account, status: plan.isEmpty ? .noDrift : .drift,
                summary: plan.summary, steps: plan.steps, warnings: plan.warnings, error: nil)
        } catch {
            return DriftResult(failed: path, CommandFailure.describe(error))
        }
    }
}

extension DriftCommand: PrintsForPeople {}
