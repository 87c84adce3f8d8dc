import Foundation

/// An application allowed to sign in: a client id and, for a confidential client, its secret.
public struct ServeClient: Hashable, Sendable, Codable {
    /// The application (client) id.
    public var clientId: String
    /// The secret; nil for a public client (device code and refresh token only).
    public var clientSecret: String?

    /// Creates a client.
    public init(clientId: String, clientSecret: String?) {
        self.clientId = clientId
        self.clientSecret = clientSecret
    }

    /// Reads clients from a JSON file: `[{"clientId": "…", "clientSecret": "…"}, …]`.
    ///
    /// - Throws: ``ServeConfigurationError`` when the file cannot be read or is not such a list.
    public static func load(fromFile path: String) throws -> [ServeClient] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ServeConfigurationError("cannot read the clients file '\(path)'")
        }
        do {
            let clients = try JSONDecoder().decode([ServeClient].self, from: data)
            guard !clients.isEmpty else { throw ServeConfigurationError("the clients file '\(path)' lists no client") }
            return clients
        } catch let error as ServeConfigurationError {
            throw error
        } catch {
            throw ServeConfigurationError(
                "the clients file '\(path)' is not a JSON list of {\"clientId\": …, \"clientSecret\": …}")
        }
    }
}

extension ServeClient: CustomStringConvertible {
    /// The client id; never the secret.
    public var description: String { "ServeClient(\(clientId))" }
}
