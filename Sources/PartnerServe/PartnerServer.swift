import Hummingbird
import HummingbirdCore
import HummingbirdTLS
public import Logging
import NIOCore
import NIOSSL

/// The HTTP server of `partnerctl serve`: the routes and ``ServeResponder`` over a
/// ``PartnerCenterService``, on a ``ServeListener``.
public struct PartnerServer: Sendable {
    /// The service requests act on.
    public let service: PartnerCenterService
    /// Where to listen.
    public let listener: ServeListener
    /// Where the one line per request goes (at `info`); the HTTP library's own messages go there
    /// at `warning` and above only.
    public let logger: Logger

    /// Creates a server; nothing listens until ``run(gracefulShutdownOnSignals:onListening:)``.
    public init(service: PartnerCenterService, listener: ServeListener, logger: Logger) {
        self.service = service
        self.listener = listener
        self.logger = logger
    }

    /// Listens and answers until the task is cancelled (or, when asked, until SIGINT or SIGTERM).
    ///
    /// - Parameters:
    ///   - gracefulShutdownOnSignals: Stop cleanly on SIGINT and SIGTERM (for the command line).
    ///   - onListening: Called once listening, with the port bound (the one picked, for port 0).
    /// - Throws: ``ServeConfigurationError`` when the TLS files cannot be used; the network's
    ///   error when the address cannot be bound.
    public func run(gracefulShutdownOnSignals: Bool = false, onListening: @escaping @Sendable (Int) async -> Void)
        async throws
    {
        var quiet = logger
        quiet.logLevel = max(logger.logLevel, .warning)
        let responder = ServeResponder(
            inner: ServeRoutes.router(service).buildResponder(), service: service, logger: logger,
            scheme: listener.scheme)
        let app = Application(
            responder: responder, server: try serverBuilder(),
            configuration: ApplicationConfiguration(
                address: .hostname(listener.host, port: listener.port), serverName: nil),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? listener.port) },
            logger: quiet)
        if gracefulShutdownOnSignals {
            try await app.runService()
        } else {
            try await app.run()
        }
    }

    private func serverBuilder() throws -> HTTPServerBuilder {
        guard let tls = listener.tls else { return .http1() }
        do {
            let chain = try NIOSSLCertificate.fromPEMFile(tls.certificatePath).map {
                NIOSSLCertificateSource.certificate($0)
            }
            let key = try NIOSSLPrivateKey(file: tls.keyPath, format: .pem)
            return try .tls(
                .http1(),
                tlsConfiguration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
        } catch {
            throw ServeConfigurationError(
                "cannot use the TLS certificate '\(tls.certificatePath)' and key '\(tls.keyPath)': \(error)")
        }
    }
}
