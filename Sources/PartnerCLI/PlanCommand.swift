import ArgumentParser
import Foundation
import PartnerConfig
import PartnerLive
import PartnerModel
import PartnerPlanner
import PartnerText

/// `partnerctl plan`: the changes that would make the account match the configuration.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show the changes that would make the account match the configuration.",
        discussion: """
            Validates CONFIG, reads the account's current state from the store, and prints the \
            plan. Never writes to the store: a store that does not exist yet, or does not hold \
            the account, is planned against as an empty account (said on stderr), which \
            'apply' then creates and enrolls. --out saves the plan, with the configuration's \
            hash, the store and the state's fingerprint, for 'apply --plan'.
            """
    )

    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: "The configuration file.")
    var config = "partner.yaml"

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var inputOptions: InputOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: PlanFormat = .text

    @Option(name: .long, help: ArgumentHelp("Save the plan to this file (JSON) for 'apply --plan'.", valueName: "file"))
    var out: String?

    @Flag(help: "Exit 0 when there are no changes, 2 when there are, 1 on errors.")
    var detailedExitcode = false

    func run() async throws {
        do {
            let output = try out.map {
                try FileOutput(
                    $0,
                    protecting: StoreLocator.files(of: storeOptions.url) + [(config, "the configuration being read")])
            }
            let plan = try await AccountSession.with(
                config: config, storeURL: storeOptions.url, access: .readOnly, readAhead: true,
                maxInputSize: inputOptions.limit
            ) { session in
                let snapshot = try await session.snapshot(.assumeEmpty)
                try await Self.tellAbout(session)
                let plan = Planner.plan(
                    desired: session.config, current: snapshot.state,
                    managesCatalog: session.store?.managesCatalog ?? true)
                // The document (and the state's fingerprint, a hash of every user) only when asked for.
                func document() -> PlanDocument {
                    PlanDocument(plan: plan, session: session, snapshot: snapshot, configPath: config)
                }
                let json = output != nil || format == .json ? try document().json() : ""
                if let output { try output.write(json + "\n") }
                switch format {
                case .json: Console.current.out(json)
                case .markdown: Console.current.write(PlanMarkdown.render(plan), .standardOutput)
                case .text:
                    Console.current.write(PlanRenderer(style: .for(.standardOutput)).render(plan), .standardOutput)
                    if let out {
                        let path = DisplayText.escaped(out)
                        Console.current.out(
                            Message("\nSaved the plan to \(path); apply it with: partnerctl apply --plan \(path)"))
                    }
                }
                if let reason = PlanAudit.massRemoval(plan, policy: session.config.policy, current: snapshot.state) {
                    Console.current.err(
                        Message("warning: apply will refuse this plan without --allow-mass-removal: \(reason)"))
                }
                return plan
            }
            if detailedExitcode, !plan.isEmpty { throw ExitStatus.changes }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Says on stderr what a reader of the plan should know about the store: that it does not
    /// exist yet or lacks the account, or that an apply is running (or died) on the account.
    private static func tellAbout(_ session: AccountSession) async throws {
        let account = session.config.account
        guard let store = session.store else {
            Console.current.err(
                Message(
                    "No store at \(session.storeURL) yet: planned against an empty account; 'partnerctl apply' creates the store and enrolls the account."
                ))
            return
        }
        if session.readAhead == nil, try await store.snapshot(tenantId: account.tenantId) == nil {
            if store is PartnerCenterStore {
                Console.current.err(
                    Message(
                        "The ledger has no record of account \(account.tenantId) yet: planned against the account as Partner Center holds it; 'partnerctl apply' registers it with the ledger."
                    ))
            } else {
                Console.current.err(
                    Message(
                        "The store has no account \(account.tenantId) yet: planned against an empty account; 'partnerctl apply' enrolls it."
                    ))
            }
        }
        if let last = try await store.history(tenantId: account.tenantId, limit: 1).first, last.status == .running {
            Console.current.err(
                Message(
                    "note: an apply by \(last.holder.user)@\(last.holder.host) (pid \(last.holder.pid)) started \(last.startedAt.formatted(.iso8601)) and has not finished; this plan may be out of date when it does."
                ))
        }
    }
}

extension PlanCommand: PrintsForPeople {}
