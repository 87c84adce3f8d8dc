import ArgumentParser
import PartnerModel

/// `--tenant ID` for commands that act on one account of a store that may hold several.
struct TenantOption: ParsableArguments {
    @Option(help: ArgumentHelp("The account's tenant id (needed when the store holds several).", valueName: "id"))
    var tenant: String?

    /// The account: the one named, or the store's only one.
    func account(in store: any AccountStore) async throws -> AccountIdentity {
        let accounts = try await store.accounts()
        if let tenant {
            guard let account = accounts.first(where: { $0.tenantId == tenant.lowercased() }) else {
                throw CommandFailure(StoreError.notEnrolled(tenantId: tenant).message)
            }
            return account
        }
        guard accounts.count == 1, let only = accounts.first else {
            throw CommandFailure(
                accounts.isEmpty
                    ? "the store holds no account"
                    : "the store holds \(accounts.count) accounts; name one with --tenant "
                        + "(\(accounts.map { DisplayText.escaped($0.tenantId) }.joined(separator: ", ")))",
                exitCode: ExitStatus.usage)
        }
        return only
    }
}
