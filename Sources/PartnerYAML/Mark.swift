/// A position in a source file.
///
/// Both numbers start at 1. `column` counts Unicode scalars from the start of the line (a CJK
/// character or an emoji is one column here, however wide a terminal draws it), which is how
/// libyaml counts; renderers convert to display width themselves.
public struct Mark: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored in 32 bits each: marks are kept for every node of files with millions of them.
    private var storedLine: UInt32
    private var storedColumn: UInt32

    /// The 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// The 1-based column, in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// Creates a mark from 1-based numbers.
    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    /// `line:column`, as used in diagnostics.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }
}
