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
