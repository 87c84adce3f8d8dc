import ArgumentParser
import PartnerText

/// Options every command that prints for people takes.
struct OutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Log store queries and timings to stderr at this level: trace, debug, info, notice, warning, error or critical "
                + "(default: $PARTNERCTL_LOG, else none).", valueName: "level"))
    var logLevel: LogLevel?

    @Option(
        help: ArgumentHelp("Colour: auto, always or never (auto also reads NO_COLOR, FORCE_COLOR).", valueName: "when"))
    var color: ColorChoice = .auto

    @Option(
        help: ArgumentHelp(
            "Language of messages: en, zh-Hans or zh-Hant (default: from LC_ALL, LC_MESSAGES or LANG).",
            valueName: "language"))
    var lang: Language?
}

/// A command with ``OutputOptions``, which ``CommandRunner`` applies to the console before it runs.
protocol PrintsForPeople {
    var outputOptions: OutputOptions { get }
}

/// `--log-level`: swift-log's levels by name.
enum LogLevel: String, CaseIterable, ExpressibleByArgument {
    case trace, debug, info, notice, warning, error, critical
}
