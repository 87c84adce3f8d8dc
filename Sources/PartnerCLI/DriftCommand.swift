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

    @Argument(help: "The configuration files.")
    var configs: [String] = ["partner.yaml"]

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: DriftFormat = .text

    func run() async throws {
        var results: [DriftResult] = []
        for config in configs {
            results.append(await check(config))
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

    private func check(_ path: String) async -> DriftResult {
        do {
            let loaded = try ConfigLoader.load(path: path)
            guard let config = loaded.config else {
                let count = loaded.diagnostics.filter { $0.severity == .error }.count
                let first = loaded.diagnostics.first.map { ": \($0.file):\($0.mark): \($0.message)" } ?? ""
                return DriftResult(config: path, account: nil, status: .error, summary: nil, steps: nil, warnings: nil,
                                   error: "invalid configuration (\(DiagnosticFormatter.count(count, "error")))\(first)")
            }
            let plan = try await AccountSession.with(config: path, storeURL: storeOptions.url, create: false) { session in
                Planner.plan(desired: config, current: try await session.snapshot(enroll: false).state)
            }
            return DriftResult(config: path, account: config.account.domain, status: plan.isEmpty ? .noDrift : .drift,
                               summary: plan.summary, steps: plan.steps, warnings: plan.warnings, error: nil)
        } catch let failure as CommandFailure {
            return DriftResult(config: path, account: nil, status: .error, summary: nil, steps: nil, warnings: nil,
                               error: failure.message)
        } catch {
            return DriftResult(config: path, account: nil, status: .error, summary: nil, steps: nil, warnings: nil,
                               error: "\(error)")
        }
    }
}

/// The JSON document `drift --format json` prints (`schemas/drift.schema.json`).
struct DriftReport: Encodable {
    let drifted: Bool
    let results: [DriftResult]
}
