/// Keeps a database password out of a message without garbling the words around it.
///
/// A password is masked (as `***`) where it stands as a value: a whole token (not part of a
/// longer word, so a password `pass` leaves `password` and `bypass` alone), and, for a password
/// shorter than ``minimumTokenLength``, only a whole token in a value position (after `=` or
/// `:`, as in `password=p` or a URL's `user:p@host`), since a one-letter password would otherwise
/// mask every word `a` of the message.
enum PasswordMask {
    /// The shortest password masked wherever it stands as a whole token.
    static let minimumTokenLength = 4

    /// The message with every occurrence of `password` that stands as a value replaced by `***`.
    static func masking(_ password: String, in message: String) -> String {
        guard !password.isEmpty else { return message }
        var result = ""
        var rest = message[...]
        while let range = rest.range(of: password) {
            let before = range.lowerBound == message.startIndex ? nil : message[message.index(before: range.lowerBound)]
            let after = range.upperBound == message.endIndex ? nil : message[range.upperBound]
            let wholeToken = !isWordCharacter(before) && !isWordCharacter(after)
            let valuePosition = before == nil || before == "=" || before == ":"
            if wholeToken, password.count >= minimumTokenLength || valuePosition {
                result += rest[..<range.lowerBound] + "***"
                rest = rest[range.upperBound...]
            } else {
                let next = message.index(after: range.lowerBound)
                result += rest[..<next]
                rest = rest[next...]
            }
        }
        return result + rest
    }

    /// Whether a character would make a password next to it part of a longer word.
    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "_"
    }
}
