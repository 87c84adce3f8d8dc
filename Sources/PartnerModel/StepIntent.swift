internal import Crypto
import Foundation

/// A step's intent, journaled by a ledger before the step's first request is sent: which
/// `MS-RequestId` its writes carry. A step retried — in the same apply after a timeout, or in the
/// next apply after a crash — sends the same ids, so the service answers a repeated write from
/// its idempotency cache instead of acting twice.
public struct StepIntent: Hashable, Sendable {
    /// The `MS-RequestId` of the step's first write; later writes of the same step (a profile
    /// update's second section) carry ids derived from it (``requestId(forWrite:)``).
    public var requestId: String
    /// Whether the id was picked up from an unfinished intent of an earlier apply: that attempt
    /// may have acted before its process stopped.
    public var resumed: Bool

    /// Creates an intent.
    public init(requestId: String, resumed: Bool) {
        self.requestId = requestId
        self.resumed = resumed
    }

    /// The request id of the step's write number `write` (from 0): the intent's own for the
    /// first, a UUID derived from it (SHA-256) for the rest, so every retry derives the same.
    public func requestId(forWrite write: Int) -> String {
        guard write > 0 else { return requestId }
        var bytes = Array(SHA256.hash(data: Data("\(requestId)#\(write)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0f) | 0x50  // version 5 (name-based)
        bytes[8] = (bytes[8] & 0x3f) | 0x80  // RFC 4122 variant
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(
                hex[
                    hex.index(
                        hex.startIndex, offsetBy: range.lowerBound)..<hex.index(
                            hex.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }

    /// What makes two steps of different applies the same step: kind, target (case-insensitive)
    /// and role, as `user.create|li.wei@contoso.cn|`.
    public static func key(of step: PlanStep) -> String {
        [step.kind.rawValue, step.target.lowercased(), step.role?.rawValue ?? ""].joined(separator: "|")
    }

    /// How long an unfinished intent is picked up by later applies: about as long as a service
    /// can be expected to remember a request id (the real window is undocumented; `serve` keeps
    /// answers a day).
    public static let resumeWindow: Duration = .seconds(24 * 3600)
}
