import Foundation
import PartnerModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file `partnerctl login` saves a sign-in to and the `partnercenter:` store reads it from:
/// `$PARTNERCTL_CREDENTIALS`, else `$XDG_CONFIG_HOME/partnerctl/credentials.json`, else
/// `~/.config/partnerctl/credentials.json`.
///
/// Written mode 0600 into a private temporary file (`O_EXCL|O_NOFOLLOW`) in the same folder, then
/// renamed into place, and only over a file partnerctl wrote: a regular file of this user holding
/// a saved sign-in, never a symbolic link. The folder is created mode 0700. Read only when it is a
/// regular file of this user that no one else may read.
public struct CredentialsFile: Sendable {
    /// The file's path.
    public let path: String

    /// Creates the file at a path.
    public init(path: String) { self.path = path }

    /// The file the environment names, or nil when it names none (no `PARTNERCTL_CREDENTIALS`,
    /// `XDG_CONFIG_HOME` or `HOME`).
    public static func located(environment: [String: String]) -> CredentialsFile? {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let path = value("PARTNERCTL_CREDENTIALS") { return CredentialsFile(path: path) }
        if let config = value("XDG_CONFIG_HOME"), config.hasPrefix("/") {
            return CredentialsFile(path: config + "/partnerctl/credentials.json")
        }
        if let home = value("HOME") { return CredentialsFile(path: home + "/.config/partnerctl/credentials.json") }
        return nil
    }

    /// How a removal went.
    public enum Removal: Sendable {
        /// The file was removed; it held this sign-in.
        case removed(SavedSignIn)
        /// There was no file.
        case absent
    }

    private static let loginHint = "run 'partnerctl login' again"

    // MARK: - Reading

