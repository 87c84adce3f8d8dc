import ArgumentParser
import PartnerEngine
import PartnerModel
import PartnerText

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

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run() async throws {
        do {
            let destination = try output.map { try FileOutput($0, protecting: StoreLocator.files(of: storeOptions.url)) }
            try await StoreLocator.with(storeOptions.url, access: .readOnly) { store in
                let account = try await tenantOption.account(in: store)
                guard let snapshot = try await store.snapshot(tenantId: account.tenantId) else {
                    throw CommandFailure(StoreError.notEnrolled(tenantId: account.tenantId).message)
                }
                let yaml = ConfigExporter.yaml(for: snapshot.state)
                if snapshot.state.activeGlobalAdminCount == 0 {
                    Console.current.err("warning: the account has no enabled global admin; 'validate' will reject the exported file until you declare one")
                }
                if let output, let destination {
                    try destination.write(yaml)
                    Console.current.err(
                        Message("Exported \(DisplayText.escaped(account.domain)) (\(snapshot.state.users.count) users) to \(DisplayText.escaped(output))."))
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
}

extension ExportCommand: PrintsForPeople {}
