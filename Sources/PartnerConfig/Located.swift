public import PartnerYAML

/// A value from the file together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where it starts.
    public var mark: Mark
    /// Where it ends, for scalars.
    public var endMark: Mark?

    /// Creates a located value.
    public init(_ value: Value, mark: Mark, endMark: Mark? = nil) {
        self.value = value
        self.mark = mark
        self.endMark = endMark
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
