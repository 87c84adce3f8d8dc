import PartnerText

/// libyaml's problem and context texts as messages: the ones a hand-written configuration file
/// meets are translated; any other is shown as libyaml wrote it.
enum LibYAMLText {
    /// The message for a text libyaml wrote.
    static func message(_ text: String) -> Message {
        known[text] ?? Message(verbatim: text)
    }

    private static let known: [String: Message] = Dictionary(
        uniqueKeysWithValues: [
            Message("did not find expected key"),
            Message("did not find expected '-' indicator"),
            Message("did not find expected ',' or ']'"),
            Message("did not find expected ',' or '}'"),
            Message("did not find expected node content"),
            Message("could not find expected ':'"),
            Message("mapping values are not allowed in this context"),
            Message("found character that cannot start any token"),
            Message("found unexpected end of stream"),
            Message("found a tab character that violates indentation"),
            Message("found undefined tag handle"),
            Message("found unknown escape character"),
            Message("block sequence entries are not allowed in this context"),
            Message("control characters are not allowed"),
            Message("while parsing a block mapping"),
            Message("while parsing a block collection"),
            Message("while parsing a flow sequence"),
            Message("while parsing a flow mapping"),
            Message("while parsing a flow node"),
            Message("while parsing a block node"),
            Message("while parsing a node"),
            Message("while scanning a simple key"),
            Message("while scanning a quoted scalar"),
            Message("while scanning a plain scalar"),
            Message("while scanning a block scalar"),
            Message("while scanning an anchor"),
            Message("while scanning an alias"),
            Message("while scanning a tag"),
            Message("while parsing a tag"),
        ].map { ($0.template, $0) })
}
