import Foundation
import Testing

/// Looks for secrets where they must never be: command outputs, log lines, saved plans, the
/// ledger's files.
enum LiveSecretScan {
    /// The words in `text` shaped like a token `partnerctl serve` issues: 43 base64url
    /// characters standing alone.
    static func tokenShaped(_ text: String) -> [Substring] {
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        return text.split { !alphabet.contains($0) }.filter { $0.count == 43 }
    }

    /// Expects none of `secrets` in any text or file, and no token-shaped word in any text (so
    /// even access tokens the test never saw, redeemed inside a command, are caught).
    static func expectNone(
        of secrets: [String], in texts: [String], files: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let secrets = secrets.filter { !$0.isEmpty }
        for text in texts {
            for secret in secrets {
                #expect(!text.contains(secret), "a secret is in an output or log line", sourceLocation: sourceLocation)
            }
            #expect(
                tokenShaped(text).isEmpty, "a token-shaped word is in: \(text.prefix(300))",
                sourceLocation: sourceLocation)
        }
        for path in files {
            guard let bytes = FileManager.default.contents(atPath: path) else { continue }
            for secret in secrets {
                #expect(
                    bytes.range(of: Data(secret.utf8)) == nil, "a secret is in \(path)", sourceLocation: sourceLocation)
            }
        }
    }
}

extension LiveHarness {
    /// Waits until serve's log satisfies `condition` (serve writes a request's line after its
    /// answer, so a client may have the answer before the line): checked every 20 ms, for up to
    /// a minute.
    func waitForLog(_ condition: ([String]) -> Bool) async throws -> [String] {
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            let lines = logLines.all
            if condition(lines) || ContinuousClock.now > deadline { return lines }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
