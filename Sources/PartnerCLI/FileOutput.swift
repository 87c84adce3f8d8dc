import Foundation
import PartnerModel

/// Writes files the way partnerctl promises: complete or not at all, and private where asked.
enum FileOutput {
    /// Writes text atomically (a temporary file renamed into place).
    ///
    /// - Parameter privateMode: Create the file with mode 0600 (passwords, plans).
    static func write(_ text: String, to path: String, privateMode: Bool = false) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
            if privateMode {
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            }
        } catch {
            throw CommandFailure("cannot write '\(DisplayText.escaped(path))': \(DisplayText.escaped(error.localizedDescription))")
        }
    }
}
