internal import CYAML
import PartnerText

/// Owns a `yaml_parser_t` and frees it; the one place where libyaml's error state becomes a
/// ``YAMLError``.
final class LibYAMLEvents {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    /// Bytes skipped at the start of the file (a UTF-8 byte order mark), added back to libyaml's
    /// byte offsets.
    private var skipped = 0
    /// What libyaml reads from when the file is mapped.
    private var mappedInput: MappedInput?
    /// Whether `event` holds an event to delete before the next is read.
    private var holdsEvent = false

    init() {
        yaml_parser_initialize(parser)
        // Input must be UTF-8: without this, libyaml would accept UTF-16 by its byte order mark.
        // Forcing the encoding also turns off libyaml's skipping of a UTF-8 byte order mark,
        // so `start` skips it.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// Starts reading `buffer`, which must outlive the parse. When it is a mapped file's
    /// (`mapped`), the pages libyaml has read are let go as it goes.
    func start(_ buffer: UnsafeBufferPointer<UInt8>, mapped: MappedBytes? = nil) {
        skipped = EncodingCheck.bomLength(buffer)
        // libyaml never writes through the input pointer; an empty buffer still needs an address.
        let base = buffer.baseAddress.map { $0 + skipped } ?? UnsafePointer(bitPattern: 1)!
        guard let mapped else {
            yaml_parser_set_input_string(parser, base, buffer.count - skipped)
            return
        }
        let input = MappedInput(bytes: UnsafeBufferPointer(start: base, count: buffer.count - skipped), mapped: mapped)
        mappedInput = input
        // libyaml copies what it reads into its own buffer, so the pages behind can go.
        yaml_parser_set_input(
            parser,
            { data, buffer, size, read in
                guard let data, let buffer, let read else { return 0 }
                let input = Unmanaged<MappedInput>.fromOpaque(data).takeUnretainedValue()
                let count = min(size, input.bytes.count - input.offset)
                if count > 0, let start = input.bytes.baseAddress {
                    buffer.update(from: start + input.offset, count: count)
                }
                input.offset += count
                read.pointee = count
                input.mapped.release(upTo: input.offset)
                return 1
            }, Unmanaged.passUnretained(input).toOpaque())
    }

    func countRemaining() -> Int? {
        var count = 0
        while true {
            guard yaml_parser_parse(parser, event) == 1 else { return nil }
            let type = event.pointee.type
            yaml_event_delete(event)
            count += 1
            if type == YAML_STREAM_END_EVENT { return count }
        }
    }

    /// The next event, nil after the stream's end. The event is valid until the next call.
    func next(in source: SourceFile) throws(YAMLError) -> Event? {
        while true {
            if holdsEvent {
                yaml_event_delete(event)
                holdsEvent = false
            }
            guard yaml_parser_parse(parser, event) == 1 else { throw currentError(in: source) }
            holdsEvent = true
            let e = event.pointee
            let kind: Event.Kind
            var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            var style = YAMLScalar.Style.plain
            var anchor: UnsafePointer<UInt8>?
            var tag: UnsafePointer<UInt8>?
            switch e.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_DOCUMENT_START_EVENT:
                kind = .documentStart
            case YAML_ALIAS_EVENT:
                kind = .alias
                anchor = UnsafePointer(e.data.alias.anchor)
            case YAML_SCALAR_EVENT:
                let data = e.data.scalar
                kind = .scalar
                text = UnsafeBufferPointer(start: data.value, count: data.length)
                style = YAMLScalar.Style(data.style)
                (anchor, tag) = (UnsafePointer(data.anchor), UnsafePointer(data.tag))
            case YAML_SEQUENCE_START_EVENT:
                kind = .sequenceStart
                (anchor, tag) = (UnsafePointer(e.data.sequence_start.anchor), UnsafePointer(e.data.sequence_start.tag))
            case YAML_MAPPING_START_EVENT:
                kind = .mappingStart
                (anchor, tag) = (UnsafePointer(e.data.mapping_start.anchor), UnsafePointer(e.data.mapping_start.tag))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                kind = .collectionEnd
            default:
                // The stream's start and a document's end say nothing a tree needs.
                continue
            }
            return Event(
                kind: kind, mark: Mark(e.start_mark), endMark: Mark(e.end_mark), style: style, text: text,
                anchorName: anchor, tagName: tag)
        }
    }

    private func currentError(in source: SourceFile) -> YAMLError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "unknown problem"
        if p.error == YAML_READER_ERROR {
            // Encodings are checked before libyaml runs, so what is left is a character YAML
            // does not allow in a file (a C0 or C1 control, U+FFFE, U+FFFF).
            let offset = p.problem_offset + skipped
            let mark = source.mark(ofByteOffset: offset)
            var message = Message("the file is not valid YAML text (\(LibYAMLText.message(problem)))")
            if problem == "control characters are not allowed" {
                let decoded = source.withUnsafeBytes { bytes in
                    String(decoding: bytes[min(offset, bytes.count)...].prefix(4), as: UTF8.self).unicodeScalars.first
                }
                message =
                    decoded.map {
                        Message(
                            "control character U+\(String($0.value, radix: 16, uppercase: true).leftPadded(4)) is not allowed"
                        )
                    }
                    ?? Message("control characters are not allowed")
            }
            return YAMLError(
                code: .encoding, message: message, mark: mark,
                hint: Message("remove it, or write it as an escape inside double quotes"))
        }
        if p.error == YAML_MEMORY_ERROR {
            return YAMLError(code: .syntax, message: Message("out of memory"), mark: Mark(line: 1, column: 1))
        }
        let context = p.context.map {
            YAMLError.Context(message: LibYAMLText.message(String(cString: $0)), mark: Mark(p.context_mark))
        }
        return YAMLError(
            code: .syntax, message: LibYAMLText.message(problem), mark: Mark(p.problem_mark), context: context)
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

extension Mark {
    /// Converts libyaml's 0-based mark to a 1-based one; the only place that does.
    init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}

extension YAMLScalar.Style {
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}

/// A mapped file as libyaml reads it: the bytes after any byte order mark, and how far it has
/// read.
private final class MappedInput {
    let bytes: UnsafeBufferPointer<UInt8>
    let mapped: MappedBytes
    var offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>, mapped: MappedBytes) {
        self.bytes = bytes
        self.mapped = mapped
    }
}
