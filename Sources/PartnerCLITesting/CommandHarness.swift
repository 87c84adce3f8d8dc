import PartnerCLI
import Synchronization

/// What a command printed and how it exited.
public struct CommandResult: Sendable {
    /// The exit code.
    public let exitCode: Int32
    /// Everything written to standard output.
    public let standardOutput: String
    /// Everything written to standard error.
    public let standardError: String
}

/// Runs `partnerctl` in-process with a console that captures both streams.
///
/// - Parameters:
///   - arguments: The command line after `partnerctl`.
///   - terminal: Whether the console claims to be a terminal (for colour tests).
///   - environment: The environment the command sees.
public func partnerctl(
    _ arguments: String..., terminal: Bool = false, environment: [String: String] = [:]
) async -> CommandResult {
    await partnerctl(arguments, terminal: terminal, environment: environment)
}

/// Runs `partnerctl` in-process with the arguments as an array.
public func partnerctl(
    _ arguments: [String], terminal: Bool = false, environment: [String: String] = [:]
) async -> CommandResult {
    let buffers = Mutex<(out: String, err: String)>(("", ""))
    let console = Console(
        write: { text, stream in
            buffers.withLock { stream == .standardOutput ? $0.out.append(text) : $0.err.append(text) }
        },
        isTerminal: { _ in terminal },
        environment: environment)
    let code = await Console.$current.withValue(console) { await CommandRunner.run(arguments) }
    let (out, err) = buffers.withLock { $0 }
    return CommandResult(exitCode: code, standardOutput: out, standardError: err)
}
