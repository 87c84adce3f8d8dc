public import PartnerModel
public import PartnerYAML

/// Loads a configuration file: parses it, decodes it into the model and validates it.
public enum ConfigLoader {
    /// Loads a configuration from a source already read.
    ///
    /// Every problem is reported in one run, sorted by position: YAML problems that do not stop
    /// parsing, shape problems and semantic problems alike.
    ///
    /// - Returns: The diagnostics, and the configuration when there is no error.
    public static func load(_ source: SourceFile, limits: YAMLLimits = .default) -> LoadedConfig {
        let document: YAMLDocument
        do {
            document = try YAMLParser.parse(source, limits: limits)
        } catch {
            return LoadedConfig(source: source, config: nil, diagnostics: [Diagnostic(error, file: source.path)])
        }
        var diagnostics = document.problems.map { Diagnostic($0, file: source.path) }
        var decoder = ConfigDecoder(file: source.path)
        let draft = decoder.decode(document.root)
        var validator = ConfigValidator(file: source.path)
        let config = validator.validate(draft)
        diagnostics += decoder.diagnostics + validator.diagnostics
        diagnostics.sort { ($0.mark, $0.message) < ($1.mark, $1.message) }
        let valid = !diagnostics.contains { $0.severity == .error }
        return LoadedConfig(source: source, config: valid ? config : nil, diagnostics: diagnostics)
    }

    /// Reads and loads a configuration file.
    ///
    /// - Throws: ``ConfigReadError`` when the file cannot be read.
    public static func load(path: String, limits: YAMLLimits = .default) throws(ConfigReadError) -> LoadedConfig {
        load(try SourceFile(contentsOf: path), limits: limits)
    }
}
