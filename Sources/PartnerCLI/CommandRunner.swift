import ArgumentParser
import Logging
import PartnerModel
import PartnerText

/// Runs `partnerctl` with arguments and returns its exit code; used by the executable and by
/// tests, which run commands in-process with a capturing ``Console``.
public enum CommandRunner {
    /// Parses and runs a command line, writing through ``Console/current``.
    ///
    /// When a write to the console failed (``Console/outputFailure``), the command's output is
    /// incomplete whatever it returned: the exit code is 1, and one line
    /// `error: cannot write to standard output: …` goes to standard error — except when the
    /// reader closed the pipe (`EPIPE`, `partnerctl history | head -1`), which is not worth a word.
    ///
    /// - Parameter arguments: The arguments after the program name.
    /// - Returns: The exit code.
    public static func run(_ arguments: [String]) async -> Int32 {
        let console = Console.current
        let code = await execute(arguments, console: console)
        guard let failure = console.outputFailure() else { return code }
        if !failure.readerClosed { console.err("error: \(failure)") }
        return ExitStatus.failure.rawValue
    }

    /// Runs a command line and returns its own exit code.
    private static func execute(_ arguments: [String], console: Console) async -> Int32 {
        var language = Language(environment: console.environment)
        do {
            var command = try Partnerctl.parseAsRoot(arguments)
            var configured = console
            let options = (command as? PrintsForPeople)?.outputOptions
            if let options { configured.color = options.color }
            if let chosen = options?.lang { language = chosen }
            configured.language = language
            let level =
                options?.logLevel
                ?? console.environment["PARTNERCTL_LOG"].flatMap { LogLevel(rawValue: $0.lowercased()) }
            ConsoleLogHandler.threshold.withLock { $0 = level.flatMap { Logger.Level(rawValue: $0.rawValue) } }
            try await Console.$current.withValue(configured) {
                if var asyncCommand = command as? AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            }
            return 0
        } catch let failure as CommandFailure {
            console.err(Message("error: \(failure.text)").rendered(in: language))
            return failure.exitCode.rawValue
        } catch let error as StoreError {
            console.err(Message("error: \(error.message)").rendered(in: language))
            return ExitStatus.failure.rawValue
        } catch {
            let code = Partnerctl.exitCode(for: error)
            var message = Partnerctl.fullMessage(for: error)
            // One spelling of the error prefix, ours and the argument parser's alike.
            if message.hasPrefix("Error: ") { message = "error: " + message.dropFirst("Error: ".count) }
            if !message.isEmpty {
                console.write(message + "\n", code == .success ? .standardOutput : .standardError)
            }
            return code.rawValue
        }
    }

    /// Sends the process's logging (swift-log) through partnerctl's handler: called once by the
    /// executable before it runs a command line.
    public static func bootstrapLogging() {
        ConsoleLogHandler.bootstrap()
    }
}
