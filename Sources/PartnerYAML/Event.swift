/// One libyaml event, read in place: its text points into libyaml's own memory and is valid
/// only until the next event is read, so that reading an event allocates nothing.
struct Event {
    /// What the event says.
    enum Kind {
        case documentStart, scalar, alias, sequenceStart, mappingStart, collectionEnd
    }

    let kind: Kind
    /// Where the event's node starts.
    let mark: Mark
    /// Where a scalar ends (one past its last character).
    let endMark: Mark
    /// How a scalar was written.
    let style: YAMLScalar.Style
    /// A scalar's text in UTF-8; empty for other events.
    let text: UnsafeBufferPointer<UInt8>
    /// The anchor a node defines, or the one an alias names, as libyaml wrote it (a C string).
    let anchorName: UnsafePointer<UInt8>?
    /// A node's explicit tag in full, as libyaml wrote it (a C string).
    let tagName: UnsafePointer<UInt8>?

    /// The anchor the node defines, or the alias names.
    var anchor: String? { anchorName.map { String(cString: $0) } }

    /// The node's explicit tag in full form.
    var tag: String? { tagName.map { String(cString: $0) } }
}
