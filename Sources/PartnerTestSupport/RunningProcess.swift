import Foundation
import Synchronization

/// A program a test starts and then watches while it runs: its standard error is read line by
/// line on a thread of its own (never `readabilityHandler`, which races on Linux), so a test can
/// wait for a line, signal the process, and wait for it to end, all with generous deadlines.
/// (Unchecked Sendable: `Process` is not marked so; it is only read after `run()`.)
public final class RunningProcess: @unchecked Sendable {
    private final class State: Sendable {
        let value = Mutex<(error: String, ended: Bool)>(("", false))
    }

    private let process: Process
    private let shared = State()

    /// Starts a program; its standard output goes to `standardOutput` (a path), or nowhere.
    ///
    /// - Parameter pauseWhen: Checked by the reading thread each time standard error grows: once
    ///   it holds, the process is stopped (SIGSTOP) at once, whatever the test's own tasks are
    ///   waiting for on a busy machine; the test then signals it and lets it go on (SIGCONT).
    /// - Parameter environment: Variables added to the test's own environment for the program.
    public init(
        _ executable: String, _ arguments: [String], standardOutput: String? = nil,
        environment: [String: String] = [:], pauseWhen: (@Sendable (String) -> Bool)? = nil
    ) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let standardOutput {
            FileManager.default.createFile(atPath: standardOutput, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: standardOutput))
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        let pipe = Pipe()
        process.standardError = pipe
        self.process = process
        try process.run()
        let reader = pipe.fileHandleForReading
        let shared = self.shared
        let pid = process.processIdentifier
        Thread.detachNewThread {
            var paused = pauseWhen == nil
            while true {
                let data = reader.availableData
                if data.isEmpty { break }
                let text = shared.value.withLock { state -> String in
                    state.error += String(decoding: data, as: UTF8.self)
                    return state.error
                }
                if !paused, pauseWhen?(text) == true {
                    kill(pid, SIGSTOP)
                    paused = true
                }
            }
            process.waitUntilExit()
            shared.value.withLock { $0.ended = true }
        }
    }

    /// What the process wrote to standard error so far.
    public var standardError: String { shared.value.withLock { $0.error } }

    /// Whether the process still runs.
    public var isRunning: Bool { !shared.value.withLock { $0.ended } }

    /// The process id.
    public var pid: Int32 { process.processIdentifier }

    /// Waits until `condition` holds for what standard error says, or the process ends, or the
    /// deadline passes (polling every 20 ms).
    ///
    /// - Returns: Whether the condition holds.
    @discardableResult
    public func waitFor(seconds: Double = 120, _ condition: (String) -> Bool) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let (text, ended) = shared.value.withLock { ($0.error, $0.ended) }
            if condition(text) { return true }
            if ended { return false }
            try await Task.sleep(for: .milliseconds(20))
        }
        return condition(standardError)
    }

    /// Sends a signal.
    public func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the process to end (up to `seconds`, then kills it).
    ///
    /// - Returns: The exit status, and whether it ended through a signal.
    public func wait(seconds: Double = 120) async throws -> (status: Int32, signalled: Bool) {
        if try await !waitFor(seconds: seconds, { _ in false }), isRunning { kill(process.processIdentifier, SIGKILL) }
        while isRunning { try await Task.sleep(for: .milliseconds(20)) }
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal)
    }
}
