import Foundation

/// What a running `partnerctl serve` leaves for `partnerctl serve approve`: its URL and the token
/// that guards its admin endpoint, in a file only its owner can read (0600). Removed on exit.
struct ServeStateFile: Codable {
    /// The default place: beside the default store.
    static let defaultPath = ".partnerctl/serve.json"

    /// `http://127.0.0.1:PORT`.
    var url: String
    /// The admin endpoint's bearer token.
    var adminToken: String
    /// The server's TLS certificate, to trust when the URL is `https`.
    var certificatePath: String?

    /// Writes the file, private from its first byte, replacing an older one.
    func write(to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        unlink(path)
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CommandFailure("cannot write the serve state file '\(path)': \(String(cString: strerror(errno)))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: try JSONEncoder().encode(self))
    }

    /// Reads the file a running server wrote.
    static func read(from path: String) throws -> ServeStateFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("no running 'partnerctl serve' found: cannot read '\(path)' (give --state-file)")
        }
        do {
            return try JSONDecoder().decode(ServeStateFile.self, from: data)
        } catch {
            throw CommandFailure("'\(path)' is not a serve state file")
        }
    }
}
