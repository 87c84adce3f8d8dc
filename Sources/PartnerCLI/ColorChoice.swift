import ArgumentParser

/// `--color`: when output for people is coloured.
public enum ColorChoice: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// On a terminal, unless `NO_COLOR` is set; always when `FORCE_COLOR` or `CLICOLOR_FORCE` is.
    case auto
    /// Always, even into a file or a pipe.
    case always
    /// Never.
    case never
}
