internal import CYAML

/// Parses YAML text into a ``YAMLDocument`` through libyaml's event API.
///
/// The parser keeps every node's mark, rejects what a configuration file must not contain
/// (several documents, tags outside the core set, text that is not UTF-8), reports duplicate
/// keys, and bounds alias expansion and nesting so that no input can make it hang or grow
/// without limit.
public enum YAMLParser {
    /// Parses one file.
    ///
    /// - Parameters:
    ///   - source: The file's bytes and name.
    ///   - limits: Bounds on alias expansion and nesting.
    /// - Returns: The document, with problems that did not stop parsing.
    /// - Throws: ``YAMLError`` for the first problem that stops parsing.
    public static func parse(_ source: SourceFile, limits: YAMLLimits = .default) throws(YAMLError)
        -> YAMLDocument
    {
        var builder = TreeBuilder(limits: limits, expectedSize: source.count, sink: nil)
        return try run(source, into: &builder)
    }

    /// Parses one file, giving the items of one top-level sequence to `sink` as they are read
    /// instead of keeping them in the tree (see ``YAMLItemSink``).
    ///
    /// - Throws: ``YAMLError`` for the first problem that stops parsing; the sink may have
    ///   received items before it.
    public static func parse(_ source: SourceFile, limits: YAMLLimits = .default, streaming sink: any YAMLItemSink)
        throws(YAMLError) -> YAMLDocument
    {
        var builder = TreeBuilder(limits: limits, expectedSize: source.count, sink: sink)
        return try run(source, into: &builder)
    }

    private static func run(_ source: SourceFile, into builder: inout TreeBuilder) throws(YAMLError)
        -> YAMLDocument
    {
        if let problem = EncodingCheck.problem(in: source) { throw problem }
        let events = LibYAMLEvents()
        let outcome: Result<YAMLDocument, YAMLError> = source.withUnsafeBytes { buffer in
            events.start(buffer, mapped: source.mapping)
            // However parsing ends, the sink has every item handed over before this returns.
            defer { builder.finishItems() }
            do throws(YAMLError) {
                while let event = try events.next(in: source) {
                    try builder.consume(event)
                }
                return .success(builder.finish())
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Counts libyaml's events for a file without building anything: the bare parse rate that
    /// the loader's speed is measured against.
    ///
    /// - Returns: The number of events, or nil when libyaml reports an error.
    public static func countEvents(_ bytes: [UInt8]) -> Int? {
        let events = LibYAMLEvents()
        return bytes.withUnsafeBufferPointer { buffer in
            events.start(buffer)
            return events.countRemaining()
        }
    }
}
