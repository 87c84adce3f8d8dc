/// Bounds that keep hostile or broken files from exhausting time or memory.
public struct YAMLLimits: Sendable {
    /// The most nodes that all aliases in a document may expand to, counted with nesting.
    public var aliasExpansionBudget: Int
    /// The deepest nesting of sequences and mappings.
    public var maxDepth: Int

    /// Creates limits.
    public init(aliasExpansionBudget: Int = 100_000, maxDepth: Int = 256) {
        self.aliasExpansionBudget = aliasExpansionBudget
        self.maxDepth = maxDepth
    }

    /// The limits used unless a caller asks for others.
    public static let `default` = YAMLLimits()
}
