/// A position in a source file.
///
/// Both numbers start at 1. `column` counts Unicode scalars from the start of the line (a CJK
/// character or an emoji is one column here, however wide a terminal draws it), which is how
/// libyaml counts; renderers convert to display width themselves.
public struct Mark: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a mark from 1-based numbers.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as used in diagnostics.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
