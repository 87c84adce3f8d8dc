public import PartnerModel
public import PartnerYAML

/// Loads a configuration file: parses it, decodes it into the model and validates it.
public enum ConfigLoader {
    /// Parses a configuration and decodes its users, without validating it: the first half of
    /// ``load(_:limits:)``, for callers that want the declared account early (see
    /// ``ParsedConfig``).
    ///
    /// - Parameter accountFound: Told the account the file declares, once, as soon as it is
    ///   known: before the users are decoded when the `account` section comes first (as it
    ///   usually does), otherwise after parsing. Not called when the section is not well formed.
    public static func parse(
        _ source: SourceFile, limits: YAMLLimits = .default, accountFound: ((AccountIdentity) -> Void)? = nil
    ) -> ParsedConfig {
        let document: Result<YAMLDocument, YAMLError>
        let stream = ConfigDecoder.UserStream(ConfigDecoder(file: source.path), accountFound: accountFound)
        // A user takes at least 40 bytes of the file; capacity reserved and never used is
        // address space, not memory, and the list never has to grow by copying.
        stream.decoder.streamedUsers.reserveCapacity(source.count / 40)
        do {
            document = .success(try YAMLParser.parse(source, limits: limits, streaming: stream))
        } catch {
            document = .failure(error)
        }
        let parsed = ParsedConfig(source: source, document: document, decoder: stream.decoder)
        if let late = stream.accountFound, let account = parsed.declaredAccount { late(account) }
        return parsed
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
