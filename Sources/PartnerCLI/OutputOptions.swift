import ArgumentParser

/// Options every command that prints for people takes.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colour: auto, always or never (auto also reads NO_COLOR, FORCE_COLOR).", valueName: "when"))
    var color: ColorChoice = .auto
}

/// A command with ``OutputOptions``, which ``CommandRunner`` applies to the console before it runs.
protocol PrintsForPeople {
    var outputOptions: OutputOptions { get }
}
