/// A node of a YAML document, with the mark where it starts.
///
/// Nodes are immutable. An alias is resolved to the node its anchor names; the tree shares that
/// node rather than copying it, so a document full of aliases costs no more memory than its text.
/// A node is a reference so that passing subtrees around costs one retain, not a deep copy.
public final class YAMLNode: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
        /// A scalar; see ``YAMLScalar``.
        case scalar(YAMLScalar)
        /// A sequence of nodes, in order.
        case sequence([YAMLNode])
        /// A mapping's entries in the order written. Keys are unique (duplicates are reported).
        case mapping([YAMLPair])
    }

    /// The node's content.
    public let content: Content
    /// Where the node starts.
    public let mark: Mark
    /// The node's explicit tag in full form (`tag:yaml.org,2002:str`), or nil when untagged.
    public let tag: String?
    /// The number of nodes in this subtree with every alias expanded; bounded by the parser.
    let weight: Int

    init(content: Content, mark: Mark, tag: String?, weight: Int) {
        self.content = content
        self.mark = mark
        self.tag = tag
        self.weight = weight
    }

    /// The scalar, when this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The entries, when this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// Whether the node is a null: an empty or `~`/`null` plain scalar, or one tagged `!!null`.
    public var isNull: Bool {
        guard let scalar else { return false }
        if tag == YAMLTag.null { return true }
        guard tag == nil, scalar.style == .plain else { return false }
        switch scalar.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// What the node is, for messages: "a mapping", "a sequence", "null", "a number", "a string" …
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar(let scalar):
            if isNull { return "null" }
            if let tag, tag != YAMLTag.str { return "a value tagged '\(YAMLTag.shortName(tag))'" }
            guard scalar.style == .plain else { return "a string" }
            if scalar.isPlainBoolean { return "a boolean" }
            if scalar.isPlainNumber { return "a number" }
            return "a string"
        }
    }
}

/// One entry of a mapping.
public struct YAMLPair: Sendable {
    /// The key node (a scalar in every well-formed configuration file).
    public let key: YAMLNode
    /// The value node.
    public let value: YAMLNode
}

/// A scalar's text as written, before any typing.
public struct YAMLScalar: Sendable {
    /// How a scalar was written.
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's text after YAML's own unescaping and folding; never typed or guessed.
    public let text: String
    /// How it was written: a plain scalar may be a number, boolean or null; a quoted one never is.
    public let style: Style
    /// Where the scalar ends (one past its last character).
    public let endMark: Mark

    /// Whether this plain scalar reads as a YAML boolean (`true`/`false` and YAML 1.1's `yes`/`no`/`on`/`off`).
    public var isPlainBoolean: Bool {
        guard style == .plain else { return false }
        switch text.lowercased() {
        case "true", "false", "yes", "no", "on", "off", "y", "n": return true
        default: return false
        }
    }

    /// Whether this plain scalar reads as a number.
    public var isPlainNumber: Bool {
        guard style == .plain, let first = text.utf8.first else { return false }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        guard digits.contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".")
        else { return false }
        return Double(String(text.filter { $0 != "_" })) != nil
    }
}

/// The core YAML tags, the only ones a configuration file may use.
public enum YAMLTag {
    /// `!!str`
    public static let str = "tag:yaml.org,2002:str"
    /// `!!null`
    public static let null = "tag:yaml.org,2002:null"
    /// `!!bool`
    public static let bool = "tag:yaml.org,2002:bool"
    /// `!!int`
    public static let int = "tag:yaml.org,2002:int"
    /// `!!float`
    public static let float = "tag:yaml.org,2002:float"
    /// `!!map`
    public static let map = "tag:yaml.org,2002:map"
    /// `!!seq`
    public static let seq = "tag:yaml.org,2002:seq"

    static let core: Set<String> = [str, null, bool, int, float, map, seq]

    /// `!!str` for `tag:yaml.org,2002:str`; other tags unchanged.
    public static func shortName(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }
}
