import ArgumentParser
import PartnerYAML

/// `--max-input-size BYTES`, shared by the commands that read configuration files.
struct InputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The largest configuration file read, in bytes (default: $PARTNERCTL_MAX_INPUT_SIZE, else 67108864 = 64 MiB).",
            valueName: "bytes"))
    var maxInputSize: Int?

    func validate() throws {
        if let maxInputSize, maxInputSize < 1 { throw ValidationError("--max-input-size must be at least 1 byte") }
    }

    /// The limit in effect: the flag, else `PARTNERCTL_MAX_INPUT_SIZE` when it is a positive
    /// whole number, else 64 MiB.
    var limit: Int {
        if let maxInputSize { return maxInputSize }
        if let text = Console.current.environment["PARTNERCTL_MAX_INPUT_SIZE"], let value = Int(text), value > 0 {
            return value
        }
        return SourceFile.defaultMaxSize
    }
}
