import Crypto
import Foundation
import PartnerYAML

/// Content hashes recorded in saved plans.
enum ContentHash {
    /// `sha256:` and the hex digest of a file's bytes, read where they are (a mapped file is
    /// not copied).
    static func sha256(_ source: SourceFile) -> String {
        source.withUnsafeBytes { bytes in
            "sha256:" + SHA256.hash(data: UnsafeRawBufferPointer(bytes)).map { String(format: "%02x", $0) }.joined()
        }
    }
}
