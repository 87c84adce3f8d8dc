import PartnerModel
import PartnerText
import PartnerYAML

// MARK: - Reading typed values from nodes

/// A mapping whose keys have been checked, read by its allowed keys.
struct Entries {
    let mapping: YAMLMapping
    let allowed: [String]
    /// For each allowed key, the position of its entry; -1 when it is not written.
    let positions: [Int32]

    /// The value of `key`, nil when it is not written.
    subscript(key: String) -> YAMLNode? { position(of: key).map(mapping.value(at:)) }

    /// The entry of `key`, nil when it is not written.
    func pair(_ key: String) -> YAMLPair? { position(of: key).map { mapping[$0] } }

    /// The allowed keys the mapping has.
    var written: Set<String> { Set(allowed.indices.filter { positions[$0] >= 0 }.map { allowed[$0] }) }

    private func position(of key: String) -> Int? {
        guard let index = allowed.firstIndex(of: key), positions[index] >= 0 else { return nil }
        return Int(positions[index])
    }
}

extension ConfigDecoder {
    /// The entries of a mapping by key, after reporting unknown, read-only and missing keys.
    ///
    /// - Parameters:
    ///   - path: The mapping's path for messages; nil for the top level.
    mutating func entries(
        of node: YAMLNode, at path: @autoclosure () -> String?, allowed: [String], readOnly: [String: Message] = [:],
        required: [String] = []
    ) -> Entries? {
        guard let pairs = mapping(node, at: path() ?? "the file") else { return nil }
        var positions = [Int32](repeating: -1, count: allowed.count)
        for position in pairs.indices {
            // Keys are compared as written, without making strings of the ones expected.
            if let index = pairs.keyIndex(at: position, among: allowed) {
                positions[index] = Int32(position)
                continue
            }
            let pair = pairs[position]
            guard let key = keyText(pair.key, in: path() ?? "the file") else { continue }
            if let reason = readOnly[key.value] {
                report(
                    .readOnly, Message("'\(key.value)'\(Self.place(path())) is read-only"), at: key.mark,
                    end: key.endMark, hint: reason)
            } else {
                let hint =
                    suggester.hint(for: key.value, in: allowed)
                    ?? (key.value == "<<"
                        ? Message("merge keys are not supported; write the entries out")
                        : Message("valid keys here: \(allowed.joined(separator: ", "))"))
                report(
                    .unknownKey, Message("unknown key '\(key.value)'\(Self.place(path()))"), at: key.mark,
                    end: key.endMark, hint: hint)
            }
        }
        let found = Entries(mapping: pairs, allowed: allowed, positions: positions)
        for key in required where found[key] == nil {
            let message =
                path().map { Message("'\($0)' is missing required key '\(key)'") }
                ?? Message("missing required key '\(key)'")
            report(.missingKey, message, at: node)
        }
        return found
    }

    /// ` in 'path'`, or nothing at the top level.
    private static func place(_ path: String?) -> Message {
        path.map { Message(" in '\($0)'") } ?? Message(verbatim: "")
    }

    /// A mapping's entries, or nil after reporting that the node is something else.
    mutating func mapping(_ node: YAMLNode, at path: @autoclosure () -> String) -> YAMLMapping? {
        if let pairs = node.mapping { return pairs }
        reportType(node, at: path(), expected: Message("a mapping"))
        return nil
    }

    /// A sequence's items, or nil after reporting that the node is something else.
    mutating func sequence(_ node: YAMLNode, at path: @autoclosure () -> String) -> YAMLSequence? {
        if let items = node.sequence { return items }
        reportType(node, at: path(), expected: Message("a sequence"))
        return nil
    }

    /// A mapping key's text; keys must be scalars.
    mutating func keyText(_ key: YAMLNode, in path: @autoclosure () -> String) -> Located<String>? {
        guard let scalar = key.scalar else {
            report(
                .wrongType, Message("keys in '\(path())' must be plain names, found \(key.kindDescription)"), at: key)
            return nil
        }
        return Located(scalar.text, mark: key.mark, endMark: scalar.endMark)
    }

