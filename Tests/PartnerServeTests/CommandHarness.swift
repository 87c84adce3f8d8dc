import Foundation
import PartnerCLI
import Synchronization

/// What a command printed and how it exited.
struct CommandResult {
    let exitCode: Int32
    let standardOutput: String
    let standardError: String
}

/// Runs `partnerctl` in-process with a console that captures both streams, as PartnerCLITests do.
func partnerctl(_ arguments: String..., environment: [String: String] = [:]) async -> CommandResult {
    await partnerctl(arguments: arguments, environment: environment)
}

/// Runs `partnerctl` in-process with an argument list.
func partnerctl(arguments: [String], environment: [String: String] = [:]) async -> CommandResult {
    let buffers = Mutex<(out: String, err: String)>(("", ""))
    let console = Console(
        write: { text, stream in
            buffers.withLock { stream == .standardOutput ? $0.out.append(text) : $0.err.append(text) }
        },
        isTerminal: { _ in false }, environment: environment)
    let code = await Console.$current.withValue(console) { await CommandRunner.run(arguments) }
    let (out, err) = buffers.withLock { $0 }
    return CommandResult(exitCode: code, standardOutput: out, standardError: err)
}
