/// Builds the node tree from events, keeping anchors, checking keys, tags and budgets.
struct TreeBuilder {
    /// A collection being built. Frames are mutated in place on the stack, so appending never
    /// copies the items gathered so far.
    private struct Frame {
        let isMapping: Bool
        let mark: Mark
        let anchor: String?
        let tag: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var keyIndex: [String: Mark]?
        var weight = 1

        init(isMapping: Bool, mark: Mark, anchor: String?, tag: String?) {
            self.isMapping = isMapping
            self.mark = mark
            self.anchor = anchor
            self.tag = tag
        }

        var node: YAMLNode {
            YAMLNode(content: isMapping ? .mapping(pairs) : .sequence(items), mark: mark, tag: tag, weight: weight)
        }
    }

    /// Past this many entries a mapping indexes its keys instead of scanning them.
    private static let linearKeyScanLimit = 12

    private let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var aliasExpansion = 0
    private var root: YAMLNode?
    private var documentCount = 0
    private var problems: [YAMLError] = []

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    mutating func consume(_ event: Event) throws(YAMLError) {
        switch event {
        case .documentStart(let mark):
            documentCount += 1
            if documentCount > 1 {
                throw YAMLError(
                    code: .multipleDocuments,
                    message: "the file has more than one YAML document; partnerctl reads one",
                    mark: mark)
            }
        case .documentEnd, .streamEnd:
            break
        case .scalar(let scalar, let mark, let anchor, let tag):
            checkTag(tag, at: mark)
            try add(YAMLNode(content: .scalar(scalar), mark: mark, tag: tag, weight: 1), anchor: anchor)
        case .alias(let name, let mark):
            guard let target = anchors[name] else {
                throw YAMLError(code: .unknownAnchor, message: "alias '*\(name)' names no anchor", mark: mark)
            }
            aliasExpansion = aliasExpansion.addingClamped(target.weight)
            if aliasExpansion > limits.aliasExpansionBudget {
                throw YAMLError(
                    code: .aliasBudget,
                    message: "aliases expand to more than \(limits.aliasExpansionBudget) nodes",
                    mark: mark)
            }
            try add(target, anchor: nil)
        case .sequenceStart(let mark, let anchor, let tag):
            checkTag(tag, at: mark)
            try push(Frame(isMapping: false, mark: mark, anchor: anchor, tag: tag))
        case .mappingStart(let mark, let anchor, let tag):
            checkTag(tag, at: mark)
            try push(Frame(isMapping: true, mark: mark, anchor: anchor, tag: tag))
        case .collectionEnd:
            guard let frame = stack.popLast() else { return }
            try add(frame.node, anchor: frame.anchor)
        }
    }

    func finish() -> YAMLDocument {
        YAMLDocument(root: root, problems: problems)
    }

    private mutating func push(_ frame: Frame) throws(YAMLError) {
        guard stack.count < limits.maxDepth else {
            throw YAMLError(
                code: .nestingDepth, message: "collections are nested deeper than \(limits.maxDepth) levels",
                mark: frame.mark)
        }
        stack.append(frame)
    }

    private mutating func checkTag(_ tag: String?, at mark: Mark) {
        guard let tag, !YAMLTag.core.contains(tag) else { return }
        problems.append(
            YAMLError(
                code: .unsupportedTag,
                message: "tag '\(YAMLTag.shortName(tag))' is not supported; only YAML's core tags (!!str, !!int, !!bool, !!null, !!float, !!map, !!seq) are",
                mark: mark))
    }

    private mutating func add(_ node: YAMLNode, anchor: String?) throws(YAMLError) {
        if let anchor { anchors[anchor] = node }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        stack[top].weight = stack[top].weight.addingClamped(node.weight)
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        stack[top].pendingKey = nil
        guard let text = key.scalar?.text else {
            stack[top].pairs.append(YAMLPair(key: key, value: node))
            return
        }
        if let first = firstMark(of: text, in: &stack[top]) {
            problems.append(
                YAMLError(
                    code: .duplicateKey, message: "duplicate key '\(text)'", mark: key.mark,
                    context: .init(message: "first defined here", mark: first)))
        } else {
            stack[top].pairs.append(YAMLPair(key: key, value: node))
            stack[top].keyIndex?[text] = key.mark
        }
    }

    /// Where a key was first written in a mapping, or nil when it is new. Small mappings are
    /// scanned; larger ones build an index once and keep it.
    private func firstMark(of key: String, in frame: inout Frame) -> Mark? {
        if let index = frame.keyIndex { return index[key] }
        if frame.pairs.count < Self.linearKeyScanLimit {
            return frame.pairs.first { $0.key.scalar?.text == key }?.key.mark
        }
        var index: [String: Mark] = [:]
        for pair in frame.pairs {
            if let text = pair.key.scalar?.text, index[text] == nil { index[text] = pair.key.mark }
        }
        frame.keyIndex = index
        return index[key]
    }
}

extension Int {
    /// Adds without overflowing: sums past `Int.max` stay there.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
