import Foundation

/// Whether a process of this host still runs.
enum ProcessProbe {
    static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
