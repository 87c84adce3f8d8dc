import Foundation
public import PartnerText

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
    /// The failed write to either stream, or nil while all writes succeeded (when both streams
    /// failed, standard output's). Safe to call from any thread, at any time.
    ///
    /// After a failure, nothing more is written to that stream; ``CommandRunner`` then ends the
    /// command with exit 1 and one `error: cannot write to …` line. Long work (an apply) asks
    /// ``outputFailed`` between steps so it can stop after the step it is in.
    public var outputFailure: @Sendable () -> OutputFailure?

    /// Whether a write to either stream has failed (see ``outputFailure``). Thread-safe.
    public var outputFailed: Bool { outputFailure() != nil }

    /// Creates a console.
    ///
    /// - Parameters:
    ///   - write: Writes text to a stream.
    ///   - isTerminal: Whether a stream is a terminal.
    ///   - environment: The environment variables commands see.
    ///   - readAnswer: Reads a typed answer; by default there is none.
    ///   - outputFailure: The first failed write; by default writes never fail (test consoles).
    public init(
        write: @escaping @Sendable (String, Stream) -> Void, isTerminal: @escaping @Sendable (Stream) -> Bool,
        environment: [String: String], readAnswer: @escaping @Sendable () -> String? = { nil },
        outputFailure: @escaping @Sendable () -> OutputFailure? = { nil }
    ) {
        self.write = write
        self.isTerminal = isTerminal
        self.environment = environment
        self.readAnswer = readAnswer
        self.outputFailure = outputFailure
    }

    /// The process's standard output and error, written with write(2) (see `DescriptorWriter`).
    ///
    /// Creating it ignores `SIGPIPE` and `SIGXFSZ` for the whole process, so that a reader closing
    /// the pipe or the file size limit (`ulimit -f`) is a failed write that ``outputFailure``
    /// reports, not a signal that kills the process.
    public static let standard: Console = {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        let output = DescriptorWriter(descriptor: STDOUT_FILENO)
        let error = DescriptorWriter(descriptor: STDERR_FILENO)
        return Console(
            write: { text, stream in (stream == .standardOutput ? output : error).write(text) },
            isTerminal: { stream in isatty(stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO) == 1 },
            environment: ProcessInfo.processInfo.environment,
            readAnswer: { isatty(STDIN_FILENO) == 1 ? readLine() : nil },
            outputFailure: {
                if let code = output.error { return OutputFailure(stream: .standardOutput, errorNumber: code) }
                return error.error.map { OutputFailure(stream: .standardError, errorNumber: $0) }
            })
    }()

    /// The console commands write to in the current task.
    @TaskLocal public static var current = Console.standard

    /// `--color`: colour always, never, or as the terminal and the environment say.
    public var color: ColorChoice = .auto

    /// The language of messages for people: `--lang`, else the locale variables
    /// (``Language/init(environment:)``); set by ``CommandRunner`` before a command runs.
    public var language: Language = .english

    /// Whether to colour a stream. `--color always|never` decides; otherwise `FORCE_COLOR` or
    /// `CLICOLOR_FORCE` (set, and not `0`) turn colour on, `NO_COLOR` (set, not empty) turns it
    /// off, and else only a terminal other than `TERM=dumb` gets colour.
    public func usesColor(_ stream: Stream) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: break
        }
        let forced = ["FORCE_COLOR", "CLICOLOR_FORCE"].contains { name in
            environment[name].map { !$0.isEmpty && $0 != "0" } ?? false
        }
        if forced { return true }
        return isTerminal(stream) && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Writes a line to standard output.
    public func out(_ line: String) { write(line + "\n", .standardOutput) }

    /// Writes a line to standard error.
    public func err(_ line: String) { write(line + "\n", .standardError) }

    /// Writes a message to standard output, in the console's language, as a line.
    public func out(_ message: Message) { out(message.rendered(in: language)) }

    /// Writes a message to standard error, in the console's language, as a line.
    public func err(_ message: Message) { err(message.rendered(in: language)) }
}
