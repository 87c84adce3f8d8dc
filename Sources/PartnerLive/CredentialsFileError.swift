import PartnerModel

/// The credentials file could not be read, written or removed: which file and why, with what to
/// do about it.
public struct CredentialsFileError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What is wrong, as a phrase after the file's name ("is a symbolic link").
    public var problem: String
    /// What to do about it.
    public var hint: String

    /// Creates an error.
    public init(path: String, problem: String, hint: String) {
        self.path = path
        self.problem = problem
        self.hint = hint
    }

    /// The error for people, the path escaped.
    public var description: String {
        "the credentials file '\(DisplayText.escaped(path))' \(problem)\nhint: \(hint)"
    }
}
