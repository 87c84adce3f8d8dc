import ArgumentParser
import Foundation
import PartnerConfig
import PartnerModel
import PartnerText

/// `partnerctl validate`: checks configuration files without reading any store.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check configuration files for shape and semantic errors.",
        discussion: """
            Reports every problem in each file in one run, with file:line:column, the source \
            line and a hint. Reads no store. Exits 0 when every file is valid, 3 when any is \
            invalid, 1 when a file cannot be read.
            """
    )

    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: "The configuration files.")
    var files: [String] = ["partner.yaml"]

    @Option(help: "Output format: text, json or github (workflow annotations; the default under GITHUB_ACTIONS=true).")
    var format: ValidateFormat?

    @OptionGroup var inputOptions: InputOptions

    func run() async throws {
        let console = Console.current
        let format = self.format ?? (console.environment["GITHUB_ACTIONS"] == "true" ? .github : .text)
        var reports: [ValidationReport.File] = []
        var unreadable = false
        var invalid = false
        let formatter = DiagnosticFormatter(style: .for(.standardError))
        for path in files {
            let loaded: LoadedConfig
            do {
                loaded = try ConfigLoader.load(path: path, maxSize: inputOptions.limit)
            } catch {
                unreadable = true
                reports.append(.init(unreadable: path, reason: error.reason))
                switch format {
                case .text: console.err(Message("error: \(CommandFailure.describe(error))"))
                case .github: console.write(GitHubAnnotations.unreadable(path, reason: error.reason), .standardOutput)
                case .json: break
                }
                continue
            }
            invalid = invalid || !loaded.isValid
            reports.append(.init(loaded))
            if format == .github {
                console.write(GitHubAnnotations.render(loaded.diagnostics), .standardOutput)
                if loaded.isValid { console.out(Message("\(DisplayText.escaped(path)): valid")) }
            }
            guard format == .text else { continue }
            if loaded.diagnostics.isEmpty, let config = loaded.config {
                console.out(Message("\(DisplayText.escaped(path)): valid (\(Self.summary(of: config)))"))
            } else {
                console.write(formatter.render(loaded.diagnostics, source: loaded.source), .standardError)
                if loaded.isValid { console.out(Message("\(DisplayText.escaped(path)): valid")) }
            }
        }
        if format == .json {
            console.out(try JSONOutput.encode(ValidationReport(valid: !unreadable && !invalid, files: reports)))
        }
        if unreadable { throw ExitStatus.failure }
        if invalid { throw ExitStatus.invalidConfiguration }
    }

    /// `12 users, 2 role bundles, 3 catalog rules`.
    static func summary(of config: PartnerModel.AccountConfig) -> String {
        var parts: [String] = []
        if let n = config.users?.count {
            parts.append(DiagnosticFormatter.plural(n, Message("\(n) user"), Message("\(n) users")))
        }
        if !config.roleBundles.isEmpty {
            let n = config.roleBundles.count
            parts.append(DiagnosticFormatter.plural(n, Message("\(n) role bundle"), Message("\(n) role bundles")))
        }
        if !config.profile.isEmpty {
            let n = config.profile.values.count
            parts.append(DiagnosticFormatter.plural(n, Message("\(n) profile field"), Message("\(n) profile fields")))
        }
        if let catalog = config.catalog {
            let n = catalog.hide.count + catalog.show.count
            parts.append(DiagnosticFormatter.plural(n, Message("\(n) catalog rule"), Message("\(n) catalog rules")))
        }
        return parts.isEmpty ? Message("nothing managed").localized : parts.joined(separator: Message(", ").localized)
    }
}

extension ValidateCommand: PrintsForPeople {}
