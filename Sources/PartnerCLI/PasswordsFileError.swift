/// A password could not be written: the system's reason.
struct PasswordsFileError: Error, CustomStringConvertible {
    let description: String

    init(_ reason: String) {
        description = "cannot write the passwords file: \(reason)"
    }
}
