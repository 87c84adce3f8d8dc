import Foundation
import PartnerModel

/// A file a command writes its result to (`plan --out`, `export -o`), checked before anything
/// changes: never the store (or its -wal/-shm files), never the configuration being read, never
/// a directory, a link or any file that is not a regular file or a character device.
///
/// `-` is standard output; a character device (`/dev/stdout`, a terminal) gets plain writes; a
/// regular file is replaced whole (a new temporary file, private or not from its first byte,
/// renamed into place), so a reader never sees half a file.
struct FileOutput {
    /// The path as given.
    let path: String
    private let protected: [(path: String, what: String)]

    /// Checks a destination.
    ///
    /// - Parameters:
    ///   - path: The path as the user gave it.
    ///   - protecting: Files this command must not write over (the store's, the configuration),
    ///     each with what it is, for the message.
    /// - Throws: A ``CommandFailure`` saying what the path is and why it is refused.
    init(_ path: String, protecting: [(path: String, what: String)]) throws {
        self.path = path
        protected = protecting
        _ = try kind()
    }

    private enum Kind { case standardOutput, device, file }

    private func kind() throws -> Kind {
        if path == "-" { return .standardOutput }
        guard !path.isEmpty else { throw CommandFailure("the output path is empty", exitCode: ExitStatus.usage) }
        var status = stat()
        guard lstat(path, &status) == 0 else {
            guard errno == ENOENT else { throw failure(String(cString: strerror(errno))) }
            let folder = (path as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isDirectory),
                isDirectory.boolValue
            else { throw failure("the folder '\(DisplayText.escaped(folder))' does not exist") }
            return .file
        }
        switch status.st_mode & S_IFMT {
        case S_IFCHR: return .device
        case S_IFDIR: throw failure("it is a directory")
        case S_IFLNK: throw failure("it is a symbolic link; name the file it points to")
        case S_IFREG: break
        default: throw failure("it is not a regular file")
        }
        for file in protected {
            var other = stat()
            if stat(file.path, &other) == 0, other.st_dev == status.st_dev, other.st_ino == status.st_ino {
                throw failure("it is \(file.what)")
            }
        }
        return .file
    }

    private func failure(_ reason: String) -> CommandFailure {
        CommandFailure("cannot write '\(DisplayText.escaped(path))': \(reason)")
    }

    /// Writes the text: to standard output, to the device, or as a whole new file.
    ///
    /// - Parameter privateMode: Make a new file readable by its owner only (0600).
    func write(_ text: String, privateMode: Bool = false) throws {
        switch try kind() {
        case .standardOutput:
            Console.current.write(text, .standardOutput)
        case .device:
            let descriptor = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
            defer { close(descriptor) }
            try FileDescriptorWriter(descriptor).write(Array(text.utf8)).map { throw failure($0) }
        case .file:
            let folder = (path as NSString).deletingLastPathComponent
            let name = (path as NSString).lastPathComponent
            let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(UUID().uuidString.prefix(8)).partial"
            let descriptor = open(
                temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, privateMode ? 0o600 : 0o666)
            guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
            var problem = FileDescriptorWriter(descriptor).write(Array(text.utf8))
            if problem == nil, fsync(descriptor) != 0 { problem = String(cString: strerror(errno)) }
            close(descriptor)
            if problem == nil, rename(temporary, path) != 0 { problem = String(cString: strerror(errno)) }
            if let problem {
                unlink(temporary)
                throw failure(problem)
            }
        }
    }
}