    /// The saved sign-in.
    ///
    /// - Returns: nil when there is no file.
    /// - Throws: ``CredentialsFileError`` when the file is a symbolic link, not a regular file,
    ///   another user's, readable by others, or not a partnerctl credentials file.
    public func read() throws -> SavedSignIn? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw failure(Self.openProblem(code), hint: "remove it, then " + Self.loginHint)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw failure("cannot be examined (\(String(cString: strerror(errno))))", hint: Self.loginHint)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw failure("is not a regular file", hint: "remove it, then " + Self.loginHint)
        }
        guard info.st_uid == geteuid() else {
            throw failure("belongs to another user", hint: "remove it, then " + Self.loginHint)
        }
        guard info.st_mode & 0o077 == 0 else {
            throw failure(
                "may be read by others (mode \(String(info.st_mode & 0o777, radix: 8)))",
                hint: "'chmod 600' it, or remove it and " + Self.loginHint)
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while data.count <= 1 << 20 {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else {
                throw failure("cannot be read (\(String(cString: strerror(errno))))", hint: Self.loginHint)
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return try Self.decode(data).orThrow(
            failure("is not a partnerctl credentials file", hint: "remove it, then " + Self.loginHint))
    }

    static func decode(_ data: Data) -> SavedSignIn? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let saved = try? decoder.decode(SavedSignIn.self, from: data), saved.kind == SavedSignIn.kindMarker,
            saved.formatVersion == SavedSignIn.currentFormatVersion
        else { return nil }
        return saved
    }

    // MARK: - Writing

    /// Saves a sign-in, replacing the one saved before.
    ///
    /// - Throws: ``CredentialsFileError`` when the folder cannot be made or the file is there but
    ///   is not one partnerctl wrote; nothing is changed then.
    public func write(_ signIn: SavedSignIn) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try makeFolder(folder.isEmpty ? "." : folder)
        try checkReplaceable()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(signIn) + Data("\n".utf8)
        var random = SystemRandomNumberGenerator()
        let name = (path as NSString).lastPathComponent
        let temporary =
            (folder.isEmpty ? "" : folder + "/") + ".\(name).\(String(random.next(), radix: 16)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw failure(
                "cannot be written: its temporary file could not be created (\(String(cString: strerror(errno))))",
                hint: "check the folder's permissions, or set PARTNERCTL_CREDENTIALS to another path")
        }
        var written = 0
        let ok = data.withUnsafeBytes { bytes -> Bool in
            while written < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return fchmod(descriptor, 0o600) == 0 && fsync(descriptor) == 0
        }
        let problem = ok ? nil : String(cString: strerror(errno))
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            let reason = problem ?? String(cString: strerror(errno))
            unlink(temporary)
            throw failure("cannot be written (\(reason))", hint: "check the folder's permissions and free space")
        }
    }

    /// Refuses to replace a file partnerctl did not write.
    ///
    /// - Throws: ``CredentialsFileError`` when the file is there and is not one partnerctl wrote.
    public func checkReplaceable() throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT { return }
            throw failure("cannot be examined (\(String(cString: strerror(code))))", hint: Self.loginHint)
        }
        let hint = "partnerctl replaces only a credentials file it wrote: move it away, or set PARTNERCTL_CREDENTIALS"
        switch info.st_mode & S_IFMT {
        case S_IFLNK: throw failure("is a symbolic link", hint: hint)
        case S_IFREG: break
        default: throw failure("is not a regular file", hint: hint)
        }
        guard info.st_uid == geteuid() else { throw failure("belongs to another user", hint: hint) }
        let data = FileManager.default.contents(atPath: path) ?? Data()
        guard Self.decode(data) != nil else { throw failure("is not a partnerctl credentials file", hint: hint) }
    }

    /// Makes the folder and any missing parents, each mode 0700.
    private func makeFolder(_ folder: String) throws {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw failure(
                    "cannot be written: '\(DisplayText.escaped(folder))' is not a folder", hint: Self.loginHint)
            }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try makeFolder(parent) }
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
            throw failure(
                "cannot be written: the folder '\(DisplayText.escaped(folder))' could not be made "
                    + "(\(String(cString: strerror(errno))))",
                hint: "set PARTNERCTL_CREDENTIALS to a path in a folder you can write")
        }
    }

    // MARK: - Removing

    /// Removes the saved sign-in.
    ///
    /// - Throws: ``CredentialsFileError`` for a symbolic link, a file that is not regular or
    ///   another user's, or one that is not a partnerctl credentials file; nothing is removed then.
    public func remove() throws -> Removal {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT { return .absent }
            throw failure("cannot be examined (\(String(cString: strerror(code))))", hint: "check its folder")
        }
        let hint = "partnerctl removes only a credentials file it wrote; remove it yourself if it is not needed"
        switch info.st_mode & S_IFMT {
        case S_IFLNK: throw failure("is a symbolic link; it was not removed", hint: hint)
        case S_IFREG: break
        default: throw failure("is not a regular file; it was not removed", hint: hint)
        }
        guard info.st_uid == geteuid() else { throw failure("belongs to another user; it was not removed", hint: hint) }
        guard let saved = Self.decode(FileManager.default.contents(atPath: path) ?? Data()) else {
            throw failure("is not a partnerctl credentials file; it was not removed", hint: hint)
        }
        guard unlink(path) == 0 else {
            throw failure("could not be removed (\(String(cString: strerror(errno))))", hint: "check its folder")
        }
        return .removed(saved)
    }

    // MARK: -

    private func failure(_ problem: String, hint: String) -> CredentialsFileError {
        CredentialsFileError(path: path, problem: problem, hint: hint)
    }

    private static func openProblem(_ code: Int32) -> String {
        code == ELOOP ? "is a symbolic link" : "cannot be opened (\(String(cString: strerror(code))))"
    }
}

extension Optional {
    fileprivate func orThrow(_ error: @autoclosure () -> some Error) throws -> Wrapped {
        guard let value = self else { throw error() }
        return value
    }
}
