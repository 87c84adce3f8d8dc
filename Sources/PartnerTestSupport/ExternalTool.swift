import Foundation

/// A command-line tool a test runs as a separate process (an independent validator, a server).
public struct ExternalTool: Sendable {
    /// The command name, looked up on `PATH`.
    public let name: String

    /// Creates a tool reference.
    public init(_ name: String) {
        self.name = name
    }

    /// Whether the tool is on `PATH`.
    public var isInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { folder in
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
    /// - Returns: The exit status and everything it printed (both streams).
    public func run(_ arguments: [String], in directory: String = Repository.root.path) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
