import ArgumentParser
import Foundation
import PartnerConfig
import PartnerEngine
import PartnerModel
import PartnerPlanner
import PartnerText

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

    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: "The configuration file (not with --plan).")
    var config: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var inputOptions: InputOptions

    @Option(name: .long, help: ArgumentHelp("Apply this plan, saved by 'plan --out'.", valueName: "file"))
    var plan: String?

    @Flag(help: "Apply without asking for confirmation.")
    var autoApprove = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write new users' temporary passwords to this new file (mode 0600), or '-' for stdout.", valueName: "file"))
    var passwordsOut: String?

    @Option(
        name: .long, help: ArgumentHelp("Seconds to wait for a held account lock (0 to 86400).", valueName: "seconds"))
    var lockTimeout: Double = 5

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Steps run at once (1 to \(Applier.maxParallelism)); sqlite: and postgres: stores take one at a time.",
            valueName: "n"))
    var parallelism: Int = 8

    @Flag(
        help: "Apply a plan that deletes or disables more users, or leaves fewer global admins, than the policy allows."
    )
    var allowMassRemoval = false

    func validate() throws {
        guard (1...Applier.maxParallelism).contains(parallelism) else {
            throw ValidationError("--parallelism must be from 1 to \(Applier.maxParallelism), not \(parallelism)")
        }
        if plan != nil, config != nil {
            throw ValidationError("give either CONFIG or --plan FILE, not both")
        }
        guard lockTimeout.isFinite, (0...86_400).contains(lockTimeout) else {
            throw ValidationError("--lock-timeout must be a number of seconds from 0 to 86400")
        }
    }

    func run() async throws {
        do {
            // The passwords' destination first: one that cannot be written fails before the
            // account's lock is taken and before anything changes.
            let passwords = try passwordsOut.map { try PasswordsFile(path: $0) }
            defer {
                if let passwords, passwords.finish(), passwords.path != "-" {
                    Console.current.err(
                        passwords.count == 1
                            ? Message("Wrote \(passwords.count) temporary password to \(passwords.path).")
                            : Message("Wrote \(passwords.count) temporary passwords to \(passwords.path)."))
                }
            }
            if let plan {
                try await applySaved(plan, passwords: passwords)
            } else {
                try await applyConfig(config ?? "partner.yaml", passwords: passwords)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure(error)
        }
    }

    private func applier(_ store: any AccountStore) -> Applier {
        Applier(
            store: store, holder: .current(arguments: Array(CommandLine.arguments.dropFirst())),
            lockPolicy: LockPolicy(timeout: .milliseconds(Int(lockTimeout * 1000))), delegate: ConsoleApplyDelegate())
    }

    private func applyConfig(_ path: String, passwords: PasswordsFile?) async throws {
        try await AccountSession.with(
            config: path, storeURL: storeOptions.url, access: .create, maxInputSize: inputOptions.limit
        ) { session in
            guard let store = session.store else { return }
            _ = try await session.snapshot(.enroll)
            let applier = applier(store)
            try await applier.withLock(tenantId: session.config.account.tenantId) {
                try await Self.checkIntegrity(store)
                let snapshot = try await session.snapshot(.fail)
                let plan = Planner.plan(
                    desired: session.config, current: snapshot.state, managesCatalog: store.managesCatalog)
                try check(plan, policy: session.config.policy, current: snapshot.state)
                Console.current.write(PlanRenderer(style: .for(.standardOutput)).render(plan), .standardOutput)
                guard !plan.isEmpty else { return }
                try checkPasswordsDestination(plan, passwords)
                try confirm()
                try await execute(plan, from: session.configHash, with: applier, passwords: passwords)
            }
        }
    }

    private func applySaved(_ path: String, passwords: PasswordsFile?) async throws {
        let document = try PlanDocument.read(path: path)
        let url = storeOptions.withLedger(
            storeOptions.store ?? Console.current.environment["PARTNERCTL_STORE"].flatMap { $0.isEmpty ? nil : $0 }
                ?? document.store)
        guard StoreURL.redacted(url) == document.store else {
            throw CommandFailure(
                "the plan was made against \(DisplayText.escaped(document.store)), not \(DisplayText.escaped(StoreURL.redacted(url)))",
                exitCode: ExitStatus.usage)
        }
        try await StoreLocator.with(url, access: .create) { store in
            let plan = document.plan
            let tenantId = plan.account.tenantId
            if let identity = document.storeIdentity, identity != store.identity {
                throw CommandFailure(
                    "the plan was made against another store (identity \(identity)); \(document.store) here is "
                        + "store \(store.identity): plan again against this store", exitCode: ExitStatus.lockedOrStale)
            }
            let applier = applier(store)
            try await applier.withLock(tenantId: tenantId) {
                try await Self.checkIntegrity(store)
                // A plan made before the store existed was made against an unnamed store.
                let identity = document.storeIdentity == nil ? "" : store.identity
                var snapshot = try await store.snapshot(tenantId: tenantId)
                if snapshot == nil {
                    if try await !store.history(tenantId: tenantId, limit: 1).isEmpty {
                        throw StoreError.damaged(
                            "\(document.store) has applies recorded for tenant \(tenantId) but no account")
                    }
                    // Enrolled only when the plan was made against the account as enrolling
                    // makes it (or, for an account that lives outside the store, as it is read
                    // now): never for a plan whose account was edited.
                    let live = try await store.snapshot(unenrolled: plan.account)
                    let enrolled = live?.state ?? AccountSession.enrolled(plan.account)
                    if StateFingerprint.of(enrolled, storeIdentity: identity) == document.fingerprint {
                        try await AccountSession.enroll(plan.account, in: store)
                        snapshot = try await store.snapshot(tenantId: tenantId)
                    }
                }
                guard let snapshot else {
                    throw CommandFailure(
                        "the plan is stale: the store has no account \(DisplayText.escaped(tenantId)) in the state it "
                            + "was planned against; plan again", exitCode: ExitStatus.lockedOrStale)
                }
                let fingerprint = StateFingerprint.of(snapshot.state, storeIdentity: identity)
                guard fingerprint == document.fingerprint else {
                    let differences = StaleCheck.differences(plan, current: snapshot.state)
                    let detail =
                        differences.isEmpty
                        ? "the account changed elsewhere (state \(DisplayText.escaped(document.fingerprint.prefix(19)))… → \(fingerprint.prefix(19))…)"
                        : differences.map { "  - \($0)" }.joined(separator: "\n")
                    throw CommandFailure(
                        "the plan is stale: the account changed since it was planned; plan again\n\(detail)",
                        exitCode: ExitStatus.lockedOrStale)
                }
                try check(plan, policy: document.policy, current: snapshot.state)
                try UnmanagedCatalog.refuse(plan, store: store)
                Console.current.write(PlanRenderer(style: .for(.standardOutput)).render(plan), .standardOutput)
                guard !plan.isEmpty else { return }
                try checkPasswordsDestination(plan, passwords)
                try await execute(plan, from: document.configHash, with: applier, passwords: passwords)
            }
        }
    }

    /// Refuses a damaged store before anything is planned or changed.
    private static func checkIntegrity(_ store: any AccountStore) async throws {
        let problems = try await store.integrityProblems()
        guard problems.isEmpty else {
            throw StoreError.damaged(problems.prefix(5).joined(separator: "; ") + (problems.count > 5 ? "; …" : ""))
        }
    }

    /// Holds a plan to partnerctl's rules: every step valid for the account, the invariants kept,
    /// and no mass removal unless asked for.
    private func check(_ plan: Plan, policy: Policy, current: AccountState) throws {
        let problems = PlanAudit.problems(plan, policy: policy, current: current)
        guard problems.isEmpty else {
            throw CommandFailure(
                Message(
                    "refusing the plan: it breaks partnerctl's rules\n\(problems.map { "  - \($0)" }.joined(separator: "\n"))"
                ))
        }
        if !allowMassRemoval, let reason = PlanAudit.massRemoval(plan, policy: policy, current: current) {
            throw CommandFailure(
                Message("refusing the plan: \(reason); if that is intended, apply again with --allow-mass-removal"))
        }
    }

    /// New users get temporary passwords; they must go somewhere the admin chose.
    private func checkPasswordsDestination(_ plan: Plan, _ passwords: PasswordsFile?) throws {
        let creates = plan.steps.filter { $0.kind == .userCreate }.count
        if creates > 0, passwords == nil {
            throw CommandFailure(ApplierError.passwordsNeeded(creates).message, exitCode: ExitStatus.usage)
        }
    }

    private func confirm() throws {
        guard !autoApprove else { return }
        let console = Console.current
        console.write(
            Message("\nApply these changes to the account? Only 'yes' is accepted: ").localized, .standardError)
        guard let answer = console.readAnswer() else {
            console.err("")
            throw CommandFailure(
                Message("refusing to apply without confirmation: standard input is not a terminal; pass --auto-approve")
            )
        }
        guard answer.trimmingCharacters(in: .whitespaces) == "yes" else {
            throw CommandFailure(Message("apply cancelled; nothing was changed"))
        }
    }

    /// Carries out the plan, recording with the apply the hash of the configuration it was made
    /// from and this partnerctl's version.
    private func execute(_ plan: Plan, from configHash: String, with applier: Applier, passwords: PasswordsFile?)
        async throws
    {
        let signals = StopSignals()
        defer { signals.stop() }
        let console = Console.current
        let origin = ApplyOrigin(configHash: configHash, partnerctlVersion: Partnerctl.version)
        let report = try await applier.execute(
            plan, origin: origin, passwords: passwords, parallelism: parallelism
        ) {
            signals.reason ?? console.outputFailure().map { "\($0)" }
        }
        if let failure = report.failure {
            let failures = [failure] + report.alsoFailed
            Console.current.out("")
            Console.current.out(
                Message(
                    "Apply failed: \(report.done.count) done, \(failures.count) failed, \(report.notStarted.count) not started."
                ))
            for failed in failures {
                Console.current.out(Message("  failed: \(DisplayText.escaped(failed.step.summary)): \(failed.error)"))
            }
            Console.current.out(
                Message("Run 'partnerctl plan' to see what is left; steps already done will not run again."))
            throw ExitStatus.failure
        }
        if let reason = report.stopReason {
            Console.current.out("")
            Console.current.out(
                Message("Apply stopped (\(reason)): \(report.done.count) done, \(report.notStarted.count) not started.")
            )
            Console.current.out(
                Message("Run 'partnerctl plan' to see what is left; steps already done will not run again."))
            throw ExitStatus.failure
        }
        Console.current.out(Message("\nApply complete: \(report.done.count) of \(plan.steps.count) steps done."))
    }
}

extension ApplyCommand: PrintsForPeople {}
