/// The lines of a source file, found once and quoted many times.
///
/// Lines end where libyaml ends them, so that a mark's line number names the line quoted: at
/// `\n`, `\r\n`, a lone `\r`, and the Unicode breaks U+0085, U+2028 and U+2029. A UTF-8 byte
/// order mark before the first line is not part of it.
public struct SourceLines: Sendable {
    private let bytes: [UInt8]
    /// For each line, where it starts and where its break starts (byte offsets).
    private let starts: [Int]
    private let ends: [Int]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts: [Int] = []
        var ends: [Int] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        Self.forEachBreak(in: bytes, from: start) { breakStart, breakEnd in
            starts.append(start)
            ends.append(breakStart)
            start = breakEnd
        }
        starts.append(start)
        ends.append(bytes.count)
        self.starts = starts
        self.ends = ends
    }

    /// Calls `body` with the byte range of every line break after `from`, in order.
    static func forEachBreak(in bytes: [UInt8], from: Int, _ body: (Int, Int) -> Void) {
        var i = from
        let n = bytes.count
        while i < n {
            switch bytes[i] {
            case 0x0A:
                body(i, i + 1)
                i += 1
            case 0x0D:
                let end = i + 1 < n && bytes[i + 1] == 0x0A ? i + 2 : i + 1
                body(i, end)
                i = end
            case 0xC2 where i + 1 < n && bytes[i + 1] == 0x85:
                body(i, i + 2)
                i += 2
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                body(i, i + 3)
                i += 3
            default:
                i += 1
            }
        }
    }

    /// The number of lines.
    public var count: Int { starts.count }

    /// The text of a 1-based line without its line break, or nil past the end of the file.
    ///
    /// Bytes that are not valid UTF-8 are shown as U+FFFD.
    public func text(ofLine line: Int) -> String? {
        guard line >= 1, line <= starts.count else { return nil }
        return String(decoding: bytes[starts[line - 1]..<ends[line - 1]], as: UTF8.self)
    }

    /// A window of a line around a column, for quoting long lines.
    public struct Excerpt: Sendable, Hashable {
        /// The characters shown.
        public var text: String
        /// The 1-based column of the window's first character in the line.
        public var firstColumn: Int
        /// Whether the line goes on before the window.
        public var cutBefore: Bool
        /// Whether the line goes on after the window.
        public var cutAfter: Bool
    }

    /// At most `width` characters of a 1-based line, placed so that `column` is in view (a
    /// quarter of the window before it when the line is cut); nil past the end of the file.
    ///
    /// Only the bytes up to the window's end are decoded, so quoting a 50 MB line costs a scan
    /// of it, not a copy.
    public func excerpt(ofLine line: Int, around column: Int, width: Int) -> Excerpt? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        let end = ends[line - 1]
        // Short lines (the usual case) are shown whole.
        if end - start <= width {
            return Excerpt(
                text: String(decoding: bytes[start..<end], as: UTF8.self), firstColumn: 1,
                cutBefore: false, cutAfter: false)
        }
        let firstColumn = max(1, column - width / 4)
        var offset = start
        var current = 1
        while offset < end, current < firstColumn {
            offset += 1
            while offset < end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            current += 1
        }
        var stop = offset
        var shown = 0
        while stop < end, shown < width {
            stop += 1
            while stop < end, bytes[stop] & 0xC0 == 0x80 { stop += 1 }
            shown += 1
        }
        return Excerpt(
            text: String(decoding: bytes[offset..<stop], as: UTF8.self), firstColumn: current,
            cutBefore: offset > start, cutAfter: stop < end)
    }
}