    /// A scalar's text as written, NFC-normalized and trimmed, for a string field.
    ///
    /// A tag other than `!!str` is an error (`!!int 42` is a number, not text), and a null
    /// (`lastName: Null`) is a missing value, with a hint to quote it when it may be meant as text.
    mutating func string(_ node: YAMLNode, at path: @autoclosure () -> String) -> Located<String>? {
        guard let scalar = node.scalar else {
            reportType(node, at: path(), expected: Message("a string"))
            return nil
        }
        if node.isNull {
            let hint =
                scalar.text.isEmpty || node.tag != nil
                ? Message("give it a value, or remove the key to leave the field unmanaged")
                : Message("'\(scalar.text)' is YAML's null; if it is the value, quote it: \"\(scalar.text)\"")
            report(.missingValue, Message("'\(path())' has no value"), at: node, hint: hint)
            return nil
        }
        // Tags outside the core set are reported by the parser already.
        if let tag = node.tag, tag != YAMLTag.str, YAMLTag.isCore(tag) {
            report(
                .wrongType, Message("'\(path())' must be a string, found \(node.kindDescription)"), at: node,
                hint: Message("remove the tag '\(YAMLTag.shortName(tag))': a string field takes the text as written"))
            return nil
        }
        return Located(Normalization.text(scalar.text), mark: node.mark, endMark: scalar.endMark)
    }

    /// A string field checked against a format, invisible characters and its length bounds.
    mutating func fieldText(
        _ node: YAMLNode, at path: @autoclosure () -> String, format: FieldFormat, maxLength: Int, minLength: Int = 0
    ) -> Located<String>? {
        guard let text = string(node, at: path()) else { return nil }
        if let problem = FormatCheck.problem(with: text.value, format: format) {
            report(.badFormat, Message("'\(path())' is not \(problem): '\(text.value)'"), at: node)
            return nil
        }
        if minLength > 0, text.value.isEmpty {
            report(
                .blankValue, Message("'\(path())' is blank"), at: node,
                hint: Message("Partner Center needs a value here; remove the key to leave the field unmanaged"))
            return nil
        }
        if format == .text, let invisible = FormatCheck.invisibleCharacter(in: text.value) {
            reportInvisible(invisible.scalar, in: node, path: path())
            return nil
        }
        // A character is at least one byte: only long texts need counting.
        let length = text.value.utf8.count <= maxLength ? 0 : text.value.unicodeScalars.count
        if length > maxLength {
            report(
                .tooLong,
                Message("'\(path())' is \(length) characters long; Partner Center accepts at most \(maxLength)"),
                at: node)
            return nil
        }
        return text
    }

    /// Reports an invisible character, at its own column when the scalar is plain and on one line.
    private mutating func reportInvisible(_ scalar: Unicode.Scalar, in node: YAMLNode, path: String) {
        var mark = node.mark
        var end: Mark?
        if let written = node.scalar, written.style == .plain, written.endMark.line == mark.line,
            let offset = written.text.unicodeScalars.firstIndex(of: scalar)
        {
            mark.column += written.text.unicodeScalars.distance(
                from: written.text.unicodeScalars.startIndex, to: offset)
            end = Mark(line: mark.line, column: mark.column + 1)
        }
        report(
            .invisibleCharacter, Message("'\(path)' contains an invisible character, \(FormatCheck.describe(scalar))"),
            at: mark, end: end ?? node.scalar?.endMark,
            hint: Message(
                "delete it: it cannot be seen, but Partner Center stores it and names that differ by it look the same"))
    }

    /// A string checked by a predicate, reporting `expected` when it fails.
    mutating func checked(
        _ text: Located<String>?, at path: @autoclosure () -> String, node: YAMLNode, expected: Message,
        example: String,
        _ isValid: (String) -> Bool
    ) -> Located<String>? {
        guard let text else { return nil }
        guard isValid(text.value) else {
            report(
                .badFormat, Message("'\(path())' is not \(expected): '\(text.value)'"), at: node,
                hint: Message("write \(expected) such as '\(example)'"))
            return nil
        }
        return text
    }

