import ArgumentParser
import PartnerConfig
import PartnerEngine
import PartnerModel
import PartnerText
import PartnerYAML

/// `partnerctl export`: the account's current state as a configuration file.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the account's current state as a configuration file.",
        discussion: "Planning the exported file against the same account finds no changes."
    )

    @OptionGroup var outputOptions: OutputOptions

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var tenantOption: TenantOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Export the account this configuration's account: names (tenant, cloud, domain): for a partnercenter: "
                + "store whose ledger has no record of it yet.", valueName: "file"))
    var config: String?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run() async throws {
        do {
            let destination = try output.map {
                try FileOutput($0, protecting: StoreLocator.files(of: storeOptions.url))
            }
            let declared = try config.map(Self.declaredAccount)
            try await StoreLocator.with(storeOptions.url, access: .readOnly, absentLedger: true) { store in
                let account: AccountIdentity
                if let declared { account = declared } else { account = try await tenantOption.account(in: store) }
                var found = try await store.snapshot(tenantId: account.tenantId)
                if found == nil, let declared { found = try await store.snapshot(unenrolled: declared) }
                guard let snapshot = found else {
                    throw CommandFailure(StoreError.notEnrolled(tenantId: account.tenantId).message)
                }
                let yaml = ConfigExporter.yaml(for: snapshot.state)
                if snapshot.state.activeGlobalAdminCount == 0 {
                    Console.current.err(
                        "warning: the account has no enabled global admin; 'validate' will reject the exported file until you declare one"
                    )
                }
                if let output, let destination {
                    try destination.write(yaml)
                    Console.current.err(
                        Message(
                            "Exported \(DisplayText.escaped(account.domain)) (\(snapshot.state.users.count) users) to \(DisplayText.escaped(output))."
                        ))
                } else {
                    Console.current.write(yaml, .standardOutput)
                }
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure(error)
        }
    }

    func validate() throws {
        if config != nil, tenantOption.tenant != nil {
            throw ValidationError("give either --config or --tenant, not both")
        }
    }

    /// The account a configuration's `account:` names.
    private static func declaredAccount(_ path: String) throws -> AccountIdentity {
        let parsed = ConfigLoader.parse(try SourceFile(contentsOf: path))
        guard let account = parsed.declaredAccount else {
            throw CommandFailure(
                Message(
                    "'\(DisplayText.escaped(path))' declares no account (tenantId, cloud and domain under account:); 'partnerctl validate \(DisplayText.escaped(path))' says why"
                ), exitCode: ExitStatus.invalidConfiguration)
        }
        return account
    }
}

extension ExportCommand: PrintsForPeople {}
