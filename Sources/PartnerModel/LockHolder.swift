import Foundation

/// Who holds, or asks for, an account's lock: enough to find them when a lock is stuck.
public struct LockHolder: Hashable, Sendable, Codable {
    /// The user name.
    public var user: String
    /// The machine.
    public var host: String
    /// The process id.
    public var pid: Int32
    /// The command line, as `partnerctl apply …`, with every URL's password removed.
    public var command: String

    /// Creates a holder.
    public init(user: String, host: String, pid: Int32, command: String) {
        self.user = user
        self.host = host
        self.pid = pid
        self.command = command
    }

    /// The current process, running a command line given as its arguments (after the program
    /// name): each argument is redacted before it is recorded (``StoreURL/redacted(_:)``).
    public static func current(arguments: [String]) -> LockHolder {
        current(command: (["partnerctl"] + arguments.map(StoreURL.redacted)).joined(separator: " "))
    }

    /// The current process, running `command` (recorded as given: redact it first).
    public static func current(command: String) -> LockHolder {
        let environment = ProcessInfo.processInfo.environment
        let account = getpwuid(getuid()).flatMap { $0.pointee.pw_name }.map { String(cString: $0) }
        return LockHolder(
            user: environment["USER"] ?? environment["LOGNAME"] ?? account ?? "unknown",
            host: ProcessInfo.processInfo.hostName, pid: ProcessInfo.processInfo.processIdentifier,
            command: command)
    }
}
