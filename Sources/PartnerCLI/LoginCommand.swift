import ArgumentParser
import Foundation
import PartnerConfig
import PartnerLive
import PartnerModel
import PartnerText
import PartnerYAML

/// `partnerctl login`: signs in with a device code and saves the refresh token for the
/// `partnercenter:` store.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in to Partner Center with a device code and save the sign-in for partnercenter: stores.",
        discussion: """
            Asks the cloud's sign-in authority (login.microsoftonline.com for global, \
            login.chinacloudapi.cn for china, or the base URL of --store partnercenter:URL) for a \
            device code, shows where to enter it, and waits until you approve, decline, or the \
            code expires. The account is the one --tenant and --cloud name, else the account: of \
            --config FILE (default partner.yaml). The refresh token, the client id, the tenant and \
            the authority are saved (never an access token) to $PARTNERCTL_CREDENTIALS, else \
            $XDG_CONFIG_HOME/partnerctl/credentials.json, else ~/.config/partnerctl/credentials.json, \
            mode 0600. partnercenter: stores use the file when neither PARTNERCTL_TOKEN nor \
            PARTNERCTL_REFRESH_TOKEN is set, and save the renewed refresh token back to it.
            """
    )

    @OptionGroup var outputOptions: OutputOptions

    @Flag(help: "Sign in with a device code: the only way partnerctl signs in a person (the default).")
    var deviceCode = false

    @Option(
        name: .long,
        help: ArgumentHelp("The configuration whose account: to sign in to (default: partner.yaml).", valueName: "file")
    )
    var config: String?

    @Option(help: ArgumentHelp("The tenant id or domain to sign in to, instead of a configuration's.", valueName: "id"))
    var tenant: String?

    @Option(
        help: ArgumentHelp("The tenant's cloud, with --tenant: global or china (default: global).", valueName: "cloud"))
    var cloud: Cloud?

    @Option(
        name: .customLong("client-id"),
        help: ArgumentHelp(
            "The application (client) id to sign in with (default: $PARTNERCTL_CLIENT_ID).", valueName: "id"))
    var clientId: String?

    @Option(
        help: ArgumentHelp(
            "partnercenter:URL signs in at that base URL (a 'partnerctl serve'); default: $PARTNERCTL_STORE when it is one, "
                + "else the cloud's authority.", valueName: "url"))
    var store: String?

    func validate() throws {
        if tenant != nil, config != nil { throw ValidationError("give either --tenant or --config, not both") }
        if cloud != nil, tenant == nil {
            throw ValidationError("--cloud goes with --tenant (a configuration names its cloud)")
        }
    }

    func run() async throws {
        let console = Console.current
        let environment = console.environment
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        guard let clientId = clientId ?? value("PARTNERCTL_CLIENT_ID") else {
            throw CommandFailure(
                Message(
                    "no application to sign in with: give --client-id ID or set PARTNERCTL_CLIENT_ID (the app registration's client id)"
                ), exitCode: ExitStatus.usage)
        }
        let (tenantName, cloud) = try account()
        let authority = try authority(for: cloud, environment: environment)
        guard let file = CredentialsFile.located(environment: environment) else {
            throw CommandFailure(
                Message("nowhere to save the sign-in: set PARTNERCTL_CREDENTIALS to a file path (HOME is not set)"),
                exitCode: ExitStatus.usage)
        }
        do {
            // A file that cannot be replaced is refused before anyone is asked to approve.
            try file.checkReplaceable()
            let signIn = DeviceCodeSignIn(
                authority: authority, tenant: tenantName, cloud: cloud, clientId: clientId,
                clientSecret: value("PARTNERCTL_CLIENT_SECRET"))
            let refreshToken = try await signIn.run { message in console.err(DisplayText.escaped(message)) }
            try file.write(
                SavedSignIn(
                    authority: authority, cloud: cloud, tenant: tenantName, clientId: clientId,
                    refreshToken: refreshToken, savedAt: Date()))
        } catch {
            throw CommandFailure(error)
        }
        console.err(
            Message(
                "Signed in to tenant \(DisplayText.escaped(tenantName)) (\(cloud.label)) at \(DisplayText.escaped(authority)). Saved the sign-in to \(DisplayText.escaped(file.path)) (mode 0600); partnercenter: stores use it when neither PARTNERCTL_TOKEN nor PARTNERCTL_REFRESH_TOKEN is set."
            ))
    }

    /// The tenant and cloud: the flags', else the configuration's `account:`.
    private func account() throws -> (String, Cloud) {
        if let tenant {
            guard !tenant.isEmpty else { throw CommandFailure("--tenant is empty", exitCode: ExitStatus.usage) }
            return (tenant, cloud ?? .global)
        }
        let path = config ?? "partner.yaml"
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(
                Message(
                    "name the account to sign in to: --tenant ID [--cloud global|china], or --config FILE ('\(DisplayText.escaped(path))' does not exist)"
                ), exitCode: ExitStatus.usage)
        }
        let parsed: ParsedConfig
        do {
            parsed = ConfigLoader.parse(try SourceFile(contentsOf: path))
        } catch {
            throw CommandFailure(error)
        }
        guard let account = parsed.declaredAccount else {
            throw CommandFailure(
                Message(
                    "'\(DisplayText.escaped(path))' declares no account (tenantId and cloud under account:); 'partnerctl validate \(DisplayText.escaped(path))' says why, or give --tenant ID"
                ), exitCode: ExitStatus.invalidConfiguration)
        }
        return (account.tenantId, account.cloud)
    }

    /// The authority: the base URL of a `partnercenter:URL` store, else the cloud's.
    private func authority(for cloud: Cloud, environment: [String: String]) throws -> String {
        let fromEnvironment = environment["PARTNERCTL_STORE"].flatMap {
            $0.hasPrefix(StoreLocator.partnerCenterScheme) ? $0 : nil
        }
        guard let url = store ?? fromEnvironment else { return LiveEndpoints.real(cloud).authority }
        guard url.hasPrefix(StoreLocator.partnerCenterScheme) else {
            throw CommandFailure(
                Message(
                    "login signs in to Partner Center: --store must be partnercenter: or partnercenter:URL, not '\(DisplayText.escaped(StoreURL.redacted(url)))'"
                ), exitCode: ExitStatus.usage)
        }
        let base = url.dropFirst(StoreLocator.partnerCenterScheme.count).components(
            separatedBy: StoreLocator.ledgerMarker)[0]
        if base.isEmpty { return LiveEndpoints.real(cloud).authority }
        guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
            throw CommandFailure(StoreError.badLocation(StoreURL.redacted(url)).message, exitCode: ExitStatus.usage)
        }
        return LiveEndpoints(singleBase: base).authority
    }
}

extension LoginCommand: PrintsForPeople {}
