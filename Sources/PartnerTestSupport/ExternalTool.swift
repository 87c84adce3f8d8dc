import Foundation

/// A program a test runs as a separate process: an independent validator, `psql`, the built
/// `partnerctl`, a shell script.
public struct ExternalTool: Sendable {
    /// The command: a name looked up on `PATH`, or a path.
    public let name: String

    /// Creates a reference to a tool on `PATH`, or at a path when `name` contains a `/`.
    public init(_ name: String) {
        self.name = name
    }

    /// Whether the tool is on `PATH` (or, given as a path, is an executable file).
    public var isInstalled: Bool {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) }
        return (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { folder in
            FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)")
        }
    }

    /// Whether tests that need a missing tool must fail rather than be skipped: under CI, a
    /// missing tool means the CI script is broken.
    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// Runs the tool and waits for it.
    ///
    /// The waiting happens on a thread of its own, never on one of Swift concurrency's few shared
    /// threads: a test blocked there would stall every other test running at the same time.
    ///
    /// - Parameters:
    ///   - directory: The working directory; the repository by default.
    ///   - environment: The process's environment; this process's by default.
    /// - Returns: The exit status and everything it printed (both streams).
    public func run(
        _ arguments: [String], in directory: String = Repository.root.path, environment: [String: String]? = nil
    ) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: name.contains("/") ? name : "/usr/bin/env")
        process.arguments = name.contains("/") ? arguments : [name] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let data = output.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: (process.terminationStatus, String(decoding: data, as: UTF8.self)))
            }
        }
    }
}
