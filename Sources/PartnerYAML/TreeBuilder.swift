/// Builds the node tree from events, keeping anchors, checking keys, tags and budgets.
struct TreeBuilder {
    private enum Frame {
        case sequence(items: [YAMLNode], mark: Mark, anchor: String?, tag: String?, weight: Int)
        case mapping(
            pairs: [YAMLPair], pendingKey: YAMLNode?, keyMarks: [String: Mark]?, mark: Mark,
            anchor: String?, tag: String?, weight: Int)
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
            try push(.sequence(items: [], mark: mark, anchor: anchor, tag: tag, weight: 1), at: mark)
        case .mappingStart(let mark, let anchor, let tag):
            checkTag(tag, at: mark)
            try push(
                .mapping(pairs: [], pendingKey: nil, keyMarks: nil, mark: mark, anchor: anchor, tag: tag, weight: 1),
                at: mark)
        case .collectionEnd:
            guard let frame = stack.popLast() else { return }
            switch frame {
            case .sequence(let items, let mark, let anchor, let tag, let weight):
                try add(YAMLNode(content: .sequence(items), mark: mark, tag: tag, weight: weight), anchor: anchor)
            case .mapping(let pairs, _, _, let mark, let anchor, let tag, let weight):
                try add(YAMLNode(content: .mapping(pairs), mark: mark, tag: tag, weight: weight), anchor: anchor)
            }
        }
    }

    func finish() -> YAMLDocument {
        YAMLDocument(root: root, problems: problems)
    }

    private mutating func push(_ frame: Frame, at mark: Mark) throws(YAMLError) {
        guard stack.count < limits.maxDepth else {
            throw YAMLError(
                code: .nestingDepth, message: "collections are nested deeper than \(limits.maxDepth) levels",
                mark: mark)
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
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(var items, let mark, let anchor, let tag, let weight):
            items.append(node)
            stack.append(.sequence(items: items, mark: mark, anchor: anchor, tag: tag,
                                   weight: weight.addingClamped(node.weight)))
        case .mapping(var pairs, let pendingKey, var keyMarks, let mark, let anchor, let tag, let weight):
            let weight = weight.addingClamped(node.weight)
            guard let key = pendingKey else {
                stack.append(.mapping(pairs: pairs, pendingKey: node, keyMarks: keyMarks, mark: mark,
                                      anchor: anchor, tag: tag, weight: weight))
                return
            }
            if let text = key.scalar?.text, let first = firstMark(of: text, in: pairs, index: &keyMarks) {
                problems.append(
                    YAMLError(
                        code: .duplicateKey, message: "duplicate key '\(text)'", mark: key.mark,
                        context: .init(message: "first defined here", mark: first)))
            } else {
                pairs.append(YAMLPair(key: key, value: node))
                if keyMarks != nil, let text = key.scalar?.text { keyMarks?[text] = key.mark }
            }
            stack.append(.mapping(pairs: pairs, pendingKey: nil, keyMarks: keyMarks, mark: mark,
                                  anchor: anchor, tag: tag, weight: weight))
        }
    }

    /// Where a key was first written in a mapping, or nil when it is new.
    private func firstMark(of key: String, in pairs: [YAMLPair], index: inout [String: Mark]?) -> Mark? {
        if let index { return index[key] }
        if pairs.count < Self.linearKeyScanLimit {
            return pairs.first { $0.key.scalar?.text == key }?.key.mark
        }
        var built: [String: Mark] = [:]
        for pair in pairs {
            if let text = pair.key.scalar?.text { built[text] = pair.key.mark }
        }
        index = built
        return built[key]
    }
}

extension Int {
    /// Adds without overflowing: sums past `Int.max` stay there.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
