import ArgumentParser
import PartnerModel

/// `partnerctl check`: is the store intact? For a scheduled job, beside `drift`.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the store is intact.",
        discussion: """
            Reads the store without changing it: its pages undamaged, its tables consistent \
            (known roles, clouds and statuses; every journal entry with its apply), its identity \
            present, and every account readable. Exits 0 when it is sound, 1 when anything is \
            wrong (each problem on a line of its own). 'apply' runs the same check before it \
            changes anything, and refuses a damaged store.
            """
    )

    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        do {
            try await StoreLocator.with(storeOptions.url, access: .readOnly) { store in
                var problems = try await store.integrityProblems()
                let accounts = try await store.accounts()
                for account in accounts {
                    do {
                        _ = try await store.snapshot(tenantId: account.tenantId)
                    } catch {
                        problems.append("account \(account.tenantId): \(error)")
                    }
                }
                let location = StoreURL.redacted(storeOptions.url)
                guard problems.isEmpty else {
                    throw CommandFailure(
                        "\(location) is damaged:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
                            + "\nrestore it from a backup; apply refuses to change it until it is sound")
                }
                let count = accounts.count
                Console.current.out(
                    "\(location) is sound: \(count) account\(count == 1 ? "" : "s"), store \(store.identity).")
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension CheckCommand: PrintsForPeople {}
