import ArgumentParser
import Foundation
import PartnerModel
import PartnerPlanner

/// `partnerctl plan`: the changes that would make the account match the configuration.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show the changes that would make the account match the configuration.",
        discussion: """
            Validates CONFIG, reads the account's current state from the store, and prints the \
            plan. A missing SQLite store is created and the account enrolled (said on stderr). \
            --out saves the plan, with the configuration's hash, the store and the state's \
            fingerprint, for 'apply --plan'.
            """
    )

    @Argument(help: "The configuration file.")
    var config = "partner.yaml"

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp("Save the plan to this file (JSON) for 'apply --plan'.", valueName: "file"))
    var out: String?

    @Flag(help: "Exit 0 when there are no changes, 2 when there are, 1 on errors.")
    var detailedExitcode = false

    func run() async throws {
        do {
            let plan = try await AccountSession.with(
                config: config, storeURL: storeOptions.url, create: true, readAhead: true
            ) { session in
                let snapshot = try await session.snapshot(enroll: true)
                let plan = Planner.plan(desired: session.config, current: snapshot.state)
                let document = PlanDocument(plan: plan, session: session, fingerprint: snapshot.fingerprint, configPath: config)
                if let out {
                    try FileOutput.write(try document.json() + "\n", to: out)
                }
                switch format {
                case .json: Console.current.out(try document.json())
                case .text:
                    Console.current.write(PlanRenderer(style: .for(.standardOutput)).render(plan), .standardOutput)
                    if let out {
                        let path = DisplayText.escaped(out)
                        Console.current.out("\nSaved the plan to \(path); apply it with: partnerctl apply --plan \(path)")
                    }
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
}
