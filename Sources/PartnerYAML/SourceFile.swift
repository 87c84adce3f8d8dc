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

    /// The mark of a byte offset: its 1-based line and its column in Unicode scalars, counting
    /// lines as libyaml does (``SourceLines``) and skipping a UTF-8 byte order mark.
    ///
    /// Used where libyaml reports a byte offset rather than a mark (reader errors).
    public func mark(ofByteOffset offset: Int) -> Mark {
        let offset = min(offset, bytes.count)
        var line = 1
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? min(3, offset) : 0
        SourceLines.forEachBreak(in: Array(bytes[..<offset]), from: lineStart) { _, end in
            line += 1
            lineStart = end
        }
        var column = 1
        for byte in bytes[lineStart..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return Mark(line: line, column: column)
    }
}
