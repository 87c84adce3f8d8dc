import ArgumentParser

/// `partnerctl unlock`: breaks a lock whose holder died.
struct UnlockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock",
        abstract: "Break an account lock left by an apply that died.",
        discussion: "The lock id is in the message of the apply that found the lock held (exit 4)."
    )

    @Argument(help: "The lock's id.")
    var lockId: String

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        do {
            try await StoreLocator.with(storeOptions.url, access: .readWrite) { store in
                let lock = try await store.breakLock(id: lockId)
                Console.current.out(
                    "Broke lock \(lock.id) on tenant \(lock.tenantId), held by \(lock.holder.user)@\(lock.holder.host) "
                        + "(pid \(lock.holder.pid), '\(lock.holder.command)') since \(lock.acquiredAt.formatted(.iso8601)).")
            }
        } catch {
            throw CommandFailure(error)
        }
    }
}
