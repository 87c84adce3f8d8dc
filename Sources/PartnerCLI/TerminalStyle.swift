/// ANSI styling for text meant for people, or none at all.
struct TerminalStyle {
    /// Whether escape codes are written.
    let enabled: Bool

    /// The style for a stream of the current console.
    static func `for`(_ stream: Console.Stream) -> TerminalStyle {
        TerminalStyle(enabled: Console.current.usesColor(stream))
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "1;31") }
    func yellow(_ text: String) -> String { wrap(text, "1;33") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func cyan(_ text: String) -> String { wrap(text, "36") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
