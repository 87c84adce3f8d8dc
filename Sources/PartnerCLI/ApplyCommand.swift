import ArgumentParser
import Foundation
import PartnerEngine
import PartnerModel
import PartnerPlanner

/// `partnerctl apply`: makes the account match the configuration, or carries out a saved plan.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Apply the configuration's changes to the account, or apply a saved plan.",
        discussion: """
            With CONFIG: plans under the account's lock, shows the plan and asks for 'yes' \
            (--auto-approve for CI; without a terminal and without the flag, apply refuses). \
            With --plan FILE: applies exactly that plan, and refuses with exit 4 if the account \
            changed since it was planned. Progress goes to stderr, one line per step; each step \
            commits together with its journal entry, so an interrupted apply loses nothing and \
            the next plan carries on from where it stopped.
            """
    )

    @Argument(help: "The configuration file (not with --plan).")
    var config: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Apply this plan, saved by 'plan --out'.", valueName: "file"))
    var plan: String?

    @Flag(help: "Apply without asking for confirmation.")
    var autoApprove = false

    @Option(name: .long, help: ArgumentHelp(
        "Write new users' temporary passwords to this file (mode 0600), or '-' for stdout.", valueName: "file"))
    var passwordsOut: String?

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for a held account lock.", valueName: "seconds"))
    var lockTimeout: Double = 5

    func validate() throws {
        if plan != nil, config != nil {
            throw ValidationError("give either CONFIG or --plan FILE, not both")
        }
        if lockTimeout < 0 { throw ValidationError("--lock-timeout must not be negative") }
    }

    func run() async throws {
        do {
            if let plan {
                try await applySaved(plan)
            } else {
                try await applyConfig(config ?? "partner.yaml")
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure(error)
        }
    }

    private func applier(_ store: any AccountStore) -> Applier {
        let command = (["partnerctl"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        return Applier(
            store: store, holder: .current(command: command),
            lockPolicy: LockPolicy(timeout: .milliseconds(Int(lockTimeout * 1000))), delegate: ConsoleApplyDelegate())
    }

    private func applyConfig(_ path: String) async throws {
        try await AccountSession.with(config: path, storeURL: storeOptions.url, create: true) { session in
            _ = try await session.snapshot(enroll: true)
            let applier = applier(session.store)
            try await applier.withLock(tenantId: session.config.account.tenantId) {
                let snapshot = try await session.snapshot(enroll: false)
                let plan = Planner.plan(desired: session.config, current: snapshot.state)
                Console.current.write(PlanRenderer(style: .for(.standardOutput)).render(plan), .standardOutput)
                guard !plan.isEmpty else { return }
                try checkPasswordsDestination(plan)
                try confirm()
                try await execute(plan, with: applier)
            }
        }
    }

    private func applySaved(_ path: String) async throws {
        let document = try PlanDocument.read(path: path)
        let url = storeOptions.store ?? Console.current.environment["PARTNERCTL_STORE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? document.store
        guard StoreURL.redacted(url) == document.store else {
            throw CommandFailure(
                "the plan was made against \(document.store), not \(StoreURL.redacted(url))", exitCode: ExitStatus.usage)
        }
        try await StoreLocator.with(url, create: false) { store, _ in
            let plan = document.plan
            let applier = applier(store)
            try await applier.withLock(tenantId: plan.account.tenantId) {
                guard let snapshot = try await store.snapshot(tenantId: plan.account.tenantId) else {
                    throw CommandFailure("\(StoreError.notEnrolled(tenantId: plan.account.tenantId))")
                }
                guard snapshot.fingerprint == document.fingerprint else {
                    let differences = StaleCheck.differences(plan, current: snapshot.state)
                    let detail = differences.isEmpty
                        ? "the account changed elsewhere (state \(document.fingerprint) → \(snapshot.fingerprint))"
                        : differences.map { "  - \($0)" }.joined(separator: "\n")
                    throw CommandFailure(
                        "the plan is stale: the account changed since it was planned; plan again\n\(detail)",
                        exitCode: ExitStatus.lockedOrStale)
                }
                Console.current.write(PlanRenderer(style: .for(.standardOutput)).render(plan), .standardOutput)
                guard !plan.isEmpty else { return }
                try checkPasswordsDestination(plan)
                try await execute(plan, with: applier)
            }
        }
    }

    /// New users get temporary passwords; they must go somewhere the admin chose.
    private func checkPasswordsDestination(_ plan: Plan) throws {
        let creates = plan.steps.filter { $0.kind == .userCreate }.count
        if creates > 0, passwordsOut == nil {
            throw CommandFailure(
                "the plan creates \(creates) user\(creates == 1 ? "" : "s"); pass --passwords-out FILE to receive "
                    + "their temporary passwords (or --passwords-out - to print them)", exitCode: ExitStatus.usage)
        }
    }

    private func confirm() throws {
        guard !autoApprove else { return }
        let console = Console.current
        console.write("\nApply these changes to the account? Only 'yes' is accepted: ", .standardError)
        guard let answer = console.readAnswer() else {
            console.err("")
            throw CommandFailure("refusing to apply without confirmation: standard input is not a terminal; pass --auto-approve")
        }
        guard answer.trimmingCharacters(in: .whitespaces) == "yes" else {
            throw CommandFailure("apply cancelled; nothing was changed")
        }
    }

    private func execute(_ plan: Plan, with applier: Applier) async throws {
        let report = try await applier.execute(plan)
        let created = report.done.filter { $0.kind == .userCreate }.map(\.target)
        if let passwordsOut, !created.isEmpty {
            let lines = created.map { "\($0)\t\(TemporaryPassword.make())\n" }.joined()
            if passwordsOut == "-" {
                Console.current.write(lines, .standardOutput)
            } else {
                try FileOutput.write(lines, to: passwordsOut, privateMode: true)
                Console.current.err("Wrote \(created.count) temporary password\(created.count == 1 ? "" : "s") to \(passwordsOut).")
            }
        }
        guard let failure = report.failure else {
            Console.current.out("\nApply complete: \(report.done.count) of \(plan.steps.count) steps done.")
            return
        }
        Console.current.out("""

            Apply failed: \(report.done.count) done, 1 failed, \(report.notStarted.count) not started.
              failed: \(failure.step.summary): \(failure.error)
            Run 'partnerctl plan' to see what is left; steps already done will not run again.
            """)
        throw ExitStatus.failure
    }
}
