public import PartnerYAML

/// Loads a configuration file: parses it, decodes it into the model and validates it.
public enum ConfigLoader {
    /// Parses a configuration without decoding it: the first half of ``load(_:limits:)``, for
    /// callers that want the declared account early (see ``ParsedConfig``).
    public static func parse(_ source: SourceFile, limits: YAMLLimits = .default) -> ParsedConfig {
        let document: Result<YAMLDocument, YAMLError>
        do {
            document = .success(try YAMLParser.parse(source, limits: limits))
        } catch {
            document = .failure(error)
        }
        return ParsedConfig(source: source, document: document)
    }

    /// Loads a configuration from a source already read.
    ///
    /// Every problem is reported in one run, sorted by position: YAML problems that do not stop
    /// parsing, shape problems and semantic problems alike.
    ///
    /// - Returns: The diagnostics, and the configuration when there is no error.
    public static func load(_ source: SourceFile, limits: YAMLLimits = .default) -> LoadedConfig {
        parse(source, limits: limits).load()
    }

    /// Reads and loads a configuration file.
    ///
    /// - Parameters:
    ///   - maxSize: The largest file read, in bytes.
    /// - Throws: ``ConfigReadError`` when the file cannot be read or is larger than `maxSize`.
    public static func load(path: String, limits: YAMLLimits = .default, maxSize: Int = SourceFile.defaultMaxSize)
        throws(ConfigReadError) -> LoadedConfig
    {
        load(try SourceFile(contentsOf: path, maxSize: maxSize), limits: limits)
    }
}
