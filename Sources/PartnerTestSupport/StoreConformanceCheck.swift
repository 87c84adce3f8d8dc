import PartnerModel
import Testing

/// One behaviour every ``AccountStore`` must have.
public struct StoreConformanceCheck: Sendable, CustomTestStringConvertible {
    /// What the check asserts.
    public let name: String
    /// Runs the check against a fresh, empty store.
    public let run: @Sendable (any AccountStore) async throws -> Void

    public var testDescription: String { name }
}
