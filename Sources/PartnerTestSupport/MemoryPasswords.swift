public import PartnerEngine
import Synchronization

/// Keeps new users' passwords in memory: one line per event, `UPN pending` when recorded and
/// `UPN OUTCOME` when confirmed, in order.
public final class MemoryPasswords: PasswordRecorder {
    private let recorded = Mutex<[String]>([])

    /// Creates an empty recorder.
    public init() {}

    /// The lines so far.
    public var lines: [String] { recorded.withLock { $0 } }

    public func record(_ passwords: [NewPassword]) throws {
        recorded.withLock { lines in lines += passwords.map { "\($0.userPrincipalName) pending" } }
    }

    public func confirm(userPrincipalName: String, _ outcome: NewPassword.Outcome) throws {
        recorded.withLock { $0.append("\(userPrincipalName) \(outcome.rawValue)") }
    }
}
