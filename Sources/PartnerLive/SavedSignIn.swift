public import Foundation
public import PartnerModel

/// What `partnerctl login` keeps in the credentials file: the refresh token and where it is
/// redeemed. Never an access token. Never printed: its description names the tenant only.
public struct SavedSignIn: Codable, Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The file format's version; readers refuse others.
    public static let currentFormatVersion = 1
    /// What marks the file as partnerctl's.
    public static let kindMarker = "partnerctl-credentials"

    /// Always ``kindMarker``.
    public var kind: String
    /// The format's version.
    public var formatVersion: Int
    /// The sign-in authority the refresh token is redeemed at (`https://login.microsoftonline.com`,
    /// or a `partnerctl serve` base URL).
    public var authority: String
    /// The cloud the account is in.
    public var cloud: Cloud
    /// The tenant signed in to: its id (or a domain, as given to `login --tenant`).
    public var tenant: String
    /// The application's (client) id.
    public var clientId: String
    /// The refresh token: the secret.
    public var refreshToken: String
    /// When it was signed in, or the token last renewed.
    public var savedAt: Date

    /// Creates a saved sign-in.
    public init(authority: String, cloud: Cloud, tenant: String, clientId: String, refreshToken: String, savedAt: Date)
    {
        kind = Self.kindMarker
        formatVersion = Self.currentFormatVersion
        self.authority = authority
        self.cloud = cloud
        self.tenant = tenant
        self.clientId = clientId
        self.refreshToken = refreshToken
        self.savedAt = savedAt
    }

    public var description: String { "SavedSignIn(tenant: \(tenant), refresh token: <redacted>)" }
    public var debugDescription: String { description }
}
