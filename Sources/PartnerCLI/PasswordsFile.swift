import Foundation
import PartnerEngine
import PartnerText
import Synchronization

/// `--passwords-out`: where new users' temporary passwords go, one line each,
/// `userPrincipalName<TAB>password<TAB>status`.
///
/// Opened before the account's lock is taken, so an unusable destination fails before anything
/// changes. A file is new (created 0600 with `O_EXCL` and no link followed: partnerctl never
/// writes into a file it did not make); `-` is standard output and a character device gets
/// plain writes. Lines are written, and a file synced to disk, before their users' create steps
/// run (a run of creates in one write and one sync), with status `pending`; once a step's outcome
/// is known, a file's status is changed in place to `created`, `refused` (the step failed; the
/// password was never used) or `skipped` (the step never ran). On a stream the status stays
/// `pending`. A file that never got a line is removed at the end.
final class PasswordsFile: PasswordRecorder {
    private enum Sink {
        case standardOutput
        case descriptor(Int32, isFile: Bool)
    }

    /// The path as given.
    let path: String
    private let sink: Sink
    private let state = Mutex<(statusOffsets: [String: off_t], count: Int)>(([:], 0))

    /// Opens the destination.
    ///
    /// - Throws: A ``CommandFailure`` when the path is empty, exists (other than as a character
    ///   device), is in a folder that does not exist, or cannot be created.
    init(path: String) throws {
        self.path = path
        if path == "-" {
            sink = .standardOutput
            return
        }
        guard !path.isEmpty else { throw CommandFailure("--passwords-out names no file", exitCode: ExitStatus.usage) }
        var status = stat()
        if lstat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFCHR else {
                throw CommandFailure(
                    Message(
                        "--passwords-out '\(path)' exists; name a new file (partnerctl never writes into a file it did not make)"
                    ),
                    exitCode: ExitStatus.usage)
            }
            let descriptor = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { throw Self.failure(path, errno) }
            sink = .descriptor(descriptor, isFile: false)
            return
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Self.failure(path, errno) }
        sink = .descriptor(descriptor, isFile: true)
    }

    private static func failure(_ path: String, _ code: Int32) -> CommandFailure {
        let folder = (path as NSString).deletingLastPathComponent
        let reason = code == ENOENT ? "the folder '\(folder)' does not exist" : String(cString: strerror(code))
        return CommandFailure("cannot create --passwords-out '\(path)': \(reason)", exitCode: ExitStatus.usage)
    }

    /// How many passwords were recorded.
    var count: Int { state.withLock { $0.count } }

    func record(_ passwords: [NewPassword]) throws {
        var text = ""
        var offsets: [(String, Int)] = []
        for entry in passwords {
            let line = "\(entry.userPrincipalName)\t\(entry.password)\t"
            offsets.append((entry.userPrincipalName, text.utf8.count + line.utf8.count))
            text += line + NewPassword.Outcome.pending.rawValue + "\n"
        }
        switch sink {
        case .standardOutput:
            Console.current.write(text, .standardOutput)
        case .descriptor(let descriptor, let isFile):
            let start = isFile ? lseek(descriptor, 0, SEEK_END) : 0
            if let problem = FileDescriptorWriter(descriptor).write(Array(text.utf8)) {
                throw PasswordsFileError(problem)
            }
            if isFile {
                guard fdatasync(descriptor) == 0 else { throw PasswordsFileError(String(cString: strerror(errno))) }
                state.withLock { state in
                    for (name, offset) in offsets { state.statusOffsets[name] = start + off_t(offset) }
                }
            }
        }
        state.withLock { $0.count += passwords.count }
    }

    func confirm(userPrincipalName: String, _ outcome: NewPassword.Outcome) throws {
        // A stream cannot be written back to: its lines keep `pending`.
        guard case .descriptor(let descriptor, isFile: true) = sink,
            let offset = state.withLock({ $0.statusOffsets.removeValue(forKey: userPrincipalName) })
        else { return }
        let bytes = Array(outcome.rawValue.utf8)
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, offset) }
        guard written == bytes.count else { throw PasswordsFileError(String(cString: strerror(errno))) }
    }

    /// Syncs and closes the file; removes it when no password was written to it.
    ///
    /// - Returns: Whether the destination holds passwords (standard output counts).
    @discardableResult
    func finish() -> Bool {
        guard case .descriptor(let descriptor, let isFile) = sink else { return count > 0 }
        if isFile { fdatasync(descriptor) }
        if isFile, count == 0 {
            // Only the file this process made: the same inode as the open descriptor.
            var mine = stat()
            var there = stat()
            if fstat(descriptor, &mine) == 0, lstat(path, &there) == 0, mine.st_dev == there.st_dev,
                mine.st_ino == there.st_ino
            {
                unlink(path)
            }
        }
        close(descriptor)
        return count > 0
    }
}
