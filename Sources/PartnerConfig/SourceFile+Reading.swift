import Foundation
public import PartnerYAML

extension SourceFile {
    /// Reads a file; `-` reads standard input.
    ///
    /// - Throws: ``ConfigReadError`` naming the path and the reason.
    public init(contentsOf path: String) throws(ConfigReadError) {
        if path == "-" {
            self.init(path: "<stdin>", bytes: Array(FileHandle.standardInput.readDataToEndOfFile()))
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigReadError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw ConfigReadError(path: path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigReadError(path: path, reason: "permission denied")
        }
        self.init(path: path, bytes: Array(data))
    }
}
