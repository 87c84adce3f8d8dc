/// The bytes of one configuration file and the name it is reported under.
public struct SourceFile: Sendable {
    /// Where the bytes are: read into memory, or a file mapped (a large one).
    private enum Storage: Sendable {
        case array([UInt8])
        case mapped(MappedBytes)
    }

    /// The path as the user gave it; diagnostics print it unchanged.
    public let path: String
    private let storage: Storage

    /// Creates a source from bytes already in memory.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        storage = .array(bytes)
    }

    /// Creates a source over a mapped file.
    public init(path: String, mapped: MappedBytes) {
        self.path = path
        storage = .mapped(mapped)
    }

    /// Creates a source from UTF-8 text (tests and generated files).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The file's length in bytes.
    public var count: Int {
        switch storage {
        case .array(let bytes): bytes.count
        case .mapped(let mapped): mapped.count
        }
    }

    /// Whether the file is mapped rather than read into memory.
    public var isMapped: Bool { mapping != nil }

    /// The file's contents, exactly as read; a copy when the file is mapped.
    public var bytes: [UInt8] {
        switch storage {
        case .array(let bytes): bytes
        case .mapped(let mapped): Array(UnsafeBufferPointer(start: mapped.base, count: mapped.count))
        }
    }

    /// Calls `body` with the file's bytes, which may be used during the call only.
    public func withUnsafeBytes<T, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> T) throws(E) -> T {
        switch storage {
        case .array(let bytes):
            // `withUnsafeBufferPointer` does not pass a typed error on: carry it out in a result.
            let outcome = bytes.withUnsafeBufferPointer { buffer in Result { () throws(E) -> T in try body(buffer) } }
            return try outcome.get()
        case .mapped(let mapped):
            return try withExtendedLifetime(mapped) { () throws(E) -> T in
                try body(UnsafeBufferPointer(start: mapped.base, count: mapped.count))
            }
        }
    }

    /// The mapping, when the file is mapped.
    var mapping: MappedBytes? {
        if case .mapped(let mapped) = storage { return mapped }
        return nil
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
        withUnsafeBytes { bytes in
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
}
