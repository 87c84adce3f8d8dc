import Foundation

/// A held lock on an account: its id (for `partnerctl unlock`), holder and when it was taken.
public struct AccountLock: Hashable, Sendable, Codable {
    /// The lock's id.
    public var id: String
    /// The account's tenant id.
    public var tenantId: String
    /// Who holds it.
    public var holder: LockHolder
    /// When it was taken.
    public var acquiredAt: Date

    /// Creates a lock record.
    public init(id: String, tenantId: String, holder: LockHolder, acquiredAt: Date) {
        self.id = id
        self.tenantId = tenantId
        self.holder = holder
        self.acquiredAt = acquiredAt
    }
}
