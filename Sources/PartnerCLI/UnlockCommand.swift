import ArgumentParser
import PartnerModel
import PartnerText

/// `partnerctl unlock`: breaks a lock whose holder died.
struct UnlockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock",
        abstract: "Break an account lock left by an apply that died.",
        discussion: "The lock id is in the message of the apply that found the lock held (exit 4)."
    )

    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: "The lock's id.")
    var lockId: String

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        do {
            try await StoreLocator.with(storeOptions.url, access: .readWrite) { store in
                let lock = try await store.breakLock(id: lockId)
                let e: (String) -> String = DisplayText.escaped
                Console.current.out(
                    Message(
                        "Broke lock \(e(lock.id)) on tenant \(e(lock.tenantId)), held by \(e(lock.holder.user))@\(e(lock.holder.host)) (pid \(lock.holder.pid), '\(e(lock.holder.command))') since \(lock.acquiredAt.formatted(.iso8601))."
                    ))
            }
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension UnlockCommand: PrintsForPeople {}
