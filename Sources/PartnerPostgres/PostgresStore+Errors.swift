import Foundation
import PartnerModel
import PostgresNIO

extension PostgresStore {
    /// Store errors pass through; PostgreSQL and connection errors become
    /// ``StoreError/backend(operation:message:)`` naming the operation and the server's message,
    /// never the SQL's bound values. The password is masked where it stands as a value in the
    /// message should it ever appear there (``PasswordMask``), without garbling words that merely
    /// contain it.
    ///
    /// - Parameters:
    ///   - operation: What was being done (`read account`, `user.create` …).
    ///   - password: The connection's password, to keep out of the message.
    static func storeError(_ error: any Error, operation: String, password: String?) -> any Error {
        if error is StoreError || error is CancellationError { return error }
        var message = describe(error)
        if let password {
            message = PasswordMask.masking(password, in: message)
        }
        return StoreError.backend(operation: "postgres \(operation)", message: message)
    }

    /// A TLS failure in words; BoringSSL's own text names source files, not remedies.
    private static func tlsProblem(_ text: String) -> String {
        if text.contains("CERTIFICATE_VERIFY_FAILED") {
            return "the server's TLS certificate is not trusted: name the authority that signed it with "
                + "sslrootcert=FILE (sslmode=require encrypts without checking the certificate)"
        }
        if text.contains("failedToValidateHostname") {
            return "the server's TLS certificate is not for this host (sslmode=verify-full checks the host name, "
                + "verify-ca does not)"
        }
        return "TLS failed: \(text)"
    }

    /// What went wrong, in words, without bound values: PostgresNIO's own descriptions are
    /// deliberately generic, so the useful parts are picked out here.
    private static func describe(_ error: any Error) -> String {
        switch error {
        case let error as PSQLError:
            let underlying = error.underlying.map { ": \(describe($0))" } ?? ""
            switch error.code {
            case .server:
                let message = error.serverInfo?[.message] ?? "the server reported an error"
                return message + (error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
            case .connectionError:
                return "could not connect\(underlying)"
            case .serverClosedConnection:
                return "the server closed the connection\(underlying)"
            case .clientClosedConnection:
                return "the connection is closed"
            case .poolClosed:
                return "the store is closed"
            case .sslUnsupported:
                return "the server does not support TLS (use sslmode=prefer or sslmode=disable to connect without it)"
            case .failedToAddSSLHandler:
                return "could not set up TLS\(underlying)"
            case .authMechanismRequiresPassword:
                return "the server asks for a password: give it in PGPASSWORD, ~/.pgpass or the URL"
            case .unsupportedAuthMechanism:
                return "the server asks for an authentication method partnerctl does not support"
            case .queryCancelled:
                return "the query was cancelled"
            default:
                return "\(error.code)\(underlying)"
            }
        case is NIOSSLError, is NIOSSLExtraError:
            return tlsProblem("\(error)")
        case let error as PostgresDecodingError:
            return "column '\(error.columnName)' of type \(error.postgresType) could not be read as \(error.targetType)"
        case let error as NIOConnectionError:
            if let dnsError = error.dnsAError ?? error.dnsAAAAError {
                return "cannot resolve '\(error.host)': \(dnsError)"
            }
            let reasons = Set(error.connectionErrors.map { describe($0.error) }).sorted()
            return "\(error.host):\(error.port): " + (reasons.isEmpty ? "unreachable" : reasons.joined(separator: "; "))
        case let error as IOError:
            return String(cString: strerror(error.errnoCode))
        case _ where "\(type(of: error))" == "ConnectionPoolError":
            // The pool's errors come from a module this package does not import (PostgresNIO's
            // _ConnectionPoolModule); their cases are only visible in their text.
            let text = "\(error)"
            if text.contains("poolShutdown") { return "the store is closed" }
            if text.contains("CircuitBreakerTripped") {
                return "cannot connect to the server: every attempt has failed for a minute"
            }
            if text.contains("requestCancelled") { return "the request was cancelled" }
            return text
        default:
            return "\(error)"
        }
    }
}
