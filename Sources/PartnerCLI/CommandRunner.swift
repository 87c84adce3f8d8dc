import ArgumentParser

/// Runs `partnerctl` with arguments and returns its exit code; used by the executable and by
/// tests, which run commands in-process with a capturing ``Console``.
public enum CommandRunner {
    /// Parses and runs a command line, writing through ``Console/current``.
    ///
    /// - Parameter arguments: The arguments after the program name.
    /// - Returns: The exit code.
    public static func run(_ arguments: [String]) async -> Int32 {
        let console = Console.current
        do {
            var command = try Partnerctl.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let failure as CommandFailure {
            console.err("error: \(failure.message)")
            return failure.exitCode.rawValue
        } catch {
            let code = Partnerctl.exitCode(for: error)
            let message = Partnerctl.fullMessage(for: error)
            if !message.isEmpty {
                console.write(message + "\n", code == .success ? .standardOutput : .standardError)
            }
            return code.rawValue
        }
    }
}
