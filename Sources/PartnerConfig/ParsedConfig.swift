public import PartnerModel
public import PartnerYAML

/// A configuration file parsed, its users decoded as they were read, not yet validated.
///
/// The account the file is for is known at this point (``ConfigLoader/parse(_:limits:accountFound:)``
/// says so earlier still), so a caller can start reading that account's state while ``load()``
/// checks the rest of the file.
public struct ParsedConfig: Sendable {
    /// The file that was read.
    public let source: SourceFile
    /// The tree, or the problem that stopped parsing.
    let document: Result<YAMLDocument, YAMLError>
    /// The decoder, holding the users it decoded while the file was parsed.
    private(set) var decoder: ConfigDecoder

    /// The account the file declares, when its `account` section is well formed; nil otherwise.
    /// Nothing else is checked yet: use it to prepare, and ``load()`` to decide.
    public var declaredAccount: AccountIdentity? {
        guard case .success(let document) = document else { return nil }
        return ConfigDecoder.declaredAccount(in: document.root)
    }

    /// Decodes and validates the configuration.
    ///
    /// Every problem is reported in one run, sorted by position: YAML problems that did not stop
    /// parsing, shape problems and semantic problems alike.
    ///
    /// Takes the parsed file: the users decoded become the configuration's without a copy.
    ///
    /// - Returns: The diagnostics, and the configuration when there is no error.
    public consuming func load() -> LoadedConfig {
        let document: YAMLDocument
        switch self.document {
        case .success(let parsed): document = parsed
        case .failure(let error):
            return LoadedConfig(source: source, config: nil, diagnostics: [Diagnostic(error, file: source.path)])
        }
        var diagnostics = document.problems.map { Diagnostic($0, file: source.path) }
        let draft = decoder.decode(document.root)
        var validator = ConfigValidator(file: source.path)
        let config = validator.validate(draft)
        diagnostics += decoder.diagnostics + validator.diagnostics
        diagnostics.sort { $0.mark != $1.mark ? $0.mark < $1.mark : $0.message.description < $1.message.description }
        let valid = !diagnostics.contains { $0.severity == .error }
        return LoadedConfig(source: source, config: valid ? config : nil, diagnostics: diagnostics)
    }
}
