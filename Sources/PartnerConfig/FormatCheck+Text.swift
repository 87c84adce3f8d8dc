public import PartnerModel

extension FormatCheck {
    /// The first character of `text` that no one can see and that changes how text reads or
    /// compares: zero-width spaces and joiners' look-alikes, word joiners, the byte order mark,
    /// and bidirectional controls (`U+202E` can make `moc.nretsew` read as `western.com`).
    ///
    /// Zero-width joiner and non-joiner (U+200C, U+200D) are allowed: Persian, Indic scripts and
    /// emoji sequences need them.
    ///
    /// - Returns: The character and its offset in Unicode scalars, or nil.
    public static func invisibleCharacter(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        // Every character in the set is encoded with one of these lead bytes; most text has none.
        let isLead = { (byte: UInt8) in byte == 0xE2 || byte == 0xEF || byte == 0xD8 || byte == 0xE1 }
        guard
            text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isLead) })
                ?? text.utf8.contains(where: isLead)
        else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where isInvisible(scalar) {
            return (offset, scalar)
        }
        return nil
    }

    /// `U+200B ZERO WIDTH SPACE`, for messages.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return scalar.properties.name.map { "\(code) \($0)" } ?? code
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C, 0x180E:
            return true
        default:
            return false
        }
    }

    /// What is wrong with a value for a field, in the words `validate` uses after
    /// "'field' is …", or nil when `validate` accepts it.
    ///
    /// The checks a single value gets wherever it is written: format, control and invisible
    /// characters, blank text where a value is required, length. `export` uses it to leave out
    /// values a configuration could not hold.
    public static func valueProblem(_ text: String, format: FieldFormat, maxLength: Int, minLength: Int = 0) -> String?
    {
        let text = Normalization.text(text)
        if let problem = problem(with: text, format: format) { return "not \(problem)" }
        if minLength > 0, text.isEmpty { return "blank" }
        if format == .text, let invisible = invisibleCharacter(in: text) {
            return "text with an invisible character (\(describe(invisible.scalar)))"
        }
        if text.utf8.count > maxLength, text.unicodeScalars.count > maxLength {
            return "longer than \(maxLength) characters"
        }
        return nil
    }
}
