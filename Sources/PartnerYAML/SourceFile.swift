/// The bytes of one configuration file and the name it is reported under.
public struct SourceFile: Sendable {
    /// The path as the user gave it; diagnostics print it unchanged.
    public let path: String
    /// The file's contents, exactly as read.
    public let bytes: [UInt8]

    /// Creates a source from bytes already in memory.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source from UTF-8 text (tests and generated files).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// An index of the file's lines, for quoting them in diagnostics.
    public func lines() -> SourceLines {
        SourceLines(bytes: bytes)
    }

    /// The mark of a byte offset: its 1-based line and its column in Unicode scalars.
    ///
    /// Used where libyaml reports a byte offset rather than a mark (reader errors).
    public func mark(ofByteOffset offset: Int) -> Mark {
        var line = 1
        var column = 1
        for byte in bytes.prefix(min(offset, bytes.count)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(line: line, column: column)
    }
}
