import Foundation

/// Where commands write, and what they know about the terminal.
///
/// Commands never print directly: they write through ``Console/current``, which is the process's
/// standard streams when run as `partnerctl`, and a buffer when tests run commands in-process.
public struct Console: Sendable {
    /// One of the two output streams.
    public enum Stream: Sendable {
        /// Results: plans, reports, JSON.
        case standardOutput
        /// Diagnostics, progress and prompts.
        case standardError
    }

    /// Writes text, unchanged, to a stream.
    public var write: @Sendable (String, Stream) -> Void
    /// Whether a stream is a terminal.
    public var isTerminal: @Sendable (Stream) -> Bool
    /// The environment variables commands consult (`NO_COLOR`, `PARTNERCTL_STORE` …).
    public var environment: [String: String]
    /// Reads a line from standard input, if standard input is a terminal a person types at;
    /// nil otherwise (so a prompt without a terminal is a refusal, never consent).
    public var readAnswer: @Sendable () -> String?

    /// Creates a console.
    public init(
        write: @escaping @Sendable (String, Stream) -> Void, isTerminal: @escaping @Sendable (Stream) -> Bool,
        environment: [String: String], readAnswer: @escaping @Sendable () -> String? = { nil }
    ) {
        self.write = write
        self.isTerminal = isTerminal
        self.environment = environment
        self.readAnswer = readAnswer
    }

    /// The process's standard output and error.
    public static let standard = Console(
        write: { text, stream in
            let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
            handle.write(Data(text.utf8))
        },
        isTerminal: { stream in isatty(stream == .standardOutput ? 1 : 2) == 1 },
        environment: ProcessInfo.processInfo.environment,
        readAnswer: { isatty(0) == 1 ? readLine() : nil })

    /// The console commands write to in the current task.
    @TaskLocal public static var current = Console.standard

    /// Whether to colour a stream: only a terminal, and never when `NO_COLOR` is set.
    public func usesColor(_ stream: Stream) -> Bool {
        isTerminal(stream) && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Writes a line to standard output.
    public func out(_ line: String) { write(line + "\n", .standardOutput) }

    /// Writes a line to standard error.
    public func err(_ line: String) { write(line + "\n", .standardError) }
}