    /// A boolean field: only plain `true` or `false`.
    mutating func bool(_ node: YAMLNode, at path: @autoclosure () -> String) -> Located<Bool>? {
        if let scalar = node.scalar, !node.isNull, node.tag == nil || node.tag == YAMLTag.bool {
            if scalar.style == .plain, scalar.text == "true" || scalar.text == "false" {
                return Located(scalar.text == "true", mark: node.mark, endMark: scalar.endMark)
            }
            let lowered = scalar.text.lowercased()
            let hint: Message
            if scalar.style != .plain, lowered == "true" || lowered == "false" {
                hint = Message("remove the quotes: a quoted value is a string")
            } else if ["yes", "on", "y", "true"].contains(lowered) {
                hint = Message("write true (YAML 1.1 words like '\(scalar.text)' are not booleans here)")
            } else if ["no", "off", "n", "false"].contains(lowered) {
                hint = Message("write false (YAML 1.1 words like '\(scalar.text)' are not booleans here)")
            } else {
                hint = Message("write true or false")
            }
            report(
                .wrongType, Message("'\(path())' must be true or false, found '\(scalar.text)'"), at: node, hint: hint)
            return nil
        }
        reportType(node, at: path(), expected: Message("true or false"))
        return nil
    }

    /// A whole number within a range: plain decimal digits only.
    mutating func integer(
        _ node: YAMLNode, at path: @autoclosure () -> String, in range: ClosedRange<Int>
    ) -> Located<Int>? {
        guard let scalar = node.scalar, !node.isNull, node.tag == nil || node.tag == YAMLTag.int else {
            reportType(node, at: path(), expected: Message("a whole number"))
            return nil
        }
        guard scalar.style == .plain, !scalar.text.isEmpty, scalar.text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let value = Int(scalar.text), range.contains(value)
        else {
            report(
                .badFormat,
                Message(
                    "'\(path())' must be a whole number from \(range.lowerBound) to \(range.upperBound), found '\(scalar.text)'"
                ), at: node)
            return nil
        }
        return Located(value, mark: node.mark, endMark: scalar.endMark)
    }

    /// A sequence of strings.
    mutating func stringList(_ node: YAMLNode, at path: @autoclosure () -> String) -> [Located<String>]? {
        guard let items = sequence(node, at: path()) else { return nil }
        return items.enumerated().compactMap { index, item in string(item, at: "\(path())[\(index)]") }
    }

    /// A value from a fixed set, with a did-you-mean hint.
    mutating func enumValue<E: RawRepresentable & CaseIterable>(
        _: E.Type, _ node: YAMLNode, at path: @autoclosure () -> String
    ) -> E?
    where E.RawValue == String {
        guard let text = string(node, at: path()) else { return nil }
        if let value = E(rawValue: text.value) { return value }
        let names = E.allCases.map(\.rawValue)
        report(
            .badEnumValue,
            Message("'\(path())' must be one of \(names.joined(separator: ", ")); found '\(text.value)'"),
            at: node, hint: suggester.hint(for: text.value, in: names))
        return nil
    }

    // MARK: - Reporting

    mutating func reportType(_ node: YAMLNode, at path: @autoclosure () -> String, expected: Message) {
        if node.isNull {
            report(
                .missingValue, Message("'\(path())' has no value; expected \(expected)"), at: node,
                hint: Message("give it a value, or remove the key"))
        } else {
            report(.wrongType, Message("'\(path())' must be \(expected), found \(node.kindDescription)"), at: node)
        }
    }

    mutating func report(_ code: DiagnosticCode, _ message: Message, at node: YAMLNode, hint: Message? = nil) {
        report(code, message, at: node.mark, end: node.scalar?.endMark, hint: hint)
    }

    mutating func report(
        _ code: DiagnosticCode, _ message: Message, at mark: Mark, end: Mark? = nil, hint: Message? = nil
    ) {
        diagnostics.append(Diagnostic(code: code, message: message, file: file, mark: mark, endMark: end, hint: hint))
    }
}
