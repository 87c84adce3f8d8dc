// libFuzzer entry point for the configuration loader: libyaml, the tree builder, the decoder
// and the validator, on any bytes. Built and run by scripts/fuzz-loader (see the README).
//
// A crash, a hang (libFuzzer's -timeout) or runaway memory (-rss_limit_mb) is a finding, and
// so is a broken promise checked below.
import PartnerConfig
import PartnerYAML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfigLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceFile(path: "fuzz.yaml", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let loaded = ConfigLoader.load(source)
    let hasError = loaded.diagnostics.contains { $0.severity == .error }
    // A configuration comes back exactly when there is no error.
    precondition((loaded.config == nil) == hasError, "config and errors disagree")
    // Every diagnostic points at a place in the file, in order, and names its file.
    let lines = source.lines()
    for diagnostic in loaded.diagnostics {
        precondition(diagnostic.file == "fuzz.yaml", "diagnostic for another file")
        precondition(diagnostic.mark.line >= 1 && diagnostic.mark.column >= 1, "mark before the file")
        _ = lines.text(ofLine: diagnostic.mark.line)
    }
    precondition(
        zip(loaded.diagnostics, loaded.diagnostics.dropFirst()).allSatisfy { $0.mark <= $1.mark },
        "diagnostics out of order")
    return 0
}
