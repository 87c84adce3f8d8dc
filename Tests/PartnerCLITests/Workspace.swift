import Foundation
import PartnerTestSupport

/// A temporary folder with its own SQLite store, for tests that plan and apply.
struct Workspace {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// `--store sqlite:…` for this workspace's store.
    var storeURL: String { "sqlite:\(directory.file("account.db"))" }

    /// A file path inside the workspace.
    func path(_ name: String) -> String { directory.file(name) }

    /// Writes a file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = directory.file(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The contents of a file in the workspace.
    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: directory.file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Copies an example's configuration in, so tests can edit it.
    func copyExample(_ example: String, as name: String = "partner.yaml") throws -> String {
        let text = try String(contentsOfFile: Repository.path(example), encoding: .utf8)
        return try write(name, text)
    }

    func remove() { directory.remove() }
}
