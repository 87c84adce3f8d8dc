import PartnerText

/// Finds out, before libyaml reads a byte, whether a file is UTF-8 text, and if not, what it
/// probably is: so that the error names the first bad byte's own column and a GBK file or a
/// UTF-16 file without a byte order mark gets a hint that says so.
enum EncodingCheck {
    /// The UTF-8 byte order mark, which editors on Windows write and which is skipped.
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The length of a UTF-8 byte order mark at the start of `bytes`: 3 or 0.
    static func bomLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The problem with a file's encoding, or nil when it is UTF-8 (with or without a BOM).
    static func problem(in source: SourceFile) -> YAMLError? {
        source.withUnsafeBytes { bytes in
            if let other = otherEncoding(bytes) {
                return YAMLError(
                    code: .encoding, message: Message("the file is \(other) text; save it as UTF-8"),
                    mark: Mark(line: 1, column: 1),
                    hint: Message("for example: iconv -f \(other.split(separator: " ")[0]) -t UTF-8 FILE > FILE.utf8"))
            }
            guard let offset = firstInvalidUTF8(bytes) else { return nil }
            let byte = String(bytes[offset], radix: 16, uppercase: true)
            var hint = Message("save the file as UTF-8")
            if looksLikeGB18030(bytes) {
                hint = Message(
                    "the file looks like GB18030 (GBK) text, the usual legacy encoding for Chinese; convert it: iconv -f GB18030 -t UTF-8 FILE > FILE.utf8"
                )
            }
            return YAMLError(
                code: .encoding, message: Message("the file is not valid UTF-8 text (byte 0x\(byte) here)"),
                mark: source.mark(ofByteOffset: offset), hint: hint)
        }
    }

    /// UTF-16 or UTF-32, told by a byte order mark or by the zero bytes of ASCII text in those
    /// encodings (YAML 1.2 §5.2): nil for anything else.
    private static func otherEncoding(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let n = b.count
        if n >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return "UTF-32BE" }
        if n >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return "UTF-32LE" }
        if n >= 2, b[0] == 0xFE, b[1] == 0xFF { return "UTF-16BE" }
        if n >= 2, b[0] == 0xFF, b[1] == 0xFE { return "UTF-16LE" }
        if n >= 4, b[0] == 0, b[1] == 0, b[2] == 0, b[3] != 0 { return "UTF-32BE (no byte order mark)" }
        if n >= 4, b[0] != 0, b[1] == 0, b[2] == 0, b[3] == 0 { return "UTF-32LE (no byte order mark)" }
        if n >= 2, b[0] == 0, b[1] != 0 { return "UTF-16BE (no byte order mark)" }
        if n >= 2, b[0] != 0, b[1] == 0 { return "UTF-16LE (no byte order mark)" }
        return nil
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629:
    /// no overlong forms, no surrogates, nothing past U+10FFFF), or nil.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            // ASCII eight bytes at a time: most configuration text is.
            while i + 8 <= n {
                let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { return nil }
            let lead = b[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
                i + k < n && range.contains(b[i + k])
            }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return i }
                i += 2
            case 0xE0...0xEF:
                let second: ClosedRange<UInt8> = lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
                guard continuation(1, second), continuation(2) else { return i }
                i += 3
            case 0xF0...0xF4:
                let second: ClosedRange<UInt8> = lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
                guard continuation(1, second), continuation(2), continuation(3) else { return i }
                i += 4
            default:
                return i
            }
        }
        return nil
    }

    /// Whether the bytes read as GB18030 (GBK's superset) with mostly Chinese characters in them:
    /// every non-ASCII byte in a two-byte (`81–FE`, `40–7E|80–FE`) or four-byte (`81–FE 30–39
    /// 81–FE 30–39`) sequence, and most two-byte sequences in GB2312's symbol and hanzi rows
    /// (`A1–F7`, `A1–FE`), which Latin-1 text that happens to pair up rarely is.
    static func looksLikeGB18030(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var pairs = 0
        var chinese = 0
        let n = b.count
        while i < n {
            let lead = b[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            guard (0x81...0xFE).contains(lead), i + 1 < n else { return false }
            let second = b[i + 1]
            if (0x30...0x39).contains(second) {
                guard i + 3 < n, (0x81...0xFE).contains(b[i + 2]), (0x30...0x39).contains(b[i + 3]) else {
                    return false
                }
                i += 4
                continue
            }
            guard (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) else { return false }
            pairs += 1
            if (0xA1...0xF7).contains(lead), (0xA1...0xFE).contains(second) { chinese += 1 }
            i += 2
        }
        return pairs > 0 && chinese * 2 >= pairs
    }
}
