extension AccountStore {
    /// Stores that keep their accounts' state themselves carry out catalog steps.
    public var managesCatalog: Bool { true }

    /// Stores that keep their accounts' state themselves know no account they did not enroll.
    public func snapshot(unenrolled account: AccountIdentity) async throws -> AccountSnapshot? { nil }
}
