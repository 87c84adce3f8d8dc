import ArgumentParser
import Foundation
import Logging
import PartnerModel
import PartnerServe

/// `partnerctl serve`: a local Partner Center REST, Microsoft Graph and sign-in over a store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a store's accounts as a local Partner Center, Microsoft Graph and sign-in.",
        discussion: """
            Partner Center REST under /v1, Microsoft Graph under /v1.0 and sign-in under \
            /{tenant}/oauth2/v2.0, all at one base URL. Changes made through it are made the way \
            the portal makes them: not journaled, so 'partnerctl drift' reports them. Clients come \
            from --clients FILE (a JSON list of {"clientId", "clientSecret"}) or from \
            PARTNERCTL_SERVE_CLIENT_ID and PARTNERCTL_SERVE_CLIENT_SECRET. Prints the URL on \
            standard output once listening, and one line per request on standard error.
            """,
        subcommands: [ServeApproveCommand.self]
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one and prints it.")
    var port = 0

    @Option(help: ArgumentHelp("A JSON file listing the clients that may sign in.", valueName: "file"))
    var clients: String?

    @Flag(
        help: "Serve without tokens: every request acts as App+User on the account (--tenant, or the store's only one)."
    )
    var insecureNoAuth = false

    @Flag(help: "Approve every device code as soon as it is issued.")
    var autoApproveDeviceCodes = false

    @Option(
        help: ArgumentHelp("Faults to inject, such as 429:0.2,503:0.05,reset:0.02,latency:20-200ms.", valueName: "spec")
    )
    var faults: String?

    @Option(
        help: ArgumentHelp(
            "How long a new user answers 404 on Graph and role calls (3s, 500ms).", valueName: "duration"))
    var replicationDelay: String?

    @Option(help: "The fault generator's seed (default: random, printed at start), to replay a run.")
    var seed: UInt64?

    @Option(help: ArgumentHelp("The account requests act on with --insecure-no-auth.", valueName: "tenant-id"))
    var tenant: String?

    @Option(help: ArgumentHelp("A PEM certificate chain, to serve HTTPS (with --tls-key).", valueName: "file"))
    var tlsCert: String?

    @Option(help: ArgumentHelp("The PEM private key of --tls-cert.", valueName: "file"))
    var tlsKey: String?

    @Option(
        help: ArgumentHelp("Where to leave the URL and admin token for 'serve approve' (mode 0600).", valueName: "file")
    )
    var stateFile = ServeStateFile.defaultPath

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("give --tls-cert and --tls-key together") }
        do {
            _ = try faults.map(FaultPlan.init(parsing:))
        } catch {
            throw ValidationError("--faults: \(error)")
        }
        if let replicationDelay, Self.duration(replicationDelay) == nil {
            throw ValidationError("--replication-delay must be a duration such as 3s or 500ms")
        }
    }

    func run() async throws {
        let console = Console.current
        do {
            let settings = try settings(console.environment)
            try await StoreLocator.with(storeOptions.url, access: .readWrite) { store in
                guard let writable = store as? any AccountStore & DirectChanges else {
                    throw CommandFailure(
                        "the store \(StoreURL.redacted(storeOptions.url)) cannot be served (it takes no direct changes)"
                    )
                }
                var settings = settings
                settings.defaultTenantId = try await defaultTenant(store)
                if settings.insecureNoAuth && settings.defaultTenantId == nil {
                    throw CommandFailure(
                        "the store holds several accounts: name the one to serve with --tenant",
                        exitCode: ExitStatus.usage)
                }
                let service = try PartnerCenterService(store: writable, settings: settings)
                let logger = Logger(label: "partnerctl.serve") { _ in ServeLogHandler(console: console) }
                let listener = ServeListener(
                    host: host, port: port,
                    tls: tlsCert.map { ServeTLSFiles(certificatePath: $0, keyPath: tlsKey ?? "") })
                let stateFile = self.stateFile
                let seed = settings.seed
                let adminToken = service.adminToken
                let certificate = tlsCert
                defer { unlink(stateFile) }
                try await PartnerServer(service: service, listener: listener, logger: logger).run(
                    gracefulShutdownOnSignals: true
                ) { port in
                    let host = listener.host.contains(":") ? "[\(listener.host)]" : listener.host
                    let url = "\(listener.scheme)://\(host):\(port)"
                    do {
                        try ServeStateFile(url: url, adminToken: adminToken, certificatePath: certificate).write(
                            to: stateFile)
                    } catch {
                        console.err(
                            "warning: \(CommandFailure.describe(error)); 'serve approve' will not find this server")
                    }
                    console.out("Serving \(StoreURL.redacted(storeOptions.url)) at \(url) (fault seed \(seed)).")
                }
            }
        } catch let error as ServeConfigurationError {
            throw CommandFailure("\(error)", exitCode: ExitStatus.usage)
        } catch {
            throw CommandFailure(error)
        }
    }

    private func settings(_ environment: [String: String]) throws -> ServeSettings {
        var clients = try self.clients.map(ServeClient.load(fromFile:)) ?? []
        if let id = environment["PARTNERCTL_SERVE_CLIENT_ID"], !id.isEmpty {
            let secret = environment["PARTNERCTL_SERVE_CLIENT_SECRET"].flatMap { $0.isEmpty ? nil : $0 }
            clients.append(ServeClient(clientId: id, clientSecret: secret))
        }
        var generator = SystemRandomNumberGenerator()
        return ServeSettings(
            clients: clients, insecureNoAuth: insecureNoAuth, autoApproveDeviceCodes: autoApproveDeviceCodes,
            faults: try faults.map(FaultPlan.init(parsing:)) ?? FaultPlan(),
            seed: seed ?? UInt64.random(in: 0...UInt64(UInt32.max), using: &generator),
            replicationDelay: replicationDelay.flatMap(Self.duration) ?? .zero)
    }

    /// The account to act on without a token: `--tenant`, else the store's only account.
    private func defaultTenant(_ store: any AccountStore) async throws -> String? {
        let accounts = try await store.accounts()
        if let tenant {
            guard accounts.contains(where: { $0.tenantId == tenant.lowercased() }) else {
                throw CommandFailure("the store has no account with tenant id '\(DisplayText.escaped(tenant))'")
            }
            return tenant.lowercased()
        }
        return accounts.count == 1 ? accounts[0].tenantId : nil
    }

    /// A duration written `3s`, `500ms` or `2m`.
    static func duration(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value >= 0, value.isFinite, value * scale <= 86_400
            else {
                return nil
            }
            return .milliseconds(Int((value * scale * 1000).rounded()))
        }
        return nil
    }
}
