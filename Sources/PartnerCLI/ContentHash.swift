import Crypto
import Foundation

/// Content hashes recorded in saved plans.
enum ContentHash {
    /// `sha256:` and the hex digest of the bytes.
    static func sha256(_ bytes: [UInt8]) -> String {
        "sha256:" + SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
