/// What an apply was made from: the configuration's content and the partnerctl that ran it,
/// recorded when the apply begins and shown by `history`.
public struct ApplyOrigin: Hashable, Sendable, Codable {
    /// The SHA-256 of the configuration file's bytes the plan was made from, as `sha256:…`; nil
    /// when the apply's plan came from elsewhere (a test) or the apply was recorded before
    /// stores kept it.
    public var configHash: String?
    /// The version of the partnerctl that ran the apply; nil for applies recorded before stores
    /// kept it.
    public var partnerctlVersion: String?

    /// Creates an origin.
    public init(configHash: String?, partnerctlVersion: String?) {
        self.configHash = configHash
        self.partnerctlVersion = partnerctlVersion
    }

    /// An origin nobody recorded.
    public static let unknown = ApplyOrigin(configHash: nil, partnerctlVersion: nil)
}
