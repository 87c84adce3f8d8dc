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

/// The lines of a source file, found once and quoted many times.
public struct SourceLines: Sendable {
    private let bytes: [UInt8]
    private let starts: [Int]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.starts = starts
    }

    /// The text of a 1-based line without its line break, or nil past the end of the file.
    ///
    /// Bytes that are not valid UTF-8 are shown as U+FFFD.
    public func text(ofLine line: Int) -> String? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard start <= end else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
