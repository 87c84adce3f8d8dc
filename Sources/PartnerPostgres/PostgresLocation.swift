import Foundation
import PartnerModel
import PostgresNIO

/// Where a PostgreSQL store lives: a parsed `postgres://user[:password]@host[:port]/database?…` URL,
/// with the password found where libpq would look for it.
///
/// The password is never part of ``redacted``, ``description`` or the mirror, so printing or dumping
/// a location cannot leak it.
struct PostgresLocation: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// How the connection uses TLS, as libpq's `sslmode` names it.
    enum TLSMode: String, CaseIterable, Sendable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, without checking its certificate (libpq's default).
        case prefer
        /// TLS or no connection, without checking the server's certificate.
        case require
        /// TLS, with a certificate signed by a trusted authority.
        case verifyCA = "verify-ca"
        /// TLS, with a trusted certificate for the host name.
        case verifyFull = "verify-full"
    }

    /// The server's host name or IP address.
    var host: String
    /// The server's TCP port.
    var port: Int
    /// The role to log in as.
    var user: String
    /// The password, from the URL, `PGPASSWORD` or the password file; nil when none applies.
    var password: String?
    /// The database holding the store.
    var database: String
    /// How TLS is used.
    var tlsMode: TLSMode
    /// A PEM file of authorities to trust (`sslrootcert`), instead of the system's.
    var rootCertificatePath: String?
    /// How long to wait for a TCP connection, in seconds.
    var connectTimeout: Int
    /// The `application_name` sessions report in `pg_stat_activity`.
    var applicationName: String
    /// The URL as given, without the password.
    var redacted: String
    /// Whether every session may only read: the server then refuses any write
    /// (`default_transaction_read_only`), whatever the code asks. Not part of the URL.
    var readOnly = false

    /// The query parameters a store URL may carry.
    static let parameters = ["sslmode", "sslrootcert", "connect_timeout", "application_name"]

    /// Parses a store URL and looks up its password.
    ///
    /// The user defaults to `PGUSER`, then `USER`; the database to `PGDATABASE`, then the user; the
    /// port to `PGPORT`, then 5432; `sslmode` to `PGSSLMODE`, then `prefer`. The password comes from
    /// the URL, else `PGPASSWORD`, else the password file (`PGPASSFILE`, else `~/.pgpass`).
    ///
    /// - Parameters:
    ///   - url: `postgres://…` or `postgresql://…`.
    ///   - environment: The process environment (passed in so tests control it).
    /// - Throws: ``StoreError/badLocation(_:)`` when the text is not a PostgreSQL URL;
    ///   ``StoreError/backend(operation:message:)`` naming the parameter when one is invalid.
    init(url: String, environment: [String: String]) throws {
        redacted = StoreURL.redacted(url)
        guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://"),
            let components = URLComponents(string: url),
            var host = components.host, !host.isEmpty
        else { throw StoreError.badLocation(redacted) }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.host = host
        let operation = "postgres open \(redacted)"

        guard let port = components.port ?? Int(environment["PGPORT"] ?? "5432"), (1...65535).contains(port) else {
            throw StoreError.backend(operation: operation, message: "the port must be a number from 1 to 65535")
        }
        self.port = port
        guard
            let user = components.user.flatMap({ $0.isEmpty ? nil : $0 }) ?? environment["PGUSER"]
                ?? environment["USER"]
        else {
            throw StoreError.backend(
                operation: operation, message: "the URL names no user (postgres://USER@HOST/DATABASE)")
        }
        self.user = user
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? environment["PGDATABASE"] ?? user : path

        var values: [String: String] = [:]
        for item in components.queryItems ?? [] {
            guard Self.parameters.contains(item.name) else {
                throw StoreError.backend(
                    operation: operation,
                    message:
                        "unknown URL parameter '\(item.name)' (expected \(Self.parameters.joined(separator: ", ")))")
            }
            values[item.name] = item.value ?? ""
        }
        let mode = values["sslmode"] ?? environment["PGSSLMODE"] ?? TLSMode.prefer.rawValue
        guard let tlsMode = TLSMode(rawValue: mode) else {
            throw StoreError.backend(
                operation: operation,
                message: "sslmode '\(mode)' is not one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.tlsMode = tlsMode
        rootCertificatePath = values["sslrootcert"]
        let timeout = values["connect_timeout"] ?? environment["PGCONNECT_TIMEOUT"] ?? "10"
        guard let connectTimeout = Int(timeout), connectTimeout > 0 else {
            throw StoreError.backend(
                operation: operation, message: "connect_timeout '\(timeout)' is not a positive number of seconds")
        }
        self.connectTimeout = connectTimeout
        applicationName = values["application_name"] ?? "partnerctl"

        password =
            components.password ?? environment["PGPASSWORD"]
            ?? Self.passwordFile(environment).flatMap { text in
                PostgresPasswordFile(text: text).password(host: host, port: port, database: database, user: user)
            }
    }

    var description: String { redacted }

    var customMirror: Mirror {
        Mirror(self, children: ["location": redacted], displayStyle: .struct)
    }

    // MARK: - Connections

    /// The pooled client's configuration.
    func clientConfiguration() -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch tlsMode {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(tlsConfiguration)
        case .require, .verifyCA, .verifyFull: tls = .require(tlsConfiguration)
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(connectTimeout)
        configuration.options.additionalStartupParameters = startupParameters
        configuration.options.maximumConnections = 8
        return configuration
    }

    /// The configuration of a connection of our own, outside the pool (migrations, locks).
    ///
    /// - Parameter holdsLock: Whether the session is to hold an account lock. It then starts with
    ///   server-side TCP keepalives (30 s idle, 10 s apart, 3 probes: a holder whose machine
    ///   vanishes without closing the connection loses the lock within about a minute, and idle
    ///   network equipment sees traffic) and without an idle-session timeout (the session sits
    ///   idle while the plan is shown and between steps, and its end would end the lock). As
    ///   startup settings they outrank any a role or database sets, from the session's first moment.
    /// - Throws: When the TLS settings cannot be loaded (a missing `sslrootcert` file).
    func connectionConfiguration(holdsLock: Bool = false) throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch tlsMode {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(try NIOSSLContext(configuration: tlsConfiguration))
        case .require, .verifyCA, .verifyFull: tls = .require(try NIOSSLContext(configuration: tlsConfiguration))
        }
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(connectTimeout))
        configuration.options.additionalStartupParameters =
            startupParameters + (holdsLock ? Self.lockSessionParameters : [])
        return configuration
    }

    /// The settings every session starts with.
    private var startupParameters: [(String, String)] {
        [("application_name", applicationName)] + (readOnly ? [("default_transaction_read_only", "on")] : [])
    }

    /// The settings a session that holds an account lock starts with.
    private static let lockSessionParameters = [
        ("tcp_keepalives_idle", "30"), ("tcp_keepalives_interval", "10"), ("tcp_keepalives_count", "3"),
        ("idle_session_timeout", "0"),
    ]

    /// libpq's meaning of each mode: `prefer` and `require` encrypt without checking the
    /// certificate, `verify-ca` checks the chain, `verify-full` the chain and the host name. The
    /// name is PostgresNIO's choice: a host name is sent (SNI) and checked; an IP address is not
    /// sent, and the certificate is checked against the address connected to, as libpq does.
    private var tlsConfiguration: TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch tlsMode {
        case .disable, .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        if let rootCertificatePath { configuration.trustRoots = .file(rootCertificatePath) }
        return configuration
    }

    // MARK: - Helpers

    private static func passwordFile(_ environment: [String: String]) -> String? {
        guard let path = environment["PGPASSFILE"] ?? environment["HOME"].map({ "\($0)/.pgpass" }) else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }
}
